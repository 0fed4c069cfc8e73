/**
 * What the benchmark sends: one request generator per scenario, drawn from
 * the synthetic catalogue so filters, words and slugs really occur.
 *
 * - listing: the partner API's practices list, 20 items with cover image
 *   URLs, two filters and all facets; every request a new filter pair, and
 *   every other request the second page of the previous one (its endCursor),
 *   so no two requests are alike and no response cache can answer.
 * - listing-repeated: one such request, always the same (a partner's home page).
 * - search: two-word queries from the catalogue's own titles (in the query's
 *   locale), with facets, every query different.
 * - detail: one practice by slug with its relations and related practices,
 *   slugs and locales in a shuffled round.
 * - payload-listing: the same listing without facets through Payload's own
 *   /api/graphql, as the admin (JWT), for the throughput ratio.
 */
import type { SeedManifest } from './seedSynthetic'
import { LOCALES, random, searchableWords, SITE_ALL, themeWithDescendants, type Random, type SyntheticCatalogue } from './syntheticCatalogue'

export type ScenarioId = 'listing' | 'listing-repeated' | 'search' | 'detail' | 'payload-listing'

export type BenchRequest = {
  method: 'POST'
  path: string
  headers: Record<string, string>
  body?: string
  setupRequest?: (request: BenchRequest, context: Record<string, unknown>) => BenchRequest
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void
}

export type Scenario = {
  id: ScenarioId
  title: string
  path: '/graphql' | '/api/graphql'
  /** The autocannon request list (dynamic bodies through setupRequest). */
  requests: BenchRequest[]
  /** A few bodies to try before the load, and what their answers must look like. */
  samples: string[]
  check: (data: unknown) => string | null
  /** Requests so far that repeated an earlier one, where every request should differ. */
  repeats?: () => number
}

// ---------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------

const CARD = `id slug title summary publishedAt
  coverImage { alt width height url(size: CARD) }
  themes { slug name }
  municipalities { slug name }`

const FACETS = `facets {
  themes { theme { slug name } count }
  organisations { organisation { slug name } count }
  municipalities { organisation { slug name } count }
  regions { region count }
  reach { value count }
  recurrence { value count }
}`

export const LISTING_QUERY = `query BenchListing($filter: PracticeFilter, $after: String, $locale: Locale) {
  practices(filter: $filter, first: 20, after: $after, locale: $locale) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${CARD} }
    ${FACETS}
  }
}`

export const SEARCH_QUERY = `query BenchSearch($search: String!, $locale: Locale) {
  practices(search: $search, first: 20, locale: $locale) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${CARD} }
    ${FACETS}
  }
}`

export const DETAIL_QUERY = `query BenchDetail($slug: String!, $locale: Locale) {
  practice(slug: $slug, locale: $locale) {
    id slug title summary reach recurrence regions startDate endDate ongoing publishedAt updatedAt locales
    what { html } who { html } why { html } how { html } results { html }
    themes { slug name scheme parent { slug name } }
    organisations { role organisation { slug name type region website } }
    municipalities { slug name nisCode region }
    policyPlan { slug title startYear endYear status }
    strategicGoals { code title }
    images { id alt caption credit width height srcset url(size: HERO) }
    coverImage { url(size: OG) }
    documents { title url }
    links { label url }
    contact { name email phone organisation { slug name } }
    related(first: 4) { slug title summary coverImage { url(size: CARD) alt } }
  }
}`

/** Payload's own GraphQL: the same 20 cards, without facets (Payload has none). */
export const PAYLOAD_LISTING_QUERY = `query BenchPayloadListing($where: Practice_where, $page: Int, $locale: LocaleInputType) {
  Practices(where: $where, limit: 20, page: $page, sort: "-publishedAt", locale: $locale) {
    totalDocs hasNextPage
    docs {
      id slug title summary publishedAt
      images { alt width height sizes { card { url } } }
      themes { slug name }
      municipalities { slug name }
    }
  }
}`

