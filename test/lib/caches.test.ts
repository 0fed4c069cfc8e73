import { describe, expect, it } from 'vitest'

import { cached, countedCache, KeptOnSecondSighting, weighedCache } from '../../src/lib/caches'

describe('countedCache', () => {
  it('keeps at most its count, least recently used out first', () => {
    const cache = countedCache<number, number>(3)
    for (let i = 0; i < 3; i++) cache.set(i, i)
    expect(cache.get(0)).toBe(0) // 0 is now the most recently used
    cache.set(3, 3) // 1 goes
    expect([0, 1, 2, 3].map((i) => cache.get(i))).toEqual([0, undefined, 2, 3])
    for (let i = 0; i < 10_000; i++) cache.set(i, i)
    expect(cache.size).toBe(3)
    expect([...cache.keys()].sort((a, b) => a - b)).toEqual([9_997, 9_998, 9_999])
  })

  it('makes a value once per key while it is kept (cached)', () => {
    const cache = countedCache<string, { made: number }>(2)
    let made = 0
    const make = () => ({ made: ++made })
    const first = cached(cache, 'a', make)
    expect(cached(cache, 'a', make)).toBe(first)
    cached(cache, 'b', make)
    cached(cache, 'c', make) // a goes
    expect(cached(cache, 'a', make)).not.toBe(first)
    expect(made).toBe(4)
  })
})

describe('weighedCache', () => {
  it('forgets the least recently used entries once their total weight passes the limit', () => {
    const cache = weighedCache<string, string>(10, (value) => value.length)
    cache.set('a', 'aaaa')
    cache.set('b', 'bbbb')
    expect(cache.get('a')).toBe('aaaa') // a is now the most recently used
    cache.set('c', 'cccc') // 12 > 10: b goes
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe('aaaa')
    expect(cache.get('c')).toBe('cccc')
    expect(cache.calculatedSize).toBe(8)
  })

  it('replaces an entry, counting only its new weight, and refuses one heavier than the limit', () => {
    const cache = weighedCache<string, string>(10, (value) => value.length)
    cache.set('a', 'aaaa')
    cache.set('a', 'aaaaaa')
    expect(cache.calculatedSize).toBe(6)
    cache.set('big', 'x'.repeat(11))
    expect(cache.get('big')).toBeUndefined()
    expect(cache.get('a')).toBe('aaaaaa')
    cache.set('a', 'y'.repeat(11))
    expect(cache.size).toBe(0)
    expect(cache.calculatedSize).toBe(0)
  })

  it('never holds more than its limit, whatever is put in', () => {
    const cache = weighedCache<number, string>(1_000, (value) => value.length)
    for (let i = 0; i < 5_000; i++) {
      cache.set(i, 'x'.repeat((i * 7919) % 300))
      expect(cache.calculatedSize).toBeLessThanOrEqual(1_000)
    }
    // Empty values still count: a flood of them is bounded too.
    const empties = weighedCache<number, string>(100, (value) => value.length)
    for (let i = 0; i < 1_000; i++) empties.set(i, '')
    expect(empties.size).toBe(100)
  })
})

describe('KeptOnSecondSighting', () => {
  it('keeps a value only the second time its key is offered', () => {
    const cache = new KeptOnSecondSighting(countedCache<string, string>(10), 100)
    expect(cache.offer('a', 'first')).toBe(false)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.offer('a', 'second')).toBe(true)
    expect(cache.get('a')).toBe('second')
    expect(cache.size).toBe(1)
  })

  it('admits, then set: the two steps of offer, for values that are made only when kept', () => {
    const cache = new KeptOnSecondSighting(countedCache<string, string>(10), 100)
    expect(cache.admits('k')).toBe(false)
    expect(cache.admits('k')).toBe(true)
    cache.set('k', 'v')
    expect(cache.get('k')).toBe('v')
  })

  it('stays bounded under a stream of one-off keys, and keeps the ones that repeat', () => {
    const cache = new KeptOnSecondSighting(countedCache<string, string>(50), 1_000)
    cache.offer('home page', 'listing')
    cache.offer('home page', 'listing')
    for (let i = 0; i < 20_000; i++) cache.offer(`one-off ${i}`, 'x')
    expect(cache.remembered).toBe(1_000)
    expect(cache.size).toBe(1)
    expect(cache.get('home page')).toBe('listing')
    // A key seen once long ago is forgotten: it must be seen twice again.
    expect(cache.offer('one-off 0', 'x')).toBe(false)
  })
})
