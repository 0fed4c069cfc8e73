import SearchableMap from 'minisearch/SearchableMap'

import { searchTerm, searchTermsOf, wordsOf } from './textFolding'

/**
 * Full-text search over practices in one language chain. The rules of the
 * partner API contract:
 * - every word of the query must match a word of the practice, or be a
 *   prefix of one (AND, prefix search);
 * - case and accents do not matter (see textFolding);
 * - a word of five letters or more may have one typo (edit distance 1),
 *   and such matches rank below practices that match without typos;
 * - the title weighs more than the summary, which weighs more than themes,
 *   organisations and body text.
 *
 * An inverted index of our own: per word, the practices it occurs in as a
 * sorted typed array with the word's weight in each (BM25 over the weighted
 * fields). MiniSearch's radix tree (its SearchableMap) finds the words a
 * query word stands for (itself, its completions, its one-typo neighbours);
 * the practices are then scored in typed arrays, without an object per
 * match. MiniSearch's own search made a result object per matching practice
 * and per query word: at 20,000 practices common words match thousands, and
 * a search cost 6 ms of CPU and a full garbage collection a second.
 *
 * Documents are keyed by practice id, not by snapshot position, so that one
 * index follows the content from snapshot to snapshot with small updates
 * instead of being rebuilt (which takes seconds at thousands of practices).
 * A document gets a new slot each time it is put; the old one is marked
 * dead and skipped, and the lists are compacted when dead slots pile up.
 */

export type SearchableDocument = {
  id: string
  title: string
  summary: string
  themes: string
  organisations: string
  body: string
}

/** The matches of one search, in no particular order: index slots (see `idAt`), scores, and 0 (no typo) or 1. */
export type SearchMatches = {
  readonly length: number
  readonly slots: Int32Array
  readonly scores: Float64Array
  readonly tiers: Uint8Array
}

type Field = Exclude<keyof SearchableDocument, 'id'>

/**
 * Field weights, and the length (in words) a field usually has: BM25 scales
 * a word's weight down in longer fields. The lengths are fixed, so a
 * practice's weights never depend on the other practices.
 */
const FIELDS: ReadonlyArray<{ field: Field; boost: number; typicalLength: number }> = [
  { field: 'title', boost: 8, typicalLength: 8 },
  { field: 'summary', boost: 4, typicalLength: 40 },
  { field: 'themes', boost: 1.5, typicalLength: 8 },
  { field: 'organisations', boost: 1.5, typicalLength: 6 },
  { field: 'body', boost: 1, typicalLength: 200 },
]
const BM25_K1 = 1.2
const BM25_B = 0.7

/** A completion of the query word counts less, the more letters it adds. */
const PREFIX_WEIGHT = 0.6
/** A word one typo away counts less still, and ranks in the lower tier. */
const TYPO_WEIGHT = 0.4
const TYPO_MIN_LENGTH = 5
/** Query words past this many are ignored: every word must match, so more would only narrow an empty result. */
export const MAX_QUERY_WORDS = 32
/**
 * Milliseconds of indexing per turn of the event loop while building: the
 * server answers requests while its indexes are built, and a request waits
 * at most about this long for each turn it needs.
 */
const BUILD_SLICE_MS = 8
/** Compact once dead slots are this share of all slots (and at least COMPACT_MIN). */
const COMPACT_SHARE = 0.2
const COMPACT_MIN = 256

/** The slots a word occurs in, in increasing order, and its weight in each. */
class Postings {
  slots = new Int32Array(2)
  weights = new Float32Array(2)
  length = 0

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2)
      slots.set(this.slots)
      this.slots = slots
      const weights = new Float32Array(this.length * 2)
      weights.set(this.weights)
      this.weights = weights
    }
    this.slots[this.length] = slot
    this.weights[this.length] = weight
    this.length++
  }

  /** Gives back the room grown for entries to come (a quarter of the lists' memory on average). */
  trim(): void {
    if (this.slots.length === this.length) return
    this.slots = this.slots.slice(0, this.length)
    this.weights = this.weights.slice(0, this.length)
  }

  /** The entry of a slot, or -1 (the slots are sorted). */
  find(slot: number): number {
    let low = 0
    let high = this.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const value = this.slots[middle]!
      if (value === slot) return middle
      if (value < slot) low = middle + 1
      else high = middle - 1
    }
    return -1
  }
}

/** A word of the index that a query word stands for, and how much it counts. */
type Expansion = { postings: Postings; weight: number; exact: boolean }

/** A query word costs this many binary searches per candidate before a scan of its list is cheaper. */
const PROBE_COST = 8
/**
 * Scores are rounded to millionths: sums of the same weights in another order
 * (another instance, the index before and after compaction) differ in the
 * last bits, and a cursor holds a score that every instance must rank alike.
 */
const SCORE_PRECISION = 1e6
/** Matched-word counts share an Int32 with a per-search stamp (see `search`). */
const STAMP_STRIDE = 64

