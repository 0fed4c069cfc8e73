/**
 * One smoke test of the real production server (src/server.ts after
 * `npm run build`): /graphql reaches the partner API, not Next, and a key
 * created through the admin's REST API (Next's own copy of Payload) works on
 * the next request, which proves the change channel between the two copies.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateApiKey } from '../../src/site-keys/keys'
import { login, restClient } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'

const built = existsSync(path.resolve('.next/BUILD_ID'))
let server: RunningServer

describe.skipIf(!built)('the production server', () => {
  beforeAll(async () => {
    server = await startServer()
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('serves the partner API on /graphql, fresh after an edit in the admin', async () => {
    const anonymous = restClient(server.url)
    const password = 'een-sterk-testwachtwoord'
    expect((await anonymous.call('POST', '/api/users/first-register', { email: 'beheerder@test.be', password })).status).toBe(200)
    const admin = restClient(server.url, await login(server.url, 'beheerder@test.be', password))
    const created = async (collection: string, body: unknown) => {
      const { status, json } = await admin.call('POST', `/api/${collection}`, body)
      if (status !== 201) throw new Error(`POST /api/${collection}: ${status} ${JSON.stringify(json)}`)
      return json.doc
    }
    const owner = await created('organisations', { name: 'Rookkoepel', type: 'umbrella' })
    const site = await created('sites', { name: 'Rooksite', owner: owner.id, defaultLocale: 'nl', enabledLocales: ['nl'] })
    const key = generateApiKey()
    await created('api-keys', { site: site.id, label: 'Rooktest', key })

    const query = encodeURIComponent('{ site { name owner { name } practiceCount } }')
    const response = await fetch(`${server.url}/graphql?query=${query}`, { headers: { authorization: `Bearer ${key}` } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { site: { name: 'Rooksite', owner: { name: 'Rookkoepel' }, practiceCount: 0 } } })
    expect(response.headers.get('cache-control')).toMatch(/^public/)

    const unauthenticated = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ site { name } }"}' })
    expect(unauthenticated.status).toBe(401)
    // Payload's own GraphQL stays the admin's.
    expect((await anonymous.call('POST', '/api/graphql', { query: '{ __typename }' })).status).not.toBe(404)
  })
})
