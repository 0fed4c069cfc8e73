import type { Access } from 'payload'

import { isAdminUser, isEditorUser, teamIdsOf, userOf } from './roles'

/**
 * Administrators, or editors for documents whose `ownerTeam` is one of their
 * teams. Used for updating, publishing and deleting practices and policy plans.
 */
export const adminOrOwnTeam: Access = ({ req }) => {
  const user = userOf(req)
  if (isAdminUser(user)) return true
  if (!isEditorUser(user)) return false
  const teams = teamIdsOf(user)
  if (teams.length === 0) return false
  return { ownerTeam: { in: teams } }
}
