import type { Payload } from 'payload'

import type { Practice } from '../payload-types'
import { hashApiKey } from '../site-keys/keys'
import { organisations as organisationSeeds } from './content/organisations'
import { policyPlans as policyPlanSeeds } from './content/policyPlans'
import { practices as practiceSeeds } from './content/practices'
import { sites as siteSeeds } from './content/sites'
import { themes as themeSeeds } from './content/themes'
import { createOrganisation, createPolicyPlan, createTheme } from './createReferenceData'
import { DEMO_ADMIN_EMAIL, DEMO_EDITOR_EMAIL, DEMO_PASSWORD, demoKeyFor } from './demoCredentials'
import { generatePhoto } from './photos'
import { plainText, richText, type RichTextInput } from '../lib/richText'
import type { Locale, PracticeSeed } from './types'

/**
 * The demo content of `npm run seed`. It fills an empty or partly seeded
 * database and is idempotent: every document is looked up by its slug (users
 * by email, API keys by site and label) and only what is missing is created.
 * Existing documents are never updated, so editors' changes survive a rerun.
 */

export type SeedOptions = { log?: (line: string) => void }

export type SeedReport = {
  /** Documents created by this run, per collection slug. */
  created: Record<string, number>
  demoAdmin: { email: string; password: string }
  demoEditor: { email: string; password: string }
  demoKeys: Array<{ site: string; key: string }>
}

export const DEMO_KEY_LABEL = 'Demosleutel (alleen ontwikkeling)'

/** Every Local API call of the seed: hooks can tell the seed apart, and no user is needed. */
const CALL = { overrideAccess: true, context: { seeding: true } } as const

const OTHER_LOCALES: Locale[] = ['fr', 'en']

type Id = number
type SlugMap = Map<string, Id>

