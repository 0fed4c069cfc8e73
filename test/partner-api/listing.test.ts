/**
 * Listing practices: filters as the contract documents them, facet counts
 * against brute force, sort orders, and cursor paging that stays correct
 * while practices are published. Also the organisation, plan and theme lists.
 */
import { describe, expect, it } from 'vitest'

import type { PartnerServer } from './helpers/partnerServer'
import type { PartnerWorld } from './helpers/partnerWorld'
import { usePartnerServer } from './helpers/usePartnerServer'
import { allVisible, data, walkPractices, type PracticeView } from './helpers/queries'

let server: PartnerServer
let world: PartnerWorld

usePartnerServer((started) => ({ server, world } = started))

type Filter = {
  themes?: string[]
  organisations?: string[]
  municipalities?: string[]
  regions?: string[]
  policyPlan?: string
  minReach?: number
  minRecurrence?: number
  activeInYear?: number
  ongoing?: boolean
  hasImages?: boolean
  updatedSince?: string
}

type Dimension = 'DOMAIN' | 'TARGET_GROUP' | 'DIMENSION' | 'organisations' | 'municipalities' | 'regions' | 'reach' | 'recurrence'

// --- The contract's rules, written out plainly for brute force -------------

const lineage = (theme: PracticeView['themes'][number]) => [theme.slug, theme.parent?.slug, theme.parent?.parent?.slug].filter(Boolean) as string[]
const carries = (practice: PracticeView, slug: string) => practice.themes.some((theme) => lineage(theme).includes(slug))
const year = (date: string | null) => (date ? Number(date.slice(0, 4)) : null)
const today = new Date().toISOString().slice(0, 10)

function matches(practice: PracticeView, filter: Filter, schemeOf: Map<string, string>, without?: Dimension): boolean {
  if (filter.themes?.length) {
    const known = filter.themes.filter((slug) => schemeOf.has(slug))
    if (known.length === 0) return false
    for (const scheme of ['DOMAIN', 'TARGET_GROUP', 'DIMENSION'] as const) {
      const ofScheme = known.filter((slug) => schemeOf.get(slug) === scheme)
      if (without !== scheme && ofScheme.length > 0 && !ofScheme.some((slug) => carries(practice, slug))) return false
    }
  }
  if (without !== 'organisations' && filter.organisations?.length && !practice.organisations.some((row) => filter.organisations!.includes(row.organisation.slug))) return false
  if (without !== 'municipalities' && filter.municipalities?.length && !practice.municipalities.some((row) => filter.municipalities!.includes(row.slug))) return false
  if (without !== 'regions' && filter.regions?.length && !practice.regions.some((region) => filter.regions!.includes(region))) return false
  if (filter.policyPlan && practice.policyPlan?.slug !== filter.policyPlan) return false
  if (without !== 'reach' && filter.minReach !== undefined && (practice.reach ?? -1) < filter.minReach) return false
  if (without !== 'recurrence' && filter.minRecurrence !== undefined && (practice.recurrence ?? -1) < filter.minRecurrence) return false
  if (filter.activeInYear !== undefined) {
    const start = year(practice.startDate)
    const end = year(practice.endDate)
    if (start === null && end === null) return false
    if ((start !== null && start > filter.activeInYear) || (end !== null && end < filter.activeInYear)) return false
  }
  if (filter.ongoing !== undefined && (practice.endDate === null || practice.endDate >= today) !== filter.ongoing) return false
  if (filter.hasImages !== undefined && practice.images.length > 0 !== filter.hasImages) return false
  if (filter.updatedSince && practice.updatedAt < filter.updatedSince) return false
  return true
}

function bruteForceFacets(visible: PracticeView[], filter: Filter, schemeOf: Map<string, string>) {
  const count = (entries: string[]) => {
    const counts: Record<string, number> = {}
    for (const entry of entries) counts[entry] = (counts[entry] ?? 0) + 1
    return counts
  }
  const base = (dimension: Dimension) => visible.filter((practice) => matches(practice, filter, schemeOf, dimension))
  const themes: Record<string, number> = {}
  for (const scheme of ['DOMAIN', 'TARGET_GROUP', 'DIMENSION'] as const) {
    for (const [slug, themeScheme] of schemeOf) {
      if (themeScheme !== scheme) continue
      const n = base(scheme).filter((practice) => carries(practice, slug)).length
      if (n > 0) themes[slug] = n
    }
  }
  return {
    themes,
    organisations: count(base('organisations').flatMap((practice) => [...new Set(practice.organisations.map((row) => row.organisation.slug))])),
    municipalities: count(base('municipalities').flatMap((practice) => practice.municipalities.map((row) => row.slug))),
    regions: count(base('regions').flatMap((practice) => practice.regions)),
    reach: count(base('reach').flatMap((practice) => (practice.reach === null ? [] : [String(practice.reach)]))),
    recurrence: count(base('recurrence').flatMap((practice) => (practice.recurrence === null ? [] : [String(practice.recurrence)]))),
  }
}

