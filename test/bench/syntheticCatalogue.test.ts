import type { Payload } from 'payload'
import { email } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpUrl } from '../../collections/Practices/validation'
import { SLUG_PATTERN } from '../../src/lib/slugify'

import {
  createPracticesThroughLocalApi,
  practiceDocument,
  seedSyntheticCatalogue,
  type Id,
  type SeedManifest,
} from '../../scripts/bench/seedSynthetic'
import { isSqliteAdapter } from '../../scripts/bench/sqliteBulkInsert'
import { syntheticCatalogue } from '../../scripts/bench/syntheticCatalogue'
import { bootPayload, shutdownPayload } from '../helpers/payload'

/**
 * The bench loads practices straight into SQLite's tables. Payload must read
 * them back exactly as it reads the same practices created through the Local
 * API: same fields, same values in every locale, same relations, same latest
 * version, and valid by the collection's own rules.
 */

const COUNT = 40

let payload: Payload
let manifest: SeedManifest
const bulkIds = new Map<string, Id>()
const localIds = new Map<string, Id>()

/** Ids, timestamps and array-row ids differ between the two copies; everything else must not. */
function comparable(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => comparable(item))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([name]) => !['id', 'createdAt', 'updatedAt', 'parent'].includes(name))
        .map(([name, item]) => [name, name === 'slug' && key === '' ? String(item).replace(/-local$/, '') : comparable(item, name)]),
    )
  }
  return value
}