/** True when there are no users and no practices: a fresh database. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const [users, practices] = await Promise.all([
    payload.count({ collection: 'users', ...CALL }),
    payload.count({ collection: 'practices', ...CALL }),
  ])
  return users.totalDocs === 0 && practices.totalDocs === 0
}

export async function seedDemoContent(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  checkSeedData()

  const created = {
    themes: 0,
    organisations: 0,
    users: 0,
    'policy-plans': 0,
    sites: 0,
    'api-keys': 0,
    media: 0,
    practices: 0,
  }
  const report = (label: string, collection: keyof typeof created, existing: number) =>
    log(`${label}: ${created[collection]} aangemaakt${existing > 0 ? `, ${existing} bestonden al` : ''}`)

  // Themes, parents first.
  const themes = await slugMap(payload, 'themes')
  let existing = 0
  for (const seed of themeSeeds) {
    if (themes.has(seed.slug)) {
      existing++
      continue
    }
    const id = await createTheme(payload, seed, seed.parent ? resolve(themes, seed.parent, 'thema') : undefined)
    themes.set(seed.slug, id as number)
    created.themes++
  }
  report('Thema’s', 'themes', existing)

  // Organisations, parents first. A municipality already there under another slug is found by its NIS code.
  const organisations = await slugMap(payload, 'organisations')
  const byNisCode = await nisCodeMap(payload)
  existing = 0
  for (const seed of organisationSeeds) {
    const known = organisations.get(seed.slug) ?? (seed.nisCode ? byNisCode.get(seed.nisCode) : undefined)
    if (known !== undefined) {
      organisations.set(seed.slug, known)
      existing++
      continue
    }
    const id = await createOrganisation(payload, seed, seed.parent ? resolve(organisations, seed.parent, 'organisatie') : undefined)
    organisations.set(seed.slug, id as number)
    created.organisations++
  }
  report('Organisaties', 'organisations', existing)

  // Demo users: an administrator and an editor of the VVSG team.
  existing = 0
  const demoUsers = [
    { email: DEMO_ADMIN_EMAIL, name: 'Demobeheerder', role: 'admin' as const, teams: [] as Id[] },
    { email: DEMO_EDITOR_EMAIL, name: 'Demoredacteur', role: 'editor' as const, teams: [resolve(organisations, 'vvsg', 'organisatie')] },
  ]
  for (const user of demoUsers) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
      pagination: false,
      ...CALL,
    })
    if (found.docs.length > 0) {
      existing++
      continue
    }
    await payload.create({
      collection: 'users',
      depth: 0,
      data: { email: user.email, password: DEMO_PASSWORD, name: user.name, role: user.role, teams: user.teams },
      ...CALL,
    })
    created.users++
  }
  report('Gebruikers', 'users', existing)

  // Policy plans, published.
  const plans = await slugMap(payload, 'policy-plans')
  existing = 0
  for (const seed of policyPlanSeeds) {
    if (plans.has(seed.slug)) {
      existing++
      continue
    }
    const id = await createPolicyPlan(payload, seed, {
      organisation: resolve(organisations, seed.organisation, 'organisatie'),
      ownerTeam: resolve(organisations, seed.ownerTeam, 'team'),
      priorityThemes: seed.priorityThemes.map((slug) => resolve(themes, slug, 'thema')),
    })
    plans.set(seed.slug, id as number)
    created['policy-plans']++
  }
  report('Beleidsplannen', 'policy-plans', existing)

  // Partner sites.
  const sites = await slugMap(payload, 'sites')
  existing = 0
  for (const seed of siteSeeds) {
    if (sites.has(seed.slug)) {
      existing++
      continue
    }
    const doc = await payload.create({
      collection: 'sites',
      depth: 0,
      data: {
        name: seed.name,
        slug: seed.slug,
        url: seed.url,
        owner: resolve(organisations, seed.owner, 'organisatie'),
        defaultLocale: seed.defaultLocale,
        enabledLocales: seed.enabledLocales,
        navigationThemes: seed.navigationThemes.map((slug) => resolve(themes, slug, 'thema')),
        allowedOrigins: seed.allowedOrigins,
        includeAllPublished: seed.includeAllPublished,
      },
      ...CALL,
    })
    sites.set(seed.slug, doc.id)
    created.sites++
  }
  report('Partnersites', 'sites', existing)

  // One demo API key per site (the collection stores only its hash).
  const keyed = await sitesWithDemoKey(payload)
  existing = 0
  const demoKeys: SeedReport['demoKeys'] = []
  for (const seed of siteSeeds) {
    const site = resolve(sites, seed.slug, 'partnersite')
    const key = demoKeyFor(seed.slug)
    demoKeys.push({ site: seed.slug, key })
    if (keyed.has(site)) {
      existing++
      continue
    }
    await payload.create({
      collection: 'api-keys',
      depth: 0,
      // The collection's beforeValidate hook hashes `key` itself; `keyHash` is only here because the generated type requires it.
      data: { site, label: DEMO_KEY_LABEL, key, keyHash: hashApiKey(key), isDemo: true },
      ...CALL,
    })
    created['api-keys']++
  }
  report('API-sleutels', 'api-keys', existing)

  // Practices with their photos, published.
  const practices = await slugMap(payload, 'practices')
  const missing = practiceSeeds.filter((seed) => !practices.has(seed.slug))
  const photos = await generatePhotos(missing)
  let reusedPhotos = 0
  for (const seed of missing) {
    const images: Id[] = []
    for (const [index, photo] of seed.photos.entries()) {
      const name = photoName(seed.slug, index)
      const reused = await findMedia(payload, name)
      if (reused !== undefined) {
        images.push(reused)
        reusedPhotos++
        continue
      }
      const buffer = photos.get(name)!
      const media = await payload.create({
        collection: 'media',
        locale: 'nl',
        depth: 0,
        data: { alt: photo.alt.nl, ...(photo.caption ? { caption: photo.caption.nl } : {}) },
        file: { data: buffer, mimetype: 'image/jpeg', name: `${name}.jpg`, size: buffer.length },
        ...CALL,
      })
      for (const locale of OTHER_LOCALES) {
        const alt = photo.alt[locale]
        if (!alt) continue
        await payload.update({
          collection: 'media',
          id: media.id,
          locale,
          depth: 0,
          data: { alt, ...(photo.caption?.[locale] ? { caption: photo.caption[locale] } : {}) },
          ...CALL,
        })
      }
      images.push(media.id)
      created.media++
    }

    const doc = await payload.create({
      collection: 'practices',
      locale: 'nl',
      depth: 0,
      draft: false,
      data: {
        _status: 'published',
        title: seed.title.nl,
        slug: seed.slug,
        summary: seed.summary.nl,
        what: richText(seed.what.nl),
        who: richText(seed.who.nl),
        why: richText(seed.why.nl),
        how: richText(seed.how.nl),
        results: richText(seed.results.nl),
        organisations: seed.organisations.map((row) => ({ organisation: resolve(organisations, row.organisation, 'organisatie'), role: row.role })),
        municipalities: seed.municipalities.map((slug) => resolve(organisations, slug, 'gemeente')),
        ...(seed.regions ? { regions: seed.regions } : {}),
        ...(seed.contact
          ? {
              contact: {
                ...(seed.contact.name ? { name: seed.contact.name } : {}),
                ...(seed.contact.email ? { email: seed.contact.email } : {}),
                ...(seed.contact.phone ? { phone: seed.contact.phone } : {}),
                ...(seed.contact.organisation ? { organisation: resolve(organisations, seed.contact.organisation, 'organisatie') } : {}),
              },
            }
          : {}),
        themes: seed.themes.map((slug) => resolve(themes, slug, 'thema')),
        reach: seed.reach,
        recurrence: seed.recurrence,
        startDate: dayAt(seed.startDate),
        ...(seed.endDate ? { endDate: dayAt(seed.endDate) } : {}),
        ...(seed.policyPlan ? { policyPlan: resolve(plans, seed.policyPlan, 'beleidsplan') } : {}),
        ...(seed.strategicGoals ? { strategicGoals: seed.strategicGoals } : {}),
        images,
        links: seed.links.map((row) => ({ label: row.label.nl, url: row.url })),
        ownerTeam: resolve(organisations, seed.ownerTeam, 'team'),
        sites: seed.sites.map((slug) => resolve(sites, slug, 'partnersite')),
      },
      ...CALL,
    })
    for (const locale of OTHER_LOCALES) {
      const data = practiceInLocale(seed, doc, locale)
      if (!data) continue
      await payload.update({ collection: 'practices', id: doc.id, locale, depth: 0, draft: false, data, ...CALL })
    }
    practices.set(seed.slug, doc.id)
    created.practices++
  }
  log(`Afbeeldingen: ${created.media} aangemaakt${reusedPhotos > 0 ? `, ${reusedPhotos} hergebruikt van een onderbroken run` : ''}`)
  report('Praktijken', 'practices', practiceSeeds.length - missing.length)

  return {
    created,
    demoAdmin: { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD },
    demoEditor: { email: DEMO_EDITOR_EMAIL, password: DEMO_PASSWORD },
    demoKeys,
  }
}

/** The French or English values of a practice, or undefined when it has none in that locale. */
function practiceInLocale(seed: PracticeSeed, doc: Practice, locale: Locale) {
  const title = seed.title[locale]
  const summary = seed.summary[locale]
  if (!title || !summary) return undefined
  const story = (['what', 'who', 'why', 'how', 'results'] as const).flatMap((field) => {
    const value = seed[field][locale]
    return value ? [[field, richText(value)] as const] : []
  })
  return {
    _status: 'published' as const,
    title,
    summary,
    ...Object.fromEntries(story),
    // Link labels are localised inside a shared array: rows keep their id, and get a label where one is written in this locale.
    ...(seed.links.some((row) => row.label[locale])
      ? { links: (doc.links ?? []).map((row, index) => ({ id: row.id, url: row.url, label: seed.links[index]?.label[locale] ?? null })) }
      : {}),
  }
}

