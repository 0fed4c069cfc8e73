import { countedCache } from '../lib/caches'
import { chainKey, type LanguageChain } from './languages'
import { perSnapshot } from './memo'
import { PracticeSelection, type PracticeFilter } from './practiceQuery'
import type { PracticeSet } from './practiceSet'
import type { ReadModelSnapshot } from './snapshot'

/** How many selections a snapshot keeps (each with its facet counts: a few MB together at 5,000 practices). */
const KEPT_SELECTIONS = 128

/**
 * The selections (filter, search, facets, orders) a snapshot answered most
 * recently, so the next page of a list, or the same list in another sort,
 * does not search, filter and count facets again. Partner sites page through
 * lists; a site's home page asks for the same list over and over.
 *
 * Bounded, least recently used first out. It lives on its snapshot, so a
 * change to the content starts with an empty one: never stale.
 */
export const recentSelectionsOf = perSnapshot(() => countedCache<string, PracticeSelection>(KEPT_SELECTIONS))

export type SelectionRequest = {
  /** Who sees `visible`: the site's id (visibility is a function of the site). */
  viewer: string
  visible: PracticeSet
  filter: PracticeFilter
  /** Search text, or null for a plain listing. */
  search: string | null
  chain: LanguageChain
  today: string
}

/**
 * The selection for a request, from the snapshot's recent selections when
 * the same one was asked for before. Only a search that is not among them
 * waits (for its index).
 */
export function selectPractices(snapshot: ReadModelSnapshot, request: SelectionRequest & { search: null }): PracticeSelection
export function selectPractices(snapshot: ReadModelSnapshot, request: SelectionRequest): PracticeSelection | Promise<PracticeSelection>
export function selectPractices(snapshot: ReadModelSnapshot, request: SelectionRequest): PracticeSelection | Promise<PracticeSelection> {
  const recent = recentSelectionsOf(snapshot)
  const key = [request.viewer, chainKey(request.chain), request.today, request.search ?? '', JSON.stringify(request.filter)].join('\u0000')
  const known = recent.get(key)
  if (known) return known
  const select = (hits: Awaited<ReturnType<ReadModelSnapshot['search']>>) => {
    const selection = new PracticeSelection(snapshot, request.visible, request.filter, hits, request.chain, request.today)
    recent.set(key, selection)
    return selection
  }
  // A search of only one-letter words or punctuation finds no words to search on: a plain listing.
  return request.search ? snapshot.search(request.chain, request.search).then(select) : select(null)
}
