import MiniSearch from 'minisearch'

import { searchTerm, searchTermsOf, wordsOf } from './textFolding'

/**
 * Full-text search over practices in one language chain, on MiniSearch. The
 * rules of the partner API contract:
 * - every word of the query must match a word of the practice, or be a
 *   prefix of one (AND, prefix search);
 * - case and accents do not matter (see textFolding);
 * - a word of five letters or more may have one typo (edit distance 1),
 *   and such matches rank below practices that match without typos;
 * - the title weighs more than the summary, which weighs more than themes,
 *   organisations and body text.
 *
 * Documents are keyed by practice id, not by snapshot position, so that one
 * index can follow the content from snapshot to snapshot with small updates
 * instead of being rebuilt (which takes seconds at thousands of practices).
 */

export type SearchableDocument = {
  id: string
  title: string
  summary: string
  themes: string
  organisations: string
  body: string
}

export type SearchMatch = {
  practiceId: string
  /** 0 when every query word matched without a typo, 1 otherwise. */
  tier: 0 | 1
  score: number
}

/** What one query word matches: practice id → its score, and whether it matched without a typo. */
type TermMatches = Map<string, { score: number; exact: boolean }>

const FIELD_WEIGHTS = { title: 8, summary: 4, themes: 1.5, organisations: 1.5, body: 1 }
/** Matches of recent query words kept, counted in practices (a few MB at most). */
const TERM_CACHE_ENTRIES = 250_000
const TYPO_MIN_LENGTH = 5
/** Documents indexed per turn of the event loop while building, so requests keep flowing. */
const BUILD_CHUNK = 250

export class PracticeSearchIndex {
  private readonly index = new MiniSearch<SearchableDocument>({
    idField: 'id',
    fields: ['title', 'summary', 'themes', 'organisations', 'body'],
    storeFields: [],
    tokenize: wordsOf,
    processTerm: (word) => searchTerm(word),
    searchOptions: {
      boost: FIELD_WEIGHTS,
      combineWith: 'AND',
      prefix: true,
      fuzzy: (term) => (term.length >= TYPO_MIN_LENGTH ? 1 : false),
      weights: { prefix: 0.6, fuzzy: 0.4 },
    },
  })

  /**
   * Recent query words and their matches. Prefix and typo matching walk
   * the index's tree of words, the dearest part of a search; query words
   * repeat far more than whole queries do. Emptied by any change to the index.
   */
  private readonly termCache = new Map<string, TermMatches>()
  private termCacheEntries = 0

  static build(documents: readonly SearchableDocument[]): Promise<PracticeSearchIndex> {
    return PracticeSearchIndex.buildFrom(documents.length, (index) => documents[index]!)
  }

  /**
   * Indexes documents 0 to count - 1 in order, a chunk per turn of the event
   * loop. Each document is made just before it is added, so the texts of the
   * whole catalogue are never in memory at once (the chains are built side by
   * side at start).
   */
  static async buildFrom(count: number, documentAt: (index: number) => SearchableDocument): Promise<PracticeSearchIndex> {
    const built = new PracticeSearchIndex()
    for (let start = 0; start < count; start += BUILD_CHUNK) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      const end = Math.min(count, start + BUILD_CHUNK)
      for (let index = start; index < end; index++) built.index.add(documentAt(index))
    }
    return built
  }

  /** Adds or replaces a practice's document. */
  put(document: SearchableDocument): void {
    this.forgetTerms()
    if (this.index.has(document.id)) this.index.replace(document)
    else this.index.add(document)
  }

  remove(practiceId: string): void {
    this.forgetTerms()
    if (this.index.has(practiceId)) this.index.discard(practiceId)
  }

  /**
   * Matches in no particular order; null when the query has no words to
   * search on. The same as MiniSearch's AND query over the words (a score is
   * the sum of the words' scores times the number of words), made from the
   * words' cached matches.
   */
  search(query: string): SearchMatch[] | null {
    const terms = searchTermsOf(query)
    if (terms.length === 0) return null
    const perTerm = terms.map((term) => this.matchesOf(term))
    const smallest = perTerm.reduce((a, b) => (b.size < a.size ? b : a))
    const results: SearchMatch[] = []
    for (const practiceId of smallest.keys()) {
      let score = 0
      let exact = true
      let all = true
      for (const matches of perTerm) {
        const match = matches.get(practiceId)
        if (!match) {
          all = false
          break
        }
        score += match.score
        exact &&= match.exact
      }
      if (all) results.push({ practiceId, tier: exact ? 0 : 1, score: score * terms.length })
    }
    return results
  }

  /** One MiniSearch query, without the word cache: what `search` must equal (tests compare the two). */
  searchWithoutCache(query: string): SearchMatch[] | null {
    const terms = searchTermsOf(query)
    if (terms.length === 0) return null
    return this.index.search(terms.join(' ')).map((result) => ({
      practiceId: String(result.id),
      tier: terms.every((term) => result.terms.some((matched) => matched.startsWith(term))) ? 0 : 1,
      score: result.score,
    }))
  }

  private matchesOf(term: string): TermMatches {
    const cached = this.termCache.get(term)
    if (cached) {
      this.termCache.delete(term)
      this.termCache.set(term, cached)
      return cached
    }
    const matches: TermMatches = new Map()
    for (const result of this.index.search(term)) {
      matches.set(String(result.id), { score: result.score, exact: result.terms.some((matched) => matched.startsWith(term)) })
    }
    this.termCache.set(term, matches)
    this.termCacheEntries += matches.size + 1
    while (this.termCacheEntries > TERM_CACHE_ENTRIES && this.termCache.size > 1) {
      const [oldest, dropped] = this.termCache.entries().next().value!
      this.termCache.delete(oldest)
      this.termCacheEntries -= dropped.size + 1
    }
    return matches
  }

  private forgetTerms(): void {
    this.termCache.clear()
    this.termCacheEntries = 0
  }
}
