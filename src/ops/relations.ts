import type { Field } from 'payload'

/**
 * Walks a document's data along its collection's fields and rewrites every
 * relation (relationship and upload fields, single or many, polymorphic or
 * not, inside arrays, groups, tabs, rows, collapsibles and blocks, in every
 * locale). `map` gets the target collection and the stored id, and returns
 * the id to write, or `undefined` to leave the relation out for now (its
 * target does not exist yet; a second pass sets it).
 *
 * Ids inside rich text (Lexical link or upload nodes) are not rewritten:
 * they stay valid when ids are kept, which the import does where the target
 * database allows.
 */
export type RelationMap = (relationTo: string, id: unknown) => unknown

export function mapRelations(fields: Field[], data: Record<string, unknown>, map: RelationMap): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data }
  for (const field of fields) {
    if ('name' in field && field.name && !(field.name in out)) continue
    switch (field.type) {
      case 'relationship':
      case 'upload':
        mapLocalised(field, out, (value) => mapRelationValue(field.relationTo, value, map))
        break
      case 'array':
        mapLocalised(field, out, (rows) => (Array.isArray(rows) ? rows.map((row) => (isObject(row) ? mapRelations(field.fields, row, map) : row)) : rows))
        break
      case 'blocks':
        mapLocalised(field, out, (rows) =>
          Array.isArray(rows)
            ? rows.map((row) => {
                if (!isObject(row)) return row
                const block = (field.blocks ?? []).find((candidate) => candidate.slug === row.blockType)
                return block ? mapRelations(block.fields, row, map) : row
              })
            : rows,
        )
        break
      case 'group':
        if ('name' in field && field.name) mapLocalised(field, out, (group) => (isObject(group) ? mapRelations(field.fields, group, map) : group))
        else Object.assign(out, mapRelations(field.fields, out, map))
        break
      case 'row':
      case 'collapsible':
        Object.assign(out, mapRelations(field.fields, out, map))
        break
      case 'tabs':
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            const value = out[tab.name]
            if (isObject(value)) out[tab.name] = mapRelations(tab.fields, value, map)
          } else Object.assign(out, mapRelations(tab.fields, out, map))
        }
        break
      default:
        break
    }
  }
  return out
}

/** Every collection a collection's fields point to (for ordering the import). */
export function relationTargets(fields: Field[]): Set<string> {
  const targets = new Set<string>()
  const walk = (list: Field[]): void => {
    for (const field of list) {
      if (field.type === 'relationship' || field.type === 'upload') {
        for (const target of Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]) targets.add(target)
      } else if (field.type === 'array' || field.type === 'group' || field.type === 'row' || field.type === 'collapsible') walk(field.fields)
      else if (field.type === 'blocks') for (const block of field.blocks ?? []) walk(block.fields)
      else if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields)
    }
  }
  walk(fields)
  return targets
}

function mapLocalised(field: Field & { name: string; localized?: boolean }, data: Record<string, unknown>, map: (value: unknown) => unknown): void {
  const value = data[field.name]
  if (value === undefined) return
  if (field.localized && isObject(value) && !('relationTo' in value && 'value' in value)) {
    data[field.name] = Object.fromEntries(Object.entries(value).map(([locale, inLocale]) => [locale, map(inLocale)]))
  } else data[field.name] = map(value)
}

function mapRelationValue(relationTo: string | string[], value: unknown, map: RelationMap): unknown {
  if (value === null || value === undefined) return value
  if (Array.isArray(value)) return value.map((item) => mapRelationValue(relationTo, item, map)).filter((item) => item !== undefined)
  if (Array.isArray(relationTo)) {
    if (!isObject(value) || typeof value.relationTo !== 'string') return value
    const id = map(value.relationTo, isObject(value.value) ? value.value.id : value.value)
    return id === undefined ? undefined : { relationTo: value.relationTo, value: id }
  }
  return map(relationTo, isObject(value) ? value.id : value)
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * One locale of a document read with `locale: 'all'`: every localised field
 * (at any depth) reduced to its value in `locale`. Payload's update takes
 * one locale at a time.
 */
export function pickLocale(fields: Field[], data: Record<string, unknown>, locale: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data }
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      Object.assign(out, pickLocale(field.fields, out, locale))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = out[tab.name]
          if (isObject(value)) out[tab.name] = pickLocale(tab.fields, value, locale)
        } else Object.assign(out, pickLocale(tab.fields, out, locale))
      }
      continue
    }
    if (!('name' in field) || !field.name || !(field.name in out)) continue
    let value = out[field.name]
    if ('localized' in field && field.localized && isObject(value)) value = value[locale] ?? null
    if (field.type === 'array' && Array.isArray(value)) value = value.map((row) => (isObject(row) ? pickLocale(field.fields, row, locale) : row))
    else if (field.type === 'group' && isObject(value)) value = pickLocale(field.fields, value, locale)
    else if (field.type === 'blocks' && Array.isArray(value)) {
      value = value.map((row) => {
        const block = isObject(row) ? (field.blocks ?? []).find((candidate) => candidate.slug === row.blockType) : undefined
        return block && isObject(row) ? pickLocale(block.fields, row, locale) : row
      })
    }
    out[field.name] = value
  }
  return out
}