const FACETS = `facets { themes { theme { slug } count } organisations { organisation { slug } count } municipalities { organisation { slug } count }
  regions { region count } reach { value count } recurrence { value count } }`

function apiFacets(facets: any) {
  const toMap = (entries: Array<{ count: number }>, keyOf: (entry: any) => string) => Object.fromEntries(entries.map((entry) => [keyOf(entry), entry.count]))
  return {
    themes: toMap(facets.themes, (entry) => entry.theme.slug),
    organisations: toMap(facets.organisations, (entry) => entry.organisation.slug),
    municipalities: toMap(facets.municipalities, (entry) => entry.organisation.slug),
    regions: toMap(facets.regions, (entry) => entry.region),
    reach: toMap(facets.reach, (entry) => String(entry.value)),
    recurrence: toMap(facets.recurrence, (entry) => String(entry.value)),
  }
}

async function themeSchemes(): Promise<Map<string, string>> {
  const result = await data(server, world.keys.all, '{ themes { slug scheme } }')
  return new Map(result.themes.map((theme: { slug: string; scheme: string }) => [theme.slug, theme.scheme]))
}

describe('filters and facets', () => {
  const FILTERS: Array<[string, Filter]> = [
    ['no filter', {}],
    ['a theme, with its descendants', { themes: ['onderwijs'] }],
    ['two themes of one scheme (OR)', { themes: ['onderwijs', 'werk-en-ondernemen'] }],
    ['themes of two schemes (AND)', { themes: ['onderwijs', 'gender'] }],
    ['three schemes, one with two themes', { themes: ['algemeen-beleid', 'volwassenenonderwijs', 'kinderen-en-jongeren', 'leeftijd', 'gender'] }],
    ['an unknown theme', { themes: ['bestaat-niet'] }],
    ['an organisation in any role', { organisations: ['vzw-samenleven'] }],
    ['two organisations', { organisations: ['ocmw-gent', 'dienst-diversiteit'] }],
    ['municipalities', { municipalities: ['stad-gent', 'schaarbeek'] }],
    ['regions', { regions: ['BRUSSELS', 'WALLONIA'] }],
    ['a policy plan', { policyPlan: 'inclusieve-stad-2-0' }],
    ['minimum reach and recurrence', { minReach: 3, minRecurrence: 2 }],
    ['active in a year', { activeInYear: 2021 }],
    ['ongoing', { ongoing: true }],
    ['ended', { ongoing: false }],
    ['without images', { hasImages: false }],
    ['with images', { hasImages: true }],
    ['everything at once', { themes: ['onderwijs', 'kinderen-en-jongeren'], regions: ['FLANDERS', 'BRUSSELS'], minReach: 2, organisations: ['dienst-diversiteit', 'ocmw-gent'] }],
  ]

  it.each(FILTERS)('%s: the matching practices and the facet counts agree with brute force', async (_name, filter) => {
    for (const site of ['a', 'b', 'all'] as const) {
      const key = world.keys[site]
      const schemeOf = await themeSchemes()
      const visible = await allVisible(server, key)
      const expected = visible.filter((practice) => matches(practice, filter, schemeOf)).map((practice) => practice.id)

      const result = await data(server, key, `query ($filter: PracticeFilter) { practices(filter: $filter, first: 100) { totalCount nodes { id } ${FACETS} } }`, { filter })
      expect(result.practices.nodes.map((node: { id: string }) => node.id).sort(), site).toEqual([...expected].sort())
      expect(result.practices.totalCount).toBe(expected.length)
      expect(apiFacets(result.practices.facets), site).toEqual(bruteForceFacets(visible, filter, schemeOf))
    }
  })

  it('updatedSince keeps practices updated at or after the time', async () => {
    const visible = await allVisible(server, world.keys.all)
    const times = visible.map((practice) => practice.updatedAt).sort()
    const since = times[Math.floor(times.length / 2)]!
    const result = await data(server, world.keys.all, 'query ($since: DateTime) { practices(filter: { updatedSince: $since }, first: 100) { nodes { id } } }', { since })
    expect(result.practices.nodes.map((node: { id: string }) => node.id).sort()).toEqual(visible.filter((practice) => practice.updatedAt >= since).map((practice) => practice.id).sort())
  })

  it('a facet counts what choosing its value would add: its own dimension is not filtered', async () => {
    const result = await data(server, world.keys.all, `{ practices(filter: { regions: [BRUSSELS] }, first: 0) { totalCount ${FACETS} } }`)
    const regions = Object.fromEntries(result.practices.facets.regions.map((entry: { region: string; count: number }) => [entry.region, entry.count]))
    expect(regions.BRUSSELS).toBe(result.practices.totalCount)
    expect(regions.FLANDERS).toBeGreaterThan(0)
  })

  it('lists organisations and municipalities with the most practices first, then by name in the language asked for', async () => {
    const facetsQuery = `query ($filter: PracticeFilter, $locale: Locale) { practices(filter: $filter, locale: $locale) { facets {
      organisations { organisation { name } count } municipalities { organisation { name } count } } } }`
    for (const locale of ['nl', 'fr'] as const) {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
      for (const [name, filter] of FILTERS) {
        const { practices } = await data(server, world.keys.all, facetsQuery, { filter, locale })
        for (const entries of [practices.facets.organisations, practices.facets.municipalities] as Array<Array<{ organisation: { name: string }; count: number }>>) {
          entries.slice(1).forEach((entry, k) => {
            const before = entries[k]!
            expect(entry.count, name).toBeLessThanOrEqual(before.count)
            if (entry.count === before.count) expect(collator.compare(before.organisation.name, entry.organisation.name), name).toBeLessThanOrEqual(0)
          })
        }
      }
    }
  })
})

