/**
 * One smoke test of the real production server (src/server.ts after
 * `npm run build`): /graphql reaches the partner API, not Next, and a key
 * created through the admin's REST API (Next's own copy of Payload) works on
 * the next request, which proves the change channel between the two copies.
 */
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLIC_FILE_HEADER, signPublicFile } from '../../src/access/publicFileGrant'
import { generateApiKey } from '../../src/site-keys/keys'
import { login, restClient, type Rest } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'

const built = existsSync(path.resolve('.next/BUILD_ID'))
const mediaDir = process.env.MEDIA_DIR!
let server: RunningServer
let admin: Rest
let partnerKey: string
let siteId: number | string

async function created(collection: string, body: unknown) {
  const { status, json } = await admin.call('POST', `/api/${collection}`, body)
  if (status !== 201) throw new Error(`POST /api/${collection}: ${status} ${JSON.stringify(json)}`)
  return json.doc
}

async function uploadPhoto(name: string): Promise<{ id: number; url: string }> {
  const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a6f97' } }).jpeg().toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt: 'Een foto' }))
  const token = (admin as Rest & { token?: string }).token
  const response = await fetch(`${server.url}/api/media`, { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } })
  const json = (await response.json()) as { doc: { id: number; url: string } }
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${JSON.stringify(json)}`)
  return json.doc
}

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
    await createFirstAdmin('beheerder@test.be', password)
    const token = await login(server.url, 'beheerder@test.be', password)
    admin = Object.assign(restClient(server.url, token), { token })
    const owner = await created('organisations', { name: 'Rookkoepel', type: 'umbrella' })
    const site = await created('sites', { name: 'Rooksite', owner: owner.id, defaultLocale: 'nl', enabledLocales: ['nl'] })
    siteId = site.id
    const key = generateApiKey()
    partnerKey = key
    await created('api-keys', { site: site.id, label: 'Rooktest', key })

    const query = encodeURIComponent('{ site { name owner { name } practiceCount } }')
    const response = await fetch(`${server.url}/graphql?query=${query}`, { headers: { authorization: `Bearer ${key}` } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { site: { name: 'Rooksite', owner: { name: 'Rookkoepel' }, practiceCount: 0 } } })
    // Keyed answers are private unless PARTNER_API_SHARED_CACHE says a CDN keys its cache on the key.
    expect(response.headers.get('cache-control')).toMatch(/^private, max-age=/)

    const unauthenticated = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ site { name } }"}' })
    expect(unauthenticated.status).toBe(401)
    // Payload's own GraphQL stays the admin's.
    expect((await anonymous.call('POST', '/api/graphql', { query: '{ __typename }' })).status).not.toBe(404)
  })

  it('serves the photos of published practices to anyone, and no other uploads', async () => {
    const city = await created('organisations', { name: 'Rookstad', type: 'municipality', region: 'flanders' })
    const shown = await uploadPhoto('getoond.jpg')
    const hidden = await uploadPhoto('verborgen.jpg')
    await created('practices', {
      title: 'Praktijk met foto',
      summary: 'Een gepubliceerde praktijk met een foto.',
      organisations: [{ organisation: city.id, role: 'lead' }],
      municipalities: [city.id],
      ownerTeam: (await admin.call('GET', '/api/organisations?where[type][equals]=umbrella')).json.docs[0].id,
      sites: [siteId],
      images: [shown.id],
      _status: 'published',
    })
    const query = encodeURIComponent('{ practices { nodes { coverImage { url(size: CARD) variants { url } } } } }')
    const answer = (await (await fetch(`${server.url}/graphql?query=${query}`, { headers: { 'x-api-key': partnerKey } })).json()) as {
      data: { practices: { nodes: Array<{ coverImage: { url: string; variants: Array<{ url: string }> } }> } }
    }
    const cover = answer.data.practices.nodes[0]!.coverImage
    for (const url of [cover.url, ...cover.variants.map((variant) => variant.url)]) {
      const file = await fetch(url)
      expect(file.status, url).toBe(200)
      expect(file.headers.get('content-type')).toMatch(/^image\//)
      expect(file.headers.get('cache-control')).toMatch(/^public/)
    }
    const again = await fetch(cover.url, { headers: { 'if-none-match': (await fetch(cover.url)).headers.get('etag')! } })
    expect(again.status).toBe(304)
    // A photo that no published content uses stays behind Payload's access rules.
    expect((await fetch(`${server.url}${new URL(hidden.url, server.url).pathname}`)).status).toBe(403)
    expect((await fetch(`${server.url}/api/media/file/..%2F..%2Fpackage.json`)).status).not.toBe(200)
    // A client cannot vouch for a file itself.
    const forged = await fetch(`${server.url}${new URL(hidden.url, server.url).pathname}`, {
      headers: { [PUBLIC_FILE_HEADER]: signPublicFile(new URL(hidden.url, server.url).pathname, 'geraden-geheim') },
    })
    expect(forged.status).toBe(403)
  })

  it('passes a public file that is not on local disk (object storage) to Payload with a grant its access rules accept', async () => {
    const query = encodeURIComponent('{ practices { nodes { coverImage { url(size: HERO) } } } }')
    const answer = (await (await fetch(`${server.url}/graphql?query=${query}`, { headers: { 'x-api-key': partnerKey } })).json()) as {
      data: { practices: { nodes: Array<{ coverImage: { url: string } }> } }
    }
    const url = answer.data.practices.nodes[0]!.coverImage.url
    const filename = decodeURIComponent(new URL(url).pathname.split('/').at(-1)!)
    rmSync(path.join(mediaDir, filename))
    // Payload now handles it and its access check lets it through: no 403.
    // (Payload answers a file missing from disk with an error of its own; in
    // object storage the adapter would stream the object instead.)
    expect((await fetch(url)).status).not.toBe(403)
    const hiddenFromAnonymous = await fetch(`${server.url}/api/media?limit=1`)
    expect(hiddenFromAnonymous.status).toBe(403)
  })
})
