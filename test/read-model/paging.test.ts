import { describe, expect, it } from 'vitest'

import type { MemoSlot } from '../../src/read-model/memo'
import { compareIds } from '../../src/read-model/ordering'
import { PracticeSelection } from '../../src/read-model/practiceQuery'
import { PracticeSet } from '../../src/read-model/practiceSet'
import type { ReadModelSnapshot } from '../../src/read-model/snapshot'
import { sequence } from '../helpers/sequence'

/** The parts of a snapshot that paging by date reads, for random practices (many sharing a date). */
function fakeSnapshot(size: number, next: () => number) {
  const practices = Array.from({ length: size }, (_, i) => ({ id: String(i + 1) }))
  const published = practices.map(() => Math.floor(next() * 200))
  const newestFirst = Int32Array.from(practices.map((_, position) => position).sort((a, b) => published[b]! - published[a]! || compareIds(practices[b]!.id, practices[a]!.id)))
  const slots = new Map<MemoSlot<unknown>, unknown>()
  const snapshot = {
    practices,
    newestFirst,
    publishedAtOf: (position: number) => published[position]!,
    slot: <T>(slot: MemoSlot<T>): T => {
      if (!slots.has(slot)) slots.set(slot, slot.make(snapshot))
      return slots.get(slot) as T
    },
  } as unknown as ReadModelSnapshot
  return { snapshot, newestFirst }
}

describe('paging through a list by date', () => {
  it('gives every match once, in order, with the right page info, whether matches are rare (visited) or common (walked to)', () => {
    const next = sequence(5)
    const size = 3000
    const { snapshot, newestFirst } = fakeSnapshot(size, next)
    for (const density of [0.001, 0.004, 0.02, 0.1, 0.5, 1]) {
      const visible = PracticeSet.where(size, () => next() < density)
      const expected = [...newestFirst].filter((position) => visible.has(position))
      const selection = new PracticeSelection(snapshot, visible, {}, null, ['nl'], '2026-11-22')
      for (const first of [1, 7, 20]) {
        const seen: number[] = []
        let after = null
        for (let page = 0; ; page++) {
          const result = selection.page('NEWEST', first, after)
          expect(result.hasPreviousPage, `density ${density}, first ${first}, page ${page}`).toBe(page > 0 && expected.length > 0)
          seen.push(...result.items)
          expect(result.hasNextPage).toBe(seen.length < expected.length)
          if (!result.hasNextPage) break
          after = selection.sortKey('NEWEST', result.items[result.items.length - 1]!)
        }
        expect(seen, `density ${density}, first ${first}`).toEqual(expected)
      }
    }
  })
})