describe('sorting', () => {
  it('NEWEST by publication, UPDATED by last update, RELEVANCE without search as NEWEST', async () => {
    const visible = await allVisible(server, world.keys.all)
    const byDesc = (field: 'publishedAt' | 'updatedAt') =>
      [...visible].sort((a, b) => b[field].localeCompare(a[field]) || Number(b.id) - Number(a.id)).map((practice) => practice.id)
    const order = async (sort: string) => (await walkPractices(server, world.keys.all, `sort: ${sort}`, 100, 'id')).map((node) => node.id)
    expect(await order('NEWEST')).toEqual(byDesc('publishedAt'))
    expect(await order('UPDATED')).toEqual(byDesc('updatedAt'))
    expect(await order('RELEVANCE')).toEqual(byDesc('publishedAt'))
    expect(visible.map((practice) => practice.id)).toEqual(byDesc('publishedAt'))
  })

  it('TITLE in the language of the locale: "É" sorts with "E", case does not matter', async () => {
    const club = await server.payload.create({ collection: 'organisations', data: { name: 'Sorteerclub', type: 'nonprofit' } as never, overrideAccess: true })
    for (const title of ['Zorg op maat', 'Émancipatie', 'Elan', 'avondschool', 'Ezelsbrug', 'Eindhovense aanpak']) {
      await world.createPractice({ title, organisations: [{ organisation: club.id, role: 'lead' }] })
    }
    const result = await data(server, world.keys.all, '{ practices(filter: { organisations: ["sorteerclub"] }, sort: TITLE) { nodes { title } } }')
    expect(result.practices.nodes.map((node: { title: string }) => node.title)).toEqual([
      'avondschool',
      'Eindhovense aanpak',
      'Elan',
      'Émancipatie',
      'Ezelsbrug',
      'Zorg op maat',
    ])
  })
})

