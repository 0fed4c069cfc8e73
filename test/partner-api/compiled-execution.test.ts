/**
 * Queries run as compiled functions (graphql-jit) answer exactly as
 * graphql-js does: same status, same headers that matter, same bytes. Two
 * partner API servers on one database, one compiling and one not, get the
 * same requests; every query is sent with a first set of variables (so the
 * compiling server has seen it) before the compared ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPartnerContext } from '../../src/partner-api/context'
import { FacetTemplates, facetsShapeOf } from '../../src/partner-api/facetTemplates'
import { parse, type FieldNode, type OperationDefinitionNode } from '../../src/partner-api/graphql'
import { spliceParts } from '../../src/partner-api/splicing'
import { languageChain } from '../../src/read-model'
import { bootTestPayload, shutdownPayload, startPartnerServer, type PartnerServer, type RequestOptions } from './helpers/partnerServer'
import { buildPartnerWorld, type PartnerWorld } from './helpers/partnerWorld'

let compiled: PartnerServer
let interpreted: PartnerServer
let world: PartnerWorld

beforeAll(async () => {
  const payload = await bootTestPayload()
  world = await buildPartnerWorld(payload)
  compiled = await startPartnerServer(payload)
  interpreted = await startPartnerServer(payload, { compileQueries: false })
})

afterAll(async () => {
  await compiled?.stop()
  await interpreted?.stop()
  await shutdownPayload(compiled?.payload)
})

const CARD = 'id slug title summary publishedAt reach recurrence regions ongoing locales coverImage { alt url(size: CARD) srcset } themes { slug name scheme parent { slug } } municipalities { slug name nisCode region }'
const FACETS = 'facets { themes { theme { slug name } count } organisations { organisation { slug name type } count } municipalities { organisation { slug name } count } regions { region count } reach { value count } recurrence { value count } }'

const LISTING = `query Listing($filter: PracticeFilter, $search: String, $sort: PracticeSort, $first: Int, $after: String, $locale: Locale) {
  practices(filter: $filter, search: $search, sort: $sort, first: $first, after: $after, locale: $locale) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ${CARD} } }
    ${FACETS}
  }
}`

const DETAIL = `query Detail($slug: String, $locale: Locale) {
  practice(slug: $slug, locale: $locale) {
    ${CARD} startDate endDate updatedAt
    what { html text json } who { html } why { html } how { html } results { html }
    organisations { role organisation { slug name parent { slug } children { slug } practices(first: 2) { totalCount nodes { slug } } } }
    policyPlan { slug title status strategicGoals { code title } organisation { slug } practices(first: 3) { totalCount } }
    strategicGoals { code title description }
    images { id alt caption credit width height focalX focalY srcset variants { size url width height mimeType } url(size: HERO) }
    documents { title url mimeType filesize }
    links { label url }
    contact { name email phone organisation { slug } }
    related(first: 3) { slug title }
  }
}`

const DIRECTORY = `query Directory($locale: Locale) {
  site { slug name locales defaultLocale practiceCount owner { slug name } navigationThemes { slug name practiceCount } }
  themes(locale: $locale) { slug name scheme practiceCount children { slug } }
  organisations(first: 50, locale: $locale) { totalCount nodes { slug name type region } }
  policyPlans(first: 10) { totalCount nodes { slug title startYear endYear status priorityThemes { slug } keywords } }
}`

type Case = { name: string; query: string; variables: Array<Record<string, unknown>>; key?: 'a' | 'b' | 'all' }

const cases = (): Case[] => {
  const slugs = world.practices.map(({ practice }) => practice.slug as string)
  return [
    {
      name: 'listings with filters, sorts, pages and facets',
      query: LISTING,
      variables: [
        {},
        { filter: { themes: [world.themes.education.slug] }, locale: 'fr' },
        { filter: { regions: ['FLANDERS'], minReach: 2 }, sort: 'TITLE', first: 5 },
        { filter: { municipalities: [world.orgs.gent.slug], ongoing: true }, sort: 'UPDATED' },
        { filter: { themes: [world.themes.youth.slug, world.themes.newcomers.slug] }, first: 3, sort: 'NEWEST' },
        { search: 'taalcafé', locale: 'nl' },
        { search: 'praktijk leesclub', first: 2 },
        { filter: { organisations: ['bestaat-niet'] } },
      ],
    },
    {
      name: 'the second page of a listing',
      query: LISTING,
      variables: [{ first: 4 }, { first: 4, after: null }],
    },
    { name: 'practices with every relation', query: DETAIL, variables: [{ slug: slugs[0] }, ...slugs.slice(1, 8).map((slug, i) => ({ slug, locale: ['nl', 'fr', 'en'][i % 3] })), { slug: 'bestaat-niet' }] },
    { name: 'site, themes, organisations and plans', query: DIRECTORY, variables: [{}, { locale: 'fr' }, { locale: 'en' }], key: 'a' },
    { name: 'errors: a page too large, a bad cursor, a wrong variable', query: LISTING, variables: [{ first: 1 }, { first: 500 }, { after: 'kapot' }, { filter: { regions: ['MARS'] } }] },
  ]
}

async function compare(query: string, variables: Record<string, unknown>, key: string, method: RequestOptions['method'] = 'POST') {
  const [a, b] = await Promise.all([compiled.request(query, { key, variables, method }), interpreted.request(query, { key, variables, method })])
  expect(a.status, JSON.stringify(variables)).toBe(b.status)
  expect(a.headers.get('content-type')).toBe(b.headers.get('content-type'))
  expect(a.headers.get('cache-control')).toBe(b.headers.get('cache-control'))
  expect(a.text, JSON.stringify(variables)).toBe(b.text)
  return a
}

describe('compiled queries', () => {
  it('answer byte for byte as graphql-js does, and are really used', async () => {
    const before = structuredClone(compiled.handler.compiledQueries!)
    for (const testCase of cases()) {
      const key = world.keys[testCase.key ?? 'b']
      for (const variables of testCase.variables) {
        // The second page of the first page's listing, by its own cursor.
        if ('after' in variables && variables.after === null) {
          const first = await compiled.request(testCase.query, { key, variables: { first: 4 } })
          variables.after = first.body.data.practices.pageInfo.endCursor
        }
        await compare(testCase.query, variables, key)
      }
    }
    const after = compiled.handler.compiledQueries!
    expect(after.compiled - before.compiled).toBeGreaterThanOrEqual(3)
    expect(after.answered - before.answered).toBeGreaterThan(10)
    expect(after.splicing.answers - before.splicing.answers).toBeGreaterThan(5)
    // The errors ran again through graphql-js.
    expect(after.fellBack - before.fellBack).toBeGreaterThanOrEqual(2)
    expect(interpreted.handler.compiledQueries).toBeNull()
  })

  it('answer GET requests the same, with the same caching headers', async () => {
    const key = world.keys.a
    for (const variables of [{}, { first: 2 }, { first: 3, locale: 'fr' }]) await compare(LISTING, variables, key, 'GET')
  })

  it('are made within a budget per minute; past it graphql-js answers the same', async () => {
    const budgeted = await startPartnerServer(compiled.payload, { compilationsPerMinute: 2 })
    try {
      const queries = [1, 2, 3, 4].map((first) => `query ($locale: Locale) { practices(first: ${first}, locale: $locale) { totalCount nodes { slug title } } }`)
      // Other variables each round: the response cache does not answer, the query is seen again.
      for (const locale of ['nl', 'fr', 'en']) {
        for (const query of queries) {
          const options = { key: world.keys.a, variables: { locale } }
          const [a, b] = await Promise.all([budgeted.request(query, options), interpreted.request(query, options)])
          expect(a.status, locale).toBe(200)
          expect(a.text).toBe(b.text)
        }
      }
      // Seen twice or more: all four would compile; the budget allows two this minute.
      expect(budgeted.handler.compiledQueries).toMatchObject({ compiled: 2, answered: 4, deferred: 4 })
    } finally {
      await budgeted.stop()
    }
  })

  it('are not made for a query seen only once', async () => {
    const before = compiled.handler.compiledQueries!.compiled
    await compiled.request('{ site { slug } practices(first: 1) { totalCount } }', { key: world.keys.a })
    expect(compiled.handler.compiledQueries!.compiled).toBe(before)
  })
})

describe('answers put together from facets and cards written once', () => {
  const FACET_FIELDS = 'themes { theme { slug name practiceCount __typename } count } organisations { organisation { slug name type } count } municipalities { organisation { slug } count } regions { region count } reach { value count } recurrence { value count }'

  /** Compares with graphql-js; returns how many answers were spliced meanwhile. */
  async function splicedWhile(query: string, variableSets: Array<Record<string, unknown>>): Promise<number> {
    // Seen once first, so the compiling server compiles it.
    await compiled.request(query, { key: world.keys.b, variables: variableSets[0] })
    const before = compiled.handler.compiledQueries!.splicing.answers
    for (const variables of variableSets) await compare(query, variables, world.keys.b)
    return compiled.handler.compiledQueries!.splicing.answers - before
  }

  it('splices the facets of a plain query, aliased, on every page, in every language', async () => {
    const query = `query ($after: String, $locale: Locale, $filter: PracticeFilter) {
      list: practices(first: 2, after: $after, locale: $locale, filter: $filter) { count: totalCount pageInfo { endCursor } f: facets { ${FACET_FIELDS} } nodes { slug } }
    }`
    const first = await compiled.request(query, { key: world.keys.b, variables: { locale: 'fr' } })
    const variableSets = [{}, { locale: 'fr' }, { locale: 'fr', after: first.body.data.list.pageInfo.endCursor }, { filter: { regions: ['FLANDERS'] } }, { filter: { organisations: ['bestaat-niet'] } }]
    expect(await splicedWhile(query, variableSets)).toBe(variableSets.length)
  })

  it('writes facets asked for twice under other names, and with __typename, as graphql-js does', async () => {
    const query = `query ($locale: Locale, $filter: PracticeFilter) { practices(first: 1, locale: $locale, filter: $filter) { facets {
      __typename
      bySlug: organisations { organisation { slug } n: count }
      byName: organisations { __typename count organisation { name type } again: count }
      themes { count } regions { region } reach { value count } t: themes { theme { name practiceCount } }
    } } }`
    const variableSets = [{}, { locale: 'fr' }, { locale: 'en', filter: { regions: ['FLANDERS'] } }, { filter: { themes: [world.themes.education.slug] } }]
    const before = structuredClone(compiled.handler.compiledQueries!.splicing)
    expect(await splicedWhile(query, variableSets)).toBe(variableSets.length)
    // Written from entries made ahead, not by running the facets' query.
    const after = compiled.handler.compiledQueries!.splicing
    expect(after.facetsFromTemplates - before.facetsFromTemplates).toBeGreaterThan(0)
    expect(after.facetsByQuery - before.facetsByQuery).toBe(0)
  })

  it('splices facets below the root, and answers as graphql-js does when their parent is null', async () => {
    const slugs = world.practices.map(({ practice }) => practice.slug as string)
    const query = `query ($slug: String) { practice(slug: $slug) { slug policyPlan { slug practices(first: 1) { totalCount facets { regions { region count } themes { theme { slug } count } } } } } }`
    const withPlan = world.practices.filter(({ practice }) => practice.policyPlan).map(({ practice }) => practice.slug as string)
    const without = slugs.filter((slug) => !withPlan.includes(slug))
    expect(withPlan.length).toBeGreaterThan(0)
    expect(without.length).toBeGreaterThan(0)
    const variableSets = [...withPlan.slice(0, 3), ...without.slice(0, 2), 'bestaat-niet'].map((slug) => ({ slug }))
    // Spliced for the visible practices with a plan; the others answer null or no plan, as graphql-js does.
    expect(await splicedWhile(query, variableSets)).toBeGreaterThan(0)
  })

  it('runs other queries whole: two facets, fragments, directives, facets in a list, a search', async () => {
    const notPlain = [
      `{ a: practices(first: 1) { facets { regions { region count } } } b: practices(first: 2) { facets { regions { region count } } } }`,
      `{ practices(first: 1) { ...Facets } } fragment Facets on PracticeConnection { facets { regions { region count } } }`,
      `query ($with: Boolean!) { practices(first: 1) { facets @include(if: $with) { regions { region count } } } }`,
      `{ practices(first: 1) { facets { regions @skip(if: false) { region count } } } }`,
      `{ organisations(first: 3) { nodes { slug practices(first: 1) { facets { regions { region count } } } } } }`,
      `{ practices(first: 1) { facets { regions { region count } } facets { reach { value count } } } }`,
    ]
    for (const query of notPlain) expect(await splicedWhile(query, [{ with: true }, { with: false }]), query).toBe(0)
    // A search is a selection like any other.
    expect(await splicedWhile(`query ($search: String) { practices(search: $search, first: 1) { totalCount facets { ${FACET_FIELDS} } } }`, [{ search: 'taalcafé' }, { search: 'praktijk' }])).toBe(2)
  })

  it('answers GET requests and their ETags the same', async () => {
    const query = `query ($first: Int) { practices(first: $first) { nodes { slug } facets { ${FACET_FIELDS} } } }`
    for (const first of [1, 2, 3]) {
      const a = await compare(query, { first }, world.keys.a, 'GET')
      const again = await compiled.request(query, { key: world.keys.a, variables: { first }, method: 'GET' })
      expect(again.text).toBe(a.text)
      expect(again.headers.get('etag')).toBe(a.headers.get('etag'))
    }
  })

  it('keeps a card from its second showing, per practice, site, day and language, and reuses it in every list', async () => {
    const query = `query ($first: Int, $locale: Locale) { practices(first: $first, locale: $locale) {
      totalCount nodes { ${CARD} related(first: 2) { slug } } } }`
    const written = () => compiled.handler.compiledQueries!.splicing.cardsWritten
    await compiled.request(query, { key: world.keys.b, variables: { first: 1 } })
    // Every request differs, so that the response cache does not answer.
    const showings = async (variables: Record<string, unknown>, key = world.keys.b) => {
      const before = written()
      await compare(query, variables, key)
      return written() - before
    }
    // Written when shown, kept from the second showing on (French is site B's default language).
    expect(await showings({ first: 3 })).toBe(3)
    expect(await showings({ first: 3, locale: 'fr' })).toBe(3)
    expect(await showings({ first: 2 })).toBe(0)
    // The same practices in a longer list: only the new one is written.
    expect(await showings({ first: 4 })).toBe(1)
    // Another language and another site: cards of their own.
    expect(await showings({ first: 3, locale: 'nl' })).toBe(3)
    expect(await showings({ first: 3 }, world.keys.all)).toBe(3)
  })

  it('does not write facets from entries whose count cannot be told from the rest of their text', async () => {
    const snapshot = await compiled.handler.readModel.fresh()
    const site = [...snapshot.records.sites.values()][0]!
    const apiKey = [...snapshot.records['api-keys'].values()][0]!
    const context = createPartnerContext({ snapshot, site, apiKey, clientIp: '127.0.0.1', now: new Date(), serverUrl: 'http://test.invalid', submissions: null as never })
    const operation = parse('{ facets { regions { region count } } }').definitions[0] as OperationDefinitionNode
    const shape = facetsShapeOf((operation.selectionSet.selections[0] as FieldNode).selectionSet!, 'test')!
    const counts = { themes: [], organisations: [], municipalities: [], regions: [{ region: 'flanders' as const, count: 2 }], reach: [], recurrence: [] }
    const selection = { facets: () => counts } as never
    // A stand-in for the facets' compiled query: an entry whose text holds its count twice (as a name might).
    const query = (twice: boolean) =>
      ({
        query: async (source: { selection: { facets: () => typeof counts } }) => ({
          data: { facets: { regions: source.selection.facets().regions.map(({ region, count }) => ({ region: twice ? `${region} ${count}` : region, count })) } },
        }),
      }) as never
    const lang = languageChain('nl', 'nl')
    expect(await new FacetTemplates().write(shape, query(false), selection, lang, context)).toBe('{"regions":[{"region":"flanders","count":2}]}')
    expect(await new FacetTemplates().write(shape, query(true), selection, lang, context)).toBeNull()
  })

  it('puts the kept bytes where the tokens are, once each, or not at all', () => {
    const facets = Buffer.from('{"regions":[{"region":"BRUSSELS","count":1}],"name":"Schaerbeek – Schaarbeek"}')
    const cards = Buffer.from('[{"title":"Taalcafé"}]')
    const spliced = spliceParts('{"data":{"p":{"nodes":"CARDS","title":"café","facets":"FACETS"}}}\n', [
      { token: 'FACETS', bytes: facets },
      { token: 'CARDS', bytes: cards },
    ])
    expect(spliced?.toString('utf8')).toBe(`{"data":{"p":{"nodes":${cards.toString('utf8')},"title":"café","facets":${facets.toString('utf8')}}}}\n`)
    expect(spliceParts('{"data":{"a":"TOKEN","b":"TOKEN"}}', [{ token: 'TOKEN', bytes: facets }])).toBeNull()
    expect(spliceParts('{"data":{"a":"TOKEN-not"}}', [{ token: 'TOKEN', bytes: facets }])).toBeNull()
  })
})
