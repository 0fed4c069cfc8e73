import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { cached, countedCache } from '../lib/caches'
import type { ContentRecords } from './contentStore'
import { chainKey, pickRichText, pickText, type LanguageChain } from './languages'
import type { MemoSlot } from './memo'
import { compareIds } from './ordering'
import { PracticeSet } from './practiceSet'
import type {
  ApiKeyRecord,
  DocumentRecord,
  Locale,
  MediaRecord,
  OrganisationRecord,
  PolicyPlanRecord,
  PracticeRecord,
  RegionValue,
  SiteRecord,
  StoredRichText,
  ThemeRecord,
  ThemeSchemeValue,
} from './records'
import { unpackRichText } from './richTextStore'
import type { PracticeSearchIndex, SearchableDocument } from './searchIndex'
import { SearchIndexes } from './searchIndexes'
import { foldText } from './textFolding'

/**
 * The matches of a search as positions of a snapshot, in no particular
 * order, with their scores and tiers (0: no typo, 1: a typo), in typed
 * arrays: a search at a large catalogue matches thousands.
 */
export type SearchHits = { readonly length: number; readonly positions: Int32Array; readonly scores: Float64Array; readonly tiers: Uint8Array }

export const THEME_SCHEMES: readonly ThemeSchemeValue[] = ['domain', 'target-group', 'dimension']

/**
 * One immutable state of what partner sites can see, with the indexes that
 * filters, facets, sorting and search need. A request reads one snapshot from
 * start to end; a change builds a new one while requests keep using the old.
 *
 * Practices are addressed by their position in `practices`, so that sets of
 * practices are bitmaps (PracticeSet).
 */
export class ReadModelSnapshot {
  readonly practices: readonly PracticeRecord[]
  readonly allPractices: PracticeSet
  /** Positions from newest to oldest publication. */
  readonly newestFirst: Int32Array
  /** Positions from most to least recently updated. */
  readonly recentlyUpdatedFirst: Int32Array
  /** Every theme in display order: by scheme, then as a tree, siblings by order and name. */
  readonly themesInDisplayOrder: readonly ThemeRecord[]

  private readonly positionById = new Map<string, number>()
  private readonly positionBySlug = new Map<string, number>()
  private readonly themeBySlugMap = new Map<string, ThemeRecord>()
  private readonly themeRank = new Map<string, number>()
  private readonly themeChildrenMap = new Map<string, ThemeRecord[]>()
  private readonly themeLineageMap = new Map<string, string[]>()
  private readonly organisationBySlugMap = new Map<string, OrganisationRecord>()
  private readonly organisationChildrenMap = new Map<string, OrganisationRecord[]>()
  private readonly policyPlanBySlugMap = new Map<string, PolicyPlanRecord>()
  private readonly policyPlansByOrganisation = new Map<string, PolicyPlanRecord[]>()
  private readonly apiKeysByPrefix = new Map<string, ApiKeyRecord[]>()

  /** Each practice's themes with all their ancestors, for theme filters and facets. */
  readonly themeLineageOfPractice: ReadonlyArray<readonly string[]>
  private readonly withDirectTheme = new Map<string, number[]>()
  private readonly withThemeOrDescendant = new Map<string, PracticeSet>()
  private readonly withOrganisation = new Map<string, PracticeSet>()
  private readonly inMunicipality = new Map<string, PracticeSet>()
  private readonly inRegion = new Map<RegionValue, PracticeSet>()
  private readonly implementingPlan = new Map<string, PracticeSet>()
  private readonly sharedWithSite = new Map<string, PracticeSet>()
  readonly practicesWithImages: PracticeSet
  private readonly publishedAtMs: Float64Array
  private readonly updatedAtMs: Float64Array

  /** Values of the memos declared with perSnapshot (memo.ts): as many as there are declarations. */
  private readonly slots = new Map<MemoSlot<unknown>, unknown>()
  // Per language or language chain: a handful (three locales), bounded all the same.
  private readonly collators = countedCache<Locale, Intl.Collator>(8)
  private readonly titleOrders = countedCache<string, Int32Array>(16)
  /** Per language chain, the positions of a search index's slots (see positionsOfSlots). */
  private readonly slotPositions = countedCache<string, { index: PracticeSearchIndex; version: number; positions: Int32Array }>(16)
  private allowedOriginSet: ReadonlySet<string> | undefined
  private publicFilePathSet: ReadonlySet<string> | undefined
  private emptySet: PracticeSet | undefined