export class PracticeSearchIndex {
  /** Every indexed word, for completions and typos. */
  private readonly words = new SearchableMap<Postings>()
  /** The same words in a plain Map: indexing looks words up far faster there. */
  private readonly postingsByWord = new Map<string, Postings>()
  private idBySlot: Array<string | null> = []
  private readonly slotById = new Map<string, number>()
  private alive = new Uint8Array(64)
  private slotCount = 0
  private liveCount = 0
  private deadCount = 0
  /** Changes with every put, remove and compaction: slots seen before may mean other practices after. */
  private changes = 0

  // Scratch space of `search`, by slot, reused from search to search.
  private state = new Int32Array(64)
  private scores = new Float64Array(64)
  private exactWords = new Uint8Array(64)
  private stamp = 0

  static build(documents: readonly SearchableDocument[]): Promise<PracticeSearchIndex> {
    return PracticeSearchIndex.buildFrom(documents.length, (index) => documents[index]!)
  }

  /**
   * Indexes documents 0 to count - 1 in order, a slice of time per turn of
   * the event loop (requests and I/O go in between). Each document is made
   * just before it is added, so the texts of the whole catalogue are never
   * in memory at once.
   */
  static async buildFrom(count: number, documentAt: (index: number) => SearchableDocument): Promise<PracticeSearchIndex> {
    const built = new PracticeSearchIndex()
    let index = 0
    while (index < count) {
      await new Promise((resolve) => setImmediate(resolve))
      const until = performance.now() + BUILD_SLICE_MS
      do built.put(documentAt(index++))
      while (index < count && performance.now() < until)
    }
    built.trim()
    return built
  }

  /** Practices in the index. */
  get size(): number {
    return this.liveCount
  }

  /** Changes whenever slots may have changed meaning: a mapping from slots is valid while it stays the same. */
  get version(): number {
    return this.changes
  }

  /** Slots in use (live or dead): every slot of a search result is below this. */
  get slotLimit(): number {
    return this.slotCount
  }

  /** The practice in a slot, or null for a dead slot. */
  idAt(slot: number): string | null {
    return this.alive[slot] === 1 ? this.idBySlot[slot]! : null
  }

  /** Adds or replaces a practice's document. */
  put(document: SearchableDocument): void {
    this.kill(document.id)
    const slot = this.slotCount++
    this.ensureCapacity(this.slotCount)
    this.idBySlot[slot] = document.id
    this.slotById.set(document.id, slot)
    this.alive[slot] = 1
    this.liveCount++
    for (const [word, weight] of weightsOf(document)) {
      let postings = this.postingsByWord.get(word)
      if (!postings) {
        postings = new Postings()
        this.postingsByWord.set(word, postings)
        this.words.set(word, postings)
      }
      postings.push(slot, weight)
    }
    this.changes++
    this.compactWhenWasteful()
  }

  remove(practiceId: string): void {
    if (!this.kill(practiceId)) return
    this.changes++
    this.compactWhenWasteful()
  }

  /**
   * The practices matching every query word, with their scores; null when the
   * query has no words to search on. A practice's score is the sum over the
   * query words of the BM25 weights of the index words each stands for,
   * times the word's inverse document frequency and its match weight.
   */
  search(query: string): SearchMatches | null {
    const terms = searchTermsOf(query).slice(0, MAX_QUERY_WORDS)
    if (terms.length === 0) return null
    // The rarest query word first: it makes the fewest candidates.
    const queryWords = terms.map((term) => this.expansionsOf(term)).sort((a, b) => a.total - b.total)

    // Per slot, `state` holds this search's stamp plus how many query words
    // it has matched so far, so the arrays need no clearing between searches.
    const base = this.nextStamp() * STAMP_STRIDE
    const { state, scores, exactWords, alive } = this
    let candidates: number[] = []
    for (let wordIndex = 0; wordIndex < queryWords.length; wordIndex++) {
      const before = base + wordIndex
      const after = before + 1
      for (const { postings, weight, exact } of queryWords[wordIndex]!.expansions) {
        const factor = weight * this.idf(postings.length)
        const visit = (entry: number) => {
          const slot = postings.slots[entry]!
          const current = state[slot]!
          const contribution = factor * postings.weights[entry]!
          if (wordIndex === 0) {
            if (alive[slot] !== 1) return
            if (current !== after) {
              state[slot] = after
              scores[slot] = contribution
              exactWords[slot] = exact ? 1 : 0
              candidates.push(slot)
            } else {
              scores[slot] = scores[slot]! + contribution
              if (exact) exactWords[slot] = 1
            }
          } else if (current === before) {
            state[slot] = after
            scores[slot] = scores[slot]! + contribution
            // Exact words come before typos: a word's first match decides whether it was matched exactly.
            if (exact && exactWords[slot] === wordIndex) exactWords[slot] = wordIndex + 1
          } else if (current === after) {
            scores[slot] = scores[slot]! + contribution
          }
        }
        if (wordIndex > 0 && candidates.length * PROBE_COST < postings.length) {
          for (const slot of candidates) {
            const entry = postings.find(slot)
            if (entry >= 0) visit(entry)
          }
        } else {
          for (let entry = 0; entry < postings.length; entry++) visit(entry)
        }
      }
      if (wordIndex > 0) candidates = candidates.filter((slot) => state[slot] === after)
      if (candidates.length === 0) break
    }

    const length = candidates.length
    const matches = { length, slots: Int32Array.from(candidates), scores: new Float64Array(length), tiers: new Uint8Array(length) }
    for (let i = 0; i < length; i++) {
      const slot = candidates[i]!
      matches.scores[i] = Math.round(scores[slot]! * SCORE_PRECISION) / SCORE_PRECISION
      matches.tiers[i] = exactWords[slot] === queryWords.length ? 0 : 1
    }
    return matches
  }

