import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, fieldErrors, unique, validPractice, type World } from './helpers/fixtures'
import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await bootPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const createPractice = (overrides: Record<string, unknown> = {}) =>
  payload.create({ collection: 'practices', data: validPractice(world, overrides) as never, overrideAccess: true })

describe('slugs', () => {
  it('are made from the Dutch title, without accents', async () => {
    const practice = await createPractice({ title: 'Émancipatie & Gelijke Kansen in Schaarbeek' })
    expect(practice.slug).toBe('emancipatie-en-gelijke-kansen-in-schaarbeek')
  })

  it('get a numeric suffix when the title is taken', async () => {
    const first = await createPractice({ title: 'Buurtgesprekken' })
    const second = await createPractice({ title: 'Buurtgesprekken' })
    expect(first.slug).toBe('buurtgesprekken')
    expect(second.slug).toBe('buurtgesprekken-2')
  })

  it('can be typed by an editor, and are normalised', async () => {
    const practice = await createPractice({ slug: 'Mijn Eigen Slug' })
    expect(practice.slug).toBe('mijn-eigen-slug')
  })

  it('stay the same when the title changes', async () => {
    const practice = await createPractice({ title: 'Eerste titel' })
    const updated = await payload.update({ collection: 'practices', id: practice.id, data: { title: 'Tweede titel' }, overrideAccess: true })
    expect(updated.slug).toBe(practice.slug)
  })

  it('must be unique when typed', async () => {
    await createPractice({ slug: 'dubbel' })
    const errors = await fieldErrors(createPractice({ slug: 'dubbel' }))
    expect(Object.keys(errors)).toContain('slug')
  })

  it('are made for organisations and themes too', async () => {
    const theme = await payload.create({ collection: 'themes', data: { name: 'Welzijn en samenleving', scheme: 'domain' } as never, overrideAccess: true })
    expect(theme.slug).toBe('welzijn-en-samenleving')
  })
})

describe('practice rules', () => {
  it('limit the summary to 300 characters', async () => {
    const errors = await fieldErrors(createPractice({ summary: 'x'.repeat(301) }))
    expect(errors.summary).toBeDefined()
    await expect(createPractice({ summary: 'x'.repeat(300) })).resolves.toBeTruthy()
  })

  it('accept reach and recurrence only as whole numbers from 1 to 4', async () => {
    for (const bad of [0, 5, 2.5]) {
      const errors = await fieldErrors(createPractice({ reach: bad }))
      expect(errors.reach).toMatch(/1 tot 4/)
    }
    const errors = await fieldErrors(createPractice({ recurrence: 7 }))
    expect(errors.recurrence).toBeDefined()
  })

  it('need at least one lead organisation', async () => {
    const errors = await fieldErrors(
      createPractice({ organisations: [{ organisation: world.diversityService.id, role: 'partner' }] }),
    )
    expect(errors.organisations).toMatch(/Trekker/)
  })

  it('take only municipalities as municipalities', async () => {
    const errors = await fieldErrors(createPractice({ municipalities: [world.diversityService.id] }))
    expect(errors.municipalities).toMatch(/Dienst Diversiteit/)
  })

  it('derive regions from the municipalities unless set', async () => {
    const derived = await createPractice({ municipalities: [world.mechelen.id] })
    expect(derived.regions).toEqual(['flanders'])
    const chosen = await createPractice({ municipalities: [world.mechelen.id], regions: ['brussels'] })
    expect(chosen.regions).toEqual(['brussels'])
  })

  it('refuse an end date before the start date', async () => {
    const errors = await fieldErrors(createPractice({ startDate: '2024-09-01', endDate: '2024-08-31' }))
    expect(errors.endDate).toMatch(/vóór de startdatum/)
    await expect(createPractice({ startDate: '2024-09-01', endDate: '2024-09-01' })).resolves.toBeTruthy()
  })

  it('take only strategic goals that exist in the chosen plan', async () => {
    const errors = await fieldErrors(createPractice({ policyPlan: world.planId, strategicGoals: ['SD3', 'SD9'] }))
    expect(errors.strategicGoals).toMatch(/SD9/)
    expect(errors.strategicGoals).not.toMatch(/SD3/)
    const ok = await createPractice({ policyPlan: world.planId, strategicGoals: ['SD3'] })
    expect(ok.strategicGoals).toEqual(['SD3'])
    const withoutPlan = await fieldErrors(createPractice({ strategicGoals: ['SD1'] }))
    expect(withoutPlan.strategicGoals).toMatch(/beleidsplan/)
  })

  it('check link addresses', async () => {
    const errors = await fieldErrors(createPractice({ links: [{ label: 'Site', url: 'javascript:alert(1)' }] }))
    expect(Object.keys(errors).some((path) => path.startsWith('links'))).toBe(true)
  })

  it('get publishedAt at first publication and keep it', async () => {
    const draft = await payload.create({
      collection: 'practices',
      data: validPractice(world, { _status: 'draft' }) as never,
      draft: true,
      overrideAccess: true,
    })
    expect(draft.publishedAt ?? null).toBeNull()
    const published = await payload.update({ collection: 'practices', id: draft.id, data: { _status: 'published' }, overrideAccess: true })
    expect(published.publishedAt).toBeTruthy()
    const edited = await payload.update({ collection: 'practices', id: draft.id, data: { title: 'Nieuwe titel', _status: 'published' }, overrideAccess: true })
    expect(edited.publishedAt).toBe(published.publishedAt)
  })
})