  constructor(
    readonly records: ContentRecords,
    /** Bumped on every change partner sites can see; for response caches. */
    readonly contentVersion: number,
    /** Shared with the snapshots before and after this one (see SearchIndexes). */
    private readonly searchIndexes: SearchIndexes = new SearchIndexes(),
  ) {
    const practices = [...records.practices.values()]
    this.practices = practices
    const size = practices.length
    this.allPractices = PracticeSet.full(size)
    practices.forEach((practice, position) => {
      this.positionById.set(practice.id, position)
      this.positionBySlug.set(practice.slug, position)
    })

    // Themes: slugs, children, display order, lineage (self and ancestors).
    for (const theme of records.themes.values()) {
      this.themeBySlugMap.set(theme.slug, theme)
      if (theme.parentId && records.themes.has(theme.parentId)) {
        const siblings = this.themeChildrenMap.get(theme.parentId) ?? []
        siblings.push(theme)
        this.themeChildrenMap.set(theme.parentId, siblings)
      }
    }
    const bySiblingOrder = (a: ThemeRecord, b: ThemeRecord) =>
      a.order - b.order || foldText(a.name.nl ?? a.slug).localeCompare(foldText(b.name.nl ?? b.slug)) || compareIds(a.id, b.id)
    for (const siblings of this.themeChildrenMap.values()) siblings.sort(bySiblingOrder)
    const inOrder: ThemeRecord[] = []
    const visitTheme = (theme: ThemeRecord, seen: Set<string>) => {
      if (seen.has(theme.id)) return
      seen.add(theme.id)
      inOrder.push(theme)
      for (const child of this.themeChildrenMap.get(theme.id) ?? []) visitTheme(child, seen)
    }
    const seenThemes = new Set<string>()
    for (const scheme of THEME_SCHEMES) {
      const roots = [...records.themes.values()]
        .filter((theme) => theme.scheme === scheme && (!theme.parentId || !records.themes.has(theme.parentId)))
        .sort(bySiblingOrder)
      for (const root of roots) visitTheme(root, seenThemes)
    }
    // Themes caught in a parent cycle (the CMS prevents them) still get a place.
    for (const theme of records.themes.values()) visitTheme(theme, seenThemes)
    this.themesInDisplayOrder = inOrder
    inOrder.forEach((theme, rank) => this.themeRank.set(theme.id, rank))
    for (const theme of records.themes.values()) {
      const lineage: string[] = []
      let current: ThemeRecord | undefined = theme
      while (current && !lineage.includes(current.id)) {
        lineage.push(current.id)
        current = current.parentId ? records.themes.get(current.parentId) : undefined
      }
      this.themeLineageMap.set(theme.id, lineage)
    }

    for (const organisation of records.organisations.values()) {
      this.organisationBySlugMap.set(organisation.slug, organisation)
      if (organisation.parentId) {
        const siblings = this.organisationChildrenMap.get(organisation.parentId) ?? []
        siblings.push(organisation)
        this.organisationChildrenMap.set(organisation.parentId, siblings)
      }
    }
    for (const plan of records['policy-plans'].values()) {
      this.policyPlanBySlugMap.set(plan.slug, plan)
      if (plan.organisationId) {
        const plans = this.policyPlansByOrganisation.get(plan.organisationId) ?? []
        plans.push(plan)
        this.policyPlansByOrganisation.set(plan.organisationId, plans)
      }
    }
    for (const plans of this.policyPlansByOrganisation.values()) plans.sort((a, b) => b.startYear - a.startYear || compareIds(a.id, b.id))
    for (const key of records['api-keys'].values()) {
      const keys = this.apiKeysByPrefix.get(key.prefix) ?? []
      keys.push(key)
      this.apiKeysByPrefix.set(key.prefix, keys)
    }

    // Practice indexes. Relations to documents that are gone are left out.
    const lineages: string[][] = []
    const addTo = <K>(map: Map<K, PracticeSet>, key: K, position: number) => {
      let set = map.get(key)
      if (!set) map.set(key, (set = PracticeSet.empty(size)))
      set.add(position)
    }
    this.practicesWithImages = PracticeSet.empty(size)
    this.publishedAtMs = new Float64Array(size)
    this.updatedAtMs = new Float64Array(size)
    practices.forEach((practice, position) => {
      const lineage = new Set<string>()
      for (const themeId of practice.themeIds) {
        if (!records.themes.has(themeId)) continue
        const direct = this.withDirectTheme.get(themeId) ?? []
        direct.push(position)
        this.withDirectTheme.set(themeId, direct)
        for (const id of this.themeLineageMap.get(themeId) ?? []) lineage.add(id)
      }
      lineages.push([...lineage])
      for (const themeId of lineage) addTo(this.withThemeOrDescendant, themeId, position)
      for (const { organisationId } of practice.organisations) {
        if (records.organisations.has(organisationId)) addTo(this.withOrganisation, organisationId, position)
      }
      for (const id of practice.municipalityIds) if (records.organisations.has(id)) addTo(this.inMunicipality, id, position)
      for (const region of practice.regions) addTo(this.inRegion, region, position)
      if (practice.policyPlanId && records['policy-plans'].has(practice.policyPlanId)) {
        addTo(this.implementingPlan, practice.policyPlanId, position)
      }
      for (const siteId of practice.siteIds) addTo(this.sharedWithSite, siteId, position)
      if (practice.imageIds.some((id) => records.media.has(id))) this.practicesWithImages.add(position)
      this.publishedAtMs[position] = Date.parse(practice.publishedAt) || 0
      this.updatedAtMs[position] = Date.parse(practice.updatedAt) || 0
    })
    this.themeLineageOfPractice = lineages

    const positions = Array.from({ length: size }, (_, position) => position)
    this.newestFirst = Int32Array.from([...positions].sort((a, b) => this.compareNewest(a, b)))
    this.recentlyUpdatedFirst = Int32Array.from([...positions].sort((a, b) => this.compareRecentlyUpdated(a, b)))
  }

