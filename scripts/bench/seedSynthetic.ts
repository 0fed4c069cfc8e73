/**
 * Loads a synthetic catalogue (syntheticCatalogue.ts) into a database for
 * the benchmark, as fast as it can be done correctly:
 *
 * - the reference data (themes, organisations, policy plans, the pool of
 *   photos, the partner sites and their API keys, an admin user) through
 *   Payload's Local API, with every hook and validation: a few hundred
 *   documents, some seconds;
 * - the practices, thousands of them, in bulk: on SQLite straight into the
 *   adapter's tables in one transaction (sqliteBulkInsert.ts), on any other
 *   adapter through the Local API (slow, but correct everywhere).
 *
 * Run as a script it is the bench's seeding child: started with
 * NODE_ENV=production, as the server it prepares for; it opens the new
 * database as every command does (the committed migrations, applied as it
 * connects: src/database/adapter.ts), and it writes what the
 * bench needs (API keys, the admin login, slug → id maps) to a JSON manifest.
 *
 *   node --conditions=production --import tsx scripts/bench/seedSynthetic.ts \
 *     --practices 5000 --manifest /tmp/…/manifest.json
 */
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { createOrganisation, createPolicyPlan, createTheme } from '../../src/seed/createReferenceData'
import { richText, type LexicalState, type RichTextInput } from '../../src/lib/richText'
import type { Locale, Localised } from '../../src/seed/types'
import { generateApiKey } from '../../src/site-keys/keys'
import { bulkInsertPracticesSqlite, checkpointSqlite, isSqliteAdapter, newRowId, relaxDurabilityForSeeding } from './sqliteBulkInsert'
import { LOCALES, SITE_ALL, SITE_SELECTION, syntheticCatalogue, type SyntheticCatalogue, type SyntheticMedia, type SyntheticPractice } from './syntheticCatalogue'

export type Id = number | string

export type SeedManifest = {
  practices: number
  seed: number
  method: 'sqlite-bulk' | 'local-api'
  admin: { email: string; password: string }
  /** Plain API keys by site slug (the database holds only their hashes). */
  keys: Record<string, string>
  ids: {
    themes: Record<string, Id>
    organisations: Record<string, Id>
    sites: Record<string, Id>
    policyPlans: Record<string, Id>
    media: Id[]
  }
  /** Milliseconds. */
  timings: { boot?: number; reference: number; media: number; practices: number; total: number }
}

/** A practice as Payload data with every localised field as a { nl, fr, en } map: what both load paths start from. */
export type PracticeDocument = {
  slug: string
  _status: 'published'
  title: Localised
  summary: Localised
  what: Localised<LexicalState>
  who: Localised<LexicalState>
  why: Localised<LexicalState>
  how: Localised<LexicalState>
  results: Localised<LexicalState>
  organisations: Array<{ id: string; organisation: Id; role: 'lead' | 'partner' | 'funder' }>
  municipalities: Id[]
  regions: string[]
  contact: { name: string | null; email: string | null; phone: string | null; organisation: Id | null }
  themes: Id[]
  reach: number
  recurrence: number
  startDate: string
  endDate: string | null
  policyPlan: Id | null
  strategicGoals: string[]
  images: Id[]
  documents: Id[]
  links: Array<{ id: string; url: string; label: Localised }>
  ownerTeam: Id
  sites: Id[]
  publishedAt: string
  createdAt: string
  updatedAt: string
}

export type SeedOptions = {
  log?: (line: string) => void
  /** Force the Local API for practices even on SQLite (the correctness check compares both). */
  practicesThrough?: 'bulk' | 'local-api'
  /** How many practices per bulk transaction. */
  batchSize?: number
}

/** Every Local API call: as the system, marked as seeding (no server is listening to the read-model notifications). */
const CALL = { overrideAccess: true, context: { seeding: true } } as const
const OTHER_LOCALES: Locale[] = ['fr', 'en']

export const BENCH_ADMIN_EMAIL = 'bench-admin@praktijkenbank.bench'

