/**
 * Property tests: hostile requests at every door of the production server
 * (scripts/fuzz/doors.ts) never get a 5xx, a refusal says what is wrong, and
 * a refused write leaves nothing behind. The same doors run longer in
 * `npm run fuzz`.
 *
 * A failure prints fast-check's seed and path; replay it with
 * `PROPERTY_SEED=<seed> npx vitest run test/hostile`. `PROPERTY_RUNS` sets
 * the runs per door (default 40).
 */
import { readdirSync } from 'node:fs'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DOORS, doorArbitrary, send, type Credentials, type Door, type FuzzTarget, type HostileRequest } from '../../scripts/fuzz/doors'
import { fuzzTarget } from '../../scripts/fuzz/target'
import { paragraph } from '../helpers/fixtures'
import { login, restClient, type Rest } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40)
const SEED = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED)
const PASSWORD = 'een-sterk-testwachtwoord'
const SITE_KEY = 'pbk_' + 'h'.repeat(43)

let server: RunningServer
let admin: Rest
let target: FuzzTarget
let credentials: Credentials

async function created(client: Rest, url: string, body: unknown): Promise<any> {
  const { status, json } = await client.call('POST', url, body)
  if (status !== 201) throw new Error(`POST ${url} gave ${status}: ${JSON.stringify(json)}`)
  return json.doc
}

