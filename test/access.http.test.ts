/**
 * The access table over HTTP, against the production server: Payload's REST
 * and GraphQL as the admin UI, scripts and outsiders reach them.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph } from './helpers/fixtures'
import { login, restClient, type Rest } from './helpers/rest'
import { runServerToExit, startServer, type RunningServer } from './helpers/server'
import { createFirstAdmin } from './helpers/users'

let server: RunningServer
let admin: Rest
let editor: Rest
let anonymous: Rest
const ids: Record<string, number | string> = {}
const PASSWORD = 'een-sterk-testwachtwoord'

async function created(client: Rest, path: string, body: unknown): Promise<any> {
  const { status, json } = await client.call('POST', path, body)
  if (status !== 201) throw new Error(`POST ${path} gave ${status}: ${JSON.stringify(json)}`)
  return json.doc
}

/** A real multipart upload, so that the refusal comes from access control, not from a missing file. */
async function uploadAnonymously(collection: 'media' | 'documents'): Promise<{ status: number }> {
  const form = new FormData()
  const file =
    collection === 'media'
      ? new Blob([new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } }).png().toBuffer())], { type: 'image/png' })
      : new Blob(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], { type: 'application/pdf' })
  form.append('file', file, collection === 'media' ? 'foto.png' : 'plan.pdf')
  form.append('_payload', JSON.stringify({ alt: 'x', title: 'x' }))
  const response = await fetch(`${server.url}/api/${collection}`, { method: 'POST', body: form })
  return { status: response.status }
}