describe('paging with cursors', () => {
  it('walks the whole set in pages without duplicates or gaps', async () => {
    const everything = (await allVisible(server, world.keys.all)).map((practice) => practice.id)
    for (const sort of ['NEWEST', 'UPDATED', 'TITLE'] as const) {
      const whole = (await walkPractices(server, world.keys.all, `sort: ${sort}`, 100, 'id')).map((node) => node.id)
      const paged = (await walkPractices(server, world.keys.all, `sort: ${sort}`, 7, 'id')).map((node) => node.id)
      expect(paged, sort).toEqual(whole)
      expect(new Set(paged).size).toBe(paged.length)
      expect([...paged].sort()).toEqual([...everything].sort())
    }
  })

  it('stays correct when practices are published and unpublished in between', async () => {
    for (const sort of ['NEWEST', 'TITLE'] as const) {
      const before = (await walkPractices(server, world.keys.all, `sort: ${sort}`, 100, 'id title')).map((node) => node.id)
      const added: string[] = []
      const removed: string[] = []
      const paged = (
        await walkPractices(server, world.keys.all, `sort: ${sort}`, 5, 'id title', async (page) => {
          if (page === 0) {
            // Newest of all, and (for TITLE) in the middle of the alphabet.
            const practice = await world.createPractice({ title: `Middenin ${sort}` })
            added.push(String(practice.id))
          }
          if (page === 1) {
            // Unpublish one that is still to come.
            const victim = before[before.length - 2]!
            await server.payload.update({ collection: 'practices', id: victim, data: { _status: 'draft' }, overrideAccess: true })
            removed.push(victim)
          }
        })
      ).map((node) => node.id)
      expect(new Set(paged).size, sort).toBe(paged.length)
      const expected = before.filter((id) => !removed.includes(id))
      // Nothing that was there before is skipped…
      expect(paged.filter((id) => !added.includes(id)), sort).toEqual(expected)
      // …and the newest practice, published after the first page, is before the cursor.
      if (sort === 'NEWEST') expect(paged).not.toContain(added[0])
      if (sort === 'TITLE') expect(paged).toContain(added[0])
      for (const id of removed) await server.payload.update({ collection: 'practices', id, data: { _status: 'published' }, overrideAccess: true })
    }
  })

  it('reports page info, and a page of 0 still counts', async () => {
    const empty = await data(server, world.keys.a, '{ practices(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }')
    expect(empty.practices.edges).toEqual([])
    expect(empty.practices.totalCount).toBeGreaterThan(0)
    expect(empty.practices.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null })

    const first = await data(server, world.keys.a, '{ practices(first: 2) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }')
    expect(first.practices.pageInfo.hasPreviousPage).toBe(false)
    expect(first.practices.pageInfo.startCursor).toBe(first.practices.edges[0].cursor)
    expect(first.practices.pageInfo.endCursor).toBe(first.practices.edges[1].cursor)
    const second = await data(server, world.keys.a, `{ practices(first: 2, after: "${first.practices.pageInfo.endCursor}") { pageInfo { hasPreviousPage } } }`)
    expect(second.practices.pageInfo.hasPreviousPage).toBe(true)
  })

  it('takes first up to 100, and refuses more, less than 0 or a malformed cursor with BAD_USER_INPUT', async () => {
    expect((await server.request('{ practices(first: 100) { totalCount } }', { key: world.keys.a })).status).toBe(200)
    for (const query of ['{ practices(first: 101) { totalCount } }', '{ practices(first: -1) { totalCount } }', '{ practices(after: "abc") { totalCount } }']) {
      const response = await server.request(query, { key: world.keys.a })
      expect(response.body.errors[0].extensions.code, query).toBe('BAD_USER_INPUT')
      expect(response.status).toBe(400)
    }
  })

  it('pages the practices of an organisation and of a policy plan, within what the site sees', async () => {
    const visible = await allVisible(server, world.keys.a)
    const ofOrganisation = visible.filter((practice) => practice.organisations.some((row) => row.organisation.slug === 'dienst-diversiteit'))
    const result = await data(server, world.keys.a, '{ organisation(slug: "dienst-diversiteit") { practices(first: 2) { totalCount nodes { id } pageInfo { endCursor } } } }')
    expect(result.organisation.practices.totalCount).toBe(ofOrganisation.length)
    const next = await data(server, world.keys.a, `{ organisation(slug: "dienst-diversiteit") { practices(first: 100, after: "${result.organisation.practices.pageInfo.endCursor}") { nodes { id } } } }`)
    expect([...result.organisation.practices.nodes, ...next.organisation.practices.nodes].map((node: { id: string }) => node.id)).toEqual(ofOrganisation.map((practice) => practice.id))

    const plan = await data(server, world.keys.a, '{ policyPlan(slug: "inclusieve-stad-2-0") { practices { totalCount nodes { id } } } }')
    expect(plan.policyPlan.practices.nodes.map((node: { id: string }) => node.id)).toEqual(
      visible.filter((practice) => practice.policyPlan?.slug === 'inclusieve-stad-2-0').map((practice) => practice.id),
    )
  })
})