export async function seedSyntheticCatalogue(payload: Payload, catalogue: SyntheticCatalogue, options: SeedOptions = {}): Promise<SeedManifest> {
  const log = options.log ?? (() => {})
  const started = Date.now()
  await relaxDurabilityForSeeding(payload)

  // Admin user: the first user of an empty database becomes an administrator.
  const password = randomBytes(18).toString('base64url')
  await payload.create({ collection: 'users', data: { email: BENCH_ADMIN_EMAIL, password, name: 'Bench', role: 'admin', teams: [] }, ...CALL })

  const themes: Record<string, Id> = {}
  for (const seed of catalogue.themes) {
    const id = await createTheme(payload, seed, seed.parent ? need(themes, seed.parent) : undefined)
    themes[seed.slug] = id
  }

  const organisations: Record<string, Id> = {}
  for (const seed of catalogue.organisations) {
    const id = await createOrganisation(payload, seed, seed.parent ? need(organisations, seed.parent) : undefined)
    organisations[seed.slug] = id
  }
  log(`  ${catalogue.themes.length} thema’s, ${catalogue.organisations.length} organisaties (${((Date.now() - started) / 1000).toFixed(1)} s)`)

  const policyPlans: Record<string, Id> = {}
  for (const plan of catalogue.policyPlans) {
    // The synthetic plans have goals but no programmes.
    policyPlans[plan.slug] = await createPolicyPlan(payload, { ...plan, programmes: [] }, {
      organisation: need(organisations, plan.organisation),
      ownerTeam: need(organisations, plan.ownerTeam),
      priorityThemes: plan.priorityThemes.map((slug) => need(themes, slug)),
    })
  }

  const sites: Record<string, Id> = {}
  const keys: Record<string, string> = {}
  for (const site of catalogue.sites) {
    const doc = await payload.create({
      collection: 'sites',
      depth: 0,
      data: {
        name: site.name,
        slug: site.slug,
        url: site.url,
        owner: need(organisations, site.owner) as number,
        defaultLocale: site.defaultLocale,
        enabledLocales: site.enabledLocales,
        navigationThemes: site.navigationThemes.map((slug) => need(themes, slug) as number),
        allowedOrigins: [site.url.replace(/\/+$/, '')],
        includeAllPublished: site.includeAllPublished,
      },
      ...CALL,
    })
    sites[site.slug] = doc.id
    const key = generateApiKey()
    // The collection's hook hashes `key` and drops it; keyHash is only here because the generated type requires it.
    await payload.create({ collection: 'api-keys', depth: 0, data: { site: doc.id, label: 'Benchmark', key, keyHash: 'set-by-hook', isDemo: false } as never, ...CALL })
    keys[site.slug] = key
  }
  const referenceDone = Date.now()
  log(`  ${catalogue.policyPlans.length} beleidsplannen, ${catalogue.sites.length} sites met API-sleutel, 1 beheerder (${((referenceDone - started) / 1000).toFixed(1)} s)`)

  const media = await uploadMediaPool(payload, catalogue.media)
  const mediaDone = Date.now()
  log(`  ${media.length} foto’s geüpload (${((mediaDone - referenceDone) / 1000).toFixed(1)} s)`)

  const ids = { themes, organisations, sites, policyPlans, media }
  const documents = catalogue.practices.map((practice, index) => practiceDocument(practice, ids, index))
  const bulk = (options.practicesThrough ?? 'bulk') === 'bulk' && isSqliteAdapter(payload)
  if (bulk) {
    await bulkInsertPracticesSqlite(payload, documents, {
      batchSize: options.batchSize,
      progress: (done, total) => log(`  praktijken: ${done}/${total} (${((Date.now() - mediaDone) / 1000).toFixed(1)} s)`),
    })
  } else {
    await createPracticesThroughLocalApi(payload, documents, (done, total) => log(`  praktijken: ${done}/${total} (${((Date.now() - mediaDone) / 1000).toFixed(1)} s)`))
  }
  await checkpointSqlite(payload)
  const finished = Date.now()

  return {
    practices: catalogue.practices.length,
    seed: catalogue.seed,
    method: bulk ? 'sqlite-bulk' : 'local-api',
    admin: { email: BENCH_ADMIN_EMAIL, password },
    keys,
    ids,
    timings: { reference: referenceDone - started, media: mediaDone - referenceDone, practices: finished - mediaDone, total: finished - started },
  }
}

