import { describe, expect, it } from 'vitest'

import { WeightedLru } from '../../src/lib/weightedLru'

describe('WeightedLru', () => {
  it('forgets the least recently used entries once the weight passes the limit', () => {
    const lru = new WeightedLru<string, string>(10, (value) => value.length)
    lru.set('a', 'aaaa')
    lru.set('b', 'bbbb')
    expect(lru.get('a')).toBe('aaaa') // a is now the most recently used
    lru.set('c', 'cccc') // 12 > 10: b goes
    expect(lru.get('b')).toBeUndefined()
    expect(lru.get('a')).toBe('aaaa')
    expect(lru.get('c')).toBe('cccc')
    expect(lru.weight).toBe(8)
  })

  it('replaces an entry, counting only its new weight, and refuses one heavier than the limit', () => {
    const lru = new WeightedLru<string, string>(10, (value) => value.length)
    lru.set('a', 'aaaa')
    lru.set('a', 'aaaaaa')
    expect(lru.weight).toBe(6)
    lru.set('big', 'x'.repeat(11))
    expect(lru.get('big')).toBeUndefined()
    expect(lru.get('a')).toBe('aaaaaa')
    lru.set('a', 'y'.repeat(11))
    expect(lru.size).toBe(0)
    expect(lru.weight).toBe(0)
  })

  it('gives entries used since they were kept a second chance, and never drops the one just kept', () => {
    const lru = new WeightedLru<string, number>(3)
    for (const key of ['a', 'b', 'c']) lru.set(key, 1)
    lru.get('a')
    lru.get('c')
    lru.set('d', 1) // a and c were used: b goes
    expect(['a', 'b', 'c', 'd'].map((key) => lru.get(key) !== undefined)).toEqual([true, false, true, true])
    // Every entry is used now; the next one still gets in, and the oldest goes.
    lru.set('e', 1)
    expect(lru.size).toBe(3)
    expect(lru.get('e')).toBe(1)
  })

  it('counts entries one by one without a weigher', () => {
    const lru = new WeightedLru<number, number>(3)
    for (let i = 0; i < 5; i++) lru.set(i, i)
    expect([0, 1, 2, 3, 4].map((i) => lru.get(i))).toEqual([undefined, undefined, 2, 3, 4])
    lru.clear()
    expect(lru.size).toBe(0)
  })
})