describe('organisations, policy plans and themes', () => {
  it('lists organisations by name, filtered by type, region, practices and search', async () => {
    const municipalities = await data(server, world.keys.a, '{ organisations(filter: { types: [MUNICIPALITY] }) { totalCount nodes { name type } } }')
    expect(municipalities.organisations.nodes.map((node: { name: string }) => node.name)).toEqual(['Luik', 'Schaarbeek', 'Stad Gent', 'Stad Mechelen'])
    const brussels = await data(server, world.keys.a, '{ organisations(filter: { regions: [BRUSSELS] }) { nodes { slug } } }')
    expect(brussels.organisations.nodes).toEqual([{ slug: 'schaarbeek' }])
    const search = await data(server, world.keys.a, '{ organisations(search: "STAD") { nodes { slug } } }')
    expect(search.organisations.nodes.map((node: { slug: string }) => node.slug)).toEqual(['stad-gent', 'stad-mechelen'])
    const inFrench = await data(server, world.keys.a, '{ organisations(filter: { types: [MUNICIPALITY] }, locale: fr) { nodes { name } } }')
    expect(inFrench.organisations.nodes.map((node: { name: string }) => node.name)).toContain('Liège')

    const withPractices = await data(server, world.keys.a, '{ organisations(filter: { hasPractices: true }, first: 100) { nodes { slug practices { totalCount } } } }')
    expect(withPractices.organisations.nodes.length).toBeGreaterThan(0)
    for (const node of withPractices.organisations.nodes) expect(node.practices.totalCount, node.slug).toBeGreaterThan(0)
    const umbrellas = await data(server, world.keys.a, '{ organisations(filter: { hasPractices: true, types: [UMBRELLA] }) { totalCount } }')
    expect(umbrellas.organisations.totalCount).toBe(0)

    const page1 = await data(server, world.keys.a, '{ organisations(first: 3) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } } }')
    const rest = await data(server, world.keys.a, `{ organisations(first: 100, after: "${page1.organisations.pageInfo.endCursor}") { nodes { slug } } }`)
    const all = await data(server, world.keys.a, '{ organisations(first: 100) { nodes { slug } } }')
    expect([...page1.organisations.nodes, ...rest.organisations.nodes]).toEqual(all.organisations.nodes)
  })

  it('lists published policy plans, filtered by organisation, status and year', async () => {
    const query = 'query ($filter: PolicyPlanFilter) { policyPlans(filter: $filter) { nodes { slug status organisation { slug } strategicGoals { code } keywords } } }'
    const all = await data(server, world.keys.a, query, {})
    expect(all.policyPlans.nodes).toEqual([{ slug: 'inclusieve-stad-2-0', status: 'ADOPTED', organisation: { slug: 'stad-mechelen' }, strategicGoals: [{ code: 'SD1' }, { code: 'SD3' }], keywords: ['inclusie', 'diversiteit'] }])
    expect((await data(server, world.keys.a, query, { filter: { activeInYear: 2022 } })).policyPlans.nodes).toHaveLength(1)
    expect((await data(server, world.keys.a, query, { filter: { activeInYear: 2030 } })).policyPlans.nodes).toHaveLength(0)
    expect((await data(server, world.keys.a, query, { filter: { status: ['ENDED'] } })).policyPlans.nodes).toHaveLength(0)
    expect((await data(server, world.keys.a, query, { filter: { organisations: ['stad-gent'] } })).policyPlans.nodes).toHaveLength(0)
    const mechelen = await data(server, world.keys.a, '{ organisation(slug: "stad-mechelen") { policyPlans { slug } children { slug } } }')
    expect(mechelen.organisation).toEqual({ policyPlans: [{ slug: 'inclusieve-stad-2-0' }], children: [{ slug: 'dienst-diversiteit' }] })
  })

  it('lists themes in display order, by scheme or below a parent', async () => {
    const domains = await data(server, world.keys.a, '{ themes(scheme: DOMAIN) { slug parent { slug } } }')
    expect(domains.themes.map((theme: { slug: string }) => theme.slug)).toEqual(['algemeen-beleid', 'onderwijs', 'volwassenenonderwijs', 'werk-en-ondernemen'])
    const all = await data(server, world.keys.a, '{ themes { scheme } }')
    expect(all.themes.map((theme: { scheme: string }) => theme.scheme)).toEqual([...Array(4).fill('DOMAIN'), ...Array(2).fill('TARGET_GROUP'), ...Array(3).fill('DIMENSION')])
    const children = await data(server, world.keys.a, '{ themes(parent: "onderwijs") { slug } theme(slug: "onderwijs") { children { slug } parent { slug } } }')
    expect(children).toEqual({ themes: [{ slug: 'volwassenenonderwijs' }], theme: { children: [{ slug: 'volwassenenonderwijs' }], parent: null } })
    expect((await data(server, world.keys.a, '{ themes(parent: "bestaat-niet") { slug } theme(slug: "bestaat-niet") { slug } }'))).toEqual({ themes: [], theme: null })
  })
})
