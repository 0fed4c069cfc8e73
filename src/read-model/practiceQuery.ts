import { cached, countedCache } from '../lib/caches'
import { facetIndexOf, type FacetDimension } from './facetIndex'
import { chainKey, type LanguageChain } from './languages'
import { perSnapshot, perSnapshotAndKey } from './memo'
import { compareIds, positionAfter, type KeyComparator, type Page, type SortKey } from './ordering'
import { PracticeSet } from './practiceSet'
import type { RegionValue, ThemeSchemeValue } from './records'
import { THEME_SCHEMES, type ReadModelSnapshot, type SearchHits } from './snapshot'

/**
 * Filtering, searching, sorting, paging and facet counting of practices,
 * always within a set of visible practices (see visibility.ts).
 */

export type PracticeFilter = {
  /** Theme slugs: OR within a scheme, AND across schemes, descendants included. */
  themes?: readonly string[] | null
  /** Organisation slugs, any role. */
  organisations?: readonly string[] | null
  /** Municipality slugs. */
  municipalities?: readonly string[] | null
  regions?: readonly RegionValue[] | null
  /** Policy plan slug. */
  policyPlan?: string | null
  minReach?: number | null
  minRecurrence?: number | null
  activeInYear?: number | null
  ongoing?: boolean | null
  hasImages?: boolean | null
  /** ISO date-time. */
  updatedSince?: string | null
}

export type PracticeSort = 'RELEVANCE' | 'NEWEST' | 'UPDATED' | 'TITLE'

/**
 * The dimensions that facets are counted over. A facet counts with every
 * filter applied except its own dimension; each theme scheme is a dimension
 * of its own, as themes of one scheme are alternatives (OR) and schemes are
 * combined (AND).
 */
type Dimension = `themes:${ThemeSchemeValue}` | 'organisations' | 'municipalities' | 'regions' | 'reach' | 'recurrence' | 'fixed'

type Constraint = { dimension: Dimension; set: PracticeSet }

export type FacetCounts = {
  themes: Array<{ themeId: string; count: number }>
  organisations: Array<{ organisationId: string; count: number }>
  municipalities: Array<{ organisationId: string; count: number }>
  regions: Array<{ region: RegionValue; count: number }>
  reach: Array<{ value: number; count: number }>
  recurrence: Array<{ value: number; count: number }>
}

/** "Today" as YYYY-MM-DD, for `ongoing`. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

function dayOf(value: string | null): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10)
}

export function isOngoing(endDate: string | null, today: string): boolean {
  const end = dayOf(endDate)
  return end === null || end >= today
}

/** Derived values a selection keeps: its few own ones, and the facets' JSON of a few facets' selections. */
const DERIVED_VALUES_KEPT = 32

export class PracticeSelection {
  readonly matches: PracticeSet
  private readonly base: PracticeSet
  private readonly constraints: Constraint[]
  private readonly hits: SearchHits | null
  /** Where the practices of pages by relevance are among the hits, for their cursors (bounded by the hits). */
  private readonly hitOfPosition = new Map<number, number>()
  /**
   * Orders, facet counts and what resolvers make of them, computed once (see
   * recentSelections.ts). Bounded: the JSON of facets is kept per facets'
   * selection, which callers choose.
   */
  private readonly derivedValues = countedCache<string, { value: unknown }>(DERIVED_VALUES_KEPT)

  constructor(
    private readonly snapshot: ReadModelSnapshot,
    visible: PracticeSet,
    filter: PracticeFilter | null | undefined,
    search: SearchHits | null,
    private readonly chain: LanguageChain,
    today: string,
  ) {
    const size = snapshot.practices.length
    this.hits = search
    this.base = search ? visible.and(PracticeSet.of(size, search.positions)) : visible
    this.constraints = constraintsOf(snapshot, filter ?? {}, today)
    this.matches = PracticeSet.intersection(size, [this.base, ...this.constraints.map((constraint) => constraint.set)])
  }

  get totalCount(): number {
    return this.derived('totalCount', () => this.matches.count)
  }

  get isSearch(): boolean {
    return this.hits !== null
  }

  /**
   * A value derived from this selection, computed once: a selection may
   * answer many requests (the next page, the same home page).
   */
  derived<T>(key: string, make: () => T): T {
    const kept = this.derivedValues.get(key)
    if (kept) return kept.value as T
    const value = make()
    this.derivedValues.set(key, { value })
    return value
  }

