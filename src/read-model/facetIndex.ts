import { cached, countedCache } from '../lib/caches'
import type { LanguageChain } from './languages'
import { chainKey, pickText } from './languages'
import { perSnapshot } from './memo'
import { compareIds } from './ordering'
import type { FacetCounts } from './practiceQuery'
import { PracticeSet } from './practiceSet'
import type { RegionValue, ThemeSchemeValue } from './records'
import { THEME_SCHEMES, type ReadModelSnapshot } from './snapshot'

/**
 * Facet counting laid out for speed, built once per snapshot.
 *
 * A facet dimension is a list of values, the set of practices carrying each
 * value, and (the same relation the other way round) the values each
 * practice carries. Counting a dimension over a base set goes whichever way
 * touches less memory: walk the base's members and bump their values (small
 * bases: a search, a narrow filter), or intersect every value's set with the
 * base word by word (broad bases, where a walk would visit thousands of
 * practices). Either way there is no per-request scan of every practice and
 * no per-request Map of strings.
 */
export class FacetDimension<V> {
  /** Memberships per practice on average: what a walk costs per base member. */
  private readonly averageDegree: number
  /** All memberships: what probing every value's members costs. */
  private readonly memberships: number

  private constructor(
    readonly values: readonly V[],
    private readonly sets: readonly PracticeSet[],
    /** The practices of each value, in ascending order. */
    private readonly members: readonly Int32Array[],
    /** Practice p carries valueIndexes[offsets[p] .. offsets[p + 1]). */
    private readonly offsets: Int32Array,
    private readonly valueIndexes: Int32Array,
  ) {
    const size = offsets.length - 1
    this.memberships = valueIndexes.length
    this.averageDegree = size > 0 ? this.memberships / size : 0
  }

  /** From each value's set of practices; values without practices are left out. */
  static of<V>(size: number, entries: Iterable<[V, PracticeSet]>): FacetDimension<V> {
    const values: V[] = []
    const sets: PracticeSet[] = []
    for (const [value, set] of entries) {
      if (set.isEmpty) continue
      values.push(value)
      sets.push(set)
    }
    const members = sets.map((set) => Int32Array.from(set))
    const offsets = new Int32Array(size + 1)
    for (const list of members) for (const position of list) offsets[position + 1]!++
    for (let position = 0; position < size; position++) offsets[position + 1]! += offsets[position]!
    const valueIndexes = new Int32Array(offsets[size]!)
    const filled = offsets.slice(0, size)
    members.forEach((list, index) => list.forEach((position) => (valueIndexes[filled[position]!++] = index)))
    return new FacetDimension(values, sets, members, offsets, valueIndexes)
  }

  /** The practices carrying the value at `index` (of `values`). */
  setAt(index: number): PracticeSet {
    return this.sets[index]!
  }

  /**
   * How many members of `base` carry each value (indexed like `values`), the
   * cheapest of two ways (`way` is for tests):
   * - walk: visit each member of the base and bump its values (small bases);
   * - per value: test each of the value's practices against the base when
   *   it has fewer practices than the base has words (most organisations,
   *   most municipalities), else intersect its bitmap with the base word by
   *   word (themes, regions, scores: broad values).
   */
  count(base: PracticeSet, baseCount: number = base.count, way?: 'walk' | 'per-value'): Uint32Array {
    const counts = new Uint32Array(this.values.length)
    if (baseCount === 0 || this.values.length === 0) return counts
    // Rough costs in machine-word operations; a walk step is a few of them.
    const walkCost = baseCount * (2 + 3 * this.averageDegree)
    const words = base.size >>> 5
    const perValueCost = Math.min(this.memberships * 2, this.values.length * words)
    if (way === 'walk' || (way === undefined && walkCost <= perValueCost)) {
      base.tallyInto(counts, this.offsets, this.valueIndexes)
      return counts
    }
    let occupied: Int32Array | null = null
    for (let index = 0; index < this.sets.length; index++) {
      const list = this.members[index]!
      if (list.length * 2 < words) {
        let count = 0
        for (let k = 0; k < list.length; k++) if (base.has(list[k]!)) count++
        counts[index] = count
      } else {
        occupied ??= base.occupiedWords()
        counts[index] = base.countAndIn(this.sets[index]!, occupied)
      }
    }
    return counts
  }
}

