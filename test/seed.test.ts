import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload
let seedDemoContent: typeof import('../src/seed/index').seedDemoContent
let isDatabaseEmpty: typeof import('../src/seed/index').isDatabaseEmpty

const collections: CollectionSlug[] = ['practices', 'organisations', 'policy-plans', 'themes', 'media', 'sites', 'api-keys', 'users']

async function snapshot(): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {}
  for (const collection of collections) {
    const found = await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true, draft: true })
    result[collection] = found.docs.map((doc) => `${doc.id}@${(doc as { updatedAt?: string }).updatedAt}`).sort()
  }
  return result
}

beforeAll(async () => {
  payload = await bootPayload()
  ;({ seedDemoContent, isDatabaseEmpty } = await import('../src/seed/index'))
  expect(await isDatabaseEmpty(payload)).toBe(true)
  await seedDemoContent(payload)
}, 300_000)

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('demo content', () => {
  it('has at least 25 published practices, some in French, with photos', async () => {
    const published = await payload.find({ collection: 'practices', where: { _status: { equals: 'published' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(published.totalDocs).toBeGreaterThanOrEqual(25)
    expect(published.docs.filter((practice) => (practice.images ?? []).length > 0).length).toBeGreaterThan(10)
    const french = await payload.find({ collection: 'practices', locale: 'fr', fallbackLocale: false, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(french.docs.filter((practice) => practice.title).length).toBeGreaterThanOrEqual(5)
  })

  it("holds Mechelen's diversity clause with reach 1 and recurrence 4, serving SD3 of Inclusieve stad 2.0", async () => {
    const found = await payload.find({ collection: 'practices', where: { title: { like: 'diversiteitsclausule' } }, depth: 1, overrideAccess: true })
    const clause = found.docs[0]
    expect(clause).toBeDefined()
    expect(clause!.reach).toBe(1)
    expect(clause!.recurrence).toBe(4)
    const plan = clause!.policyPlan as { title: string; strategicGoals: Array<{ code: string }> }
    expect(plan.title).toMatch(/Inclusieve stad 2\.0/)
    expect(clause!.strategicGoals).toContain('SD3')
  })

  it('holds the policy plan Inclusieve stad 2.0 (2020–2025) with SD1–SD4 and two programmes', async () => {
    const plans = await payload.find({ collection: 'policy-plans', where: { title: { like: 'Inclusieve stad 2.0' } }, overrideAccess: true })
    const plan = plans.docs[0]!
    expect([plan.startYear, plan.endYear]).toEqual([2020, 2025])
    expect(plan.strategicGoals?.map((goal) => goal.code)).toEqual(['SD1', 'SD2', 'SD3', 'SD4'])
    expect(plan.programmes).toHaveLength(2)
  })

  it('holds the umbrella organisations, one site each, and the 19 Brussels municipalities', async () => {
    const umbrellas = await payload.find({ collection: 'organisations', where: { type: { equals: 'umbrella' } }, limit: 0, pagination: false, overrideAccess: true })
    expect(umbrellas.totalDocs).toBeGreaterThanOrEqual(5)
    const sites = await payload.find({ collection: 'sites', limit: 0, pagination: false, depth: 0, overrideAccess: true })
    const owners = new Set(sites.docs.map((site) => String(site.owner)))
    for (const umbrella of umbrellas.docs) expect(owners.has(String(umbrella.id)), String(umbrella.name)).toBe(true)
    const brussels = await payload.count({
      collection: 'organisations',
      where: { and: [{ type: { equals: 'municipality' } }, { nisCode: { like: '210' } }] },
      overrideAccess: true,
    })
    expect(brussels.totalDocs).toBe(19)
  })

  it('holds themes in all three schemes', async () => {
    for (const scheme of ['domain', 'target-group', 'dimension'] as const) {
      const themes = await payload.count({ collection: 'themes', where: { scheme: { equals: scheme } }, overrideAccess: true })
      expect(themes.totalDocs, scheme).toBeGreaterThanOrEqual(5)
    }
  })

  it('changes nothing when seeded a second time', async () => {
    const before = await snapshot()
    await seedDemoContent(payload)
    expect(await snapshot()).toEqual(before)
  })
})

describe('the read model on the demo content', () => {
  it('reads the same records through the database adapter as through the Local API', async () => {
    const { loadContentRecords } = await import('../src/read-model/contentStore')
    const throughAdapter = await loadContentRecords(payload)
    const throughLocalApi = await loadContentRecords(payload, 'local-api')
    expect(throughAdapter.practices.size).toBeGreaterThanOrEqual(25)
    expect(throughAdapter).toEqual(throughLocalApi)
  })
})
