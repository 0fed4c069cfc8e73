import { describe, expect, it } from 'vitest'

import { PracticeSearchIndex, type SearchableDocument, type SearchMatch } from '../../src/read-model/searchIndex'

/** A small deterministic random sequence. */
function sequence(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const WORDS = ['inclusie', 'diversiteit', 'taalcafé', 'buurtwerking', 'jongeren', 'onderwijs', 'werk', 'wonen', 'gelijke', 'kansen', 'clause', 'diversité', 'égalité', 'école', 'emploi', 'Mechelen', 'Gent', 'Schaarbeek', 'nieuwkomers', 'ouderen']

function documents(count: number, next: () => number): SearchableDocument[] {
  const text = (words: number) => Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')
  return Array.from({ length: count }, (_, i) => ({ id: String(i + 1), title: text(3), summary: text(8), themes: text(2), organisations: text(2), body: text(30) }))
}

const sorted = (matches: SearchMatch[] | null) => matches && [...matches].sort((a, b) => a.practiceId.localeCompare(b.practiceId))

describe('search with cached word matches', () => {
  it('finds, ranks and tiers exactly as one MiniSearch query does, before and after changes', async () => {
    const next = sequence(7)
    const docs = documents(300, next)
    const index = await PracticeSearchIndex.build(docs)
    const queries = ['inclusie', 'taalcafe jongeren', 'diversite ecole', 'Gent werk wonen', 'divresiteit', 'jong', 'kans gelijk', "l'école", 'nieuwkomer ouderen mechelen', 'x', 'bestaatniet']
    const check = () => {
      for (const query of queries) {
        // Twice: the second answer comes from the word cache.
        expect(sorted(index.search(query)), query).toEqual(sorted(index.searchWithoutCache(query)))
        expect(sorted(index.search(query)), query).toEqual(sorted(index.searchWithoutCache(query)))
      }
    }
    check()
    index.put({ ...docs[0]!, title: 'Taalcafé voor nieuwkomers in Mechelen' })
    index.remove(docs[1]!.id)
    index.put({ id: 'nieuw', title: 'Inclusie en diversiteit', summary: 'wonen', themes: '', organisations: '', body: '' })
    check()
  })
})