  // --- Lookups -------------------------------------------------------------

  positionOf(practiceId: string): number | undefined {
    return this.positionById.get(practiceId)
  }

  positionOfSlug(slug: string): number | undefined {
    return this.positionBySlug.get(slug)
  }

  theme(id: string | null | undefined): ThemeRecord | null {
    return (id && this.records.themes.get(id)) || null
  }

  themeBySlug(slug: string): ThemeRecord | null {
    return this.themeBySlugMap.get(slug) ?? null
  }

  themeChildren(id: string): readonly ThemeRecord[] {
    return this.themeChildrenMap.get(id) ?? []
  }

  /** The theme's rank in display order, for sorting a practice's themes. */
  themeDisplayRank(id: string): number {
    return this.themeRank.get(id) ?? Number.MAX_SAFE_INTEGER
  }

  organisation(id: string | null | undefined): OrganisationRecord | null {
    return (id && this.records.organisations.get(id)) || null
  }

  organisationBySlug(slug: string): OrganisationRecord | null {
    return this.organisationBySlugMap.get(slug) ?? null
  }

  organisationChildren(id: string): readonly OrganisationRecord[] {
    return this.organisationChildrenMap.get(id) ?? []
  }

  policyPlan(id: string | null | undefined): PolicyPlanRecord | null {
    return (id && this.records['policy-plans'].get(id)) || null
  }

  policyPlanBySlug(slug: string): PolicyPlanRecord | null {
    return this.policyPlanBySlugMap.get(slug) ?? null
  }

  /** Published plans of an organisation, newest term first. */
  policyPlansOf(organisationId: string): readonly PolicyPlanRecord[] {
    return this.policyPlansByOrganisation.get(organisationId) ?? []
  }

  media(id: string | null | undefined): MediaRecord | null {
    return (id && this.records.media.get(id)) || null
  }