beforeAll(async () => {
  server = await startServer()
  anonymous = restClient(server.url)
  await createFirstAdmin('beheerder@test.be', PASSWORD)
  admin = restClient(server.url, await login(server.url, 'beheerder@test.be', PASSWORD))

  ids.vvsg = (await created(admin, '/api/organisations', { name: 'VVSG', type: 'umbrella' })).id
  ids.unia = (await created(admin, '/api/organisations', { name: 'Unia', type: 'umbrella' })).id
  ids.mechelen = (await created(admin, '/api/organisations', { name: 'Stad Mechelen', type: 'municipality', nisCode: '12025', region: 'flanders' })).id
  ids.theme = (await created(admin, '/api/themes', { name: 'Algemeen beleid', scheme: 'domain' })).id
  ids.site = (await created(admin, '/api/sites', { name: 'VVSG', owner: ids.vvsg, defaultLocale: 'nl', enabledLocales: ['nl'] })).id
  await created(admin, '/api/users', { email: 'redacteur@test.be', password: PASSWORD, role: 'editor', teams: [ids.vvsg] })
  editor = restClient(server.url, await login(server.url, 'redacteur@test.be', PASSWORD))

  const practice = (title: string, team: number | string) => ({
    title,
    summary: 'Korte samenvatting.',
    what: paragraph('Wat het is.'),
    reach: 2,
    recurrence: 3,
    organisations: [{ organisation: ids.mechelen, role: 'lead' }],
    municipalities: [ids.mechelen],
    ownerTeam: team,
    _status: 'published',
  })
  ids.ownPractice = (await created(admin, '/api/practices', practice('Praktijk van VVSG', ids.vvsg!))).id
  ids.otherPractice = (await created(admin, '/api/practices', practice('Praktijk van Unia', ids.unia!))).id
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

describe('anonymous visitors', () => {
  it.each(['practices', 'organisations', 'policy-plans', 'themes', 'media', 'documents', 'sites', 'api-keys', 'users'])(
    'get nothing from /api/%s',
    async (collection) => {
      const list = await anonymous.call('GET', `/api/${collection}`)
      expect(list.status).toBe(403)
      const create =
        collection === 'media' || collection === 'documents'
          ? await uploadAnonymously(collection)
          : await anonymous.call('POST', `/api/${collection}`, { title: 'x', name: 'x' })
      expect([401, 403]).toContain(create.status)
    },
  )

  it('cannot read, change or delete a practice by id', async () => {
    expect((await anonymous.call('GET', `/api/practices/${ids.ownPractice}`)).status).toBe(403)
    expect((await anonymous.call('PATCH', `/api/practices/${ids.ownPractice}`, { title: 'x' })).status).toBe(403)
    expect((await anonymous.call('DELETE', `/api/practices/${ids.ownPractice}`)).status).toBe(403)
  })

  it("get no data from Payload's GraphQL", async () => {
    const response = await anonymous.call('POST', '/api/graphql', { query: '{ Practices { docs { id title } } }' })
    expect(JSON.stringify(response.json)).not.toContain('Praktijk van VVSG')
    expect(response.json.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it("find introspection and the playground of Payload's GraphQL off in production", async () => {
    const introspection = await admin.call('POST', '/api/graphql', { query: '{ __schema { types { name } } }' })
    expect(introspection.json.errors?.[0]?.message ?? '').toMatch(/introspection/i)
    const playground = await fetch(`${server.url}/api/graphql-playground`)
    expect(playground.status).toBe(404)
  })
})

describe('editors', () => {
  it('read all content collections', async () => {
    for (const collection of ['practices', 'organisations', 'policy-plans', 'themes', 'media', 'documents']) {
      expect((await editor.call('GET', `/api/${collection}`)).status, collection).toBe(200)
    }
    const practices = await editor.call('GET', '/api/practices?limit=50')
    expect(practices.json.totalDocs).toBe(2)
  })

  it('have no access to sites, API keys or other users', async () => {
    expect((await editor.call('GET', '/api/sites')).status).toBe(403)
    expect((await editor.call('GET', `/api/sites/${ids.site}`)).status).toBe(403)
    expect((await editor.call('GET', '/api/api-keys')).status).toBe(403)
    expect((await editor.call('POST', '/api/api-keys', { site: ids.site, label: 'x', key: 'pbk_' + 'x'.repeat(40) })).status).toBe(403)
    const users = await editor.call('GET', '/api/users')
    expect(users.json.docs.map((user: { email: string }) => user.email)).toEqual(['redacteur@test.be'])
    expect((await editor.call('POST', '/api/users', { email: 'nieuw@test.be', password: PASSWORD })).status).toBe(403)
  })

  it('never see password hashes, API key hashes or sessions of others', async () => {
    const me = await editor.call('GET', '/api/users/me')
    const text = JSON.stringify(me.json)
    expect(text).not.toMatch(/"hash"|"salt"|keyHash/)
    const adminView = await admin.call('GET', '/api/users?limit=10')
    expect(JSON.stringify(adminView.json)).not.toMatch(/"hash"|"salt"/)
    const keys = await admin.call('GET', '/api/api-keys')
    expect(JSON.stringify(keys.json)).not.toMatch(/keyHash/)
  })

  it('create organisations and themes, but do not delete them', async () => {
    const organisation = await created(editor, '/api/organisations', { name: 'Buurtwerk Vzw', type: 'nonprofit' })
    const theme = await created(editor, '/api/themes', { name: 'Vrije tijd', scheme: 'domain' })
    expect((await editor.call('PATCH', `/api/organisations/${organisation.id}`, { phone: '015 00 00 00' })).status).toBe(200)
    expect((await editor.call('DELETE', `/api/organisations/${organisation.id}`)).status).toBe(403)
    expect((await editor.call('DELETE', `/api/themes/${theme.id}`)).status).toBe(403)
  })

  it("edit and publish their team's practices, not another team's", async () => {
    const own = await editor.call('PATCH', `/api/practices/${ids.ownPractice}`, { title: 'Bewerkt door VVSG', _status: 'published' })
    expect(own.status).toBe(200)
    const other = await editor.call('PATCH', `/api/practices/${ids.otherPractice}`, { title: 'Gekaapt', _status: 'published' })
    expect(other.status).toBe(403)
    const check = await admin.call('GET', `/api/practices/${ids.otherPractice}`)
    expect(check.json.title).toBe('Praktijk van Unia')
    expect((await editor.call('DELETE', `/api/practices/${ids.otherPractice}`)).status).toBe(403)
  })

  it('get validation messages in their admin language', async () => {
    const body = { title: 'Te hoog bereik', summary: 'x', reach: 9, organisations: [{ organisation: ids.mechelen, role: 'lead' }], ownerTeam: ids.vvsg, _status: 'published' }
    const dutch = await editor.call('POST', '/api/practices', body)
    expect(dutch.status).toBe(400)
    expect(dutch.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'reach', message: 'Kies een geheel getal van 1 tot 4.' })])
    const french = await editor.call('POST', '/api/practices', body, { cookie: 'payload-lng=fr' })
    expect(french.json.errors[0].data.errors[0].message).toBe('Choisissez un nombre entier de 1 à 4.')
  })
})

describe('the admin UI', () => {
  it('speaks Dutch by default, whatever the browser asks, until the user picks another language', async () => {
    const english = await fetch(`${server.url}/admin/login`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    expect(english.status).toBe(200)
    const page = await english.text()
    expect(page).toMatch(/<html[^>]*lang="nl"/)
    const chosen = await fetch(`${server.url}/admin/login`, { headers: { cookie: 'payload-lng=fr' } })
    expect(await chosen.text()).toMatch(/<html[^>]*lang="fr"/)
  })
})

describe('administrators', () => {
  it('manage sites, keys and users', async () => {
    expect((await admin.call('GET', `/api/sites/${ids.site}`)).status).toBe(200)
    const key = await created(admin, '/api/api-keys', { site: ids.site, label: 'Test', key: 'pbk_' + 'k'.repeat(43) })
    expect(key.prefix).toBe('pbk_kkkkkkkkkkkk')
    expect((await admin.call('PATCH', `/api/api-keys/${key.id}`, { revoked: true })).status).toBe(200)
    expect((await admin.call('DELETE', `/api/practices/${ids.otherPractice}`)).status).toBe(200)
  })
})

describe('a production start', () => {
  it('refuses while a demo login or demo API key is active, with a line that says what to do', async () => {
    await created(admin, '/api/users', { email: 'admin@praktijkenbank.test', password: 'praktijkenbank-demo', role: 'admin' })
    const refused = await runServerToExit({
      NODE_ENV: 'production',
      PORT: '1',
      PAYLOAD_SECRET: 'http-test-secret-that-is-long-enough-0123456789',
    })
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/Refusing to start in production: the demo login admin@praktijkenbank.test/)
  })

  it('refuses while a demo API key is not revoked', async () => {
    const users = await admin.call('GET', '/api/users?where[email][equals]=admin@praktijkenbank.test')
    expect((await admin.call('DELETE', `/api/users/${users.json.docs[0].id}`)).status).toBe(200)
    const demoKey = await created(admin, '/api/api-keys', { site: ids.site, label: 'Demo', key: 'pbk_demo_vvsg_' + '0'.repeat(32), isDemo: true })
    const refused = await runServerToExit({ NODE_ENV: 'production', PORT: '1', PAYLOAD_SECRET: 'http-test-secret-that-is-long-enough-0123456789' })
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/Refusing to start in production: 1 demo API key\(s\) are not revoked/)
    expect((await admin.call('PATCH', `/api/api-keys/${demoKey.id}`, { revoked: true })).status).toBe(200)
  })

  it('refuses a weak secret with one line naming the variable', async () => {
    const refused = await runServerToExit({ NODE_ENV: 'production', PAYLOAD_SECRET: 'kort' })
    expect(refused.code).toBe(1)
    expect(refused.output.trim()).toBe('Configuration error: PAYLOAD_SECRET must be at least 32 characters in production (e.g. `openssl rand -hex 32`)')
  })
})
