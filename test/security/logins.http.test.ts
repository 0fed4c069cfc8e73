/**
 * Logins and forgotten passwords over HTTP against the production server:
 * lockout after repeated failures, the same answer whether or not an e-mail
 * address belongs to a user, never a 5xx for malformed input. Then the
 * server's whole log (stdout and stderr) of everything this file did is
 * searched for every secret it used: none may be in it.
 */
import { randomBytes } from 'node:crypto'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateApiKey } from '../../src/site-keys/keys'
import { login, restClient, type Rest } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'

const PAYLOAD_SECRET = `logins-test-secret-${randomBytes(24).toString('hex')}`
const ADMIN_PASSWORD = `beheerder-${randomBytes(12).toString('hex')}`
const EDITOR_PASSWORD = `redacteur-${randomBytes(12).toString('hex')}`
const LOCKED_PASSWORD = `slot-${randomBytes(12).toString('hex')}`
const CHANGED_PASSWORD = `nieuw-${randomBytes(12).toString('hex')}`

/** Every secret this file sends or makes; the log is searched for each at the end. */
const secrets = new Set<string>([PAYLOAD_SECRET, ADMIN_PASSWORD, EDITOR_PASSWORD, LOCKED_PASSWORD, CHANGED_PASSWORD])
const wrongPassword = (label: string) => {
  const password = `fout-${label}-${randomBytes(8).toString('hex')}`
  secrets.add(password)
  return password
}

let server: RunningServer
let admin: Rest
let siteKey: string

type Answer = { status: number; body: string }

async function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
  return { status: response.status, body: await response.text() }
}

const tryLogin = (email: unknown, password: unknown, headers: Record<string, string> = {}) =>
  post('/api/users/login', JSON.stringify({ email, password }), headers)

const forgotPassword = (email: unknown, headers: Record<string, string> = {}) => post('/api/users/forgot-password', JSON.stringify({ email }), headers)