  /**
   * A page of the search's matches by relevance: tier (no typo first), then
   * score, then id, as the RELEVANCE comparator orders sort keys. One walk
   * over the hits keeps the best `first + 1` after the cursor, instead of
   * sorting thousands of matches for a page of twenty.
   */
  private relevancePage(first: number, after: SortKey | null): Page<number> {
    const hits = this.hits!
    const practices = this.snapshot.practices
    // Negative when hit a ranks before hit b.
    const compare = (a: number, b: number) =>
      hits.tiers[a]! - hits.tiers[b]! || hits.scores[b]! - hits.scores[a]! || compareIds(practices[hits.positions[a]!]!.id, practices[hits.positions[b]!]!.id)
    const afterCursor = (hit: number) =>
      !after ||
      (hits.tiers[hit]! - Number(after[0]) || Number(after[1]) - hits.scores[hit]! || compareIds(practices[hits.positions[hit]!]!.id, String(after[2]))) > 0
    const wanted = first + 1
    const best: number[] = []
    let hasPreviousPage = false
    for (let hit = 0; hit < hits.length; hit++) {
      if (!this.matches.has(hits.positions[hit]!)) continue
      if (!afterCursor(hit)) {
        hasPreviousPage = true
        continue
      }
      if (best.length === wanted && compare(hit, best[wanted - 1]!) >= 0) continue
      let at = best.length === wanted ? wanted - 1 : best.length
      while (at > 0 && compare(hit, best[at - 1]!) < 0) {
        best[at] = best[at - 1]!
        at--
      }
      best[at] = hit
    }
    const hasNextPage = best.length > first
    if (hasNextPage) best.pop()
    for (const hit of best) this.hitOfPosition.set(hits.positions[hit]!, hit)
    return { items: best.map((hit) => hits.positions[hit]!), hasNextPage, hasPreviousPage }
  }

  /** The hit of a practice among the search's matches (-1: none). */
  private hitOf(position: number): number {
    const known = this.hitOfPosition.get(position)
    if (known !== undefined) return known
    const hit = this.hits ? this.hits.positions.indexOf(position) : -1
    if (hit >= 0) this.hitOfPosition.set(position, hit)
    return hit
  }

  /** RELEVANCE means NEWEST when not searching. */
  effectiveSort(sort: PracticeSort): PracticeSort {
    return sort === 'RELEVANCE' && !this.isSearch ? 'NEWEST' : sort
  }

  page(sort: PracticeSort, first: number, after: SortKey | null): Page<number> {
    const kind = this.effectiveSort(sort)
    const keyOf = (position: number) => this.sortKey(kind, position)
    if (kind === 'RELEVANCE') return this.relevancePage(first, after)
    // The snapshot keeps every practice in this order already: find the
    // cursor in it by binary search. When matches are common, walk on from
    // there until the page is full (a page costs the practices walked past);
    // when they are rare, visit the matches and keep the first few by their
    // place in the order (walking would pass most of the catalogue).
    const order = this.snapshotOrder(kind)
    const start = after ? positionAfter(order, keyOf, this.comparator(kind), after) : 0
    const matchCount = this.totalCount
    const walkCost = ((first + 1) * order.length) / Math.max(1, matchCount)
    const visitCost = matchCount + order.length / 32
    const { items, hasPreviousPage } = walkCost <= visitCost ? this.walkOrder(order, start, first + 1) : this.visitMatches(this.placesIn(kind), start, first + 1)
    const hasNextPage = items.length > first
    if (hasNextPage) items.pop()
    return { items, hasNextPage, hasPreviousPage }
  }

  /** Up to `wanted` matches from place `start` of the order on, and whether one comes before it. */
  private walkOrder(order: Int32Array, start: number, wanted: number): { items: number[]; hasPreviousPage: boolean } {
    const items: number[] = []
    for (let i = start; i < order.length && items.length < wanted; i++) if (this.matches.has(order[i]!)) items.push(order[i]!)
    let hasPreviousPage = false
    for (let i = start - 1; i >= 0 && !hasPreviousPage; i--) hasPreviousPage = this.matches.has(order[i]!)
    return { items, hasPreviousPage }
  }

  /** The same from the matches themselves: the `wanted` lowest places from `start` on, kept sorted while visiting. */
  private visitMatches(places: Int32Array, start: number, wanted: number): { items: number[]; hasPreviousPage: boolean } {
    const best: number[] = []
    let hasPreviousPage = false
    this.matches.forEach((position) => {
      const place = places[position]!
      if (place < start) {
        hasPreviousPage = true
        return
      }
      if (best.length === wanted && place >= places[best[wanted - 1]!]!) return
      let at = best.length === wanted ? wanted - 1 : best.length
      while (at > 0 && places[best[at - 1]!]! > place) {
        best[at] = best[at - 1]!
        at--
      }
      best[at] = position
    })
    return { items: best, hasPreviousPage }
  }