// ---------------------------------------------------------------------------
// Filters: two dimensions per request
// ---------------------------------------------------------------------------

type Dimension = 'theme' | 'organisation' | 'municipality' | 'region' | 'minReach' | 'minRecurrence' | 'activeInYear' | 'ongoing'

/** Which pairs, and how often: broad pairs (theme and region) more than narrow ones (an organisation and a reach). */
const PAIRS: Array<[Dimension, Dimension, number]> = [
  ['theme', 'region', 4],
  ['theme', 'theme', 3],
  ['theme', 'municipality', 2],
  ['theme', 'minReach', 2],
  ['theme', 'activeInYear', 2],
  ['theme', 'ongoing', 2],
  ['organisation', 'theme', 2],
  ['region', 'minRecurrence', 1],
  ['region', 'activeInYear', 1],
  ['municipality', 'ongoing', 1],
  ['organisation', 'minReach', 1],
]

type FilterValue = { dimension: Dimension; value: string | number | boolean }

export type FilterPair = [FilterValue, FilterValue]

const REGIONS = ['flanders', 'wallonia', 'brussels'] as const
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]

/** Endless distinct filter pairs (and a locale for each), drawn at random without repeats. */
export class FilterPairs {
  /** How often no unused pair was found and one was used again. */
  repeats = 0
  private readonly seen = new Set<string>()
  private readonly weighted: Array<[Dimension, Dimension]>
  private readonly values: Record<Dimension, ReadonlyArray<string | number | boolean>>
  private readonly sameScheme = new Map<string, string[]>()

  constructor(
    catalogue: SyntheticCatalogue,
    private readonly rng: Random,
  ) {
    this.weighted = PAIRS.flatMap(([a, b, weight]) => Array.from({ length: weight }, () => [a, b] as [Dimension, Dimension]))
    const used = new Set(catalogue.practices.flatMap((practice) => practice.organisations.map((row) => row.organisation)))
    for (const theme of catalogue.themes) {
      this.sameScheme.set(theme.slug, catalogue.themes.filter((other) => other.scheme === theme.scheme).map((other) => other.slug))
    }
    this.values = {
      theme: catalogue.themes.map((theme) => theme.slug),
      organisation: catalogue.organisations.filter((org) => used.has(org.slug)).map((org) => org.slug),
      municipality: catalogue.organisations.filter((org) => org.type === 'municipality').map((org) => org.slug),
      region: REGIONS,
      minReach: [2, 3, 4],
      minRecurrence: [2, 3, 4],
      activeInYear: YEARS,
      ongoing: [true, false],
    }
  }

  next(): { pair: FilterPair; locale: (typeof LOCALES)[number] } {
    for (let attempt = 0; ; attempt++) {
      const [a, b] = this.rng.pick(this.weighted)
      const first: FilterValue = { dimension: a, value: this.rng.pick(this.values[a]) }
      // Two themes: of one scheme, as a filter UI offers them (any of them matches).
      const choices = a === 'theme' && b === 'theme' ? (this.sameScheme.get(String(first.value)) ?? []) : this.values[b]
      const second: FilterValue = { dimension: b, value: this.rng.pick(choices) }
      if (a === b && first.value === second.value) continue
      const locale = this.rng.pick(LOCALES)
      const key = `${a}=${String(first.value)}&${b}=${String(second.value)}&${locale}`
      if (this.seen.has(key)) {
        if (attempt < 100) continue
        this.repeats++
      }
      this.seen.add(key)
      return { pair: [first, second], locale }
    }
  }
}

/** The partner API's PracticeFilter for a pair. */
export function partnerFilter(pair: FilterPair): Record<string, unknown> {
  const filter: Record<string, unknown> = {}
  const push = (key: string, value: unknown) => {
    const list = (filter[key] as unknown[] | undefined) ?? []
    filter[key] = [...list, value]
  }
  for (const { dimension, value } of pair) {
    if (dimension === 'theme') push('themes', value)
    else if (dimension === 'organisation') push('organisations', value)
    else if (dimension === 'municipality') push('municipalities', value)
    else if (dimension === 'region') push('regions', String(value).toUpperCase())
    else filter[dimension] = value
  }
  return filter
}

