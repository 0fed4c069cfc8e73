import type { Payload } from 'payload'

import { richText } from '../lib/richText'
import type { Locale, Localised, OrganisationSeed, PolicyPlanSeed, ThemeSeed } from './types'

/**
 * Writes one theme, organisation or policy plan of seed data in Dutch, then
 * its French and English texts: shared by the demo seed and the benchmark's
 * synthetic catalogue, which both describe them the same way.
 */

const CALL = { overrideAccess: true, context: { seeding: true } } as const
const OTHER_LOCALES: Locale[] = ['fr', 'en']

export async function createTheme(payload: Payload, seed: ThemeSeed, parentId?: number | string): Promise<number | string> {
  const doc = await payload.create({
    collection: 'themes',
    locale: 'nl',
    depth: 0,
    data: {
      name: seed.name.nl,
      slug: seed.slug,
      scheme: seed.scheme,
      order: seed.order,
      ...(parentId !== undefined ? { parent: parentId as number } : {}),
      ...(seed.description?.nl ? { description: seed.description.nl } : {}),
    },
    ...CALL,
  })
  for (const locale of OTHER_LOCALES) {
    await payload.update({
      collection: 'themes',
      id: doc.id,
      locale,
      depth: 0,
      data: { name: seed.name[locale], ...(seed.description?.[locale] ? { description: seed.description[locale] } : {}) },
      ...CALL,
    })
  }
  return doc.id
}

export async function createOrganisation(payload: Payload, seed: OrganisationSeed, parentId?: number | string): Promise<number | string> {
  const doc = await payload.create({
    collection: 'organisations',
    locale: 'nl',
    depth: 0,
    data: {
      name: seed.name.nl,
      slug: seed.slug,
      type: seed.type,
      ...(seed.region ? { region: seed.region } : {}),
      ...(parentId !== undefined ? { parent: parentId as number } : {}),
      ...(seed.nisCode ? { nisCode: seed.nisCode } : {}),
      ...(seed.website ? { website: seed.website } : {}),
      ...(seed.email ? { email: seed.email } : {}),
      ...(seed.address ? { address: { ...seed.address, country: 'België' } } : {}),
      ...(seed.description ? { description: richText(seed.description.nl) } : {}),
    },
    ...CALL,
  })
  for (const locale of OTHER_LOCALES) {
    const name = seed.name[locale]
    const description = seed.description?.[locale]
    if (!name && !description) continue
    await payload.update({
      collection: 'organisations',
      id: doc.id,
      locale,
      depth: 0,
      data: { ...(name ? { name } : {}), ...(description ? { description: richText(description) } : {}) },
      ...CALL,
    })
  }
  return doc.id
}

/** The ids a policy plan's slugs stand for. */
export type PolicyPlanIds = {
  organisation: number | string
  ownerTeam: number | string
  priorityThemes: Array<number | string>
}

/** A published policy plan with its goals and programmes, in Dutch, then in every other locale it has a title in. */
export async function createPolicyPlan(payload: Payload, seed: PolicyPlanSeed, ids: PolicyPlanIds): Promise<number | string> {
  const doc = await payload.create({
    collection: 'policy-plans',
    locale: 'nl',
    depth: 0,
    draft: false,
    data: {
      _status: 'published',
      title: seed.title.nl,
      slug: seed.slug,
      organisation: ids.organisation as number,
      ownerTeam: ids.ownerTeam as number,
      startYear: seed.startYear,
      ...(seed.endYear ? { endYear: seed.endYear } : {}),
      status: seed.status,
      ambition: richText(seed.ambition.nl),
      strategicGoals: seed.strategicGoals.map((goal) => ({
        code: goal.code,
        title: goal.title.nl,
        ...(goal.description ? { description: goal.description.nl } : {}),
      })),
      programmes: seed.programmes.map((programme) => ({
        title: programme.title.nl,
        ...(programme.description ? { description: programme.description.nl } : {}),
      })),
      priorityThemes: ids.priorityThemes as number[],
      keywords: seed.keywords.nl,
    },
    ...CALL,
  })
  for (const locale of OTHER_LOCALES) {
    const title = seed.title[locale]
    if (!title) continue
    const ambition = seed.ambition[locale]
    const keywords = seed.keywords[locale]
    await payload.update({
      collection: 'policy-plans',
      id: doc.id,
      locale,
      depth: 0,
      draft: false,
      data: {
        _status: 'published',
        title,
        ...(ambition ? { ambition: richText(ambition) } : {}),
        ...(keywords ? { keywords } : {}),
        // Array rows keep their ids, so each locale's texts land on the same goal and programme.
        strategicGoals: (doc.strategicGoals ?? []).map((row, index) => {
          const goal = seed.strategicGoals[index]!
          return { id: row.id, code: row.code, title: inLocale(goal.title, locale), description: goal.description ? inLocale(goal.description, locale) : null }
        }),
        programmes: (doc.programmes ?? []).map((row, index) => {
          const programme = seed.programmes[index]!
          return { id: row.id, title: inLocale(programme.title, locale), description: programme.description ? inLocale(programme.description, locale) : null }
        }),
      },
      ...CALL,
    })
  }
  return doc.id
}

/** A value in the locale, falling back to Dutch. */
export function inLocale<T>(value: Localised<T>, locale: Locale): T {
  return value[locale] ?? value.nl
}