  document(id: string | null | undefined): DocumentRecord | null {
    return (id && this.records.documents.get(id)) || null
  }

  site(id: string | null | undefined): SiteRecord | null {
    return (id && this.records.sites.get(id)) || null
  }

  apiKeysWithPrefix(prefix: string): readonly ApiKeyRecord[] {
    return this.apiKeysByPrefix.get(prefix) ?? []
  }

  /** Every allowed origin of every site, for CORS preflights (which carry no key). */
  get allowedOrigins(): ReadonlySet<string> {
    return (this.allowedOriginSet ??= new Set([...this.records.sites.values()].flatMap((site) => site.allowedOrigins)))
  }

  /**
   * URL paths of the files that published content shows (photos and their
   * sizes, logos, documents). These are public, for partner sites' <img>
   * and links; every other upload stays behind the admin's access rules.
   */
  get publicFilePaths(): ReadonlySet<string> {
    return (this.publicFilePathSet ??= this.collectPublicFilePaths())
  }

  private collectPublicFilePaths(): ReadonlySet<string> {
    const paths = new Set<string>()
    const addMedia = (id: string | null) => {
      const media = this.media(id)
      if (!media) return
      if (media.url) paths.add(media.url)
      for (const size of Object.values(media.sizes)) if (size) paths.add(size.url)
    }
    const addDocument = (id: string) => {
      const url = this.document(id)?.url
      if (url) paths.add(url)
    }
    for (const practice of this.practices) {
      practice.imageIds.forEach(addMedia)
      practice.documentIds.forEach(addDocument)
    }
    for (const organisation of this.records.organisations.values()) addMedia(organisation.logoId)
    for (const plan of this.records['policy-plans'].values()) plan.documentIds.forEach(addDocument)
    return paths
  }

  // --- Practice sets -------------------------------------------------------

  private setOrEmpty<K>(map: Map<K, PracticeSet>, key: K): PracticeSet {
    return map.get(key) ?? (this.emptySet ??= PracticeSet.empty(this.practices.length))
  }

  /** Practices that carry the theme or one of its descendants. */
  practicesWithTheme(themeId: string): PracticeSet {
    return this.setOrEmpty(this.withThemeOrDescendant, themeId)
  }

  /** Positions of practices that carry exactly this theme. */
  practicesWithDirectTheme(themeId: string): readonly number[] {
    return this.withDirectTheme.get(themeId) ?? []
  }

  practicesWithOrganisation(organisationId: string): PracticeSet {
    return this.setOrEmpty(this.withOrganisation, organisationId)
  }

  practicesInMunicipality(organisationId: string): PracticeSet {
    return this.setOrEmpty(this.inMunicipality, organisationId)
  }

  practicesInRegion(region: RegionValue): PracticeSet {
    return this.setOrEmpty(this.inRegion, region)
  }

  practicesImplementing(planId: string): PracticeSet {
    return this.setOrEmpty(this.implementingPlan, planId)
  }

  /** Practices whose `sites` field names the site (see visiblePracticesFor for the full rule). */
  practicesSharedWith(siteId: string): PracticeSet {
    return this.setOrEmpty(this.sharedWithSite, siteId)
  }

  // --- Orders --------------------------------------------------------------

  compareNewest(a: number, b: number): number {
    return this.publishedAtMs[b]! - this.publishedAtMs[a]! || compareIds(this.practices[b]!.id, this.practices[a]!.id)
  }

  compareRecentlyUpdated(a: number, b: number): number {
    return this.updatedAtMs[b]! - this.updatedAtMs[a]! || compareIds(this.practices[b]!.id, this.practices[a]!.id)
  }

  publishedAtOf(position: number): number {
    return this.publishedAtMs[position]!
  }

  updatedAtOf(position: number): number {
    return this.updatedAtMs[position]!
  }