/** The same filter as a Payload `where` (ids instead of slugs, theme descendants spelled out). */
export function payloadWhere(pair: FilterPair, manifest: SeedManifest, descendants: Map<string, string[]>): Record<string, unknown> {
  const id = (map: Record<string, number | string>, slug: string) => {
    const value = map[slug]
    if (value === undefined) throw new Error(`no id for ${slug}`)
    return value
  }
  const clauses: Array<Record<string, unknown>> = [{ _status: { equals: 'published' } }]
  const today = new Date().toISOString().slice(0, 10)
  // Themes of one scheme are alternatives: one `in` with both and their descendants.
  const themes = pair.filter((item) => item.dimension === 'theme').flatMap((item) => descendants.get(String(item.value)) ?? [String(item.value)])
  if (themes.length > 0) clauses.push({ themes: { in: [...new Set(themes)].map((slug) => id(manifest.ids.themes, slug)) } })
  for (const { dimension, value } of pair) {
    switch (dimension) {
      case 'theme':
        break
      case 'organisation':
        clauses.push({ organisations__organisation: { in: [id(manifest.ids.organisations, String(value))] } })
        break
      case 'municipality':
        clauses.push({ municipalities: { in: [id(manifest.ids.organisations, String(value))] } })
        break
      case 'region':
        clauses.push({ regions: { in: [value] } })
        break
      case 'minReach':
        clauses.push({ reach: { greater_than_equal: value } })
        break
      case 'minRecurrence':
        clauses.push({ recurrence: { greater_than_equal: value } })
        break
      case 'activeInYear':
        clauses.push({ startDate: { less_than_equal: `${String(value)}-12-31T23:59:59.999Z` } })
        clauses.push({ OR: [{ endDate: { exists: false } }, { endDate: { greater_than_equal: `${String(value)}-01-01T00:00:00.000Z` } }] })
        break
      case 'ongoing':
        clauses.push(value ? { OR: [{ endDate: { exists: false } }, { endDate: { greater_than_equal: `${today}T00:00:00.000Z` } }] } : { endDate: { less_than: `${today}T00:00:00.000Z` } })
        break
    }
  }
  return { AND: clauses }
}

// ---------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------

export type ScenarioSetup = {
  catalogue: SyntheticCatalogue
  manifest: SeedManifest
  /** A JWT of the admin user, for Payload's /api/graphql. */
  adminToken: string | null
  seed?: number
}

const json = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables })

function partnerHeaders(manifest: SeedManifest): Record<string, string> {
  const key = manifest.keys[SITE_ALL]
  if (!key) throw new Error(`the manifest has no API key for ${SITE_ALL}`)
  return { 'content-type': 'application/json', authorization: `Bearer ${key}` }
}

const END_CURSOR = /"endCursor":"([A-Za-z0-9_-]+)"/
const HAS_NEXT = /"hasNextPage":true/

export function listingScenario({ catalogue, manifest, seed = 1 }: ScenarioSetup): Scenario {
  const pairs = new FilterPairs(catalogue, random(seed * 31 + 1))
  const headers = partnerHeaders(manifest)
  const firstPage = (): Record<string, unknown> => {
    const { pair, locale } = pairs.next()
    return { filter: partnerFilter(pair), locale }
  }
  const base = { method: 'POST' as const, path: '/graphql', headers }
  return {
    id: 'listing',
    title: 'listing: 2 filters + facets, varied',
    path: '/graphql',
    requests: [
      {
        ...base,
        setupRequest: (request, context) => {
          const variables = firstPage()
          context.variables = variables
          return { ...request, body: json(LISTING_QUERY, variables) }
        },
        onResponse: (_status, body, context) => {
          context.cursor = HAS_NEXT.test(body) ? END_CURSOR.exec(body)?.[1] : undefined
        },
      },
      {
        ...base,
        setupRequest: (request, context) => {
          const cursor = context.cursor as string | undefined
          const variables = context.variables as Record<string, unknown> | undefined
          // The same filter's next page; a new filter when there is none.
          const body = cursor && variables ? json(LISTING_QUERY, { ...variables, after: cursor }) : json(LISTING_QUERY, firstPage())
          return { ...request, body }
        },
      },
    ],
    samples: [json(LISTING_QUERY, firstPage()), json(LISTING_QUERY, firstPage()), json(LISTING_QUERY, firstPage())],
    check: checkConnection(true),
    repeats: () => pairs.repeats,
  }
}