  /** Each practice's place in an order of the snapshot, made once per snapshot (and language). */
  private placesIn(kind: Exclude<PracticeSort, 'RELEVANCE'>): Int32Array {
    if (kind === 'NEWEST') return newestRank(this.snapshot)
    const order = this.snapshotOrder(kind)
    return cached(placesOfOrders(this.snapshot), `${kind}:${kind === 'TITLE' ? chainKey(this.chain) : ''}`, () => placesOf(order))
  }

  private snapshotOrder(kind: Exclude<PracticeSort, 'RELEVANCE'>): Int32Array {
    return kind === 'NEWEST' ? this.snapshot.newestFirst : kind === 'UPDATED' ? this.snapshot.recentlyUpdatedFirst : this.snapshot.byTitle(this.chain)
  }

  /** What a cursor encodes for a practice in this order. */
  sortKey(sort: PracticeSort, position: number): SortKey {
    const id = this.snapshot.practices[position]!.id
    switch (this.effectiveSort(sort)) {
      case 'RELEVANCE': {
        const hit = this.hitOf(position)
        return hit < 0 ? [1, 0, id] : [this.hits!.tiers[hit]!, this.hits!.scores[hit]!, id]
      }
      case 'UPDATED':
        return [this.snapshot.updatedAtOf(position), id]
      case 'TITLE':
        return [this.snapshot.practiceTitle(position, this.chain), id]
      default:
        return [this.snapshot.publishedAtOf(position), id]
    }
  }

  /** Must agree with the orders in the snapshot. */
  comparator(sort: PracticeSort): KeyComparator {
    switch (this.effectiveSort(sort)) {
      case 'RELEVANCE':
        return (a, b) => Number(a[0]) - Number(b[0]) || Number(b[1]) - Number(a[1]) || compareIds(String(a[2]), String(b[2]))
      case 'TITLE': {
        const collator = this.snapshot.collator(this.chain)
        return (a, b) => collator.compare(String(a[0]), String(b[0])) || compareIds(String(a[1]), String(b[1]))
      }
      default:
        return (a, b) => Number(b[0]) - Number(a[0]) || compareIds(String(b[1]), String(a[1]))
    }
  }

  /** Counts over the matching set, each facet without its own dimension's filter. */
  facets(): FacetCounts {
    return this.derived('facets', () => this.countFacets())
  }

  private countFacets(): FacetCounts {
    const snapshot = this.snapshot
    const index = facetIndexOf(snapshot)
    const size = snapshot.practices.length
    // Without a filter of its own, a dimension counts over the matches themselves.
    const matchesCount = this.totalCount
    const baseFor = (dimension: Dimension): [PracticeSet, number] => {
      if (!this.constraints.some((constraint) => constraint.dimension === dimension)) return [this.matches, matchesCount]
      const base = PracticeSet.intersection(size, [
        this.base,
        ...this.constraints.filter((constraint) => constraint.dimension !== dimension).map((constraint) => constraint.set),
      ])
      return [base, base.count]
    }
    const counted = <V>(dimension: FacetDimension<V>, over: Dimension): Array<[V, number]> => {
      const counts = dimension.count(...baseFor(over))
      const result: Array<[V, number]> = []
      for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) result.push([dimension.values[i]!, counts[i]!])
      return result
    }