beforeAll(async () => {
  server = await startServer({ PAYLOAD_SECRET })
  await createFirstAdmin('beheerder@test.be', ADMIN_PASSWORD)
  admin = restClient(server.url, await login(server.url, 'beheerder@test.be', ADMIN_PASSWORD))
  const team = await admin.call('POST', '/api/organisations', { name: 'VVSG', type: 'umbrella' })
  for (const [email, password] of [
    ['redacteur@test.be', EDITOR_PASSWORD],
    ['slot@test.be', LOCKED_PASSWORD],
  ]) {
    const created = await admin.call('POST', '/api/users', { email, password, role: 'editor', teams: [team.json.doc.id] })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
  }
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

describe('a failed login', () => {
  it('comes over plain http here: nosniff and the referrer policy, but no HSTS', async () => {
    const response = await fetch(`${server.url}/api/users/me`)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('answers a wrong password for an existing address exactly as any password for an unknown one', async () => {
    for (const language of ['nl', 'fr', 'en']) {
      const existing = await tryLogin('redacteur@test.be', wrongPassword('bestaand'), { 'accept-language': language })
      const unknown = await tryLogin('niemand@test.be', wrongPassword('onbekend'), { 'accept-language': language })
      expect(existing.status).toBe(401)
      expect(unknown).toEqual(existing)
    }
    const dutch = await tryLogin('niemand@test.be', wrongPassword('nl'), { 'accept-language': 'nl' })
    expect(JSON.parse(dutch.body)).toEqual({
      errors: [{ message: 'Onjuist e-mailadres of wachtwoord. Na 10 mislukte pogingen blijft aanmelden 10 minuten geblokkeerd.' }],
    })
    // The right password still works: these failures were fewer than the limit.
    await login(server.url, 'redacteur@test.be', EDITOR_PASSWORD)
  })

  it('locks an account after 10 wrong passwords, even against the right one, and the locked account answers like an unknown address', async () => {
    await login(server.url, 'slot@test.be', LOCKED_PASSWORD)
    for (let attempt = 1; attempt <= 10; attempt++) {
      const existing = await tryLogin('slot@test.be', wrongPassword(`slot-${attempt}`))
      const unknown = await tryLogin('niemand-slot@test.be', wrongPassword(`niemand-${attempt}`))
      expect(existing.status, `attempt ${attempt}`).toBe(401)
      expect(unknown, `attempt ${attempt}`).toEqual(existing)
    }
    const locked = await tryLogin('slot@test.be', LOCKED_PASSWORD)
    expect(locked.status).toBe(401)
    expect(locked).toEqual(await tryLogin('niemand-slot@test.be', LOCKED_PASSWORD))
    expect(locked.body).not.toMatch(/lock|blocked until|geblokkeerd tot/i)
    // Payload's own GraphQL login gives the same single answer.
    const graphql = (email: string, password: string) =>
      post('/api/graphql', JSON.stringify({ query: 'mutation($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }', variables: { e: email, p: password } }))
    const lockedOverGraphql = await graphql('slot@test.be', LOCKED_PASSWORD)
    expect(lockedOverGraphql.body).toContain('Onjuist e-mailadres of wachtwoord.')
    expect(lockedOverGraphql).toEqual(await graphql('niemand-slot@test.be', LOCKED_PASSWORD))
    // The lock is per account: other users log in as before.
    await login(server.url, 'redacteur@test.be', EDITOR_PASSWORD)
  })

  it.each([
    ['no body', ''],
    ['not JSON', '{"email": "redacteur@test.be", "password": '],
    ['an array', '[]'],
    ['no fields', '{}'],
    ['no password', JSON.stringify({ email: 'redacteur@test.be' })],
    ['no e-mail', JSON.stringify({ password: 'iets' })],
    ['numbers', JSON.stringify({ email: 12, password: 34 })],
    ['arrays', JSON.stringify({ email: ['redacteur@test.be'], password: ['x'] })],
    ['objects', JSON.stringify({ email: { $ne: null }, password: { $gt: '' } })],
    ['null', JSON.stringify({ email: null, password: null })],
    ['a huge e-mail', JSON.stringify({ email: `${'a'.repeat(1_000_000)}@test.be`, password: 'iets' })],
    ['a huge password', JSON.stringify({ email: 'redacteur@test.be', password: 'p'.repeat(1_000_000) })],
  ])('answers a login with %s with a 4xx', async (_, body) => {
    const answer = await post('/api/users/login', body)
    expect(answer.status, answer.body.slice(0, 300)).toBeGreaterThanOrEqual(400)
    expect(answer.status, answer.body.slice(0, 300)).toBeLessThan(500)
  })
})

describe('forgot-password', () => {
  it('answers alike for an existing and an unknown address, also when asked again at once', async () => {
    const existing = await forgotPassword('redacteur@test.be')
    const unknown = await forgotPassword('niemand@test.be')
    expect(existing.status).toBe(200)
    expect(unknown).toEqual(existing)
    expect(await forgotPassword('redacteur@test.be')).toEqual(existing)
    expect(await forgotPassword('REDACTEUR@test.be ')).toEqual(existing)
  })

  it.each([
    ['no body', ''],
    ['not JSON', '{"email": '],
    ['an array', '[]'],
    ['no fields', '{}'],
    ['a number', JSON.stringify({ email: 12 })],
    ['an array of addresses', JSON.stringify({ email: ['redacteur@test.be', 'slot@test.be'] })],
    ['an object', JSON.stringify({ email: { $ne: null } })],
    ['null', JSON.stringify({ email: null })],
    ['a huge address', JSON.stringify({ email: `${'a'.repeat(1_000_000)}@test.be` })],
    ['no address at all', JSON.stringify({ email: 'geen adres' })],
  ])('answers %s with a 4xx', async (_, body) => {
    const answer = await post('/api/users/forgot-password', body)
    expect(answer.status, answer.body.slice(0, 300)).toBeGreaterThanOrEqual(400)
    expect(answer.status, answer.body.slice(0, 300)).toBeLessThan(500)
  })
})

describe('the server log', () => {
  it('holds no secret after logins, password resets, partner API calls and new API keys', async () => {
    // A password reset, with the token it mailed (there is no mail server: Payload logs mails).
    expect((await forgotPassword('slot@test.be')).status).toBe(200)
    const database = createClient({ url: process.env.DATABASE_URI! })
    const tokens = await database.execute('SELECT reset_password_token FROM users WHERE reset_password_token IS NOT NULL')
    database.close()
    expect(tokens.rows.length).toBeGreaterThan(0)
    for (const row of tokens.rows) secrets.add(String(row.reset_password_token))
    const token = String(tokens.rows.at(-1)!.reset_password_token)
    const reset = await post('/api/users/reset-password', JSON.stringify({ token, password: CHANGED_PASSWORD }))
    expect(reset.status, reset.body).toBe(200)
    await login(server.url, 'slot@test.be', CHANGED_PASSWORD)

    // A partner site, its API key made over REST, used right and wrong.
    const owner = (await admin.call('GET', '/api/organisations?where[name][equals]=VVSG')).json.docs[0]
    const site = await admin.call('POST', '/api/sites', { name: 'VVSG', owner: owner.id, defaultLocale: 'nl', enabledLocales: ['nl'] })
    siteKey = generateApiKey()
    secrets.add(siteKey)
    expect((await admin.call('POST', '/api/api-keys', { site: site.json.doc.id, label: 'Logtest', key: siteKey })).status).toBe(201)
    const duplicate = await admin.call('POST', '/api/api-keys', { site: site.json.doc.id, label: 'Dubbel', key: siteKey })
    expect(duplicate.status).toBeLessThan(500)
    const query = JSON.stringify({ query: '{ site { name } }' })
    const partner = (headers: Record<string, string>) => post('/graphql', query, headers)
    expect((await partner({ 'x-api-key': siteKey })).status).toBe(200)
    expect((await partner({ authorization: `Bearer ${siteKey}` })).status).toBe(200)
    const wrongKey = generateApiKey()
    const almostKey = `${siteKey.slice(0, -1)}${siteKey.endsWith('A') ? 'B' : 'A'}`
    secrets.add(wrongKey).add(almostKey)
    for (const key of [wrongKey, almostKey, 'pbk_kort']) {
      expect((await partner({ 'x-api-key': key })).status).toBe(401)
      expect((await partner({ authorization: `Bearer ${key}` })).status).toBe(401)
    }

    // A user made over REST with a password, and one refused.
    const newcomer = `nieuwkomer-${randomBytes(12).toString('hex')}`
    secrets.add(newcomer)
    expect((await admin.call('POST', '/api/users', { email: 'nieuw@test.be', password: newcomer, role: 'admin' })).status).toBe(201)
    expect((await admin.call('POST', '/api/users', { email: 'nieuw@test.be', password: newcomer, role: 'admin' })).status).toBe(400)
    await login(server.url, 'nieuw@test.be', newcomer)

    // Let the last writes reach the log, then search it.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const log = server.output()
    expect(log).toContain('luistert op')
    expect(log).toContain("To: 'slot@test.be'")
    for (const secret of secrets) {
      expect(log.includes(secret), `a secret of ${secret.length} characters is in the log`).toBe(false)
    }
  })
})
