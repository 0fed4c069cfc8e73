import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'

export type Role = 'admin' | 'editor'

/** The logged-in user of a request, when that user is a person of this CMS. */
export function userOf(req: PayloadRequest): User | null {
  const user = req.user as (User & { collection?: string }) | null | undefined
  if (!user || (user.collection && user.collection !== 'users')) return null
  return user
}

export function isAdminUser(user: User | null | undefined): boolean {
  return user?.role === 'admin'
}

export function isEditorUser(user: User | null | undefined): boolean {
  return user?.role === 'editor'
}

/** The umbrella organisations (teams) an editor works for, as ids. */
export function teamIdsOf(user: User | null | undefined): Array<number | string> {
  const teams = user?.teams ?? []
  return teams.map((team) => (typeof team === 'object' && team !== null ? team.id : team))
}
