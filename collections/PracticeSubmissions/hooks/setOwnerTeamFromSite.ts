import type { CollectionBeforeChangeHook } from 'payload'

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string | undefined)

/**
 * A submission belongs to the team that owns the partner site it came
 * through: that team's editors review it (see adminOrOwnTeam).
 */
export const setOwnerTeamFromSite: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const siteId = idOf(data.site ?? originalDoc?.site)
  if (siteId === undefined) return data
  const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, disableErrors: true, req })
  return site ? { ...data, ownerTeam: idOf(site.owner) } : data
}
