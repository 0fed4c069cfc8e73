/**
 * Content for the backup and export tests, made over REST as editors make it
 * on a running production server: organisations and themes with parents, a
 * site with an API key, photos and a document, practices in three locales
 * (one only a draft, one published with a newer draft), and a loop of editor
 * writes to run while a backup is taken.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'

import { expect } from 'vitest'

import { richText } from '../../src/lib/richText'
import { generateApiKey } from '../../src/site-keys/keys'
import { restClient, type Rest } from '../helpers/rest'
import { pdfDocument, sidewaysPhoto, wideBandedPhoto } from '../uploads/fixtures'
import { upload } from '../uploads/uploadClient'

export type OpsWorld = { siteKey: string; practiceSlugs: string[]; mediaIds: Array<number | string> }

export async function buildOpsWorld(url: string, token: string): Promise<OpsWorld> {
  const rest = restClient(url, token)
  const create = async (collection: string, data: Record<string, unknown>, query = ''): Promise<any> => {
    const answer = await rest.call('POST', `/api/${collection}${query}`, data)
    if (answer.status !== 201) throw new Error(`POST ${collection} gave ${answer.status}: ${JSON.stringify(answer.json)}`)
    return answer.json.doc
  }
  const patch = async (collection: string, id: number | string, data: Record<string, unknown>, query: string): Promise<any> => {
    const answer = await rest.call('PATCH', `/api/${collection}/${id}${query}`, data)
    if (answer.status !== 200) throw new Error(`PATCH ${collection}/${id}${query} gave ${answer.status}: ${JSON.stringify(answer.json)}`)
    return answer.json.doc
  }

  const vvsg = await create('organisations', { name: 'VVSG', type: 'umbrella', region: 'flanders' })
  const mechelen = await create('organisations', { name: 'Stad Mechelen', type: 'municipality', region: 'flanders', nisCode: '12025' })
  const service = await create('organisations', { name: 'Dienst Diversiteit', type: 'local-service', parent: mechelen.id })
  await patch('organisations', mechelen.id, { name: 'Ville de Malines' }, '?locale=fr').catch(() => undefined)
  const policy = await create('themes', { name: 'Algemeen beleid', scheme: 'domain' })
  const youth = await create('themes', { name: 'Jeugdbeleid', scheme: 'domain', parent: policy.id })
  await patch('themes', youth.id, { name: 'Politique de la jeunesse' }, '?locale=fr')
  await patch('themes', youth.id, { name: 'Youth policy' }, '?locale=en')

  const site = await create('sites', { name: 'VVSG-website', owner: vvsg.id, defaultLocale: 'nl', enabledLocales: ['nl', 'fr', 'en'], includeAllPublished: true })
  const siteKey = generateApiKey()
  await create('api-keys', { site: site.id, label: 'Test', key: siteKey })

  const photos = [
    await upload(url, token, 'media', { data: await sidewaysPhoto(), name: 'Grote Markt.jpg', type: 'image/jpeg' }, { alt: 'De Grote Markt' }),
    await upload(url, token, 'media', { data: await wideBandedPhoto(), name: 'Buurtfeest.jpg', type: 'image/jpeg' }, { alt: 'Een buurtfeest' }),
  ]
  for (const photo of photos) if (photo.status !== 201) throw new Error(`photo upload gave ${photo.status}: ${JSON.stringify(photo.json)}`)
  const mediaIds = photos.map((photo) => photo.json.doc.id)
  await patch('media', mediaIds[0]!, { alt: 'La Grand-Place', caption: 'Au centre' }, '?locale=fr')
  const pdf = await upload(url, token, 'documents', { data: pdfDocument('Actieplan'), name: 'Actieplan.pdf', type: 'application/pdf' }, { title: 'Actieplan' })
  if (pdf.status !== 201) throw new Error(`document upload gave ${pdf.status}: ${JSON.stringify(pdf.json)}`)

  const practice = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    summary: `${title}: een samenvatting.`,
    what: richText(`Wat ${title} doet.`),
    reach: 2,
    recurrence: 3,
    themes: [policy.id, youth.id],
    organisations: [{ organisation: service.id, role: 'lead' }],
    municipalities: [mechelen.id],
    ownerTeam: vvsg.id,
    images: mediaIds,
    documents: [pdf.json.doc.id],
    _status: 'published',
    ...extra,
  })
  const clause = await create('practices', practice('Diversiteitsclausule in samenwerkingsovereenkomsten'))
  await patch('practices', clause.id, { title: 'Clause de diversité', summary: 'Une clause dans chaque convention.' }, '?locale=fr')
  await patch('practices', clause.id, { title: 'Diversity clause', summary: 'A clause in every agreement.' }, '?locale=en')
  const garden = await create('practices', practice('Buurtmoestuin De Groene Hoek', { images: [mediaIds[1]] }))
  await patch('practices', garden.id, { title: 'Potager de quartier' }, '?locale=fr')
  // Published, with a newer draft that partner sites must not see.
  await patch('practices', garden.id, { title: 'Buurtmoestuin (nieuwe tekst in voorbereiding)', _status: 'draft' }, '?draft=true&locale=nl')
  // Never published.
  await create('practices', practice('Taalcafé in de bibliotheek', { _status: 'draft' }), '?draft=true')
  return { siteKey, practiceSlugs: [clause.slug, garden.slug], mediaIds }
}

/**
 * Editors at work until stopped: each round creates a practice, edits it,
 * publishes it and uploads a photo. Returns the titles of the practices whose
 * creation the server confirmed, each with the time it confirmed it.
 */
