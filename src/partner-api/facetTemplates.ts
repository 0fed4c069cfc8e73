import type { CompiledQuery } from 'graphql-jit'

import { countedCache } from '../lib/caches'
import { chainKey, facetIndexOf, perSnapshotAndKey, type FacetCounts, type LanguageChain, type PracticeSelection } from '../read-model'
import type { PartnerContext } from './context'
import { Kind, type SelectionSetNode } from './graphql'

/**
 * The JSON of a selection's facets, put together from entries written ahead.
 *
 * A facet entry, say `{"organisation":{"slug":"ocmw-gent","name":"OCMW
 * Gent"},"count":12}`, is the same text for every selection but for its
 * count. So the facets' compiled query runs once over every value a facet
 * can list (per site, day and language: entries may show a theme's
 * practiceCount for the site), each with a count no real one can be (a
 * sentinel), and each entry's JSON is kept split at its count. A selection's
 * facets are then its counts, in its order, between those parts: no
 * resolvers, no objects, no JSON.stringify per request.
 *
 * The entries are made by the same compiled query and JSON.stringify as
 * the facets would be, so the text is the same; when the sentinel does not
 * occur exactly once per `count` field of an entry (the value could occur in
 * other text), the templates are not used and the facets run as a query.
 */

type ListName = keyof FacetCounts
type Entry<L extends ListName> = FacetCounts[L][number]

/** Which value an entry of each list stands for: the key of its written text. */
const VALUE_OF: { [L in ListName]: (entry: Entry<L>) => string } = {
  themes: (entry) => entry.themeId,
  organisations: (entry) => entry.organisationId,
  municipalities: (entry) => entry.organisationId,
  regions: (entry) => entry.region,
  reach: (entry) => String(entry.value),
  recurrence: (entry) => String(entry.value),
}

const isListName = (name: string): name is ListName => Object.hasOwn(VALUE_OF, name)

/** A field of the facets' selection, in answer order. */
type FacetsField = { quotedKey: string } & ({ list: ListName; countFields: number } | { list: null })

/** The facets' selection, when every field of it can be written from templates. */
export type FacetsShape = { fields: FacetsField[]; key: string }

export function facetsShapeOf(selectionSet: SelectionSetNode, key: string): FacetsShape | null {
  const fields: FacetsField[] = []
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null
    const quotedKey = JSON.stringify(selection.alias?.value ?? selection.name.value)
    const name = selection.name.value
    if (name === '__typename') fields.push({ quotedKey, list: null })
    else if (isListName(name) && selection.selectionSet) {
      const countFields = selection.selectionSet.selections.filter((entryField) => entryField.kind === Kind.FIELD && entryField.name.value === 'count').length
      fields.push({ quotedKey, list: name, countFields })
    } else return null
  }
  return { fields, key }
}

/** The first sentinel count; one per value, far above any real count, within GraphQL's Int. */
const SENTINEL = 1_987_000_000

/** Per field of the shape (null for __typename), the text of each value's entry, split where its count goes. */
type Templates = Array<Map<string, string[]> | null>

/** Kept per snapshot, a few per facets shape, site, day and language. */
const KEPT_TEMPLATES = 48

export class FacetTemplates {
  private readonly kept = countedCache<string, Promise<Templates | null>>(KEPT_TEMPLATES)

  /** The facets' JSON from templates, or null when templates cannot write it. */
  async write(shape: FacetsShape, facets: CompiledQuery, selection: PracticeSelection, lang: LanguageChain, context: PartnerContext): Promise<string | null> {
    const key = `${shape.key}\u0000${context.site.id}\u0000${context.today}\u0000${chainKey(lang)}`
    let templates = this.kept.get(key)
    if (!templates) this.kept.set(key, (templates = makeTemplates(shape, facets, lang, context)))
    const made = await templates
    return made ? writeFacets(shape, made, selection.facets()) : null
  }
}

/** Per server URL, as the cards (practiceCards.ts): entries could hold URLs one day. The URL is the operator's setting: one, or a few in tests. */
const facetTemplatesPerServerUrl = perSnapshotAndKey(4, () => new FacetTemplates())

export function facetTemplatesOf(context: PartnerContext): FacetTemplates {
  return facetTemplatesPerServerUrl(context.snapshot, context.serverUrl)
}

async function makeTemplates(shape: FacetsShape, facets: CompiledQuery, lang: LanguageChain, context: PartnerContext): Promise<Templates | null> {
  const every = facetIndexOf(context.snapshot).everyValue()
  let sentinel = SENTINEL
  for (const list of Object.values(every)) for (const entry of list) entry.count = sentinel++
  // The facets' resolvers read a selection's counts and keep what they make of them.
  const source = { selection: { facets: () => every, derived: <T>(_key: string, make: () => T): T => make() }, lang }
  let data: Record<string, unknown[]>
  try {
    const result = await facets.query(source, context, {})
    if (result.errors?.length || !result.data) return null
    data = (result.data as { facets: Record<string, unknown[]> }).facets
  } catch {
    return null
  }
  const templates: Templates = []
  for (const field of shape.fields) {
    if (field.list === null) {
      templates.push(null)
      continue
    }
    const entries = data[JSON.parse(field.quotedKey) as string]!
    const values = every[field.list] as Array<Entry<ListName>>
    const texts = new Map<string, string[]>()
    for (let k = 0; k < values.length; k++) {
      const parts = JSON.stringify(entries[k]).split(String(values[k]!.count))
      if (parts.length - 1 !== field.countFields) return null
      texts.set((VALUE_OF[field.list] as (entry: Entry<ListName>) => string)(values[k]!), parts)
    }
    templates.push(texts)
  }
  return templates
}

function writeFacets(shape: FacetsShape, templates: Templates, counts: FacetCounts): string | null {
  let json = '{'
  for (let f = 0; f < shape.fields.length; f++) {
    const field = shape.fields[f]!
    if (f > 0) json += ','
    json += field.quotedKey + ':'
    if (field.list === null) {
      json += '"PracticeFacets"'
      continue
    }
    const texts = templates[f]!
    const valueOf = VALUE_OF[field.list] as (entry: Entry<ListName>) => string
    const entries = counts[field.list] as Array<Entry<ListName>>
    json += '['
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!
      const parts = texts.get(valueOf(entry))
      if (!parts) return null
      if (k > 0) json += ','
      json += parts.length === 2 ? parts[0]! + entry.count + parts[1]! : parts.join(String(entry.count))
    }
    json += ']'
  }
  return json + '}'
}
