/**
 * Queries run as compiled functions (graphql-jit) answer exactly as
 * graphql-js does: same status, same headers that matter, same bytes. Two
 * partner API servers on one database, one compiling and one not, get the
 * same requests; every query is sent with a first set of variables (so the
 * compiling server has seen it) before the compared ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
    const before = { ...compiled.handler.compiledQueries! }
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
