import { z } from 'zod'

import type { SortKey } from '../read-model'
import { badUserInput } from './errors'

/**
 * Opaque cursors: the sort order's name and the sort key of the last item
 * (e.g. its publication time and id), not an offset, so that a next page
 * starts after that item even when practices were added or removed since.
 */

const cursorShape = z.object({
  o: z.string().min(1).max(40),
  k: z.array(z.union([z.string().max(1000), z.number().finite()])).min(1).max(4),
})

export function encodeCursor(order: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ o: order, k: key }), 'utf8').toString('base64url')
}

/** The key in a cursor for this order; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string | null | undefined, order: string): SortKey | null {
  if (cursor === null || cursor === undefined || cursor === '') return null
  const malformed = () => badUserInput('The cursor in `after` is not valid for this list and order; use an endCursor from the same query.')
  if (cursor.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformed()
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw malformed()
  }
  const result = cursorShape.safeParse(parsed)
  if (!result.success || result.data.o !== order) throw malformed()
  return result.data.k
}
