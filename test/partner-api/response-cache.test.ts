/**
 * Repeated queries are answered from the response cache, never stale: an
 * editor's change, another site, a mutation or an error is never served from it.
 */
import { describe, expect, it } from 'vitest'

import type { PartnerServer } from './helpers/partnerServer'
import type { PartnerWorld } from './helpers/partnerWorld'
import { usePartnerServer } from './helpers/usePartnerServer'

let server: PartnerServer
let world: PartnerWorld

usePartnerServer((started) => ({ server, world } = started))

const LISTING = '{ practices(first: 3, sort: TITLE) { totalCount nodes { id title } } }'

describe('the response cache', () => {
  it('answers a repeated query, by POST or GET, without running it again, from its third time on', async () => {
    for (const method of ['POST', 'GET'] as const) {
      const first = await server.request(LISTING, { key: world.keys.a, method })
      const second = await server.request(LISTING, { key: world.keys.a, method })
      const third = await server.request(LISTING, { key: world.keys.a, method })
      // The first time only the request is remembered; the second answer is kept.
      expect(first.headers.get('x-partner-cache')).toBe('miss')
      expect(second.headers.get('x-partner-cache')).toBe('miss')
      expect(third.headers.get('x-partner-cache')).toBe('hit')
      expect(third.text).toBe(first.text)
      expect(third.headers.get('content-length')).toBe(first.headers.get('content-length'))
      expect(third.headers.get('etag')).toBe(first.headers.get('etag'))
    }
  })

  it('does not keep a request seen only once', async () => {
    const once = '{ practices(first: 2, sort: NEWEST) { totalCount nodes { id } } }'
    await server.request(once, { key: world.keys.b })
    const sizeBefore = server.handler.responseCacheSize()
    await server.request('{ practices(first: 3, sort: NEWEST) { totalCount nodes { id } } }', { key: world.keys.b })
    expect(server.handler.responseCacheSize()).toBe(sizeBefore)
  })

  it("keeps every site's answers apart", async () => {
    await server.request(LISTING, { key: world.keys.a })
    await server.request(LISTING, { key: world.keys.a })
    const other = await server.request(LISTING, { key: world.keys.b })
    expect(other.headers.get('x-partner-cache')).toBe('miss')
  })

  it('is never stale after an editor publishes a change', async () => {
    await server.request(LISTING, { key: world.keys.all })
    const before = await server.request(LISTING, { key: world.keys.all })
    const first = before.body.data.practices.nodes[0]
    await server.payload.update({ collection: 'practices', id: first.id, data: { title: 'Aaa eerst na de wijziging', _status: 'published' }, overrideAccess: true })
    const after = await server.request(LISTING, { key: world.keys.all })
    expect(after.headers.get('x-partner-cache')).toBe('miss')
    expect(after.body.data.practices.nodes[0].title).toBe('Aaa eerst na de wijziging')
  })

  it('never keeps errors or mutations', async () => {
    const wrong = '{ practices(first: 500) { totalCount } }'
    await server.request(wrong, { key: world.keys.a })
    await server.request(wrong, { key: world.keys.a })
    const again = await server.request(wrong, { key: world.keys.a })
    expect(again.headers.get('x-partner-cache')).toBe('miss')
    const mutation = 'mutation { submitPractice(input: { title: "", summary: "", description: "", organisationName: "", contactName: "", contactEmail: "x", consent: false }) { ok } }'
    await server.request(mutation, { key: world.keys.a })
    await server.request(mutation, { key: world.keys.a })
    const repeated = await server.request(mutation, { key: world.keys.a })
    expect(repeated.headers.get('x-partner-cache')).toBe('miss')
  })
})

describe('answers built from what a snapshot keeps (nodes, facets, recent selections)', () => {
  const CARDS = `{ practices(first: 50, sort: TITLE) {
    nodes { id title themes { slug name } organisations { organisation { slug name } } }
    facets { themes { theme { slug name } count } organisations { organisation { slug name } count } }
  } }`

  it('show a renamed theme and organisation in cards and facets on the next request, even a cached one', async () => {
    // Asked three times: the answer is in the response cache, its nodes and facets in the snapshot.
    for (let i = 0; i < 3; i++) await server.request(CARDS, { key: world.keys.all })
    await server.payload.update({ collection: 'themes', id: world.themes.work.id, data: { name: 'Werk en sociale economie' }, overrideAccess: true })
    await server.payload.update({ collection: 'organisations', id: world.orgs.welfare.id, data: { name: 'OCMW Gent, welzijn' }, overrideAccess: true })
    const after = await server.request(CARDS, { key: world.keys.all })
    expect(after.headers.get('x-partner-cache')).toBe('miss')
    const { nodes, facets } = after.body.data.practices
    const themeNames = new Set<string>(nodes.flatMap((node: any) => node.themes.filter((t: any) => t.slug === world.themes.work.slug).map((t: any) => t.name)))
    const orgNames = new Set<string>(nodes.flatMap((node: any) => node.organisations.filter((o: any) => o.organisation.slug === world.orgs.welfare.slug).map((o: any) => o.organisation.name)))
    expect([...themeNames]).toEqual(['Werk en sociale economie'])
    expect([...orgNames]).toEqual(['OCMW Gent, welzijn'])
    expect(facets.themes.find((entry: any) => entry.theme.slug === world.themes.work.slug)?.theme.name).toBe('Werk en sociale economie')
    expect(facets.organisations.find((entry: any) => entry.organisation.slug === world.orgs.welfare.slug)?.organisation.name).toBe('OCMW Gent, welzijn')
  })
})