/** The catalogue's practice as Payload data, relations resolved to ids. */
export function practiceDocument(
  practice: SyntheticPractice,
  ids: Pick<SeedManifest['ids'], 'themes' | 'organisations' | 'sites' | 'policyPlans' | 'media'>,
  index: number,
): PracticeDocument {
  const rich = (value: Localised<RichTextInput>): Localised<LexicalState> => {
    const out: Partial<Record<Locale, LexicalState>> = {}
    for (const locale of LOCALES) {
      const input = value[locale]
      if (input !== undefined) out[locale] = richText(input)
    }
    return out as Localised<LexicalState>
  }
  const published = Date.parse(practice.publishedAt)
  // Some practices were edited after publication ("UPDATED" sorts by this).
  const updated = index % 3 === 0 ? published + ((index * 7919) % 400) * 86_400_000 : published
  return {
    slug: practice.slug,
    _status: 'published',
    title: practice.title,
    summary: practice.summary,
    what: rich(practice.what),
    who: rich(practice.who),
    why: rich(practice.why),
    how: rich(practice.how),
    results: rich(practice.results),
    organisations: practice.organisations.map((row) => ({ id: newRowId(), organisation: need(ids.organisations, row.organisation), role: row.role })),
    municipalities: practice.municipalities.map((slug) => need(ids.organisations, slug)),
    regions: practice.regions,
    contact: practice.contact
      ? {
          name: practice.contact.name,
          email: practice.contact.email,
          phone: practice.contact.phone,
          organisation: practice.contact.organisation ? need(ids.organisations, practice.contact.organisation) : null,
        }
      : { name: null, email: null, phone: null, organisation: null },
    themes: practice.themes.map((slug) => need(ids.themes, slug)),
    reach: practice.reach,
    recurrence: practice.recurrence,
    startDate: practice.startDate,
    endDate: practice.endDate,
    policyPlan: practice.policyPlan ? need(ids.policyPlans, practice.policyPlan) : null,
    strategicGoals: practice.strategicGoals,
    images: practice.images.map((position) => {
      const id = ids.media[position]
      if (id === undefined) throw new Error(`bench seed: no photo ${position} in the pool`)
      return id
    }),
    documents: [],
    links: practice.links.map((link) => ({ id: newRowId(), url: link.url, label: link.label })),
    ownerTeam: need(ids.organisations, practice.ownerTeam),
    sites: practice.sites.map((slug) => need(ids.sites, slug)),
    publishedAt: practice.publishedAt,
    createdAt: new Date(published - 3_600_000).toISOString(),
    updatedAt: new Date(Math.min(updated, Date.UTC(2026, 9, 1))).toISOString(),
  }
}

/** One locale's values of a practice document, as a Local API create or update in that locale takes them. */
export function practiceInLocale(doc: PracticeDocument, locale: Locale): Record<string, unknown> {
  const pick = <T>(value: Localised<T>): T | null => value[locale] ?? null
  const localised = {
    title: pick(doc.title),
    summary: pick(doc.summary),
    what: pick(doc.what),
    who: pick(doc.who),
    why: pick(doc.why),
    how: pick(doc.how),
    results: pick(doc.results),
    links: doc.links.map((link) => ({ id: link.id, url: link.url, label: link.label[locale] ?? null })),
  }
  if (locale !== 'nl') return { _status: 'published', ...localised }
  const { title: _t, summary: _s, what: _w, who: _wo, why: _wy, how: _h, results: _r, links: _l, createdAt: _c, updatedAt: _u, ...shared } = doc
  return { ...shared, ...localised }
}

