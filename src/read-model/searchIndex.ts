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

/**
 * What one query word matches: for each practice it matches, in MiniSearch's
 * order, the practice's ordinal in the index (see PracticeSearchIndex), its
 * score and whether it matched without a typo. In typed arrays a match costs
 * 13 to 21 bytes; as a Map of objects it cost about 90, and the cache of one
 * index at its bound took 22 MB.
 */
class TermMatches {
  readonly size: number
  private readonly ordinals: Int32Array
  private readonly scores: Float64Array
  private readonly exact: Uint8Array
  /** Words with many matches: slot + 1 by ordinal (0: no match). */
  private readonly slotByOrdinal: Int32Array | null = null
  /** Words with fewer matches: their ordinals in increasing order, and the slot of each. */
  private readonly sortedOrdinals: Int32Array | null = null
  private readonly sortedSlots: Int32Array | null = null

  constructor(ordinals: readonly number[], scores: readonly number[], exact: readonly boolean[], ordinalCount: number) {
    this.size = ordinals.length
    this.ordinals = Int32Array.from(ordinals)
    this.scores = Float64Array.from(scores)
    this.exact = Uint8Array.from(exact, (value) => (value ? 1 : 0))
    if (this.size <= LINEAR_LOOKUP_MAX) return
    if (this.size * DENSE_LOOKUP_RATIO >= ordinalCount) {
      this.slotByOrdinal = new Int32Array(ordinalCount)
      this.ordinals.forEach((ordinal, slot) => (this.slotByOrdinal![ordinal] = slot + 1))
    } else {
      const slots = Int32Array.from(this.ordinals.keys()).sort((a, b) => this.ordinals[a]! - this.ordinals[b]!)
      this.sortedSlots = slots
      this.sortedOrdinals = slots.map((slot) => this.ordinals[slot]!)
    }
  }

  ordinalAt(slot: number): number {
    return this.ordinals[slot]!
  }

  scoreAt(slot: number): number {
    return this.scores[slot]!
  }

  exactAt(slot: number): boolean {
    return this.exact[slot] === 1
  }

  /** The slot of a practice's match, or -1 when the word does not match it. */
  slotOf(ordinal: number): number {
    if (this.slotByOrdinal) return ordinal < this.slotByOrdinal.length ? this.slotByOrdinal[ordinal]! - 1 : -1
    if (this.sortedOrdinals) {
      let low = 0
      let high = this.sortedOrdinals.length - 1
      while (low <= high) {
        const middle = (low + high) >>> 1
        const value = this.sortedOrdinals[middle]!
        if (value === ordinal) return this.sortedSlots![middle]!
        if (value < ordinal) low = middle + 1
        else high = middle - 1
      }
      return -1
    }
    return this.ordinals.indexOf(ordinal)
  }
}

/** Up to this many matches, a word's matches are searched one by one. */
const LINEAR_LOOKUP_MAX = 16
/** A word matching at least one in this many of the practices seen gets a table by ordinal. */
const DENSE_LOOKUP_RATIO = 16

const FIELD_WEIGHTS = { title: 8, summary: 4, themes: 1.5, organisations: 1.5, body: 1 }
/** Matches of recent query words kept, counted in practices (about 5 MB an index at most). */
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
  /** Practice ids of the cached matches as small numbers, for TermMatches; reset with the cache. */
  private readonly ordinalById = new Map<string, number>()
  private idByOrdinal: string[] = []

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
    for (let smallestSlot = 0; smallestSlot < smallest.size; smallestSlot++) {
      const ordinal = smallest.ordinalAt(smallestSlot)
      let score = 0
      let exact = true
      let all = true
      for (const matches of perTerm) {
        const slot = matches === smallest ? smallestSlot : matches.slotOf(ordinal)
        if (slot < 0) {
          all = false
          break
        }
        score += matches.scoreAt(slot)
        exact &&= matches.exactAt(slot)
      }
      if (all) results.push({ practiceId: this.idByOrdinal[ordinal]!, tier: exact ? 0 : 1, score: score * terms.length })
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
    const ordinals: number[] = []
    const scores: number[] = []
    const exact: boolean[] = []
    for (const result of this.index.search(term)) {
      const practiceId = String(result.id)
      let ordinal = this.ordinalById.get(practiceId)
      if (ordinal === undefined) {
        ordinal = this.idByOrdinal.length
        this.ordinalById.set(practiceId, ordinal)
        this.idByOrdinal.push(practiceId)
      }
      ordinals.push(ordinal)
      scores.push(result.score)
      exact.push(result.terms.some((matched) => matched.startsWith(term)))
    }
    const matches = new TermMatches(ordinals, scores, exact, this.idByOrdinal.length)
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
    this.ordinalById.clear()
    this.idByOrdinal = []
  }
}