    const themes: FacetCounts['themes'] = []
    for (const scheme of THEME_SCHEMES) {
      for (const [themeId, count] of counted(index.themes.get(scheme)!, `themes:${scheme}`)) themes.push({ themeId, count })
    }
    themes.sort((a, b) => snapshot.themeDisplayRank(a.themeId) - snapshot.themeDisplayRank(b.themeId))
    // Most practices first, then by name: the values are visited in name order
    // (per language, made once per snapshot) and placed by count alone, which
    // keeps that order among equal counts. Counts are small whole numbers, so
    // a counting sort places them without comparisons.
    const byCountThenName = (dimension: FacetDimension<string>, over: Dimension) => {
      const counts = dimension.count(...baseFor(over))
      const order = index.nameOrder(dimension, this.chain)
      let most = 0
      let present = 0
      for (let k = 0; k < order.length; k++) {
        const count = counts[order[k]!]!
        if (count === 0) continue
        present++
        if (count > most) most = count
      }
      // Where the entries with each count start, most practices first.
      const starts = new Int32Array(most + 1)
      for (let k = 0; k < order.length; k++) {
        const count = counts[order[k]!]!
        if (count > 0) starts[most - count + 1]!++
      }
      for (let rank = 1; rank <= most; rank++) starts[rank]! += starts[rank - 1]!
      const entries = new Array<{ organisationId: string; count: number }>(present)
      for (let k = 0; k < order.length; k++) {
        const value = order[k]!
        const count = counts[value]!
        if (count > 0) entries[starts[most - count]!++] = { organisationId: dimension.values[value]!, count }
      }
      return entries
    }
    return {
      themes,
      organisations: byCountThenName(index.organisations, 'organisations'),
      municipalities: byCountThenName(index.municipalities, 'municipalities'),
      regions: counted(index.regions, 'regions').map(([region, count]) => ({ region, count })),
      reach: counted(index.reach, 'reach').map(([value, count]) => ({ value, count })),
      recurrence: counted(index.recurrence, 'recurrence').map(([value, count]) => ({ value, count })),
    }
  }
}

const given = <T>(values: readonly T[] | null | undefined): values is readonly T[] => !!values && values.length > 0

function constraintsOf(snapshot: ReadModelSnapshot, filter: PracticeFilter, today: string): Constraint[] {
  const size = snapshot.practices.length
  const none = () => PracticeSet.empty(size)
  const constraints: Constraint[] = []

  if (given(filter.themes)) {
    const known = filter.themes.map((slug) => snapshot.themeBySlug(slug)).filter((theme) => theme !== null)
    if (known.length === 0) constraints.push({ dimension: 'fixed', set: none() })
    for (const scheme of THEME_SCHEMES) {
      const ofScheme = known.filter((theme) => theme.scheme === scheme)
      if (ofScheme.length > 0) {
        constraints.push({
          dimension: `themes:${scheme}`,
          set: PracticeSet.union(size, ofScheme.map((theme) => snapshot.practicesWithTheme(theme.id))),
        })
      }
    }
  }
  if (given(filter.organisations)) {
    const sets = filter.organisations.map((slug) => snapshot.organisationBySlug(slug)).map((org) => (org ? snapshot.practicesWithOrganisation(org.id) : none()))
    constraints.push({ dimension: 'organisations', set: PracticeSet.union(size, sets) })
  }
  if (given(filter.municipalities)) {
    const sets = filter.municipalities.map((slug) => snapshot.organisationBySlug(slug)).map((org) => (org ? snapshot.practicesInMunicipality(org.id) : none()))
    constraints.push({ dimension: 'municipalities', set: PracticeSet.union(size, sets) })
  }
  if (given(filter.regions)) {
    constraints.push({ dimension: 'regions', set: PracticeSet.union(size, filter.regions.map((region) => snapshot.practicesInRegion(region))) })
  }
  if (filter.policyPlan) {
    const plan = snapshot.policyPlanBySlug(filter.policyPlan)
    constraints.push({ dimension: 'fixed', set: plan ? snapshot.practicesImplementing(plan.id) : none() })
  }
  // Sets that are the same for every request are made once per snapshot:
  // no request scans every practice.
  if (typeof filter.minReach === 'number') {
    constraints.push({ dimension: 'reach', set: practicesWithReachAtLeast(snapshot, filter.minReach) })
  }
  if (typeof filter.minRecurrence === 'number') {
    constraints.push({ dimension: 'recurrence', set: practicesWithRecurrenceAtLeast(snapshot, filter.minRecurrence) })
  }
  if (typeof filter.activeInYear === 'number') {
    constraints.push({ dimension: 'fixed', set: practicesActiveIn(snapshot, filter.activeInYear) })
  }
  if (typeof filter.ongoing === 'boolean') {
    constraints.push({ dimension: 'fixed', set: (filter.ongoing ? practicesOngoingOn : practicesEndedBy)(snapshot, today) })
  }
  if (typeof filter.hasImages === 'boolean') {
    constraints.push({ dimension: 'fixed', set: filter.hasImages ? snapshot.practicesWithImages : practicesWithoutImages(snapshot) })
  }
  if (filter.updatedSince) {
    constraints.push({ dimension: 'fixed', set: updatedSince(snapshot, Date.parse(filter.updatedSince)) })
  }
  return constraints
}

// Sets per filter value, kept per snapshot and bounded whatever values callers
// send (the partner API lets through reach and recurrence 1 to 4 and years
// 1900 to 2100; the read model does not rely on it).

