/**
 * The partner API over HTTP: API keys, CORS, GET and POST, caching headers,
 * automatic persisted queries, abuse limits and error hygiene.
 */
import { createHash } from 'node:crypto'

import { describe, expect, it, vi } from 'vitest'

import { LIMITS } from '../../src/partner-api/limits'
import { ReadModelSnapshot } from '../../src/read-model'
import type { PartnerServer } from './helpers/partnerServer'
import type { PartnerWorld } from './helpers/partnerWorld'
import { usePartnerServer } from './helpers/usePartnerServer'

let server: PartnerServer
let world: PartnerWorld
let clock = new Date('2026-03-02T09:00:00.000Z')

usePartnerServer((started) => ({ server, world } = started), { now: () => clock })

const SITE = '{ site { name } }'

describe('API keys', () => {
  it('refuse a request without a key: UNAUTHENTICATED, HTTP 401', async () => {
    for (const method of ['POST', 'GET'] as const) {
      const response = await server.request(SITE, { method })
      expect(response.status).toBe(401)
      expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED')
      expect(response.body.data).toBeUndefined()
      expect(response.headers.get('www-authenticate')).toMatch(/Bearer/)
    }
  })

  it('refuse a wrong, malformed or revoked key', async () => {
    const wrong = world.keys.a.slice(0, -3) + (world.keys.a.endsWith('aaa') ? 'bbb' : 'aaa')
    for (const key of [wrong, 'pbk_short', 'not-a-key-at-all', world.keys.revoked, 'x'.repeat(500)]) {
      const response = await server.request(SITE, { key })
      expect(response.status, key).toBe(401)
      expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED')
    }
    const basic = await server.request(SITE, { headers: { authorization: `Basic ${world.keys.a}` } })
    expect(basic.status).toBe(401)
  })

  it('accept a valid key as Authorization: Bearer and as x-api-key, for its own site', async () => {
    const bearer = await server.request(SITE, { key: world.keys.a })
    expect(bearer.status).toBe(200)
    expect(bearer.body.data.site.name).toBe('Site A')
    const header = await server.request(SITE, { key: world.keys.b, keyHeader: 'x-api-key' })
    expect(header.body.data.site.name).toBe('Site B')
  })

  it('stop working on the next request once revoked in the CMS', async () => {
    const { generateApiKey } = await import('../../src/site-keys/keys')
    const key = generateApiKey()
    const created = await server.payload.create({ collection: 'api-keys', data: { site: world.sites.a.id, label: 'Tijdelijk', key } as never, overrideAccess: true })
    expect((await server.request(SITE, { key })).status).toBe(200)
    await server.payload.update({ collection: 'api-keys', id: created.id, data: { revoked: true }, overrideAccess: true })
    expect((await server.request(SITE, { key })).status).toBe(401)
  })

  it('record the last use at most once a minute per key', async () => {
    const { generateApiKey } = await import('../../src/site-keys/keys')
    const key = generateApiKey()
    const created = await server.payload.create({ collection: 'api-keys', data: { site: world.sites.b.id, label: 'Gebruik', key } as never, overrideAccess: true })
    const lastUsed = async () => {
      await server.handler.keyUsage.settled()
      const found = await server.payload.findByID({ collection: 'api-keys', id: created.id, overrideAccess: true })
      return found.lastUsedAt ?? null
    }
    expect(await lastUsed()).toBeNull()

    const start = clock
    await server.request(SITE, { key })
    expect(await lastUsed()).toBe(start.toISOString())

    clock = new Date(start.getTime() + 30_000)
    await server.request(SITE, { key })
    await server.request(SITE, { key })
    expect(await lastUsed()).toBe(start.toISOString())

    clock = new Date(start.getTime() + 61_000)
    await server.request(SITE, { key })
    expect(await lastUsed()).toBe(clock.toISOString())
  })
})

