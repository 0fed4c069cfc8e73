import { describe, expect, it } from 'vitest'

import { emptyContentRecords } from '../../src/read-model/contentStore'
import {
  FILTER_SETS_KEPT,
  PracticeSelection,
  practicesActiveIn,
  practicesWithReachAtLeast,
  practicesWithRecurrenceAtLeast,
  type PracticeFilter,
} from '../../src/read-model/practiceQuery'
import { recentSelectionsOf, selectPractices } from '../../src/read-model/recentSelections'
import type { PracticeRecord } from '../../src/read-model/records'
import { ReadModelSnapshot } from '../../src/read-model/snapshot'
import { sequence } from '../helpers/sequence'

/** A snapshot of `size` practices with random scores and running years (some without dates). */
function snapshotOf(size: number): ReadModelSnapshot {
  const next = sequence(size)
  const records = emptyContentRecords()
  for (let i = 0; i < size; i++) {
    const start = next() < 0.2 ? null : 1990 + Math.floor(next() * 40)
    const end = start === null || next() < 0.3 ? null : start + Math.floor(next() * 8)
    const practice: PracticeRecord = {
      id: String(i + 1),
      slug: `praktijk-${i + 1}`,
      title: { nl: `Praktijk ${i + 1}` },
      summary: { nl: 'Samenvatting.' },
      what: {},
      who: {},
      why: {},
      how: {},
      results: {},
      reach: next() < 0.1 ? null : 1 + Math.floor(next() * 4),
      recurrence: next() < 0.1 ? null : 1 + Math.floor(next() * 4),
      themeIds: [],
      organisations: [],
      municipalityIds: [],
      regions: [],
      startDate: start === null ? null : `${start}-03-01`,
      endDate: end === null ? null : `${end}-10-31`,
      policyPlanId: null,
      strategicGoalCodes: [],
      imageIds: [],
      documentIds: [],
      links: [],
      contact: null,
      siteIds: [],
      publishedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      updatedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
    }
    records.practices.set(practice.id, practice)
  }
  return new ReadModelSnapshot(records, 1)
}

/** What each filter means, read from the records. */
function bruteForce(snapshot: ReadModelSnapshot, filter: PracticeFilter): number {
  return snapshot.practices.filter((practice) => {
    if (typeof filter.minReach === 'number' && (practice.reach ?? -Infinity) < filter.minReach) return false
    if (typeof filter.minRecurrence === 'number' && (practice.recurrence ?? -Infinity) < filter.minRecurrence) return false
    if (typeof filter.activeInYear === 'number') {
      const start = practice.startDate ? Number(practice.startDate.slice(0, 4)) : null
      const end = practice.endDate ? Number(practice.endDate.slice(0, 4)) : null
      if (start === null && end === null) return false
      if ((start !== null && start > filter.activeInYear) || (end !== null && end < filter.activeInYear)) return false
    }
    return true
  }).length
}

describe('memos per snapshot stay bounded whatever filter values are asked for', () => {
  const snapshot = snapshotOf(500)
  const today = '2026-11-22'

  it('keeps at most its maximum of sets per year, score and day, and answers right after dropping some', () => {
    const next = sequence(11)
    for (let i = 0; i < 1_500; i++) {
      // Distinct values, most of them nonsense: the read model does not rely on the partner API's checks.
      const filter: PracticeFilter = {
        activeInYear: -10_000_000 + i * 997,
        minReach: i - 10_000,
        minRecurrence: (i * 7) % 5_000,
      }
      new PracticeSelection(snapshot, snapshot.allPractices, filter, null, ['nl'], today)
      if (i % 100 === 0) {
        const year = 1985 + Math.floor(next() * 50)
        const selection = new PracticeSelection(snapshot, snapshot.allPractices, { activeInYear: year, minReach: 2 }, null, ['nl'], today)
        expect(selection.totalCount, `year ${year}`).toBe(bruteForce(snapshot, { activeInYear: year, minReach: 2 }))
      }
    }
    expect(practicesActiveIn.cacheOf(snapshot).size).toBeLessThanOrEqual(FILTER_SETS_KEPT.years)
    expect(practicesWithReachAtLeast.cacheOf(snapshot).size).toBeLessThanOrEqual(FILTER_SETS_KEPT.scores)
    expect(practicesWithRecurrenceAtLeast.cacheOf(snapshot).size).toBeLessThanOrEqual(FILTER_SETS_KEPT.scores)
    // Every year a partner may ask for (1900 to 2100) fits: none is made twice in a row of them.
    for (let year = 1900; year <= 2100; year++) practicesActiveIn(snapshot, year)
    const kept = practicesActiveIn(snapshot, 1900)
    for (let year = 1900; year <= 2100; year++) practicesActiveIn(snapshot, year)
    expect(practicesActiveIn(snapshot, 1900)).toBe(kept)
    for (const filter of [{ minReach: 1 }, { minReach: 4 }, { minRecurrence: 3 }, { activeInYear: 2000 }, { activeInYear: 1800 }]) {
      expect(new PracticeSelection(snapshot, snapshot.allPractices, filter, null, ['nl'], today).totalCount, JSON.stringify(filter)).toBe(bruteForce(snapshot, filter))
    }
  })

  it('keeps a bounded number of recent selections, and of derived values per selection', () => {
    for (let i = 0; i < 2_000; i++) {
      selectPractices(snapshot, { viewer: 'site', visible: snapshot.allPractices, filter: { activeInYear: 1900 + (i % 201), minReach: 1 + (i % 4), minRecurrence: 1 + (i % 3) }, search: null, chain: ['nl'], today })
    }
    expect(recentSelectionsOf(snapshot).size).toBeLessThanOrEqual(128)
    const selection = selectPractices(snapshot, { viewer: 'site', visible: snapshot.allPractices, filter: {}, search: null, chain: ['nl'], today })
    for (let i = 0; i < 1_000; i++) selection.derived(`facets-json:{ shape ${i} }`, () => 'x'.repeat(100))
    expect((selection as unknown as { derivedValues: { size: number } }).derivedValues.size).toBeLessThanOrEqual(32)
    expect(selection.totalCount).toBe(500)
  })
})