/** The generic path: every practice through the Local API, Dutch first, then French and English. */
export async function createPracticesThroughLocalApi(
  payload: Payload,
  documents: PracticeDocument[],
  progress: (done: number, total: number) => void = () => {},
): Promise<Id[]> {
  const created: Id[] = []
  for (const [index, doc] of documents.entries()) {
    const { id } = await payload.create({ collection: 'practices', locale: 'nl', depth: 0, draft: false, data: practiceInLocale(doc, 'nl') as never, ...CALL })
    for (const locale of OTHER_LOCALES) {
      await payload.update({ collection: 'practices', id, locale, depth: 0, draft: false, data: practiceInLocale(doc, locale) as never, ...CALL })
    }
    created.push(id)
    if ((index + 1) % 250 === 0 || index + 1 === documents.length) progress(index + 1, documents.length)
  }
  return created
}

/** Small real JPEGs (1200 × 800, gradients and shapes), uploaded once through the Local API with every upload hook. */
async function uploadMediaPool(payload: Payload, pool: SyntheticMedia[]): Promise<Id[]> {
  const buffers = await Promise.all(pool.map((item) => drawPhoto(item)))
  const ids: Id[] = new Array(pool.length)
  // Two at a time: the upload hook's image queue works on two images at once (two cores).
  let next = 0
  const worker = async () => {
    for (let index = next++; index < pool.length; index = next++) ids[index] = await uploadOne(pool[index]!, buffers[index]!)
  }
  await Promise.all([worker(), worker()])
  return ids

  async function uploadOne(item: SyntheticMedia, buffer: Buffer): Promise<Id> {
    const doc = await payload.create({
      collection: 'media',
      locale: 'nl',
      depth: 0,
      data: { alt: item.alt.nl, credit: item.credit, ...(item.caption?.nl ? { caption: item.caption.nl } : {}) },
      file: { data: buffer, mimetype: 'image/jpeg', name: `${item.name}.jpg`, size: buffer.length },
      ...CALL,
    })
    for (const locale of OTHER_LOCALES) {
      await payload.update({
        collection: 'media',
        id: doc.id,
        locale,
        depth: 0,
        data: { alt: item.alt[locale], ...(item.caption?.[locale] ? { caption: item.caption[locale] } : {}) },
        ...CALL,
      })
    }
    return doc.id
  }
}

async function drawPhoto(item: SyntheticMedia): Promise<Buffer> {
  const w = 1200
  const h = 800
  const second = (item.hue + 40) % 360
  const accent = (item.hue + 180) % 360
  const shapes = [0, 1, 2, 3, 4]
    .map((n) => {
      const cx = ((item.hue * (n + 3) * 37) % w) | 0
      const cy = ((item.hue * (n + 5) * 23 + item.variant * 97) % h) | 0
      return `<circle cx="${cx}" cy="${cy}" r="${80 + n * 45}" fill="hsl(${n % 2 ? accent : second} 70% 70%)" fill-opacity="0.3"/>`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${item.hue} 65% 50%)"/><stop offset="1" stop-color="hsl(${second} 60% 28%)"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#g)"/>${shapes}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

function need(map: Record<string, Id>, slug: string): Id {
  const id = map[slug]
  if (id === undefined) throw new Error(`bench seed: unknown slug "${slug}"`)
  return id
}

// ---------------------------------------------------------------------------
// As a script: the bench's seeding child
// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      practices: { type: 'string' },
      seed: { type: 'string' },
      manifest: { type: 'string' },
      through: { type: 'string' },
    },
  })
  const count = Number(values.practices)
  if (!Number.isInteger(count) || count < 1) throw new Error('--practices must be a positive whole number')
  if (!values.manifest) throw new Error('--manifest FILE is required')
  const bootStarted = Date.now()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const boot = Date.now() - bootStarted
  console.log(`  Payload gestart, migraties toegepast (${(boot / 1000).toFixed(1)} s)`)

  const catalogue = syntheticCatalogue({ practices: count, ...(values.seed ? { seed: Number(values.seed) } : {}) })
  const manifest = await seedSyntheticCatalogue(payload, catalogue, {
    log: (line) => console.log(line),
    practicesThrough: values.through === 'local-api' ? 'local-api' : 'bulk',
  })
  manifest.timings.boot = boot
  writeFileSync(values.manifest, JSON.stringify(manifest))
  await payload.destroy()
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
if (isEntry) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`bench seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      process.exit(1)
    },
  )
}

export { SITE_ALL, SITE_SELECTION }
