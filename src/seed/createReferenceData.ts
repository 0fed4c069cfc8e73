import type { Payload } from 'payload'

import { richText } from '../lib/richText'
import type { Locale, OrganisationSeed, ThemeSeed } from './types'

/**
 * Writes one theme or organisation of seed data in Dutch, then its French
 * and English texts: shared by the demo seed and the benchmark's synthetic
 * catalogue, which both describe themes and organisations the same way.
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