/** Slugs of a collection's existing documents, to their ids. */
async function slugMap(payload: Payload, collection: 'themes' | 'organisations' | 'policy-plans' | 'sites' | 'practices'): Promise<SlugMap> {
  const found = await payload.find({ collection, depth: 0, pagination: false, select: { slug: true }, ...CALL })
  return new Map(found.docs.map((doc) => [(doc as { slug: string }).slug, doc.id]))
}

async function nisCodeMap(payload: Payload): Promise<SlugMap> {
  const found = await payload.find({
    collection: 'organisations',
    where: { nisCode: { exists: true } },
    depth: 0,
    pagination: false,
    select: { nisCode: true },
    ...CALL,
  })
  return new Map(found.docs.filter((doc) => !!doc.nisCode).map((doc) => [doc.nisCode!, doc.id]))
}

async function sitesWithDemoKey(payload: Payload): Promise<Set<Id>> {
  const found = await payload.find({
    collection: 'api-keys',
    where: { label: { equals: DEMO_KEY_LABEL } },
    depth: 0,
    pagination: false,
    select: { site: true },
    ...CALL,
  })
  return new Set(found.docs.map((doc) => (typeof doc.site === 'object' ? doc.site.id : doc.site)))
}

/**
 * A photo left by a run that stopped before its practice was created, found by
 * its file name: the upload hook stores "<name>-<random>.jpg" (Payload itself
 * would have kept "<name>.jpg" or made "<name>-1.jpg").
 */
