/**
 * The production server on an empty database: no registration of a first
 * user over HTTP or in the admin; then, with content, the security headers
 * of every kind of answer (admin pages, REST, Payload's GraphQL, the partner
 * API, public files and files behind Payload's access rules).
 *
 * The public address is https here (SERVER_URL), so HSTS must be sent; the
 * requests themselves go to the server's loopback port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateApiKey } from '../../src/site-keys/keys'
import { login, restClient, type Rest } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'
import { docxDocument, pdfDocument, webpPhoto } from '../uploads/fixtures'
import { upload } from '../uploads/uploadClient'

const PASSWORD = 'een-sterk-testwachtwoord'
let server: RunningServer
let token: string
let admin: Rest
let partnerKey: string
const paths: Record<string, string> = {}

beforeAll(async () => {
  server = await startServer({ SERVER_URL: 'https://praktijkenbank.example.be' })
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' })

function expectCommonHeaders(response: Response, what: string): void {
  expect(response.status, what).toBeLessThan(500)
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff')
  expect(response.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('strict-transport-security'), what).toBe('max-age=31536000; includeSubDomains')
}

function expectNoFraming(response: Response, what: string): void {
  expect(response.headers.get('x-frame-options'), what).toBe('DENY')
  expect(response.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'")
}

const directive = (policy: string, name: string) => policy.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? ''

describe('an empty production database', () => {
  it('refuses first-register with 403, naming the command, in the caller’s language', async () => {
    const body = JSON.stringify({ email: 'indringer@test.be', password: 'een-wachtwoord-van-buiten' })
    for (const [language, text] of [
      ['nl', 'De eerste beheerder wordt op de server aangemaakt met: npm run user:create -- --admin <e-mailadres>'],
      ['en', 'The first administrator is created on the server with: npm run user:create -- --admin <email address>'],
    ] as const) {
      const response = await fetch(`${server.url}/api/users/first-register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body,
      })
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({ errors: [{ message: text }] })
    }
    const anonymous = restClient(server.url)
    const users = await anonymous.call('POST', '/api/users/login', { email: 'indringer@test.be', password: 'een-wachtwoord-van-buiten' })
    expect(users.status).toBe(401)
  })

  it('shows in the admin how the first administrator is made, with no form to make one', async () => {
    // Every admin page leads there while there are no users (/admin by way of the login page);
    // Next redirects inside the streamed page.
    const redirectOf = async (response: Response) => response.headers.get('location') ?? /NEXT_REDIRECT;replace;([^;]+);/.exec(await response.text())?.[1]
    expect(await redirectOf(await get('/admin'))).toMatch(/\/admin\/login/)
    expect(await redirectOf(await get('/admin/login'))).toBe('/admin/create-first-user')
    const page = await get('/admin/create-first-user')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Nog geen beheerder')
    expect(html).toContain('npm run user:create -- --admin')
    expect(html).not.toMatch(/type="password"|field-password|field-email/)
  })

  it('sends the admin’s policy with a fresh nonce that every script of the page carries, and no unsafe-inline script', async () => {
    const first = await get('/admin/create-first-user')
    const html = await first.text()
    expectCommonHeaders(first, 'admin page')
    expectNoFraming(first, 'admin page')
    const policy = first.headers.get('content-security-policy')!
    const scripts = directive(policy, 'script-src')
    expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/)
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
    expect(policy).not.toContain('unsafe-eval')
    const nonce = /'nonce-([^']+)'/.exec(scripts)![1]!
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? []
    expect(scriptTags.length).toBeGreaterThan(0)
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`)

    const second = await get('/admin/create-first-user')
    expect(second.headers.get('content-security-policy')).not.toBe(policy)
  })

  it('ignores a policy the client sends with its own nonce', async () => {
    const response = await get('/admin/create-first-user', { 'content-security-policy': "script-src 'nonce-gekozendoordeklant'" })
    expect(await response.text()).not.toContain('gekozendoordeklant')
  })
})

describe('with content', () => {
  beforeAll(async () => {
    await createFirstAdmin('beheerder@test.be', PASSWORD)
    token = await login(server.url, 'beheerder@test.be', PASSWORD)
    admin = restClient(server.url, token)
    const created = async (path: string, body: unknown) => {
      const { status, json } = await admin.call('POST', path, body)
      if (status !== 201) throw new Error(`POST ${path} gave ${status}: ${JSON.stringify(json)}`)
      return json.doc
    }
    const team = await created('/api/organisations', { name: 'VVSG', type: 'umbrella' })
    const city = await created('/api/organisations', { name: 'Stad Mechelen', type: 'municipality', nisCode: '12025', region: 'flanders' })
    const site = await created('/api/sites', { name: 'VVSG', owner: team.id, defaultLocale: 'nl', enabledLocales: ['nl'] })
    partnerKey = generateApiKey()
    await created('/api/api-keys', { site: site.id, label: 'Koppen', key: partnerKey })
    const photo = await upload(server.url, token, 'media', { data: await webpPhoto(), name: 'buurtfeest.webp', type: 'image/webp' }, { alt: 'Buurtfeest' })
    const plan = await upload(server.url, token, 'documents', { data: pdfDocument(), name: 'Beleidsplan Mechelen.pdf', type: 'application/pdf' }, { title: 'Beleidsplan' })
    const unused = await upload(server.url, token, 'documents', { data: docxDocument(), name: 'verslag.docx' }, { title: 'Verslag' })
    for (const answer of [photo, plan, unused]) expect(answer.status, JSON.stringify(answer.json)).toBe(201)
    await created('/api/practices', {
      title: 'Praktijk met bestanden',
      summary: 'Een gepubliceerde praktijk met een foto en een document.',
      organisations: [{ organisation: city.id, role: 'lead' }],
      municipalities: [city.id],
      ownerTeam: team.id,
      sites: [site.id],
      images: [photo.json.doc.id],
      documents: [plan.json.doc.id],
      _status: 'published',
    })
    paths.photo = new URL(photo.json.doc.url, server.url).pathname
    paths.photoSize = new URL(photo.json.doc.sizes.thumbnail.url, server.url).pathname
    paths.plan = new URL(plan.json.doc.url, server.url).pathname
    paths.unused = new URL(unused.json.doc.url, server.url).pathname
  }, 120_000)

  it('sends nosniff, the referrer policy, HSTS and no framing on every JSON answer', async () => {
    const answers: Array<[string, Response]> = [
      ['REST, logged in', await get('/api/practices', { authorization: `JWT ${token}` })],
      ['REST, refused', await get('/api/practices')],
      ['REST, unknown route', await get('/api/bestaat-niet')],
      ['Payload GraphQL', await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })],
      ['partner API', await get(`/graphql?query=${encodeURIComponent('{ site { name } }')}`, { 'x-api-key': partnerKey })],
      ['partner API, no key', await get(`/graphql?query=${encodeURIComponent('{ site { name } }')}`)],
      ['partner API, preflight', await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://elders.example', 'access-control-request-method': 'POST' } })],
    ]
    for (const [what, response] of answers) {
      expectCommonHeaders(response, what)
      expectNoFraming(response, what)
      expect(response.headers.get('content-security-policy'), what).toBe("default-src 'none'; frame-ancestors 'none'")
    }
  })

  it('sends the admin’s policy on the login page and on a page that does not exist', async () => {
    for (const path of ['/admin/login', '/admin/collections/bestaat-niet']) {
      const response = await get(path)
      expectCommonHeaders(response, path)
      expectNoFraming(response, path)
      expect(directive(response.headers.get('content-security-policy')!, 'script-src'), path).toContain("'strict-dynamic'")
    }
  })

  it('serves public photos with the type of their bytes and nosniff, embeddable by partner sites', async () => {
    // The original is stored as JPEG (opaque), its sizes as WebP: src/uploads/normaliseImage.ts.
    for (const [path, type, magic] of [
      [paths.photo!, 'image/jpeg', (bytes: Uint8Array) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff],
      [paths.photoSize!, 'image/webp', (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(8, 12)) === 'WEBP'],
    ] as const) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      expectCommonHeaders(response, path)
      expect(response.headers.get('content-type'), path).toBe(type)
      expect(magic(new Uint8Array(await response.arrayBuffer())), path).toBe(true)
      expect(response.headers.get('content-disposition'), path).toBeNull()
      expect(response.headers.get('x-frame-options'), path).toBeNull()
      expect(response.headers.get('content-security-policy'), path).toBeNull()
    }
  })

  it('serves a public PDF inline with its file name', async () => {
    const response = await get(paths.plan!)
    expect(response.status).toBe(200)
    expectCommonHeaders(response, 'PDF')
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const filename = decodeURIComponent(paths.plan!.split('/').at(-1)!)
    expect(filename).toMatch(/\.pdf$/)
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
  })

  it('serves a document behind the access rules as a download, with the type Payload detects from its bytes', async () => {
    const refused = await get(paths.unused!)
    expect(refused.status).toBe(403)
    expect(refused.headers.get('content-disposition')).toBeNull()
    const response = await get(paths.unused!, { authorization: `JWT ${token}` })
    expect(response.status).toBe(200)
    expectCommonHeaders(response, 'docx')
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="verslag-[0-9a-f]{8}\.docx"/)
  })
})