beforeAll(async () => {
  server = await startServer()
  await createFirstAdmin('beheerder@test.be', PASSWORD)
  const adminToken = await login(server.url, 'beheerder@test.be', PASSWORD)
  admin = restClient(server.url, adminToken)

  const team = await created(admin, '/api/organisations', { name: 'VVSG', type: 'umbrella' })
  const city = await created(admin, '/api/organisations', { name: 'Stad Mechelen', type: 'municipality', nisCode: '12025', region: 'flanders' })
  const theme = await created(admin, '/api/themes', { name: 'Algemeen beleid', scheme: 'domain' })
  const site = await created(admin, '/api/sites', { name: 'VVSG', owner: team.id, defaultLocale: 'nl', enabledLocales: ['nl', 'fr'], includeAllPublished: true })
  await created(admin, '/api/api-keys', { site: site.id, label: 'Test', key: SITE_KEY })
  await created(admin, '/api/users', { email: 'redacteur@test.be', password: PASSWORD, role: 'editor', teams: [team.id] })
  for (const title of ['Diversiteitsclausule Mechelen', 'Buurtmoestuin']) {
    await created(admin, '/api/practices', {
      title,
      summary: 'Korte samenvatting.',
      what: paragraph('Wat het is.'),
      reach: 2,
      recurrence: 3,
      themes: [theme.id],
      organisations: [{ organisation: city.id, role: 'lead' }],
      municipalities: [city.id],
      links: [{ url: 'https://example.org', label: 'Meer' }],
      ownerTeam: team.id,
      _status: 'published',
    })
  }
  const { default: configPromise } = await import('../../payload.config')
  target = await fuzzTarget(await configPromise, server.url, adminToken)
  credentials = { adminToken, editorToken: await login(server.url, 'redacteur@test.be', PASSWORD), siteKey: SITE_KEY }
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

/** What a refusal must look like at each door: a message (REST), a GraphQL error with a code (partner API). */
function expectHelpfulRefusal(request: HostileRequest, status: number, text: string): void {
  expect(status, `${status} for ${request.method} ${request.path.slice(0, 200)}: ${text.slice(0, 300)}`).toBeLessThan(500)
  // 431: Node's HTTP layer refuses a URL over its header limit before any handler, without a body.
  if (status < 400 || status === 431 || request.method === 'HEAD' || request.door === 'files') return
  const json = JSON.parse(text)
  const error = json.errors?.[0] ?? json
  expect(typeof (error.message ?? json.message), text.slice(0, 300)).toBe('string')
  if (request.door === 'partner-api') expect(typeof error.extensions?.code, text.slice(0, 300)).toBe('string')
}

async function totalDocs(collection: string): Promise<number> {
  const { json } = await admin.call('GET', `/api/${collection}?limit=1&depth=0`)
  return json.totalDocs as number
}

function mediaFiles(): string[] {
  try {
    return readdirSync(process.env.MEDIA_DIR!, { recursive: true }).map(String).sort()
  } catch {
    return []
  }
}

describe.each(DOORS.map((door) => [door]))('hostile requests at %s', (door: Door) => {
  it('never get a 5xx, say what is wrong, and leave nothing half-written', async () => {
    await fc.assert(
      fc.asyncProperty(doorArbitrary(door, target), async (request) => {
        const writes = request.method === 'POST' && (door === 'rest-body' || door === 'uploads')
        const collection = writes ? request.path.split('/')[2]!.split('?')[0]! : ''
        const countBefore = writes ? await totalDocs(collection) : 0
        const filesBefore = door === 'uploads' ? mediaFiles() : []

        const answer = await send(server.url, request, credentials, 30_000)
        if (!answer.closedEarly) expectHelpfulRefusal(request, answer.status, answer.text)

        if (writes && answer.status >= 400) {
          expect(await totalDocs(collection), `a refused ${request.method} ${request.path} left a document`).toBe(countBefore)
          if (door === 'uploads') expect(mediaFiles(), 'a refused upload left a file').toEqual(filesBefore)
        }
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    )
  }, 300_000)
})

describe('refusals', () => {
  it.each([
    ['/api/practices/abc', /geen geldige id/],
    ['/api/practices?where[id][in]=1,abc', /where\[id\]\[in\]/],
    ['/api/practices?where[createdAt][greater_than]=1e20', /datum/],
    ['/api/practices?where[themes][in]=abc', /where\[themes\]\[in\]/],
    ['/api/practices?where[title][equals][$ne]=1', /geen object/],
    ['/api/practices?where[title][$regex]=.*', /Onbekende operator/],
    ['/api/practices?where=x', /where/],
    ['/api/%E0%A4%A', /percent-encoded/],
    ['/api/practices?page=1e21', /page/],
    ['/api/practices?limit=0.5', /limit/],
    ["/api/practices/1'%20OR%201%3D1%20--", /not a valid id/],
  ])('%s: 400 with a message that says what is wrong, in Dutch by default', async (url, message) => {
    const { status, json } = await admin.call('GET', url)
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(message)
  })

  it('of deleting a site that still has API keys: 409, and the site stays', async () => {
    const { json: sites } = await admin.call('GET', '/api/sites?limit=1&depth=0')
    const site = sites.docs[0]
    const refused = await admin.call('DELETE', `/api/sites/${site.id}`)
    expect(refused.status).toBe(409)
    expect(refused.json.errors[0].message).toMatch(/API-sleutel/)
    expect((await admin.call('GET', `/api/sites/${site.id}`)).status).toBe(200)
  })

  it('speak French and English in those admin languages', async () => {
    const french = await admin.call('GET', '/api/practices/abc', undefined, { 'accept-language': 'fr' })
    expect(french.json.errors[0].message).toMatch(/identifiant valide/)
    const english = await admin.call('GET', '/api/practices?where[id][in]=abc', undefined, { 'accept-language': 'en' })
    expect(english.json.errors[0].message).toMatch(/Invalid value for where\[id\]\[in\]: expected a valid id/)
  })

  it('of a body that is not an object: 400 with what to send', async () => {
    for (const body of ['null', '"tekst"', '42']) {
      const response = await fetch(`${server.url}/api/themes`, { method: 'POST', headers: { authorization: `JWT ${credentials.adminToken}`, 'content-type': 'application/json' }, body })
      expect(response.status, body).toBe(400)
      expect(((await response.json()) as any).errors[0].message).toMatch(/JSON-object/)
    }
    const graphql = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' })
    expect(graphql.status).toBe(400)
  })

  it('keep valid queries working: relations by id, dates, lists, versions', async () => {
    const { json: list } = await admin.call('GET', '/api/practices?limit=1&depth=0')
    const practice = list.docs[0]
    for (const url of [
      `/api/practices?where[id][in]=${practice.id},999999`,
      `/api/practices?where[themes][in]=${practice.themes[0]}`,
      `/api/practices?where[organisations.organisation][equals]=${practice.organisations[0].organisation}`,
      '/api/practices?where[createdAt][greater_than]=2020-01-01',
      '/api/practices?where[reach][in]=1,2',
      `/api/practices/versions?where[parent][equals]=${practice.id}`,
      '/api/practices?where[or][0][title][like]=moestuin&where[or][1][title][like]=clausule',
    ]) {
      const { status, json } = await admin.call('GET', url)
      expect(status, `${url}: ${JSON.stringify(json).slice(0, 200)}`).toBe(200)
      expect(json.totalDocs, url).toBeGreaterThan(0)
    }
    // Payload's GraphQL names the combinators AND and OR, and hands dates over as Date objects.
    const graphql = await admin.call('POST', '/api/graphql', {
      query: `{ Practices(where: { AND: [{ reach: { greater_than_equal: 1 } }, { createdAt: { greater_than_equal: "2020-01-01T00:00:00.000Z" } }, { OR: [{ title: { like: "moestuin" } }, { id: { equals: ${practice.id} } }] }] }) { totalDocs } }`,
    })
    expect(graphql.json.errors, JSON.stringify(graphql.json)).toBeUndefined()
    expect(graphql.json.data.Practices.totalDocs).toBeGreaterThan(0)
  })
})
