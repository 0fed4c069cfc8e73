import { describe, expect, it } from 'vitest'

import { FacetDimension } from '../../src/read-model/facetIndex'
import { PracticeSet } from '../../src/read-model/practiceSet'
import { sequence } from '../helpers/sequence'

function randomSet(size: number, density: number, next: () => number): PracticeSet {
  return PracticeSet.where(size, () => next() < density)
}

function bruteForce(base: PracticeSet, sets: PracticeSet[]): number[] {
  return sets.map((set) => [...base].filter((position) => set.has(position)).length)
}

describe('facet counting over bitmaps', () => {
  // Sizes around word boundaries and a catalogue-sized one.
  for (const size of [1, 31, 32, 33, 1000, 5003]) {
    it(`walking the base and counting per value agree with brute force (${size} practices)`, () => {
      const next = sequence(size)
      const values = Array.from({ length: 40 }, (_, index) => `value-${index}`)
      // Empty values, very sparse ones (tested member by member) and broad ones (intersected word by word).
      const density = (index: number) => (index % 7 === 0 ? 0 : index % 3 === 0 ? 0.003 : 0.02 + (index % 5) * 0.1)
      const sets = values.map((_, index) => randomSet(size, density(index), next))
      const dimension = FacetDimension.of(size, values.map((value, index) => [value, sets[index]!]))
      // Values without practices are left out.
      const kept = sets.map((set, index) => [set, index] as const).filter(([set]) => !set.isEmpty)
      expect(dimension.values).toEqual(kept.map(([, index]) => values[index]))
      for (const density of [0, 0.001, 0.05, 0.5, 1]) {
        const base = randomSet(size, density, next)
        const expected = bruteForce(base, kept.map(([set]) => set))
        expect([...dimension.count(base, base.count, 'walk')]).toEqual(expected)
        expect([...dimension.count(base, base.count, 'per-value')]).toEqual(expected)
        expect([...dimension.count(base)]).toEqual(expected)
      }
    })
  }

  it('counts within the occupied words only, and popcounts every bit of a word', () => {
    const size = 96
    const all = PracticeSet.full(size)
    const high = PracticeSet.of(size, [31, 63, 95])
    expect(all.countAnd(high)).toBe(3)
    expect(all.countAndIn(high, Int32Array.from([1]))).toBe(1)
    expect(high.occupiedWords()).toEqual(Int32Array.from([0, 1, 2]))
    expect(PracticeSet.of(size, [40]).occupiedWords()).toEqual(Int32Array.from([1]))
  })
})