describe('CORS', () => {
  const ALLOWED = 'https://www.vvsg.be'

  it('answers a preflight from an origin that a site allows', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
    expect(response.headers.get('access-control-allow-headers')).toMatch(/X-Api-Key/)
  })

  it('refuses a preflight from an unknown origin', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } })
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it("lets a browser use a site's key only from that site's allowed origins", async () => {
    const own = await server.request(SITE, { key: world.keys.a, headers: { origin: ALLOWED } })
    expect(own.status).toBe(200)
    expect(own.headers.get('access-control-allow-origin')).toBe(ALLOWED)

    // Site B allows no origin at all: its key is for servers only.
    const other = await server.request(SITE, { key: world.keys.b, headers: { origin: ALLOWED } })
    expect(other.status).toBe(403)
    expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN')
    expect(other.body.data).toBeUndefined()

    const foreign = await server.request(SITE, { key: world.keys.a, headers: { origin: 'https://evil.example' } })
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('leaves server-to-server calls (no Origin) alone', async () => {
    const response = await server.request(SITE, { key: world.keys.b })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('HTTP caching', () => {
  it('serves GET with Cache-Control, ETag and 304 for an unchanged answer', async () => {
    const first = await server.request('{ site { name practiceCount } }', { key: world.keys.a, method: 'GET' })
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe(`private, max-age=${LIMITS.cacheMaxAgeSeconds}`)
    expect(first.headers.get('vary')).toMatch(/Authorization/)
    expect(first.headers.get('vary')).toMatch(/X-Api-Key/)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)

    const again = await server.request('{ site { name practiceCount } }', { key: world.keys.a, method: 'GET', headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    expect(again.headers.get('etag')).toBe(etag)

    // Another site's answer differs, and so does its ETag.
    const other = await server.request('{ site { name practiceCount } }', { key: world.keys.b, method: 'GET', headers: { 'if-none-match': etag! } })
    expect(other.status).toBe(200)
    expect(other.headers.get('etag')).not.toBe(etag)
  })

  it('changes the ETag when the content changes', async () => {
    const query = '{ site { practiceCount } }'
    const before = await server.request(query, { key: world.keys.a, method: 'GET' })
    await world.createPractice({ title: 'Nieuw voor het cachen', sites: [world.sites.a.id] })
    const after = await server.request(query, { key: world.keys.a, method: 'GET', headers: { 'if-none-match': before.headers.get('etag')! } })
    expect(after.status).toBe(200)
    expect(after.body.data.site.practiceCount).toBe(before.body.data.site.practiceCount + 1)
  })

  it('does not let anyone cache POSTs, mutations or errors', async () => {
    const post = await server.request(SITE, { key: world.keys.a })
    expect(post.headers.get('cache-control')).toBe('no-store')
    expect(post.headers.get('etag')).toBeNull()
    const failed = await server.request('{ practices(first: 1000) { totalCount } }', { key: world.keys.a, method: 'GET' })
    expect(failed.headers.get('cache-control')).toBe('no-store')
    const unauthenticated = await server.request(SITE, { method: 'GET' })
    expect(unauthenticated.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses mutations over GET', async () => {
    const response = await server.request('mutation { submitPractice(input: {title: "x", summary: "x", description: "x", organisationName: "x", contactName: "x", contactEmail: "x", consent: true}) { ok } }', {
      key: world.keys.a,
      method: 'GET',
    })
    expect(response.status).toBe(405)
  })
})

describe('automatic persisted queries', () => {
  const query = '{ site { slug name } }'
  const sha256Hash = createHash('sha256').update(query).digest('hex')
  const extensions = { persistedQuery: { version: 1, sha256Hash } }

  it('register a query by hash, then answer GETs that send only the hash', async () => {
    const unknown = await server.request('', { key: world.keys.a, method: 'GET', extensions })
    expect(unknown.status).toBe(200)
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')

    const registered = await server.request(query, { key: world.keys.a, method: 'GET', extensions })
    expect(registered.body.data.site.name).toBe('Site A')

    const byHash = await server.request('', { key: world.keys.b, method: 'GET', extensions })
    expect(byHash.status).toBe(200)
    expect(byHash.body.data.site.name).toBe('Site B')
    expect(byHash.headers.get('cache-control')).toMatch(/^private, max-age/)
  })

  it('refuse a hash that does not match the query', async () => {
    const response = await server.request('{ site { url } }', { key: world.keys.a, extensions })
    expect(response.status).toBe(400)
  })
})

describe('abuse limits (graphql-armor)', () => {
  const tooComplex = async (query: string) => {
    const response = await server.request(query, { key: world.keys.a })
    expect(response.status, response.text).toBe(400)
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX')
    expect(response.body.data).toBeUndefined()
  }

  it('limit the depth', async () => {
    const nested = (depth: number): string => (depth === 0 ? 'slug' : `slug parent { ${nested(depth - 1)} }`)
    const ok = await server.request(`{ theme(slug: "onderwijs") { ${nested(LIMITS.maxDepth - 2)} } }`, { key: world.keys.a })
    expect(ok.status).toBe(200)
    await tooComplex(`{ theme(slug: "onderwijs") { ${nested(LIMITS.maxDepth + 1)} } }`)
  })

  it('limit the number of aliases', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: site { name }`).join(' ')
    await tooComplex(`{ ${aliases} }`)
  })

  it('limit the number of directives', async () => {
    const fields = Array.from({ length: LIMITS.maxDirectives + 1 }, () => 'name @include(if: true)').join(' ')
    await tooComplex(`{ site { ${fields} } }`)
  })

  it('limit the number of tokens', async () => {
    await tooComplex(`{ site { ${'name '.repeat(LIMITS.maxTokens + 10)} } }`)
  })

  it('limit the cost', async () => {
    // Within the depth, alias and token limits, but fragments make it expensive.
    const fragment = 'fragment P on Practice { id slug title summary reach recurrence regions ongoing locales publishedAt updatedAt themes { slug name scheme } municipalities { slug name region } organisations { role organisation { slug name type } } }'
    const uses = Array.from({ length: 12 }, () => '...P').join(' ')
    await tooComplex(`{ practices(first: 100) { nodes { ${uses} related { ${uses} related { ${uses} } } } } } ${fragment}`)
  })

  it('let a realistic listing with facets through', async () => {
    const response = await server.request(
      `{ practices(first: 20, filter: { themes: ["onderwijs"] }) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id slug title summary reach recurrence regions ongoing publishedAt
            coverImage { url(size: CARD) alt srcset width height } themes { slug name scheme }
            municipalities { slug name } organisations { role organisation { slug name type } } } }
          facets { themes { theme { slug name scheme parent { slug } } count } organisations { organisation { slug name } count }
            municipalities { organisation { slug name } count } regions { region count } reach { value count } recurrence { value count } } } }`,
      { key: world.keys.a },
    )
    expect(response.status, response.text).toBe(200)
    expect(response.body.errors).toBeUndefined()
  })

  it('turn batched requests away', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${world.keys.a}` },
      body: JSON.stringify([{ query: SITE }, { query: SITE }]),
    })
    expect(response.status).toBe(400)
    expect(await response.text()).not.toContain('Site A')
  })
})

