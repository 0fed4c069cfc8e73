import type { Access, FieldAccess } from 'payload'

import { isAdminUser, userOf } from './roles'

/** Only administrators. */
export const isAdmin: Access = ({ req }) => isAdminUser(userOf(req))

export const isAdminField: FieldAccess = ({ req }) => isAdminUser(userOf(req))
