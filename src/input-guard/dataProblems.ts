import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { idKindOf, isWellFormedId } from '../database/ids'
import { tr, type Translated } from '../i18n/labels'
import { clip, isPlainObject } from './whereProblems'

/** What a field takes, for the message that refuses something else. */
const EXPECTED = {
  object: tr('een object', 'un objet', 'an object'),
  list: tr('een lijst', 'une liste', 'a list'),
  text: tr('een tekst', 'un texte', 'a text'),
  number: tr('een getal', 'un nombre', 'a number'),
  boolean: tr('true of false', 'true ou false', 'true or false'),
  date: tr('een datum, bv. 2026-12-08', 'une date, p. ex. 2026-12-08', 'a date, e.g. 2026-12-08'),
  point: tr('[lengte, breedte]', '[longitude, latitude]', '[longitude, latitude]'),
  relation: tr("de id van een document (of een lijst van id's)", 'l’identifiant d’un document (ou une liste d’identifiants)', 'the id of a document (or a list of ids)'),
  richText: tr('rijke tekst (een Lexical-object)', 'du texte enrichi (un objet Lexical)', 'rich text (a Lexical object)'),
} satisfies Record<string, Translated>

type Problem = { path: string; expected: Translated }

/**
 * The first thing wrong with the data of a create or update that Payload's
 * field validation lets through to the database: a body that is not an
 * object, or a value of the wrong shape for its field (an object where text
 * belongs, `{ "$gt": "" }` as a relation). Such values reached the database,
 * or were stored and broke every later read of the document, with a 500.
 */
export function problemInData(payload: Payload, collection: SanitizedCollectionConfig, data: unknown): Translated | null {
  if (!isPlainObject(data)) {
    return tr(
      'Stuur de gegevens als één JSON-object (content-type: application/json), bv. {"title": "…"}.',
      'Envoyez les données comme un objet JSON (content-type: application/json), p. ex. {"title": "…"}.',
      'Send the data as one JSON object (content-type: application/json), e.g. {"title": "…"}.',
    )
  }
  const problem = problemInFields(payload, collection.flattenedFields, data, '')
  if (!problem) return null
  const at = clip(problem.path)
  return tr(
    `Ongeldige waarde in \`${at}\`: verwacht ${problem.expected.nl}.`,
    `Valeur invalide dans \`${at}\` : attendu ${problem.expected.fr}.`,
    `Invalid value in \`${at}\`: expected ${problem.expected.en}.`,
  )
}

function problemInFields(payload: Payload, fields: FlattenedField[], data: Record<string, unknown>, prefix: string): Problem | null {
  for (const field of fields) {
    if (!('name' in field) || !Object.hasOwn(data, field.name)) continue
    const value = data[field.name]
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const values = field.localized && isLocaleMap(payload, value) ? Object.values(value) : [value]
    for (const each of values) {
      const problem = problemInValue(payload, field, each, path)
      if (problem) return problem
    }
  }
  return null
}

/** Timestamps Payload keeps on every document: the database refuses them empty. */
const TIMESTAMPS = new Set(['createdAt', 'updatedAt'])

function problemInValue(payload: Payload, field: FlattenedField, value: unknown, path: string): Problem | null {
  const wrong = (expected: Translated): Problem => ({ path, expected })
  if (value === null) return TIMESTAMPS.has(path) ? wrong(EXPECTED.date) : null
  if (value === undefined) return null
  const hasMany = 'hasMany' in field && field.hasMany === true
  if (hasMany && ['text', 'number', 'select', 'relationship', 'upload'].includes(field.type)) {
    if (!Array.isArray(value)) return field.type === 'relationship' || field.type === 'upload' ? wrong(EXPECTED.relation) : wrong(EXPECTED.list)
    for (const item of value) {
      const problem = problemInValue(payload, { ...field, hasMany: false } as FlattenedField, item, path)
      if (problem) return problem
    }
    return null
  }
  switch (field.type) {
    // A group is looked into only when it is an object; Payload ignores anything else.
    case 'group':
    case 'tab':
      return isPlainObject(value) ? problemInFields(payload, field.flattenedFields, value, path) : null
    case 'array':
      if (isRowCount(value)) return null
      return Array.isArray(value) ? problemInRows(value, path, (row, rowPath) => problemInFields(payload, field.flattenedFields, row, rowPath)) : wrong(EXPECTED.list)
    case 'blocks':
      if (isRowCount(value)) return null
      return Array.isArray(value)
        ? problemInRows(value, path, (row, rowPath) => {
            const block = (field.blocks ?? []).find((candidate) => typeof candidate !== 'string' && candidate.slug === row.blockType)
            return block && typeof block !== 'string' ? problemInFields(payload, block.flattenedFields, row, rowPath) : null
          })
        : wrong(EXPECTED.list)
    case 'relationship':
    case 'upload':
      return isRelationValue(payload, field.relationTo, value) ? null : wrong(EXPECTED.relation)
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? null : wrong(EXPECTED.text)
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) ? null : wrong(EXPECTED.number)
    case 'checkbox':
      return typeof value === 'boolean' ? null : wrong(EXPECTED.boolean)
    case 'date':
      // The Local API also takes Date objects.
      return (typeof value === 'string' || value instanceof Date) && Number.isFinite(new Date(value).getTime()) ? null : wrong(EXPECTED.date)
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'number' && Number.isFinite(part)) ? null : wrong(EXPECTED.point)
    case 'richText':
      return isPlainObject(value) ? null : wrong(EXPECTED.richText)
    default:
      return null
  }
}

/** What the admin sends for an array field without rows: its row count, 0. */
function isRowCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

function problemInRows(rows: unknown[], path: string, check: (row: Record<string, unknown>, rowPath: string) => Problem | null): Problem | null {
  for (const [index, row] of rows.entries()) {
    if (!isPlainObject(row)) return { path: `${path}.${index}`, expected: EXPECTED.object }
    const problem = check(row, `${path}.${index}`)
    if (problem) return problem
  }
  return null
}
/** An id, a populated document (as a client that copies one sends it back), or `{ relationTo, value }`. */
function isRelationValue(payload: Payload, relationTo: string | string[], item: unknown): boolean {
  if (item === null) return true
  if (Array.isArray(relationTo)) {
    if (!isPlainObject(item) || typeof item.relationTo !== 'string' || !relationTo.includes(item.relationTo)) return false
    return isIdOf(payload, item.relationTo, isPlainObject(item.value) ? item.value.id : item.value)
  }
  return isIdOf(payload, relationTo, isPlainObject(item) ? item.id : item)
}

function isIdOf(payload: Payload, slug: string, id: unknown): boolean {
  return slug in payload.collections && isWellFormedId(idKindOf(payload, slug), id)
}

function isLocaleMap(payload: Payload, value: unknown): value is Record<string, unknown> {
  const codes = payload.config.localization ? payload.config.localization.localeCodes : []
  return isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => codes.includes(key))
}