/** Maxima of the per-value sets: every valid value fits. */
export const FILTER_SETS_KEPT = { scores: 8, years: 256, days: 4 } as const

export const practicesWithReachAtLeast = perSnapshotAndKey(FILTER_SETS_KEPT.scores, (snapshot, min: number) =>
  atLeast(facetIndexOf(snapshot).reach, min, snapshot.practices.length),
)

export const practicesWithRecurrenceAtLeast = perSnapshotAndKey(FILTER_SETS_KEPT.scores, (snapshot, min: number) =>
  atLeast(facetIndexOf(snapshot).recurrence, min, snapshot.practices.length),
)

export const practicesActiveIn = perSnapshotAndKey(FILTER_SETS_KEPT.years, (snapshot, year: number) =>
  PracticeSet.where(snapshot.practices.length, (p) => isActiveInYear(snapshot.practices[p]!, year)),
)

/** Per day (YYYY-MM-DD): a snapshot may outlive midnight. */
const practicesOngoingOn = perSnapshotAndKey(FILTER_SETS_KEPT.days, (snapshot, today: string) =>
  PracticeSet.where(snapshot.practices.length, (p) => isOngoing(snapshot.practices[p]!.endDate, today)),
)

const practicesEndedBy = perSnapshotAndKey(FILTER_SETS_KEPT.days, (snapshot, today: string) => practicesOngoingOn(snapshot, today).not())

const practicesWithoutImages = perSnapshot((snapshot) => snapshot.practicesWithImages.not())

/** Each practice's place in the orders by update and by title (per language chain). */
const placesOfOrders = perSnapshot(() => countedCache<string, Int32Array>(16))

/** Practices whose score (reach, recurrence) is at least `min`: the union of the score values' sets. */
function atLeast(scores: FacetDimension<number>, min: number, size: number): PracticeSet {
  return PracticeSet.union(size, scores.values.flatMap((score, index) => (score >= min ? [scores.setAt(index)] : [])))
}

/** Practices updated at or after `since`: the head of the by-update order, found by binary search. */
function updatedSince(snapshot: ReadModelSnapshot, since: number): PracticeSet {
  const order = snapshot.recentlyUpdatedFirst
  let low = 0
  let high = order.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (snapshot.updatedAtOf(order[middle]!) >= since) low = middle + 1
    else high = middle
  }
  return PracticeSet.of(snapshot.practices.length, order.subarray(0, low))
}

/**
 * Running at some time in the year: started by its end (or no start date) and
 * not ended before its start (or no end date). A practice without any date
 * is not known to run in any particular year.
 */
function isActiveInYear(practice: { startDate: string | null; endDate: string | null }, year: number): boolean {
  const start = dayOf(practice.startDate)
  const end = dayOf(practice.endDate)
  if (start === null && end === null) return false
  return (start === null || Number(start.slice(0, 4)) <= year) && (end === null || Number(end.slice(0, 4)) >= year)
}

/**
 * Other visible practices that share the most themes with this one (at least
 * one), then the newest. Counts shared themes in a typed array and keeps the
 * best few while walking, instead of sorting every practice that shares a theme.
 */
export function relatedPractices(snapshot: ReadModelSnapshot, visible: PracticeSet, position: number, limit: number): number[] {
  if (limit <= 0) return []
  const shared = new Uint8Array(snapshot.practices.length)
  const touched: number[] = []
  for (const themeId of new Set(snapshot.practices[position]!.themeIds)) {
    for (const other of snapshot.practicesWithDirectTheme(themeId)) {
      if (other === position || !visible.has(other)) continue
      if (shared[other]!++ === 0) touched.push(other)
    }
  }
  const rank = newestRank(snapshot)
  // Positive when `a` ranks before `b`: more shared themes, then newer.
  const before = (a: number, b: number) => shared[a]! - shared[b]! || rank[b]! - rank[a]!
  const best: number[] = []
  for (const other of touched) {
    if (best.length === limit && before(other, best[limit - 1]!) <= 0) continue
    let at = best.length === limit ? limit - 1 : best.length
    while (at > 0 && before(other, best[at - 1]!) > 0) {
      best[at] = best[at - 1]!
      at--
    }
    best[at] = other
  }
  return best
}

/** Each practice's place in the newest-first order: comparing places compares as compareNewest does. */
const newestRank = perSnapshot((snapshot) => placesOf(snapshot.newestFirst))

/** The inverse of an order: the place of each position in it. */
function placesOf(order: Int32Array): Int32Array {
  const places = new Int32Array(order.length)
  order.forEach((position, place) => (places[position] = place))
  return places
}