beforeAll(async () => {
  payload = await bootPayload()
  const catalogue = syntheticCatalogue({ practices: COUNT, seed: 7, municipalities: 12, partners: 8, mediaPool: 4, policyPlans: 6 })
  manifest = await seedSyntheticCatalogue(payload, catalogue)

  const found = await payload.find({ collection: 'practices', limit: COUNT, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })
  for (const doc of found.docs) bulkIds.set(doc.slug, doc.id)

  // The same practices once more through the Local API, under other slugs.
  const documents = catalogue.practices.map((practice, index) => ({ ...practiceDocument(practice, manifest.ids, index), slug: `${practice.slug}-local` }))
  const created = await createPracticesThroughLocalApi(payload, documents)
  documents.forEach((doc, index) => localIds.set(doc.slug.replace(/-local$/, ''), created[index]!))
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('bench seed: bulk-loaded practices', () => {
  it('loads every practice, published, through the fast path on SQLite', () => {
    expect(bulkIds.size).toBe(COUNT)
    if (isSqliteAdapter(payload)) expect(manifest.method).toBe('sqlite-bulk')
  })

  it('are found as published practices', async () => {
    const published = await payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(published.totalDocs).toBe(2 * COUNT)
  })

  it('read back like Local API practices in every locale and at depth 1', async () => {
    for (const locale of ['nl', 'fr', 'en', 'all'] as const) {
      for (const [slug, bulkId] of bulkIds) {
        const [bulk, local] = await Promise.all(
          [bulkId, localIds.get(slug)!].map((id) => payload.findByID({ collection: 'practices', id, locale, depth: locale === 'fr' ? 1 : 0, overrideAccess: true })),
        )
        expect(comparable(bulk), `${slug} in ${locale}`).toEqual(comparable(local))
      }
    }
  })

  it('are complete in French: title, summary, rich text, relations, images', async () => {
    for (const id of bulkIds.values()) {
      const doc = await payload.findByID({ collection: 'practices', id, locale: 'fr', depth: 1, overrideAccess: true })
      expect(doc._status).toBe('published')
      expect(doc.title).toBeTruthy()
      expect(doc.summary).toBeTruthy()
      expect(doc.what?.root.children.length).toBeGreaterThan(0)
      expect(doc.themes?.length).toBeGreaterThanOrEqual(4)
      expect(doc.organisations?.some((row) => row.role === 'lead')).toBe(true)
      expect(doc.municipalities?.length).toBeGreaterThanOrEqual(1)
      expect(doc.regions?.length).toBeGreaterThanOrEqual(1)
      expect(doc.images?.length).toBeGreaterThanOrEqual(1)
      expect(typeof doc.images?.[0] === 'object' && doc.images[0]?.url).toBeTruthy()
      expect(doc.publishedAt).toBeTruthy()
    }
  })

  it('have the same latest version as Local API practices', async () => {
    const latest = async (id: Id) => {
      const versions = await payload.findVersions({
        collection: 'practices',
        where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
        locale: 'all',
        depth: 0,
        overrideAccess: true,
      })
      expect(versions.docs).toHaveLength(1)
      return versions.docs[0]!.version
    }
    for (const [slug, bulkId] of [...bulkIds].slice(0, 10)) {
      expect(comparable(await latest(bulkId)), slug).toEqual(comparable(await latest(localIds.get(slug)!)))
    }
  })

  it('pass the collection’s validation when an editor saves them again', async () => {
    for (const id of [...bulkIds.values()].slice(0, 5)) {
      const saved = await payload.update({ collection: 'practices', id, locale: 'nl', draft: false, data: { _status: 'published' }, overrideAccess: true, depth: 0 })
      expect(saved._status).toBe('published')
    }
  })
})

/**
 * The bulk path runs no validation, so the catalogue itself must hold only
 * values the collections accept: checked here over a full-size catalogue
 * with the same validators the collections use.
 */
describe('bench catalogue: valid by the collections’ rules at full size', () => {
  const catalogue = syntheticCatalogue({ practices: 20_000 })
  const req = { i18n: { language: 'en' }, payload: { collections: {}, config: { collections: [] } }, t: (key: string) => key }
  const validEmail = (value: string) => email(value, { req, required: false } as never) === true
  const validUrl = (value: string) => httpUrl(value, { req } as never) === true

  it('has unique, well-formed slugs and NIS codes', () => {
    for (const list of [catalogue.practices, catalogue.organisations, catalogue.policyPlans, catalogue.sites]) {
      const slugs = list.map((item) => item.slug)
      expect(new Set(slugs).size).toBe(slugs.length)
      expect(slugs.filter((slug) => !SLUG_PATTERN.test(slug))).toEqual([])
    }
    const nisCodes = catalogue.organisations.flatMap((org) => (org.nisCode ? [org.nisCode] : []))
    expect(new Set(nisCodes).size).toBe(nisCodes.length)
    expect(nisCodes.every((code) => /^\d{5}$/.test(code))).toBe(true)
  })

  it('has only valid e-mail addresses, web addresses and lengths', () => {
    const emails = [
      ...catalogue.practices.flatMap((practice) => (practice.contact ? [practice.contact.email] : [])),
      ...catalogue.organisations.flatMap((org) => (org.email ? [org.email] : [])),
    ]
    expect(emails.filter((value) => !validEmail(value))).toEqual([])
    const urls = [
      ...catalogue.practices.flatMap((practice) => practice.links.map((link) => link.url)),
      ...catalogue.organisations.flatMap((org) => (org.website ? [org.website] : [])),
      ...catalogue.sites.map((site) => site.url),
    ]
    expect(urls.filter((value) => !validUrl(value))).toEqual([])
    for (const practice of catalogue.practices) {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        expect(practice.title[locale].length).toBeLessThanOrEqual(200)
        expect(practice.summary[locale].length).toBeLessThanOrEqual(300)
      }
      expect(practice.contact?.phone?.length ?? 0).toBeLessThanOrEqual(40)
    }
    expect(catalogue.organisations.filter((org) => Object.values(org.name).some((name) => name.length > 200))).toEqual([])
  })

  it('follows the practices’ own rules: a lead, municipalities, dates, plan goals', () => {
    const types = new Map(catalogue.organisations.map((org) => [org.slug, org.type]))
    const goals = new Map(catalogue.policyPlans.map((plan) => [plan.slug, new Set(plan.strategicGoals.map((goal) => goal.code))]))
    for (const practice of catalogue.practices) {
      expect(practice.organisations.some((row) => row.role === 'lead')).toBe(true)
      expect(practice.municipalities.every((slug) => types.get(slug) === 'municipality')).toBe(true)
      expect(practice.regions.length).toBeGreaterThan(0)
      if (practice.endDate) expect(practice.endDate >= practice.startDate).toBe(true)
      expect(practice.themes.length).toBeGreaterThanOrEqual(4)
      expect(practice.images.length).toBeGreaterThanOrEqual(1)
      expect(practice.images.length).toBeLessThanOrEqual(3)
      if (practice.strategicGoals.length > 0) {
        expect(practice.policyPlan).not.toBeNull()
        expect(practice.strategicGoals.every((code) => goals.get(practice.policyPlan!)?.has(code))).toBe(true)
      }
    }
  })
})

