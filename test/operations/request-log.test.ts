/**
 * Request logs: the production server writes one JSON line per request
 * through Payload's logger (method, path, status, duration, and the site for
 * the partner API), and never a key, a token, a password or a query string.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateApiKey } from '../../src/site-keys/keys'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { login } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'

const built = existsSync(path.resolve('.next/BUILD_ID'))
const EMAIL = 'beheer@logboek.test'
const PASSWORD = 'geheim-wachtwoord-dat-nooit-in-een-log-staat'
const QUERY_SECRET = 'vraagteken-geheim-0123456789'
const partnerKey = generateApiKey()
let server: RunningServer

type LogLine = { level: number; msg: string; method?: string; path?: string; status?: number; durationMs?: number; site?: string }

function requestLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.msg === 'request')
}

describe.skipIf(!built)('request logs of the production server', () => {
  beforeAll(async () => {
    await createFirstAdmin(EMAIL, PASSWORD)
    const payload = await bootPayload()
    const owner = await payload.create({ collection: 'organisations', data: { name: 'VVSG', type: 'umbrella' } as never, overrideAccess: true })
    const site = await payload.create({
      collection: 'sites',
      data: { name: 'VVSG', slug: 'vvsg', owner: owner.id, defaultLocale: 'nl', enabledLocales: ['nl'] } as never,
      overrideAccess: true,
    })
    await payload.create({ collection: 'api-keys', data: { site: site.id, label: 'logboek', key: partnerKey } as never, overrideAccess: true })
    await shutdownPayload(payload)
    server = await startServer()
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('one line per request with method, path, status and duration; the site for the partner API; no secrets', async () => {
    const token = await login(server.url, EMAIL, PASSWORD)
    const admin = await fetch(`${server.url}/admin?token=${QUERY_SECRET}`, { redirect: 'manual' })
    const rest = await fetch(`${server.url}/api/practices?limit=1&api-key=${QUERY_SECRET}`, { headers: { authorization: `JWT ${token}` } })
    expect(rest.status).toBe(200)
    const partner = await fetch(`${server.url}/graphql?key=${QUERY_SECRET}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': partnerKey },
      body: JSON.stringify({ query: '{ practices(first: 1) { totalCount } }' }),
    })
    expect(partner.status).toBe(200)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    await server.stop()

    const output = server.output()
    const lines = requestLines(output)
    const linesFor = (method: string, path: string) => lines.filter((line) => line.method === method && line.path === path)

    expect(linesFor('POST', '/api/users/login')).toHaveLength(1)
    expect(linesFor('POST', '/api/users/login')[0]).toMatchObject({ status: 200, level: 30 })
    expect(linesFor('GET', '/admin')).toHaveLength(1)
    expect(linesFor('GET', '/admin')[0]!.status).toBe(admin.status)
    expect(linesFor('GET', '/api/practices')).toHaveLength(1)
    expect(linesFor('GET', '/api/practices')[0]!.status).toBe(200)
    expect(linesFor('POST', '/graphql')).toHaveLength(1)
    expect(linesFor('POST', '/graphql')[0]).toMatchObject({ status: 200, site: 'vvsg' })
    // Health checks at debug level: not at the default level, info.
    expect(linesFor('GET', '/healthz')).toHaveLength(0)
    for (const line of lines) {
      expect(typeof line.durationMs).toBe('number')
      expect(line.durationMs).toBeGreaterThanOrEqual(0)
      expect(line.path).not.toContain('?')
    }

    for (const secret of [PASSWORD, token, partnerKey, QUERY_SECRET]) expect(output).not.toContain(secret)
  }, 120_000)
})