  /** Gives back the room the word lists grew for entries to come (after a build; an update grows them again). */
  trim(): void {
    for (const postings of this.postingsByWord.values()) postings.trim()
  }

  /** Drops dead slots and renumbers the live ones (in the same order). Runs by itself when dead slots pile up. */
  compact(): void {
    const newSlot = new Int32Array(this.slotCount)
    const ids: string[] = []
    for (let slot = 0; slot < this.slotCount; slot++) {
      if (this.alive[slot] === 1) {
        newSlot[slot] = ids.length
        ids.push(this.idBySlot[slot]!)
      } else newSlot[slot] = -1
    }
    const emptied: string[] = []
    for (const [word, postings] of this.postingsByWord) {
      let kept = 0
      for (let entry = 0; entry < postings.length; entry++) {
        const slot = newSlot[postings.slots[entry]!]!
        if (slot < 0) continue
        postings.slots[kept] = slot
        postings.weights[kept] = postings.weights[entry]!
        kept++
      }
      postings.length = kept
      postings.trim()
      if (kept === 0) emptied.push(word)
    }
    for (const word of emptied) {
      this.postingsByWord.delete(word)
      this.words.delete(word)
    }
    this.idBySlot = ids
    this.slotById.clear()
    ids.forEach((id, slot) => this.slotById.set(id, slot))
    this.alive = new Uint8Array(this.alive.length)
    this.alive.fill(1, 0, ids.length)
    this.slotCount = ids.length
    this.liveCount = ids.length
    this.deadCount = 0
    this.changes++
  }

  /** The index words a query word stands for: itself, its completions, and (5+ letters) words one typo away. */
  private expansionsOf(term: string): { expansions: Expansion[]; total: number } {
    const expansions: Expansion[] = []
    for (const [word, postings] of this.words.atPrefix(term).entries()) {
      const added = word.length - term.length
      expansions.push({ postings, exact: true, weight: added === 0 ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * added) })
    }
    if (term.length >= TYPO_MIN_LENGTH) {
      for (const [word, [postings, distance]] of this.words.fuzzyGet(term, 1)) {
        if (distance === 0 || word.startsWith(term)) continue
        expansions.push({ postings, exact: false, weight: (TYPO_WEIGHT * term.length) / (term.length + distance) })
      }
    }
    return { expansions, total: expansions.reduce((sum, expansion) => sum + expansion.postings.length, 0) }
  }

  /** BM25's inverse document frequency (dead slots still count until compaction: close enough for ranking). */
  private idf(documentFrequency: number): number {
    return Math.log(1 + (this.liveCount - documentFrequency + 0.5) / (documentFrequency + 0.5))
  }

  private kill(practiceId: string): boolean {
    const slot = this.slotById.get(practiceId)
    if (slot === undefined) return false
    this.slotById.delete(practiceId)
    this.alive[slot] = 0
    this.idBySlot[slot] = null
    this.liveCount--
    this.deadCount++
    return true
  }

  private compactWhenWasteful(): void {
    if (this.deadCount >= COMPACT_MIN && this.deadCount >= this.slotCount * COMPACT_SHARE) this.compact()
  }

  private nextStamp(): number {
    this.stamp++
    if (this.stamp * STAMP_STRIDE > 2 ** 31 - STAMP_STRIDE) {
      this.state.fill(0)
      this.stamp = 1
    }
    return this.stamp
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.alive.length) return
    const capacity = Math.max(slots, this.alive.length * 2)
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(array: T, make: (length: number) => T): T => {
      const grown = make(capacity)
      grown.set(array)
      return grown
    }
    this.alive = grow(this.alive, (length) => new Uint8Array(length))
    this.state = grow(this.state, (length) => new Int32Array(length))
    this.scores = new Float64Array(capacity)
    this.exactWords = new Uint8Array(capacity)
  }
}

/** Each word of a document with its weight: BM25 per field, times the field's boost, summed over the fields. */
function weightsOf(document: SearchableDocument): Map<string, number> {
  const weights = new Map<string, number>()
  for (const { field, boost, typicalLength } of FIELDS) {
    const counts = new Map<string, number>()
    let length = 0
    for (const word of wordsOf(document[field])) {
      const term = searchTerm(word)
      if (term === null) continue
      counts.set(term, (counts.get(term) ?? 0) + 1)
      length++
    }
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / typicalLength)
    for (const [term, count] of counts) {
      weights.set(term, (weights.get(term) ?? 0) + (boost * count * (BM25_K1 + 1)) / (count + norm))
    }
  }
  return weights
}
