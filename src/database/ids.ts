import type { Payload } from 'payload'

/**
 * What a document id looks like in a collection: whole numbers on SQL
 * databases, ObjectIds on MongoDB, free text for a custom text id. The input
 * guard (src/input-guard) refuses any other id before a query reaches the
 * database, where a text id on SQLite failed with a 500.
 */
export type IdKind = 'integer' | 'objectId' | 'text'

const OBJECT_ID = /^[0-9a-f]{24}$/i
/** Larger ids do not round-trip through a JavaScript number. */
const INTEGER_ID = /^-?\d{1,15}$/

/** The id kind of a collection, by its slug (or its config, which carries the slug). */
export function idKindOf(payload: Payload, collection: string | { slug: string }): IdKind {
  const customType = (payload.collections as Record<string, { customIDType?: 'number' | 'text' } | undefined>)[
    typeof collection === 'string' ? collection : collection.slug
  ]?.customIDType
  if ((customType ?? payload.db.defaultIDType) === 'number') return 'integer'
  return payload.db.name === 'mongoose' && !customType ? 'objectId' : 'text'
}

export function isWellFormedId(kind: IdKind, value: unknown): boolean {
  if (kind === 'integer') {
    if (typeof value === 'number') return Number.isSafeInteger(value)
    return typeof value === 'string' && INTEGER_ID.test(value)
  }
  if (kind === 'objectId') return typeof value === 'string' && OBJECT_ID.test(value)
  return (typeof value === 'string' && value.length > 0 && value.length <= 1024) || (typeof value === 'number' && Number.isFinite(value))
}
