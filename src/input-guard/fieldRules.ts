import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { idKindOf, type IdKind } from '../database/ids'

/**
 * What a value compared with a field may look like, found by following a
 * query path (`organisations.organisation`, `themes.name`, `version.title`)
 * through a collection's fields and the collections its relations point to.
 */
export type ValueRule =
  | { kind: 'id'; idKind: IdKind }
  | { kind: 'number' }
  | { kind: 'date' }
  | { kind: 'point' }
  | { kind: 'checkbox' }
  | { kind: 'scalar' }

/** Fields of a version document next to `version`, the document itself. */
const VERSION_FIELDS: Record<string, ValueRule['kind'] | 'parent'> = {
  parent: 'parent',
  latest: 'checkbox',
  autosave: 'checkbox',
  snapshot: 'checkbox',
  createdAt: 'date',
  updatedAt: 'date',
}

/**
 * The rule for a query path, or null when the path is not one we can follow
 * (Payload then judges it, and refuses paths it does not know with a 400).
 */
export function ruleForPath(payload: Payload, collection: SanitizedCollectionConfig, path: string): ValueRule | null {
  const segments = path.split('.')
  if (segments[0] === 'version' && collection.versions && segments.length > 1) segments.shift()
  else if (segments.length === 1 && collection.versions && segments[0]! in VERSION_FIELDS && !hasField(collection, segments[0]!)) {
    const kind = VERSION_FIELDS[segments[0]!]!
    return kind === 'parent' ? { kind: 'id', idKind: idKindOf(payload, collection) } : ({ kind } as ValueRule)
  }
  return followPath(payload, collection, collection.flattenedFields, segments, true)
}

function hasField(collection: SanitizedCollectionConfig, name: string): boolean {
  return collection.flattenedFields.some((field) => 'name' in field && field.name === name)
}

function followPath(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  fields: FlattenedField[],
  segments: string[],
  atDocumentRoot: boolean,
): ValueRule | null {
  const [name, ...rest] = segments
  if (name === undefined) return null
  if (name === 'id' && rest.length === 0) return atDocumentRoot ? { kind: 'id', idKind: idKindOf(payload, collection) } : { kind: 'scalar' }
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return null
  // A locale code after a localised field (`title.fr`) names the same field.
  const remaining = field.localized && rest.length > 0 && isLocale(payload, rest[0]!) ? rest.slice(1) : rest

  switch (field.type) {
    case 'group':
    case 'array':
    case 'tab':
      return remaining.length > 0 ? followPath(payload, collection, field.flattenedFields, remaining, false) : null
    case 'blocks': {
      if (remaining.length === 0) return null
      if (remaining[0] === 'blockType' && remaining.length === 1) return { kind: 'scalar' }
      const blockFields = (field.blocks ?? []).flatMap((block) => (typeof block === 'string' ? [] : block.flattenedFields))
      return followPath(payload, collection, blockFields, remaining, false)
    }
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') return null
      const target = (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[field.relationTo]?.config
      if (!target) return null
      if (remaining.length === 0) return { kind: 'id', idKind: idKindOf(payload, target) }
      return followPath(payload, target, target.flattenedFields, remaining, true)
    }
    case 'richText':
    case 'json':
      return { kind: 'scalar' }
    case 'number':
      return remaining.length === 0 ? { kind: 'number' } : null
    case 'date':
      return remaining.length === 0 ? { kind: 'date' } : null
    case 'point':
      return remaining.length === 0 ? { kind: 'point' } : null
    case 'checkbox':
      return remaining.length === 0 ? { kind: 'checkbox' } : null
    case 'join':
      return null
    default:
      return remaining.length === 0 ? { kind: 'scalar' } : null
  }
}

function isLocale(payload: Payload, code: string): boolean {
  const localization = payload.config.localization
  return !!localization && localization.localeCodes.includes(code)
}