const REGIONS: readonly RegionValue[] = ['flanders', 'brussels', 'wallonia', 'federal']

/** The facet dimensions of a snapshot: each theme scheme, organisations, municipalities, regions, reach, recurrence. */
export class FacetIndex {
  readonly themes: ReadonlyMap<ThemeSchemeValue, FacetDimension<string>>
  readonly organisations: FacetDimension<string>
  readonly municipalities: FacetDimension<string>
  readonly regions: FacetDimension<RegionValue>
  readonly reach: FacetDimension<number>
  readonly recurrence: FacetDimension<number>
  /** Per dimension and language chain: a handful. */
  private readonly nameOrders = countedCache<string, Int32Array>(32)

  constructor(private readonly snapshot: ReadModelSnapshot) {
    const size = snapshot.practices.length
    const themes = new Map<ThemeSchemeValue, FacetDimension<string>>()
    for (const scheme of THEME_SCHEMES) {
      // In display order, so the counted themes come out in it.
      const ofScheme = snapshot.themesInDisplayOrder.filter((theme) => theme.scheme === scheme)
      themes.set(scheme, FacetDimension.of(size, ofScheme.map((theme) => [theme.id, snapshot.practicesWithTheme(theme.id)])))
    }
    this.themes = themes
    const organisations = [...snapshot.records.organisations.keys()]
    this.organisations = FacetDimension.of(size, organisations.map((id) => [id, snapshot.practicesWithOrganisation(id)]))
    this.municipalities = FacetDimension.of(size, organisations.map((id) => [id, snapshot.practicesInMunicipality(id)]))
    this.regions = FacetDimension.of(size, REGIONS.map((region) => [region, snapshot.practicesInRegion(region)]))
    this.reach = FacetDimension.of(size, byScore(snapshot, (position) => snapshot.practices[position]!.reach))
    this.recurrence = FacetDimension.of(size, byScore(snapshot, (position) => snapshot.practices[position]!.recurrence))
  }

  /** Every value a facet can list, each with a count of 0: what facet entries can show. */
  everyValue(): FacetCounts {
    const zero = <T>(values: readonly T[]) => values.map((value) => ({ value, count: 0 }))
    return {
      themes: [...this.themes.values()].flatMap((dimension) => dimension.values.map((themeId) => ({ themeId, count: 0 }))),
      organisations: this.organisations.values.map((organisationId) => ({ organisationId, count: 0 })),
      municipalities: this.municipalities.values.map((organisationId) => ({ organisationId, count: 0 })),
      regions: this.regions.values.map((region) => ({ region, count: 0 })),
      reach: zero(this.reach.values),
      recurrence: zero(this.recurrence.values),
    }
  }

  /**
   * The indexes of an organisation dimension's values in the order of their
   * names in a language (then id), so facet entries need no name comparisons
   * per request.
   */
  nameOrder(dimension: FacetDimension<string>, chain: LanguageChain): Int32Array {
    const snapshot = this.snapshot
    const which = dimension === this.organisations ? 'organisations' : 'municipalities'
    return cached(this.nameOrders, `${which}:${chainKey(chain)}`, () => {
      const collator = snapshot.collator(chain)
      const named = dimension.values.map((id, index) => ({ id, index, name: pickText(snapshot.organisation(id)?.name ?? {}, chain) ?? '' }))
      named.sort((a, b) => collator.compare(a.name, b.name) || compareIds(a.id, b.id))
      return Int32Array.from(named, (entry) => entry.index)
    })
  }
}

/** Practices per reach or recurrence score (whole numbers), in ascending order of score. */
function byScore(snapshot: ReadModelSnapshot, scoreOf: (position: number) => number | null): Array<[number, PracticeSet]> {
  const size = snapshot.practices.length
  const sets = new Map<number, PracticeSet>()
  for (let position = 0; position < size; position++) {
    const score = scoreOf(position)
    if (score === null) continue
    let set = sets.get(score)
    if (!set) sets.set(score, (set = PracticeSet.empty(size)))
    set.add(position)
  }
  return [...sets].sort((a, b) => a[0] - b[0])
}

export const facetIndexOf = perSnapshot((snapshot) => new FacetIndex(snapshot))
