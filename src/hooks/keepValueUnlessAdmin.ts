import type { FieldHook } from 'payload'

import { isAdminUser, userOf } from '../access/roles'

/**
 * For a field only administrators may change (field access `update:
 * isAdminField`): whatever anyone else writes, the field keeps the value it
 * has. Field access alone drops what an editor sends, but a version restore
 * then leaves the field out of what it writes: restored as a draft and then
 * published, a practice would lose its partner sites. Writes by the server
 * itself (no user) keep what they set.
 */
export const keepValueUnlessAdmin: FieldHook = ({ operation, previousValue, req, value }) => {
  const user = userOf(req)
  if (operation !== 'update' || !user || isAdminUser(user)) return value
  return previousValue
}
