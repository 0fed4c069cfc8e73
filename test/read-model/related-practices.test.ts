import { describe, expect, it } from 'vitest'

import type { MemoSlot } from '../../src/read-model/memo'
import { relatedPractices } from '../../src/read-model/practiceQuery'
import { PracticeSet } from '../../src/read-model/practiceSet'
import type { ReadModelSnapshot } from '../../src/read-model/snapshot'
import { sequence } from '../helpers/sequence'

/** The parts of a snapshot that relatedPractices reads, for random practices. */
function fakeSnapshot(size: number, next: () => number) {
  const themes = Array.from({ length: 12 }, (_, i) => `t${i}`)
  const practices = Array.from({ length: size }, (_, i) => ({ id: String(i + 1), themeIds: themes.filter(() => next() < 0.25) }))
  const withTheme = new Map(themes.map((theme) => [theme, practices.flatMap((practice, position) => (practice.themeIds.includes(theme) ? [position] : []))]))
  const published = practices.map(() => Math.floor(next() * 50))
  const compareNewest = (a: number, b: number) => published[b]! - published[a]! || b - a
  const newestFirst = Int32Array.from(practices.map((_, position) => position).sort(compareNewest))
  const slots = new Map<MemoSlot<unknown>, unknown>()
  const snapshot = {
    practices,
    newestFirst,
    practicesWithDirectTheme: (theme: string) => withTheme.get(theme) ?? [],
    slot: <T>(slot: MemoSlot<T>): T => {
      if (!slots.has(slot)) slots.set(slot, slot.make(snapshot))
      return slots.get(slot) as T
    },
  } as unknown as ReadModelSnapshot
  return { snapshot, practices, compareNewest }
}

describe('related practices', () => {
  it('are the visible practices sharing the most themes, then the newest, as a full sort gives', () => {
    const next = sequence(3)
    const size = 400
    const { snapshot, practices, compareNewest } = fakeSnapshot(size, next)
    const visible = PracticeSet.where(size, () => next() < 0.7)
    for (let position = 0; position < size; position += 7) {
      const own = new Set(practices[position]!.themeIds)
      const expected = practices
        .map((practice, other) => ({ other, shared: practice.themeIds.filter((theme) => own.has(theme)).length }))
        .filter(({ other, shared }) => other !== position && shared > 0 && visible.has(other))
        .sort((a, b) => b.shared - a.shared || compareNewest(a.other, b.other))
        .map(({ other }) => other)
      for (const limit of [0, 1, 4, 10]) expect(relatedPractices(snapshot, visible, position, limit)).toEqual(expected.slice(0, limit))
    }
  })
})
