import type { Access } from 'payload'

import { userOf } from './roles'

/**
 * Any logged-in administrator or editor. Anonymous visitors get nothing
 * through Payload's REST and GraphQL: the partner API is the public door.
 */
export const isStaff: Access = ({ req }) => {
  const user = userOf(req)
  return user?.role === 'admin' || user?.role === 'editor'
}