describe('drafts', () => {
  it('are never read as the published version', async () => {
    const practice = await createPractice({ title: 'Gepubliceerde titel' })
    await payload.update({
      collection: 'practices',
      id: practice.id,
      data: { title: 'Kladversie van de titel' },
      draft: true,
      overrideAccess: true,
    })
    const published = await payload.findByID({ collection: 'practices', id: practice.id, overrideAccess: true })
    expect(published.title).toBe('Gepubliceerde titel')
    const latestDraft = await payload.findByID({ collection: 'practices', id: practice.id, draft: true, overrideAccess: true })
    expect(latestDraft.title).toBe('Kladversie van de titel')

    const publishedOnly = await payload.find({
      collection: 'practices',
      where: { and: [{ id: { equals: practice.id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
    })
    expect(publishedOnly.docs.map((doc) => doc.title)).toEqual(['Gepubliceerde titel'])
  })

  it('of a new practice are not published', async () => {
    const draft = await payload.create({
      collection: 'practices',
      data: validPractice(world, { _status: 'draft', title: 'Alleen een klad' }) as never,
      draft: true,
      overrideAccess: true,
    })
    const published = await payload.find({
      collection: 'practices',
      where: { and: [{ id: { equals: draft.id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
    })
    expect(published.totalDocs).toBe(0)
  })
})

describe('localisation', () => {
  it('falls back to Dutch for a field with no text in the locale', async () => {
    const practice = await createPractice({ title: 'Taalpromotie', summary: 'Nederlandse samenvatting.' })
    await payload.update({ collection: 'practices', id: practice.id, locale: 'fr', data: { title: 'Promotion des langues' }, overrideAccess: true })
    const fr = await payload.findByID({ collection: 'practices', id: practice.id, locale: 'fr', overrideAccess: true })
    expect(fr.title).toBe('Promotion des langues')
    expect(fr.summary).toBe('Nederlandse samenvatting.')
    const en = await payload.findByID({ collection: 'practices', id: practice.id, locale: 'en', overrideAccess: true })
    expect(en.title).toBe('Taalpromotie')
    const frOnly = await payload.findByID({ collection: 'practices', id: practice.id, locale: 'fr', fallbackLocale: false, overrideAccess: true })
    expect(frOnly.summary ?? null).toBeNull()
  })
})

describe('organisations', () => {
  it('check the NIS code: five digits, unique, municipalities only', async () => {
    const bad = await fieldErrors(
      payload.create({ collection: 'organisations', data: { name: unique('Gemeente'), type: 'municipality', nisCode: '1234' } as never, overrideAccess: true }),
    )
    expect(bad.nisCode).toMatch(/vijf cijfers/)
    const taken = await fieldErrors(
      payload.create({ collection: 'organisations', data: { name: unique('Gemeente'), type: 'municipality', nisCode: '12025' } as never, overrideAccess: true }),
    )
    expect(taken.nisCode).toBeDefined()
    const notMunicipal = await fieldErrors(
      payload.create({ collection: 'organisations', data: { name: unique('Vzw'), type: 'nonprofit', nisCode: '11111' } as never, overrideAccess: true }),
    )
    expect(notMunicipal.nisCode).toMatch(/Alleen gemeenten/)
  })

  it('refuse a parent that makes a cycle', async () => {
    const team = await payload.create({ collection: 'organisations', data: { name: unique('Team'), type: 'local-service', parent: world.diversityService.id } as never, overrideAccess: true })
    const errors = await fieldErrors(
      payload.update({ collection: 'organisations', id: world.mechelen.id, data: { parent: team.id }, overrideAccess: true }),
    )
    expect(errors.parent).toMatch(/kring/)
    const self = await fieldErrors(
      payload.update({ collection: 'organisations', id: world.mechelen.id, data: { parent: world.mechelen.id }, overrideAccess: true }),
    )
    expect(self.parent).toMatch(/eigen bovenliggend/)
  })
})

describe('themes', () => {
  it('need a parent of the same scheme', async () => {
    const errors = await fieldErrors(
      payload.create({ collection: 'themes', data: { name: unique('Thema'), scheme: 'dimension', parent: world.themeYouth.id } as never, overrideAccess: true }),
    )
    expect(errors.parent).toMatch(/hetzelfde schema/)
    const child = await payload.create({ collection: 'themes', data: { name: unique('Jongeren in de vrije tijd'), scheme: 'target-group', parent: world.themeYouth.id } as never, overrideAccess: true })
    expect(child.parent).toBeTruthy()
  })

  it('refuse a parent that makes a cycle', async () => {
    const child = await payload.create({ collection: 'themes', data: { name: unique('Kind'), scheme: 'domain', parent: world.themeGeneralPolicy.id } as never, overrideAccess: true })
    const errors = await fieldErrors(
      payload.update({ collection: 'themes', id: world.themeGeneralPolicy.id, data: { parent: child.id }, overrideAccess: true }),
    )
    expect(errors.parent).toMatch(/kring/)
  })
})

describe('policy plans', () => {
  it('refuse an end year before the start year', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'policy-plans',
        data: { title: unique('Plan'), organisation: world.mechelen.id, startYear: 2025, endYear: 2020, ownerTeam: world.vvsg.id, _status: 'published' } as never,
        overrideAccess: true,
      }),
    )
    expect(errors.endYear).toMatch(/vóór het beginjaar/)
  })

  it('keep strategic goal codes unique within the plan', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'policy-plans',
        data: {
          title: unique('Plan'),
          organisation: world.mechelen.id,
          startYear: 2020,
          ownerTeam: world.vvsg.id,
          _status: 'published',
          strategicGoals: [
            { code: 'SD1', title: 'Een' },
            { code: 'SD1', title: 'Nog eens een' },
          ],
        } as never,
        overrideAccess: true,
      }),
    )
    expect(errors.strategicGoals).toMatch(/SD1/)
  })

  it('list the practices that implement them', async () => {
    const practice = await createPractice({ policyPlan: world.planId, strategicGoals: ['SD1'] })
    const plan = await payload.findByID({ collection: 'policy-plans', id: world.planId, overrideAccess: true })
    const ids = (plan.practices?.docs ?? []).map((doc) => (typeof doc === 'object' ? doc.id : doc))
    expect(ids).toContain(practice.id)
  })
})

