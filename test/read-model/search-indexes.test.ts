import { describe, expect, it, vi } from 'vitest'

import type { LanguageChain } from '../../src/read-model/languages'
import { PracticeSearchIndex, type SearchableDocument } from '../../src/read-model/searchIndex'
import { SearchIndexes } from '../../src/read-model/searchIndexes'
import type { ReadModelSnapshot } from '../../src/read-model/snapshot'

/** The parts of a snapshot that building an index reads: practices with a title per language. */
function fakeSnapshot(size: number): ReadModelSnapshot {
  return {
    practices: Array.from({ length: size }, (_, i) => ({ id: String(i + 1) })),
    searchableDocument: (position: number, chain: LanguageChain): SearchableDocument => ({
      id: String(position + 1),
      title: `${chain[0] === 'fr' ? 'atelier' : 'werkplaats'} ${position}`,
      summary: '',
      themes: '',
      organisations: '',
      body: '',
    }),
  } as unknown as ReadModelSnapshot
}

describe('the search indexes of the language chains', () => {
  it('are built one at a time, so that requests are served between the slices of one build', async () => {
    const events: string[] = []
    const build = PracticeSearchIndex.buildFrom.bind(PracticeSearchIndex)
    const spy = vi.spyOn(PracticeSearchIndex, 'buildFrom').mockImplementation(async (count, documentAt) => {
      const language = documentAt(0).title.split(' ')[0]
      events.push(`start ${language}`)
      const index = await build(count, documentAt)
      events.push(`end ${language}`)
      return index
    })
    try {
      const snapshot = fakeSnapshot(3000)
      const indexes = new SearchIndexes()
      indexes.reset(snapshot)
      const [dutch, french] = await Promise.all([indexes.forChain(snapshot, ['nl']), indexes.forChain(snapshot, ['fr', 'nl'])])
      expect(events).toEqual(['start werkplaats', 'end werkplaats', 'start atelier', 'end atelier'])
      expect(dutch.search('werkplaats')?.length).toBe(3000)
      expect(french.search('atelier')?.length).toBe(3000)
      // Asked again: the same index, not another build.
      expect(await indexes.forChain(snapshot, ['nl'])).toBe(dutch)
      expect(events).toHaveLength(4)
    } finally {
      spy.mockRestore()
    }
  })
})
