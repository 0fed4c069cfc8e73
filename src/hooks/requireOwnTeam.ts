import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, isEditorUser, teamIdsOf, userOf } from '../access/roles'
import { say, tr } from '../i18n/labels'

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string | undefined)

/**
 * An editor may only give a practice or policy plan to one of their own
 * teams: otherwise they could create what they may not edit, or hand their
 * team's work to another team. Administrators may choose any team.
 */
export const requireOwnTeam: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const user = userOf(req)
  if (!user || isAdminUser(user)) return data
  if (!isEditorUser(user)) return data
  const teams = teamIdsOf(user).map(String)
  const owner = idOf(data.ownerTeam ?? originalDoc?.ownerTeam)
  if (owner === undefined) {
    if (teams.length === 1) return { ...data, ownerTeam: teamIdsOf(user)[0] }
  }
  if (owner !== undefined && teams.includes(String(owner))) return data
  throw new ValidationError({
    collection: collection.slug,
    req,
    errors: [
      {
        path: 'ownerTeam',
        message: say(
          req,
          tr(
            'Kies als eigenaar een team waartoe u behoort.',
            'Choisissez comme propriétaire une équipe dont vous faites partie.',
            'Choose a team you belong to as the owner.',
          ),
        ),
      },
    ],
  })
}
