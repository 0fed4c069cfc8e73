import type { Access } from 'payload'

import { isAdminUser, userOf } from './roles'

/** Administrators, or a user for their own account only. */
export const adminOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (isAdminUser(user)) return true
  if (!user) return false
  return { id: { equals: user.id } }
}
