import type { CollectionBeforeChangeHook } from 'payload'

import type { Practice } from '../../../src/payload-types'

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string | undefined)

/**
 * Regions follow from the municipalities, unless an editor set them: a
 * practice in Mechelen is in Flanders without anyone having to say so.
 */
export const deriveRegions: CollectionBeforeChangeHook<Practice> = async ({ data, req }) => {
  if (Array.isArray(data.regions) && data.regions.length > 0) return data
  const ids = (data.municipalities ?? []).map(idOf).filter((id): id is number | string => id !== undefined)
  if (ids.length === 0) return data
  const municipalities = await req.payload.find({
    collection: 'organisations',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { region: true },
  })
  const regions = [...new Set(municipalities.docs.map((doc) => doc.region).filter((region) => !!region))]
  return { ...data, regions: regions as Practice['regions'] }
}