describe('errors', () => {
  it('keep introspection on (the API is public and documented)', async () => {
    const response = await server.request('{ __schema { queryType { name } types { name } } }', { key: world.keys.a })
    expect(response.status).toBe(200)
    expect(response.body.data.__schema.types.map((type: { name: string }) => type.name)).toContain('PracticeConnection')
  })

  it('suggest no field names in production', async () => {
    const response = await server.request('{ site { nam } }', { key: world.keys.a })
    expect(response.status).toBe(400)
    expect(response.text).not.toMatch(/Did you mean/)
  })

  it('show no stack traces or internal messages in production', async () => {
    // An unexpected failure deep inside, with an internal message.
    const failing = vi.spyOn(ReadModelSnapshot.prototype, 'positionOfSlug').mockImplementation(() => {
      throw new Error('SQLITE_BUSY at /srv/app/src/read-model/snapshot.ts:42')
    })
    try {
      const response = await server.request('{ site { name } practice(slug: "x") { id } }', { key: world.keys.a })
      expect(response.status).toBe(200)
      expect(response.body.data).toEqual({ site: { name: 'Site A' }, practice: null })
      expect(response.body.errors).toEqual([{ message: 'Internal server error', path: ['practice'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }])
      expect(response.text).not.toMatch(/SQLITE|snapshot\.ts|stacktrace/)
    } finally {
      failing.mockRestore()
    }
  })

  it('answer malformed requests with a 4xx, never a 500 or a stack trace', async () => {
    const key = world.keys.a
    const post = (body: string, contentType = 'application/json') =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${key}` }, body })
    const responses: Array<{ name: string; status: number; text: string }> = []
    const record = async (name: string, response: Response | Promise<Response>) => {
      const resolved = await response
      responses.push({ name, status: resolved.status, text: await resolved.text() })
    }
    await record('invalid JSON', post('{"query": '))
    await record('JSON array of nothing', post('[]'))
    await record('no query', post('{}'))
    await record('query not a string', post('{"query": 42}'))
    await record('variables not an object', post('{"query": "{ site { name } }", "variables": "x"}'))
    await record('text body', post('{ site { name } }', 'text/plain'))
    await record('unknown operation name', post(JSON.stringify({ query: 'query A { site { name } }', operationName: 'Nope' })))
    await record('two operations, no name', post(JSON.stringify({ query: 'query A { site { name } } query B { site { slug } }' })))
    await record('too large', post(JSON.stringify({ query: `{ site { name } } # ${'x'.repeat(LIMITS.maxBodyBytes)}` })))
    await record('PUT', fetch(`${server.url}/graphql`, { method: 'PUT', headers: { authorization: `Bearer ${key}` } }))
    const cases: Array<[string, string, Record<string, unknown>?]> = [
      ['syntax error', '{ site { name '],
      ['unknown field', '{ nothing }'],
      ['first too large', '{ practices(first: 101) { totalCount } }'],
      ['first negative', '{ practices(first: -1) { totalCount } }'],
      ['malformed cursor', '{ practices(after: "not a cursor") { totalCount } }'],
      ['base64 of nonsense', `{ practices(after: "${Buffer.from('{"o":1}').toString('base64url')}") { totalCount } }`],
      ['cursor of another order', '{ practices(sort: TITLE, after: $after) { totalCount } }'],
      ['bad DateTime literal', '{ practices(filter: { updatedSince: "yesterday" }) { totalCount } }'],
      ['bad DateTime variable', 'query ($since: DateTime) { practices(filter: { updatedSince: $since }) { totalCount } }', { since: 'gisteren' }],
      ['bad enum', '{ practices(locale: de) { totalCount } }'],
      ['bad variable type', 'query ($first: Int) { practices(first: $first) { totalCount } }', { first: 'twenty' }],
      ['long search', 'query ($q: String) { practices(search: $q) { totalCount } }', { q: 'woord '.repeat(100) }],
      ['too many filter values', 'query ($t: [String!]) { practices(filter: { themes: $t }) { totalCount } }', { t: Array.from({ length: 60 }, (_, i) => `t${i}`) }],
      ['practice without slug or id', '{ practice { id } }'],
      ['related too many', '{ practices(first: 1) { nodes { related(first: 1000) { id } } } }'],
      ['organisations first too large', '{ organisations(first: 500) { totalCount } }'],
      ['plan practices negative', '{ policyPlans { nodes { practices(first: -5) { totalCount } } } }'],
    ]
    const sortedCursor = (await server.request('{ practices(first: 1, sort: NEWEST) { pageInfo { endCursor } } }', { key })).body.data.practices.pageInfo.endCursor
    for (const [name, query, variables] of cases) {
      const text = name === 'cursor of another order' ? query.replace('$after', JSON.stringify(sortedCursor)) : query
      const response = await server.request(text, { key, variables })
      responses.push({ name, status: response.status, text: response.text })
    }
    for (const response of responses) {
      expect(response.status, `${response.name}: ${response.text}`).toBeGreaterThanOrEqual(400)
      expect(response.status, `${response.name}: ${response.text}`).toBeLessThan(500)
      expect(response.text, response.name).not.toMatch(/stacktrace|node_modules|\.ts:\d+/)
    }
    const codes = Object.fromEntries(
      responses.map((response) => {
        try {
          return [response.name, JSON.parse(response.text).errors?.[0]?.extensions?.code]
        } catch {
          return [response.name, undefined]
        }
      }),
    )
    for (const name of ['first too large', 'first negative', 'malformed cursor', 'base64 of nonsense', 'cursor of another order', 'long search', 'too many filter values', 'practice without slug or id', 'related too many', 'organisations first too large', 'plan practices negative', 'bad DateTime variable', 'bad variable type']) {
      expect(codes[name], name).toBe('BAD_USER_INPUT')
    }
  })
})
