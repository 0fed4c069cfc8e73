import { describe, expect, it } from 'vitest'

import { PracticeSearchIndex, type SearchableDocument, type SearchMatches } from '../../src/read-model/searchIndex'
import { searchTerm, searchTermsOf, wordsOf } from '../../src/read-model/textFolding'
import { sequence } from '../helpers/sequence'

const WORDS = ['inclusie', 'diversiteit', 'diversiteitsbeleid', 'taalcafé', 'buurtwerking', 'jongeren', 'jongerenwerk', 'onderwijs', 'werk', 'wonen', 'gelijke', 'kansen', 'clause', 'diversité', 'égalité', 'école', 'emploi', 'Mechelen', 'Gent', 'Schaarbeek', 'nieuwkomers', 'ouderen', 'ouders']

function documents(count: number, next: () => number, prefix = ''): SearchableDocument[] {
  const text = (words: number) => Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, title: text(3), summary: text(8), themes: text(2), organisations: text(2), body: text(30) }))
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** The contract's rules, one document at a time: what the index must find, and in which tier. */
function bruteForce(docs: readonly SearchableDocument[], query: string): Map<string, 0 | 1> | null {
  const terms = searchTermsOf(query)
  if (terms.length === 0) return null
  const found = new Map<string, 0 | 1>()
  for (const doc of docs) {
    const words = [doc.title, doc.summary, doc.themes, doc.organisations, doc.body]
      .flatMap(wordsOf)
      .map(searchTerm)
      .filter((word): word is string => word !== null)
    let tier: 0 | 1 = 0
    let all = true
    for (const term of terms) {
      if (words.some((word) => word.startsWith(term))) continue
      if (term.length >= 5 && words.some((word) => editDistanceAtMostOne(term, word))) tier = 1
      else all = false
    }
    if (all) found.set(doc.id, tier)
  }
  return found
}

function byId(index: PracticeSearchIndex, matches: SearchMatches | null): Map<string, { tier: number; score: number }> | null {
  if (!matches) return null
  const out = new Map<string, { tier: number; score: number }>()
  for (let i = 0; i < matches.length; i++) out.set(index.idAt(matches.slots[i]!)!, { tier: matches.tiers[i]!, score: matches.scores[i]! })
  return out
}

const tiersOf = (found: Map<string, { tier: number }> | null) => found && new Map([...found].map(([id, { tier }]) => [id, tier]))

const QUERIES = ['inclusie', 'taalcafe jongeren', 'diversite ecole', 'Gent werk wonen', 'divresiteit', 'jong', 'kans gelijk', "l'école", 'nieuwkomer ouderen mechelen', 'ouder', 'oudres', 'x', 'bestaatniet', 'DIVERSITEIT Égalité']

describe('search index', () => {
  it('finds exactly the practices the rules say, in the right tier, before and after changes', async () => {
    const next = sequence(7)
    let docs = documents(300, next)
    const index = await PracticeSearchIndex.build(docs)
    const check = () => {
      for (const query of QUERIES) expect(tiersOf(byId(index, index.search(query))), query).toEqual(bruteForce(docs, query))
    }
    check()
    const replaced = { ...docs[0]!, title: 'Taalcafé voor nieuwkomers in Mechelen' }
    index.put(replaced)
    index.remove(docs[1]!.id)
    const added = { id: 'nieuw', title: 'Inclusie en diversiteit', summary: 'wonen', themes: '', organisations: '', body: '' }
    index.put(added)
    docs = [replaced, ...docs.slice(2), added]
    check()
  })

  it('scores as a fresh index of the same practices once compacted, and compacts by itself when changes pile up', async () => {
    const next = sequence(11)
    const docs = documents(400, next)
    const index = await PracticeSearchIndex.build(docs)
    // Replace most practices, some twice: dead slots pile up and are dropped along the way.
    const current = new Map(docs.map((doc) => [doc.id, doc]))
    for (const doc of [...documents(350, next), ...documents(100, next)]) {
      index.put(doc)
      current.set(doc.id, doc)
    }
    for (const doc of documents(50, next, 'x')) index.put(doc)
    for (let i = 1; i <= 50; i++) index.remove(`x${i}`)
    expect(index.slotLimit).toBeLessThan(2 * current.size)
    expect(index.size).toBe(current.size)

    const fresh = await PracticeSearchIndex.build([...current.values()])
    for (const query of QUERIES) expect(tiersOf(byId(index, index.search(query))), query).toEqual(tiersOf(byId(fresh, fresh.search(query))))
    index.compact()
    for (const query of QUERIES) expect(byId(index, index.search(query)), query).toEqual(byId(fresh, fresh.search(query)))
  })

  it('ranks a title above a body, a word above a completion, and a typo below both', async () => {
    const doc = (id: string, fields: Partial<SearchableDocument>): SearchableDocument => ({ id, title: '', summary: '', themes: '', organisations: '', body: '', ...fields })
    const index = await PracticeSearchIndex.build([
      // Each word in one title and one body, so that no word is rarer than another.
      doc('title', { title: 'Taalcafé' }),
      doc('completion', { title: 'Taalcafés' }),
      doc('body', { title: 'Project', body: 'Een taalcafé voor buren en nieuwkomers in de wijk, elke week.' }),
      doc('body completion', { title: 'Project', body: 'Twee taalcafés voor buren en nieuwkomers in de wijk, elke week.' }),
      doc('typo', { title: 'Taalcaff' }),
    ])
    const matches = index.search('taalcafe')!
    const ranked = Array.from(matches.slots.keys())
      .sort((a, b) => matches.tiers[a]! - matches.tiers[b]! || matches.scores[b]! - matches.scores[a]!)
      .map((i) => index.idAt(matches.slots[i]!))
    expect(ranked).toEqual(['title', 'completion', 'body', 'body completion', 'typo'])
  })

  it('ignores query words past the limit and answers null without words', async () => {
    const index = await PracticeSearchIndex.build(documents(20, sequence(3)))
    expect(index.search("l' - ?")).toBeNull()
    const many = Array.from({ length: 200 }, () => 'werk').join(' ') + ' inclusie'
    expect(index.search(many)).not.toBeNull()
  })
})