describe('sites and API keys', () => {
  it('need the default language among the site languages', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'sites',
        data: { name: unique('Site'), owner: world.vvsg.id, defaultLocale: 'fr', enabledLocales: ['nl'] } as never,
        overrideAccess: true,
      }),
    )
    expect(errors.enabledLocales).toMatch(/standaardtaal/)
  })

  it('take allowed origins as scheme, host and port only', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'sites',
        data: { name: unique('Site'), owner: world.vvsg.id, defaultLocale: 'nl', enabledLocales: ['nl'], allowedOrigins: ['https://www.vvsg.be/praktijken'] } as never,
        overrideAccess: true,
      }),
    )
    expect(errors.allowedOrigins).toMatch(/zonder pad: https:\/\/www\.vvsg\.be\/praktijken/)
    const site = await payload.create({
      collection: 'sites',
      data: { name: unique('Site'), owner: world.vvsg.id, defaultLocale: 'nl', enabledLocales: ['nl'], allowedOrigins: ['https://www.vvsg.be', 'http://localhost:4321'] } as never,
      overrideAccess: true,
    })
    expect(site.allowedOrigins).toEqual(['https://www.vvsg.be', 'http://localhost:4321'])
  })

  it('store only a hash of a key', async () => {
    const { generateApiKey, hashApiKey } = await import('../src/site-keys/keys')
    const site = await payload.create({ collection: 'sites', data: { name: unique('Site'), owner: world.vvsg.id, defaultLocale: 'nl', enabledLocales: ['nl'] } as never, overrideAccess: true })
    const key = generateApiKey()
    const created = await payload.create({ collection: 'api-keys', data: { site: site.id, label: 'Test', key } as never, overrideAccess: true })
    expect(JSON.stringify(created)).not.toContain(key)
    expect(created).not.toHaveProperty('keyHash')
    const stored = await payload.findByID({ collection: 'api-keys', id: created.id, overrideAccess: true, showHiddenFields: true })
    expect((stored as { keyHash?: string }).keyHash).toBe(hashApiKey(key))
    expect(created.prefix).toBe(key.slice(0, 16))
  })
})

describe('users', () => {
  it('an editor belongs to at least one team', async () => {
    const errors = await fieldErrors(
      payload.create({ collection: 'users', data: { email: 'zonder.team@test.be', password: 'lang-genoeg-wachtwoord', role: 'editor', teams: [] } as never, overrideAccess: true }),
    )
    expect(errors.teams).toMatch(/minstens één team/)
  })
})