export function editorWrites(url: string, token: string, template: Record<string, unknown>): { stop: () => Promise<Array<{ title: string; at: number }>> } {
  const rest = restClient(url, token)
  const confirmed: Array<{ title: string; at: number }> = []
  let running = true
  const loop = (async () => {
    for (let round = 1; running; round++) {
      const title = `Schrijflus ${round}`
      const created = await rest.call('POST', '/api/practices?draft=true', { ...template, title, _status: 'draft' })
      expect(created.status).toBe(201)
      confirmed.push({ title, at: Date.now() })
      const id = created.json.doc.id
      expect((await rest.call('PATCH', `/api/practices/${id}?draft=true`, { summary: `Ronde ${round}, bijgewerkt.` })).status).toBe(200)
      expect((await rest.call('PATCH', `/api/practices/${id}`, { _status: 'published' })).status).toBe(200)
      const photo = await upload(url, token, 'media', { data: await wideBandedPhoto(), name: `ronde-${round}.jpg`, type: 'image/jpeg' }, { alt: `Ronde ${round}` })
      expect(photo.status).toBe(201)
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return confirmed
    },
  }
}

/** The practice template the write loop uses: the first practice of the world, by slug. */
export async function practiceTemplate(rest: Rest, slug: string): Promise<Record<string, unknown>> {
  const found = await rest.call('GET', `/api/practices?where[slug][equals]=${slug}&depth=0`)
  const doc = found.json.docs[0]
  return {
    summary: doc.summary,
    what: doc.what,
    reach: doc.reach,
    recurrence: doc.recurrence,
    themes: doc.themes,
    organisations: doc.organisations.map((row: { organisation: unknown; role: unknown }) => ({ organisation: row.organisation, role: row.role })),
    municipalities: doc.municipalities,
    ownerTeam: doc.ownerTeam,
  }
}

/**
 * Everything a server holds, read as an administrator over REST: every
 * document of every collection in every locale with relations as ids, drafts
 * included, and the versions of the versioned collections. What differs by
 * nature between two servers (session state written by logging in, an API
 * key's last use) is left out.
 */
export const CONTENT_COLLECTIONS = ['practices', 'organisations', 'policy-plans', 'themes', 'media', 'documents', 'sites', 'api-keys', 'users', 'practice-submissions'] as const
const VERSIONED = ['practices', 'policy-plans'] as const

export async function contentOf(url: string, token: string): Promise<Record<string, unknown>> {
  const rest = restClient(url, token)
  const all = async (path: string): Promise<unknown[]> => {
    const answer = await rest.call('GET', `${path}${path.includes('?') ? '&' : '?'}locale=*&depth=0&limit=1000&sort=id`)
    if (answer.status !== 200) throw new Error(`GET ${path} gave ${answer.status}: ${JSON.stringify(answer.json)}`)
    expect(answer.json.hasNextPage).toBe(false)
    return answer.json.docs
  }
  const content: Record<string, unknown> = {}
  for (const collection of CONTENT_COLLECTIONS) content[collection] = (await all(`/api/${collection}`)).map(withoutVolatile)
  for (const collection of VERSIONED) {
    content[`${collection} drafts`] = await all(`/api/${collection}?draft=true`)
    content[`${collection} versions`] = await all(`/api/${collection}/versions`)
  }
  return content
}

function withoutVolatile(doc: unknown): unknown {
  const { sessions: _sessions, lastUsedAt: _lastUsedAt, loginAttempts: _attempts, lockUntil: _lock, ...rest } = doc as Record<string, unknown>
  return rest
}

/** The partner API's answer, byte for byte, to a listing, a search and a detail. */
export async function partnerAnswers(url: string, siteKey: string, slug: string): Promise<string[]> {
  const queries = [
    '{ practices(first: 50) { totalCount nodes { id slug title summary publishedAt updatedAt coverImage { url(size: CARD) width height } themes { name } } facets { themes { theme { name } count } } } }',
    // A search whose hits differ in relevance: the order of equal scores follows the read model's history (see the report of issue 12), not the content.
    '{ practices(search: "Groene Hoek moestuin", first: 10) { totalCount nodes { slug title } } }',
    `{ practice(slug: "${slug}", locale: fr) { id title summary what { html } organisations { role organisation { name } } themes { name } images { url(size: HERO) alt } documents { url title } } }`,
  ]
  const answers: string[] = []
  for (const query of queries) {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': siteKey }, body: JSON.stringify({ query }) })
    const text = await response.text()
    expect(response.status, text).toBe(200)
    expect(JSON.parse(text).errors, text).toBeUndefined()
    answers.push(text)
  }
  return answers
}

/** SHA-256 of every file of every upload document (the original and each size), as the server serves it to an administrator. */
export async function servedFiles(url: string, token: string): Promise<Record<string, string>> {
  const rest = restClient(url, token)
  const sums: Record<string, string> = {}
  for (const collection of ['media', 'documents'] as const) {
    const answer = await rest.call('GET', `/api/${collection}?depth=0&limit=1000`)
    for (const doc of answer.json.docs) {
      const urls = [doc.url, ...Object.values((doc.sizes ?? {}) as Record<string, { url?: string | null }>).map((size) => size.url)].filter(Boolean) as string[]
      for (const fileUrl of urls) {
        // URLs are absolute with SERVER_URL, the public address; the files are fetched from this server.
        const pathname = new URL(fileUrl, url).pathname
        const response = await fetch(new URL(pathname, url), { headers: { authorization: `JWT ${token}` } })
        expect(response.status, fileUrl).toBe(200)
        sums[pathname] = createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex')
      }
    }
  }
  return sums
}

/** Runs one of the operations scripts as an operator would, with the given environment. */
export function runOpsScript(script: 'backup' | 'restore' | 'export' | 'import', args: string[], extraEnv: Record<string, string> = {}, stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, NODE_ENV: 'production', ...extraEnv },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}