/** The home page of a partner: always the same request. */
export function repeatedListingScenario({ catalogue, manifest }: ScenarioSetup): Scenario {
  const site = catalogue.sites.find((candidate) => candidate.slug === SITE_ALL)
  const theme = site?.navigationThemes[0] ?? catalogue.themes[0]!.slug
  const body = json(LISTING_QUERY, { filter: { themes: [theme], regions: ['FLANDERS'] }, locale: 'nl' })
  return {
    id: 'listing-repeated',
    title: 'listing: the same request repeated',
    path: '/graphql',
    requests: [{ method: 'POST', path: '/graphql', headers: partnerHeaders(manifest), body }],
    samples: [body],
    check: checkConnection(true),
  }
}

/** Distinct two-word queries from the catalogue's titles (and, now and then, two words of different practices). */
export class SearchQueries {
  repeats = 0
  private readonly seen = new Set<string>()
  private readonly titleWords: Record<string, string[][]>
  private readonly vocabulary: Record<string, string[]>

  constructor(
    catalogue: SyntheticCatalogue,
    private readonly rng: Random,
  ) {
    this.titleWords = {}
    this.vocabulary = {}
    for (const locale of LOCALES) {
      const words = catalogue.practices.map((practice) => [...new Set(searchableWords(practice.title[locale]))])
      this.titleWords[locale] = words
      this.vocabulary[locale] = [...new Set(words.flat())]
    }
  }

  next(): { search: string; locale: (typeof LOCALES)[number] } {
    for (let attempt = 0; ; attempt++) {
      const locale = this.rng.pick(LOCALES)
      let words: string[]
      if (this.rng.chance(0.8)) {
        // Two words of one practice's title: at least that practice matches.
        words = this.rng.sample(this.rng.pick(this.titleWords[locale]!), 2)
      } else {
        words = this.rng.sample(this.vocabulary[locale]!, 2)
      }
      if (words.length < 2) continue
      // Sometimes the last word is still being typed: a prefix.
      if (this.rng.chance(0.25) && words[1]!.length > 5) words[1] = words[1]!.slice(0, this.rng.int(4, words[1]!.length - 1))
      const search = words.join(' ')
      const key = `${locale}:${search}`
      if (this.seen.has(key)) {
        if (attempt < 100) continue
        this.repeats++
      }
      this.seen.add(key)
      return { search, locale }
    }
  }
}

export function searchScenario({ catalogue, manifest, seed = 1 }: ScenarioSetup): Scenario {
  const queries = new SearchQueries(catalogue, random(seed * 31 + 2))
  const next = () => json(SEARCH_QUERY, queries.next())
  return {
    id: 'search',
    title: 'search: two words + facets, varied',
    path: '/graphql',
    requests: [{ method: 'POST', path: '/graphql', headers: partnerHeaders(manifest), setupRequest: (request) => ({ ...request, body: next() }) }],
    samples: [next(), next(), next()],
    check: checkConnection(true),
    repeats: () => queries.repeats,
  }
}

