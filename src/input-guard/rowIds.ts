import type { CollectionBeforeChangeHook, FlattenedField } from 'payload'

import { isPlainObject } from './whereProblems'

/**
 * Rows of array and blocks fields carry ids that SQL databases keep unique
 * across all documents. A client that copies a document (GET, change the
 * title, POST) sends the rows of the original, and the database refused the
 * copy with a UNIQUE constraint error and a 500. From REST and GraphQL, a
 * row keeps its id only when it is a row of the document being saved; any
 * other id is dropped, and Payload gives the row a new one. The Local API
 * (seeds, scripts, imports that keep row ids on purpose) is trusted.
 */
export const replaceForeignRowIds: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  if (req.payloadAPI === 'local') return data
  const own = new Set<string>()
  if (operation === 'update' && originalDoc) collectRowIds(collection.flattenedFields, originalDoc, own)
  dropForeignRowIds(collection.flattenedFields, data, own)
  return data
}

function eachRow(field: FlattenedField, value: unknown, visit: (fields: FlattenedField[], row: Record<string, unknown>) => void): void {
  const values = field.localized && isPlainObject(value) ? Object.values(value) : [value]
  for (const each of values) {
    if (field.type === 'group' || field.type === 'tab') {
      if (isPlainObject(each)) visit(field.flattenedFields, each)
      continue
    }
    if (!Array.isArray(each)) continue
    for (const row of each) {
      if (!isPlainObject(row)) continue
      if (field.type === 'array') visit(field.flattenedFields, row)
      else if (field.type === 'blocks') {
        const block = (field.blocks ?? []).find((candidate) => typeof candidate !== 'string' && candidate.slug === row.blockType)
        if (block && typeof block !== 'string') visit(block.flattenedFields, row)
      }
    }
  }
}

function collectRowIds(fields: FlattenedField[], doc: Record<string, unknown>, ids: Set<string>): void {
  for (const field of fields) {
    if (!('name' in field) || !['array', 'blocks', 'group', 'tab'].includes(field.type)) continue
    eachRow(field, doc[field.name], (rowFields, row) => {
      if (field.type !== 'group' && field.type !== 'tab' && typeof row.id === 'string') ids.add(row.id)
      collectRowIds(rowFields, row, ids)
    })
  }
}

function dropForeignRowIds(fields: FlattenedField[], data: Record<string, unknown>, own: Set<string>): void {
  for (const field of fields) {
    if (!('name' in field) || !['array', 'blocks', 'group', 'tab'].includes(field.type)) continue
    eachRow(field, data[field.name], (rowFields, row) => {
      if (field.type !== 'group' && field.type !== 'tab' && 'id' in row && !(typeof row.id === 'string' && own.has(row.id))) delete row.id
      dropForeignRowIds(rowFields, row, own)
    })
  }
}