async function findMedia(payload: Payload, name: string): Promise<Id | undefined> {
  const found = await payload.find({
    collection: 'media',
    where: { filename: { contains: name } },
    depth: 0,
    pagination: false,
    select: { filename: true },
    ...CALL,
  })
  const pattern = new RegExp(`^${name}(-[0-9a-f]{8}|-\\d+)?\\.(jpe?g|webp|png|avif)$`)
  return found.docs.find((doc) => pattern.test(doc.filename ?? ''))?.id
}

/** The base file name of a practice's photo: short enough that the upload hook keeps it whole, and unique. */
const photoName = (slug: string, index: number): string => `${slug.slice(0, 50).replace(/-+$/, '')}-${'abc'[index] ?? String(index)}`

/** Draws the photos of the practices to create, in parallel (sharp works on its own threads). */
async function generatePhotos(seeds: PracticeSeed[]): Promise<Map<string, Buffer>> {
  const jobs = seeds.flatMap((seed) =>
    seed.photos.map(async (_, index) => [photoName(seed.slug, index), await generatePhoto({ title: seed.title.nl, variant: index })] as const),
  )
  return new Map(await Promise.all(jobs))
}

function resolve(map: SlugMap, slug: string, what: string): Id {
  const id = map.get(slug)
  if (id === undefined) throw new Error(`Seed: onbekende ${what} "${slug}"`)
  return id
}

/** A calendar day as a timestamp at noon UTC, so it shows as the same day in every Belgian time zone setting. */
function dayAt(day: string): string {
  return `${day}T12:00:00.000Z`
}

/** Catches mistakes in the demo data before anything is written. */
function checkSeedData(): void {
  const problems: string[] = []
  const slugs = new Set<string>()
  for (const seed of practiceSeeds) {
    if (slugs.has(seed.slug)) problems.push(`${seed.slug}: dubbele slug`)
    slugs.add(seed.slug)
    for (const [locale, summary] of Object.entries(seed.summary)) {
      if (summary.length > 300) problems.push(`${seed.slug}: samenvatting (${locale}) is ${summary.length} tekens lang`)
      if (!seed.title[locale as Locale]) problems.push(`${seed.slug}: samenvatting (${locale}) zonder titel`)
    }
    for (const locale of Object.keys(seed.title) as Locale[]) {
      if (!seed.summary[locale]) problems.push(`${seed.slug}: titel (${locale}) zonder samenvatting`)
    }
    if (!seed.organisations.some((row) => row.role === 'lead')) problems.push(`${seed.slug}: geen trekker`)
    if (seed.themes.length < 2 || seed.themes.length > 6) problems.push(`${seed.slug}: ${seed.themes.length} thema’s`)
    if (seed.photos.length > 3) problems.push(`${seed.slug}: meer dan drie foto’s`)
    if (seed.endDate && seed.endDate < seed.startDate) problems.push(`${seed.slug}: einddatum vóór startdatum`)
    for (const field of ['what', 'who', 'why', 'how', 'results'] as const) {
      const value: RichTextInput = seed[field].nl
      if (!plainText(value).trim()) problems.push(`${seed.slug}: ${field} is leeg`)
    }
  }
  const names = practiceSeeds.flatMap((seed) => seed.photos.map((_, index) => photoName(seed.slug, index)))
  const repeated = names.filter((name, index) => names.indexOf(name) !== index)
  if (repeated.length > 0) problems.push(`dubbele fotonamen: ${repeated.join(', ')}`)
  if (problems.length > 0) throw new Error(`Seed: fouten in de demodata: ${problems.join('; ')}`)
}