  /** A collator for the chain's first locale: "É" sorts with "E", "10" after "9". */
  collator(chain: LanguageChain): Intl.Collator {
    const locale = chain[0]!
    return cached(this.collators, locale, () => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }))
  }

  practiceTitle(position: number, chain: LanguageChain): string {
    const practice = this.practices[position]!
    return pickText(practice.title, chain) ?? practice.slug
  }

  /** Positions by title in the chain's language, then id. */
  byTitle(chain: LanguageChain): Int32Array {
    return cached(this.titleOrders, chainKey(chain), () => {
      const collator = this.collator(chain)
      const titles = this.practices.map((_, position) => this.practiceTitle(position, chain))
      const positions = Array.from({ length: this.practices.length }, (_, position) => position)
      positions.sort((a, b) => collator.compare(titles[a]!, titles[b]!) || compareIds(this.practices[a]!.id, this.practices[b]!.id))
      return Int32Array.from(positions)
    })
  }

  // --- Search ---------------------------------------------------------------

  /**
   * Search matches as positions in this snapshot, or null when the query has
   * no words to search on.
   */
  async search(chain: LanguageChain, query: string): Promise<SearchHits | null> {
    const index = await this.searchIndexes.forChain(this, chain)
    const matches = index.search(query)
    if (!matches) return null
    const positionOfSlot = this.positionsOfSlots(index, chain)
    const positions = new Int32Array(matches.length)
    const scores = new Float64Array(matches.length)
    const tiers = new Uint8Array(matches.length)
    let length = 0
    for (let i = 0; i < matches.length; i++) {
      const position = positionOfSlot[matches.slots[i]!]!
      // A request still reading an older snapshot drops practices it does not know.
      if (position < 0) continue
      positions[length] = position
      scores[length] = matches.scores[i]!
      tiers[length] = matches.tiers[i]!
      length++
    }
    return { length, positions: positions.subarray(0, length), scores: scores.subarray(0, length), tiers: tiers.subarray(0, length) }
  }

  /**
   * This snapshot's position of the practice in each slot of a search index
   * (-1: none), made again when the index has changed since (or is another
   * one: indexes are rebuilt after a full reload).
   */
  private positionsOfSlots(index: PracticeSearchIndex, chain: LanguageChain): Int32Array {
    const key = chainKey(chain)
    const known = this.slotPositions.get(key)
    if (known && known.index === index && known.version === index.version) return known.positions
    const positions = new Int32Array(index.slotLimit)
    for (let slot = 0; slot < positions.length; slot++) {
      const id = index.idAt(slot)
      positions[slot] = id === null ? -1 : (this.positionById.get(id) ?? -1)
    }
    this.slotPositions.set(key, { index, version: index.version, positions })
    return positions
  }

  /** What search reads of a practice, in a language chain. */
  searchableDocument(position: number, chain: LanguageChain): SearchableDocument {
    const practice = this.practices[position]!
    const nameOf = (record: { name: Partial<Record<string, string>> } | null) => (record ? (pickText(record.name, chain) ?? '') : '')
    return {
      id: practice.id,
      title: pickText(practice.title, chain) ?? '',
      summary: pickText(practice.summary, chain) ?? '',
      themes: practice.themeIds.map((id) => nameOf(this.theme(id))).join(' '),
      organisations: [...practice.organisations.map((row) => row.organisationId), ...practice.municipalityIds]
        .map((id) => nameOf(this.organisation(id)))
        .join(' '),
      body: (['what', 'who', 'why', 'how', 'results'] as const).map((field) => plainText(pickRichText(practice[field], chain))).join('\n'),
    }
  }

  /** Starts the lazy indexes that most requests will need. */
  prepare(chains: readonly LanguageChain[]): void {
    for (const chain of chains) {
      this.byTitle(chain)
      void this.searchIndexes.forChain(this, chain)
    }
  }

  // --- Derived values ------------------------------------------------------

  /** The value of a memo declared with perSnapshot (memo.ts), made on first use. */
  slot<T>(slot: MemoSlot<T>): T {
    if (this.slots.has(slot)) return this.slots.get(slot) as T
    const value = slot.make(this)
    this.slots.set(slot, value)
    return value
  }
}

export function plainText(richText: StoredRichText | null): string {
  if (!richText) return ''
  return convertLexicalToPlaintext({ data: unpackRichText(richText) as never })
}
