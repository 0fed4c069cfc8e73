/**
 * submitPractice: input checked with zod (field errors come back as data),
 * stored for review by the editors of the site's owner, invisible until
 * approved and published, and rate limited per client IP and per key.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LIMITS } from '../../src/partner-api/limits'
import type { PracticeSubmission, User } from '../../src/payload-types'
import { PASSWORD } from '../helpers/fixtures'
import { bootTestPayload, shutdownPayload, startPartnerServer, type PartnerServer } from './helpers/partnerServer'
import { buildPartnerWorld, type PartnerWorld } from './helpers/partnerWorld'
import { data } from './helpers/queries'

let server: PartnerServer
let world: PartnerWorld
let payload: Payload
let clock = new Date('2026-05-04T10:00:00.000Z')
let vvsgEditor: User
let uniaEditor: User
let forwardedFor = 0

beforeAll(async () => {
  payload = await bootTestPayload()
  world = await buildPartnerWorld(payload)
  // Behind a proxy, so that each test can act as its own client IP.
  server = await startPartnerServer(payload, { now: () => clock, trustProxy: true })
  const user = async (email: string, teams: number[]) =>
    ({ ...(await payload.create({ collection: 'users', data: { email, password: PASSWORD, role: 'editor', teams } as never, overrideAccess: true })), collection: 'users' }) as User
  // The first account of a database becomes an administrator: make that one first, so the editors are editors.
  await user('beheerder@praktijkenbank.test', [])
  vvsgEditor = await user('redacteur@vvsg.test', [world.orgs.vvsg.id])
  uniaEditor = await user('redacteur@unia.test', [world.orgs.unia.id])
})

afterAll(async () => {
  await server?.stop()
  await shutdownPayload(payload)
})

const SUBMIT = `mutation ($input: PracticeSubmissionInput!) { submitPractice(input: $input) { ok reference errors { field message } } }`

const VALID = {
  title: 'Buurtmoestuin De Groene Hoek',
  summary: 'Buren van alle herkomst telen samen groenten op een braakliggend terrein.',
  description: 'Sinds 2022 beheren buren samen een moestuin. De stad stelt het terrein ter beschikking, een vzw begeleidt.',
  organisationName: 'Vzw De Groene Hoek',
  municipality: 'Mechelen',
  themes: ['algemeen-beleid', 'anderstalige-nieuwkomers'],
  contactName: 'Fatima El Amrani',
  contactEmail: 'fatima@groenehoek.be',
  website: 'https://www.groenehoek.be',
  locale: 'nl',
  consent: true,
}

function submit(input: Record<string, unknown>, options: { key?: string; ip?: string; through?: PartnerServer } = {}) {
  return (options.through ?? server).request(SUBMIT, {
    key: options.key ?? world.keys.a,
    variables: { input },
    headers: { 'x-forwarded-for': options.ip ?? `10.0.0.${++forwardedFor}` },
  })
}

async function stored(reference: string): Promise<PracticeSubmission> {
  const found = await payload.find({ collection: 'practice-submissions', where: { reference: { equals: reference } }, overrideAccess: true, depth: 0 })
  return found.docs[0]!
}

describe('a valid submission', () => {
  it('is stored for review by the team that owns the site, with a reference', async () => {
    const response = await submit(VALID)
    expect(response.status).toBe(200)
    const result = response.body.data.submitPractice
    expect(result).toMatchObject({ ok: true, errors: [] })
    expect(result.reference).toMatch(/^PB-[0-9A-F]{10}$/)

    const submission = await stored(result.reference)
    expect(submission).toMatchObject({
      status: 'submitted',
      site: world.sites.a.id,
      ownerTeam: world.orgs.vvsg.id,
      title: VALID.title,
      contactEmail: VALID.contactEmail,
      themes: [world.themes.generalPolicy.id, world.themes.newcomers.id],
      consent: true,
      locale: 'nl',
    })
  })

  it('is not visible through the API', async () => {
    const result = (await submit({ ...VALID, title: 'Onzichtbaar zwemproject' })).body.data.submitPractice
    expect(result.ok).toBe(true)
    const search = await data(server, world.keys.a, '{ practices(search: "zwemproject") { totalCount } site { practiceCount } }')
    expect(search.practices.totalCount).toBe(0)
  })
})

describe('invalid input', () => {
  it('comes back as field errors, not as a GraphQL error', async () => {
    const response = await submit({
      ...VALID,
      title: 'Kort',
      summary: 'x'.repeat(301),
      contactEmail: 'geen-adres',
      website: 'javascript:alert(1)',
      themes: ['algemeen-beleid', 'bestaat-niet'],
      consent: false,
    })
    expect(response.status).toBe(200)
    const result = response.body.data.submitPractice
    expect(result.ok).toBe(false)
    expect(result.reference).toBeNull()
    const fields = Object.fromEntries(result.errors.map((error: { field: string; message: string }) => [error.field, error.message]))
    expect(Object.keys(fields).sort()).toEqual(['consent', 'contactEmail', 'summary', 'themes', 'title', 'website'])
    expect(fields.themes).toContain('bestaat-niet')
    expect(fields.consent).toMatch(/toestemming/i)
  })

  it('speaks the language of the submission', async () => {
    const result = (await submit({ ...VALID, locale: 'fr', contactEmail: 'non' })).body.data.submitPractice
    expect(result.errors).toEqual([{ field: 'contactEmail', message: 'Indiquez une adresse e-mail valide.' }])
    // Without a locale: the site's default (site B speaks French).
    const siteB = (await submit({ ...VALID, locale: null, consent: false }, { key: world.keys.b })).body.data.submitPractice
    expect(siteB.errors).toEqual([{ field: 'consent', message: 'Sans votre accord, nous ne pouvons pas publier la pratique.' }])
  })

  it('checks lengths after trimming, and leaves optional fields optional', async () => {
    const blank = (await submit({ ...VALID, title: '     ', organisationName: ' ', municipality: '', website: '', themes: null })).body.data.submitPractice
    expect(blank.errors.map((error: { field: string }) => error.field).sort()).toEqual(['organisationName', 'title'])
    const minimal = (await submit({ ...VALID, municipality: null, website: null, themes: [], locale: null })).body.data.submitPractice
    expect(minimal).toMatchObject({ ok: true, errors: [] })
  })

  it('of the wrong type is refused by GraphQL with a 4xx', async () => {
    const response = await submit({ title: 'Zonder de rest' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT')
  })
})

describe('rate limits', () => {
  it(`allow ${LIMITS.submissionsPerIpPerHour} submissions an hour per client IP, then RATE_LIMITED with HTTP 429`, async () => {
    const ip = '192.0.2.10'
    for (let i = 0; i < LIMITS.submissionsPerIpPerHour; i++) {
      expect((await submit({ ...VALID, consent: false }, { ip })).status).toBe(200)
    }
    const refused = await submit(VALID, { ip })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await submit(VALID, { ip: '192.0.2.11' })).status).toBe(200)

    clock = new Date(clock.getTime() + 60 * 60 * 1000 + 1)
    expect((await submit(VALID, { ip })).body.data.submitPractice.ok).toBe(true)
  })

  it(`allow ${LIMITS.submissionsPerKeyPerHour} submissions an hour per API key, whatever the IP`, async () => {
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000)
    for (let i = 0; i < LIMITS.submissionsPerKeyPerHour; i++) {
      expect((await submit({ ...VALID, consent: false }, { key: world.keys.all })).status).toBe(200)
    }
    const refused = await submit(VALID, { key: world.keys.all })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED')
    expect((await submit(VALID, { key: world.keys.b })).status).toBe(200)
  })

  it('are shared by several instances on one database, and say when the next attempt fits', async () => {
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000)
    const second = await startPartnerServer(payload, { now: () => clock, trustProxy: true })
    try {
      const ip = '192.0.2.20'
      const minute = 60 * 1000
      // Five attempts a minute apart, alternating between the instances.
      for (let i = 0; i < LIMITS.submissionsPerIpPerHour; i++) {
        expect((await submit(VALID, { ip, through: i % 2 === 0 ? server : second })).status).toBe(200)
        clock = new Date(clock.getTime() + minute)
      }
      for (const through of [server, second]) {
        const refused = await submit(VALID, { ip, through })
        expect(refused.status).toBe(429)
        // The first attempt leaves the hour 55 minutes from now (five have passed since).
        expect(Number(refused.headers.get('retry-after'))).toBe(55 * 60)
      }
      // Refused attempts do not count: once the first has left the window, one more fits.
      clock = new Date(clock.getTime() + 55 * minute + 1)
      expect((await submit(VALID, { ip, through: second })).body.data.submitPractice.ok).toBe(true)
      expect((await submit(VALID, { ip })).status).toBe(429)
    } finally {
      await second.stop()
    }
  })

  it('keep only a keyed hash of the client address, and only for the last hour', async () => {
    const ip = '198.51.100.7'
    clock = new Date(clock.getTime() + 3 * 60 * 60 * 1000)
    expect((await submit(VALID, { ip })).status).toBe(200)
    const attempts = await payload.find({ collection: 'submission-attempts', limit: 0, pagination: false, overrideAccess: true })
    expect(attempts.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(attempts.docs)).not.toContain(ip)
    // Everything older than an hour is gone (deleted at most once a minute, and this is the first attempt in hours).
    expect(attempts.docs.every((attempt) => Date.parse(attempt.at) > clock.getTime() - 60 * 60 * 1000)).toBe(true)
  })

  it('are nobody’s to read or write without overrideAccess, and hidden in the admin', async () => {
    await expect(payload.find({ collection: 'submission-attempts', overrideAccess: false })).rejects.toThrow()
    await expect(payload.create({ collection: 'submission-attempts', data: { client: 'x', apiKey: '1', at: clock.toISOString() }, overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'submission-attempts', user: uniaEditor, overrideAccess: false })).rejects.toThrow()
    expect(payload.collections['submission-attempts'].config.admin.hidden).toBe(true)
  })
})

describe('review', () => {
  it("is for the editors of the site owner's team", async () => {
    const { reference } = (await submit(VALID)).body.data.submitPractice
    const submission = await stored(reference)
    const asEditor = (user: User) => payload.find({ collection: 'practice-submissions', where: { id: { equals: submission.id } }, user, overrideAccess: false })
    expect((await asEditor(vvsgEditor)).totalDocs).toBe(1)
    expect((await asEditor(uniaEditor)).totalDocs).toBe(0)
    await expect(
      payload.update({ collection: 'practice-submissions', id: submission.id, data: { status: 'approved' }, user: uniaEditor, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(payload.create({ collection: 'practice-submissions', data: { ...submission, id: undefined } as never, user: vvsgEditor, overrideAccess: false })).rejects.toThrow()
  })

  it('approval creates a draft practice of that team, which partner sites see only once published', async () => {
    const { reference } = (await submit({ ...VALID, title: 'Goedgekeurde moestuin', locale: 'nl' })).body.data.submitPractice
    const submission = await stored(reference)
    const approved = await payload.update({
      collection: 'practice-submissions',
      id: submission.id,
      data: { status: 'approved', reviewerNotes: 'Mooi project.' },
      user: vvsgEditor,
      overrideAccess: false,
    })
    const practiceId = typeof approved.createdPractice === 'object' ? approved.createdPractice?.id : approved.createdPractice
    expect(practiceId).toBeTruthy()
    expect((await stored(reference)).createdPractice).toBe(practiceId)

    const draft = await payload.findByID({ collection: 'practices', id: practiceId!, draft: true, overrideAccess: true, depth: 0 })
    expect(draft).toMatchObject({ title: 'Goedgekeurde moestuin', _status: 'draft', ownerTeam: world.orgs.vvsg.id, sites: [world.sites.a.id] })
    expect(draft.contact).toMatchObject({ name: VALID.contactName, email: VALID.contactEmail })

    const query = `{ practice(id: "${practiceId}") { title } practices(search: "goedgekeurde") { totalCount } }`
    expect(await data(server, world.keys.a, query)).toEqual({ practice: null, practices: { totalCount: 0 } })

    // Approving again does not make a second practice.
    await payload.update({ collection: 'practice-submissions', id: submission.id, data: { reviewerNotes: 'Nog eens bewaard.' }, user: vvsgEditor, overrideAccess: false })
    const practices = await payload.count({ collection: 'practices', where: { title: { equals: 'Goedgekeurde moestuin' } }, overrideAccess: true, draft: true } as never)
    expect(practices.totalDocs).toBe(1)

    // The editor completes and publishes it: now site A sees it.
    await payload.update({
      collection: 'practices',
      id: practiceId!,
      data: { organisations: [{ organisation: world.orgs.nonprofit.id, role: 'lead' }], _status: 'published' },
      user: vvsgEditor,
      overrideAccess: false,
    })
    expect(await data(server, world.keys.a, query)).toEqual({ practice: { title: 'Goedgekeurde moestuin' }, practices: { totalCount: 1 } })
  })
})
