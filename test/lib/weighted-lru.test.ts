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

  it('counts entries one by one without a weigher', () => {
    const lru = new WeightedLru<number, number>(3)
    for (let i = 0; i < 5; i++) lru.set(i, i)
    expect([0, 1, 2, 3, 4].map((i) => lru.get(i))).toEqual([undefined, undefined, 2, 3, 4])
    lru.clear()
    expect(lru.size).toBe(0)
  })
})