export function detailScenario({ catalogue, manifest, seed = 1 }: ScenarioSetup): Scenario {
  const rng = random(seed * 31 + 3)
  const order = rng.sample(
    catalogue.practices.flatMap((practice) => LOCALES.map((locale) => ({ slug: practice.slug, locale }))),
    catalogue.practices.length * LOCALES.length,
  )
  let position = 0
  const next = () => {
    const item = order[position++ % order.length]!
    return json(DETAIL_QUERY, item)
  }
  return {
    id: 'detail',
    title: 'detail: one practice + relations + related',
    path: '/graphql',
    requests: [{ method: 'POST', path: '/graphql', headers: partnerHeaders(manifest), setupRequest: (request) => ({ ...request, body: next() }) }],
    samples: [next(), next(), next()],
    check: (data) => {
      const practice = (data as { practice?: { slug?: string; related?: unknown[] } | null }).practice
      if (!practice?.slug) return 'practice(slug:) gave no practice'
      if (!Array.isArray(practice.related)) return 'practice has no related list'
      return null
    },
  }
}

/** The same filter pairs for both APIs, page 1 in Dutch: to check that the ratio compares like with like. */
export function comparableListings({ catalogue, manifest, adminToken, seed = 1 }: ScenarioSetup, count: number) {
  const pairs = new FilterPairs(catalogue, random(seed * 31 + 5))
  const drawn = Array.from({ length: count }, () => pairs.next().pair)
  const descendants = themeWithDescendants(catalogue.themes)
  return {
    partner: { headers: partnerHeaders(manifest), body: (index: number) => json(LISTING_QUERY, { filter: partnerFilter(drawn[index]!), locale: 'nl' }) },
    payload: {
      headers: { 'content-type': 'application/json', ...(adminToken ? { authorization: `JWT ${adminToken}` } : {}) },
      body: (index: number) => json(PAYLOAD_LISTING_QUERY, { where: payloadWhere(drawn[index]!, manifest, descendants), page: 1, locale: 'nl' }),
    },
  }
}

export function payloadListingScenario({ catalogue, manifest, adminToken, seed = 1 }: ScenarioSetup): Scenario {
  const pairs = new FilterPairs(catalogue, random(seed * 31 + 4))
  const descendants = themeWithDescendants(catalogue.themes)
  let count = 0
  const next = () => {
    const { pair, locale } = pairs.next()
    return json(PAYLOAD_LISTING_QUERY, { where: payloadWhere(pair, manifest, descendants), page: (count++ % 2) + 1, locale })
  }
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(adminToken ? { authorization: `JWT ${adminToken}` } : {}) }
  return {
    id: 'payload-listing',
    title: 'Payload /api/graphql listing, no facets',
    path: '/api/graphql',
    requests: [{ method: 'POST', path: '/api/graphql', headers, setupRequest: (request) => ({ ...request, body: next() }) }],
    samples: [next(), next(), next()],
    check: (data) => {
      const list = (data as { Practices?: { docs?: unknown[] } }).Practices
      return Array.isArray(list?.docs) ? null : 'Practices gave no docs'
    },
    repeats: () => pairs.repeats,
  }
}

function checkConnection(withFacets: boolean) {
  return (data: unknown): string | null => {
    const connection = (data as { practices?: { nodes?: unknown[]; facets?: unknown; totalCount?: number } }).practices
    if (!connection) return 'no practices connection in the answer'
    if (!Array.isArray(connection.nodes)) return 'the connection has no nodes'
    if (connection.nodes.length > 20) return `20 nodes asked, ${connection.nodes.length} given`
    if (withFacets && !connection.facets) return 'the connection has no facets'
    return null
  }
}

export const SCENARIO_ORDER: ScenarioId[] = ['listing', 'listing-repeated', 'search', 'detail', 'payload-listing']

export function buildScenario(id: ScenarioId, setup: ScenarioSetup): Scenario {
  switch (id) {
    case 'listing':
      return listingScenario(setup)
    case 'listing-repeated':
      return repeatedListingScenario(setup)
    case 'search':
      return searchScenario(setup)
    case 'detail':
      return detailScenario(setup)
    case 'payload-listing':
      return payloadListingScenario(setup)
  }
}
