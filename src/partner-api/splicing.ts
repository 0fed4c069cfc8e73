import { randomBytes } from 'node:crypto'

import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit'

import { chainKey, type LanguageChain } from '../read-model'
import type { PartnerContext } from './context'
import { facetsShapeOf, facetTemplatesOf, type FacetsShape } from './facetTemplates'
import {
  BREAK,
  getNamedType,
  getNullableType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from './graphql'
import type { PracticeFacetsNode } from './mappers'
import { practiceCardsOf } from './practiceCards'

/**
 * Answers put together from parts written once: a listing's facets and its
 * practice cards.
 *
 * A listing's facets depend on its selection (site, filter, search,
 * language, day: see recentSelections.ts), not on its page: every page of a
 * list carries the same facets. A practice's card depends on the practice,
 * the site, the day and the language, not on the list it is in: partner
 * sites show the same practices in list after list. Facets and cards are
 * also most of an answer (about 47 and 20 of 68 KB for a listing at 5,000
 * practices), and building, stringifying and encoding them per request cost
 * more than everything else. So when a query asks for them in the plain way
 * partner sites write it, they are run apart and kept as UTF-8 JSON: the
 * facets with their selection (written from entries made ahead, see
 * facetTemplates.ts), the cards per practice (practiceCards.ts). The query
 * itself runs with those fields reduced to `{ __typename }`; each is then
 * replaced by a token, and the HTTP layer puts the kept bytes where the
 * tokens are (`spliceParts`). The answer is byte for byte what the whole
 * query gives: JSON.stringify writes a value the same inside an answer as on
 * its own, and a list as its items between brackets and commas.
 *
 * Plain means: a query operation without fragments or directives; one field
 * of type PracticeFacets and one `nodes` of a PracticeConnection (either or
 * both), not inside a list; no repeated response keys; no variables inside
 * their selections. Anything else runs whole.
 */

/** A part of an answer: the token the answer holds, and the bytes that go in its place. */
export type SplicedPart = { token: string; bytes: Buffer }

/** Per request: what the spliced fields resolved to, and the parts made of them. */
export type AnswerSplice = {
  /** Whether this request may splice (false when the answer is made again without it). */
  enabled: boolean
  /** What the `facets` resolver returned during the last run. */
  facets: PracticeFacetsNode[]
  /** The pages `nodes` of a practice connection resolved to during the last run. */
  pages: Array<{ positions: readonly number[]; lang: LanguageChain }>
  /** The parts the answer holds tokens for. */
  parts: SplicedPart[]
}

export function newAnswerSplice(): AnswerSplice {
  return { enabled: true, facets: [], pages: [], parts: [] }
}

/** How answers were put together, counted for tests and for the curious. */
export type SplicingStats = {
  /** Answers with parts spliced in. */
  answers: number
  /** Facets written for a selection from entries made ahead (facetTemplates.ts). */
  facetsFromTemplates: number
  /** Facets written for a selection by running their query (when templates cannot write them). */
  facetsByQuery: number
  /** Practice cards written (the others came from the cards kept). */
  cardsWritten: number
}

export function newSplicingStats(): SplicingStats {
  return { answers: 0, facetsFromTemplates: 0, facetsByQuery: 0, cardsWritten: 0 }
}

type FacetsPart = {
  /** Response keys from `data` to the facets. */
  path: readonly string[]
  /** `{ facets { … } }` against a schema whose root is the facets. */
  query: CompiledQuery
  /** Names this JSON among a selection's derived values. */
  key: string
  /** When the facets can be written from entries made ahead. */
  shape: FacetsShape | null
}

export type CardsPart = {
  /** Response keys from `data` to the list of cards. */
  path: readonly string[]
  /** `{ nodes { … } }` against a schema whose root is a list of practices. */
  query: CompiledQuery
  /** Names this plan's cards among the cards kept. */
  id: number
}

export type SplicePlan = {
  /** The operation with the spliced fields' selections reduced to `__typename`. */
  rest: CompiledQuery
  facets: FacetsPart | null
  cards: CardsPart | null
}

/**
 * The tokens a spliced answer holds: unguessable, so that no content can
 * contain them, and plain ASCII, so JSON.stringify writes them as they are.
 */
const NONCE = randomBytes(16).toString('hex')
const FACETS_TOKEN = `pb-facets-${NONCE}`
const CARDS_TOKEN = `pb-cards-${NONCE}`

type Found = { path: string[]; field: FieldNode }

let cardPlans = 0

/** A plan for the operation when it has parts to splice, else null. */
export function planSplicing(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): SplicePlan | null {
  const facetsType = schema.getType('PracticeFacets')
  const connectionType = schema.getType('PracticeConnection')
  const practiceType = schema.getType('Practice')
  const queryType = schema.getQueryType()
  if (!isObjectType(facetsType) || !isObjectType(connectionType) || !isObjectType(practiceType) || !queryType) return null
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
  if (operations.length !== document.definitions.length) return null // fragments
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined
  if (!operation || operation.operation !== OperationTypeNode.QUERY || operation.directives?.length) return null

  const found = { facets: [] as Found[], nodes: [] as Found[] }
  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLObjectType, path: string[], inList: boolean): boolean => {
    const keys = new Set<string>()
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || selection.directives?.length) return false
      const key = selection.alias?.value ?? selection.name.value
      if (keys.has(key)) return false
      keys.add(key)
      if (selection.name.value.startsWith('__')) continue
      const definition = parentType.getFields()[selection.name.value]
      if (!definition) return false
      const type = getNamedType(definition.type)
      const list = isListType(getNullableType(definition.type))
      if (!inList && type === facetsType && !list) {
        found.facets.push({ path: [...path, key], field: selection })
        continue
      }
      if (!inList && parentType === connectionType && selection.name.value === 'nodes') {
        found.nodes.push({ path: [...path, key], field: selection })
        continue
      }
      if (!selection.selectionSet) continue
      if (!isObjectType(type)) return false
      if (!walk(selection.selectionSet, type, [...path, key], inList || list)) return false
    }
    return true
  }
  if (!walk(operation.selectionSet, queryType, [], false)) return null
  const single = (candidates: Found[]): Found | null => {
    const [only] = candidates
    return candidates.length === 1 && only!.field.selectionSet && isSelfContained(only!.field.selectionSet) ? only! : null
  }
  const facetsField = single(found.facets)
  const nodesField = single(found.nodes)
  if (!facetsField && !nodesField) return null

  let facets: FacetsPart | null = null
  if (facetsField) {
    const query = compile(rootSchemaFor(schema, 'facets', new GraphQLNonNull(facetsType)), rootDocument('facets', facetsField.field.selectionSet!))
    // Named by the facets' selection: another query asking the same facets of a selection finds them written.
    const key = `facets-json:${print(facetsField.field.selectionSet!)}`
    if (query) facets = { path: facetsField.path, query, key, shape: facetsShapeOf(facetsField.field.selectionSet!, key) }
  }
  let cards: CardsPart | null = null
  if (nodesField) {
    const query = compile(rootSchemaFor(schema, 'nodes', new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(practiceType)))), rootDocument('nodes', nodesField.field.selectionSet!))
    if (query) cards = { path: nodesField.path, query, id: ++cardPlans }
  }
  if (!facets && !cards) return null
  let selectionSet = operation.selectionSet
  for (const part of [facets, cards]) if (part) selectionSet = reduced(selectionSet, part.path)
  const rest = compile(schema, { ...document, definitions: [{ ...operation, selectionSet }] }, operationName)
  return rest ? { rest, facets, cards } : null
}

/**
 * Runs the operation with its parts spliced. Returns null when it cannot
 * (an error anywhere, or a part resolved more than once): graphql-js then
 * answers, and reports any error its own way.
 */
export async function runSpliced(
  plan: SplicePlan,
  context: PartnerContext,
  variables: Record<string, unknown>,
  stats: SplicingStats,
): Promise<{ data: Record<string, unknown>; errors?: undefined } | null> {
  const splice = context.splice
  splice.facets = []
  splice.pages = []
  splice.parts = []
  const result = await plan.rest.query(undefined, context, variables)
  if (result.errors?.length || !result.data) return null
  const data = result.data as Record<string, unknown>
  const parts: Array<SplicedPart & { path: readonly string[] }> = []

  // A part whose parent was null never resolved: nothing to splice there.
  if (plan.facets && splice.facets.length > 0) {
    if (splice.facets.length !== 1) return null
    const bytes = await facetsBytes(plan.facets, splice.facets[0]!, context, stats)
    if (!bytes) return null
    parts.push({ token: FACETS_TOKEN, bytes, path: plan.facets.path })
  }
  if (plan.cards && splice.pages.length > 0) {
    if (splice.pages.length !== 1) return null
    const { positions, lang } = splice.pages[0]!
    const bytes = await practiceCardsOf(context).write(plan.cards, positions, lang, context, stats)
    if (!bytes) return null
    parts.push({ token: CARDS_TOKEN, bytes, path: plan.cards.path })
  }
  for (const part of parts) {
    const holder = objectAt(data, part.path.slice(0, -1))
    if (!holder) return null
    holder[part.path.at(-1)!] = part.token
  }
  splice.parts = parts.map(({ token, bytes }) => ({ token, bytes }))
  if (parts.length > 0) stats.answers++
  return { data }
}

function facetsBytes(part: FacetsPart, source: PracticeFacetsNode, context: PartnerContext, stats: SplicingStats): Promise<Buffer | null> {
  // A read model may serve handlers with other server URLs (facets could hold URLs one day).
  return source.selection.derived(`${part.key}:${chainKey(source.lang)}:${context.serverUrl}`, async () => {
    try {
      const written = part.shape ? await facetTemplatesOf(context).write(part.shape, part.query, source.selection, source.lang, context) : null
      if (written !== null) {
        stats.facetsFromTemplates++
        return Buffer.from(written)
      }
      const facets = await part.query.query(source, context, {})
      if (facets.errors?.length || !facets.data) return null
      stats.facetsByQuery++
      return Buffer.from(JSON.stringify((facets.data as { facets: unknown }).facets))
    } catch {
      return null
    }
  })
}

/**
 * The answer's bytes with each part in place of its token, or null when a
 * token is not there exactly once (the answer must then be made whole).
 */
export function spliceParts(body: string, parts: readonly SplicedPart[]): Buffer | null {
  const places: Array<{ at: number; end: number; bytes: Buffer }> = []
  for (const part of parts) {
    const quoted = `"${part.token}"`
    const at = body.indexOf(quoted)
    if (at < 0 || body.indexOf(quoted, at + quoted.length) >= 0) return null
    places.push({ at, end: at + quoted.length, bytes: part.bytes })
  }
  places.sort((a, b) => a.at - b.at)
  const pieces: Buffer[] = []
  let from = 0
  for (const place of places) {
    pieces.push(Buffer.from(body.slice(from, place.at)), place.bytes)
    from = place.end
  }
  pieces.push(Buffer.from(body.slice(from)))
  return Buffer.concat(pieces)
}

/** No variables, fragments or directives: the selection's answer depends on its source alone. */
function isSelfContained(selectionSet: SelectionSetNode): boolean {
  let selfContained = true
  visit(selectionSet, {
    enter(node) {
      if (node.kind === Kind.VARIABLE || node.kind === Kind.FRAGMENT_SPREAD || node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.DIRECTIVE) {
        selfContained = false
        return BREAK
      }
      return undefined
    },
  })
  return selfContained
}

/** The selection set with the field at `path` (response keys) reduced to `{ __typename }`. */
function reduced(selectionSet: SelectionSetNode, path: readonly string[]): SelectionSetNode {
  const [key, ...rest] = path
  return {
    ...selectionSet,
    selections: selectionSet.selections.map((selection) => {
      if (selection.kind !== Kind.FIELD || (selection.alias?.value ?? selection.name.value) !== key) return selection
      const selections = rest.length > 0 ? reduced(selection.selectionSet!, rest) : typenameOnly
      return { ...selection, selectionSet: selections }
    }),
  }
}

const typenameOnly: SelectionSetNode = {
  kind: Kind.SELECTION_SET,
  selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
}

function rootDocument(field: string, selectionSet: SelectionSetNode): DocumentNode {
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.QUERY,
    selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: field }, selectionSet }] },
  }
  return { kind: Kind.DOCUMENT, definitions: [operation] }
}

// Two roots per schema ('facets' and 'nodes'): bounded by the code.
const rootSchemas = new WeakMap<GraphQLSchema, Map<string, GraphQLSchema>>()

/** The partner schema's types under a root whose one field is the source it is given. */
function rootSchemaFor(schema: GraphQLSchema, field: string, type: GraphQLNonNull<GraphQLObjectType | GraphQLList<GraphQLNonNull<GraphQLObjectType>>>): GraphQLSchema {
  let roots = rootSchemas.get(schema)
  if (!roots) rootSchemas.set(schema, (roots = new Map()))
  let root = roots.get(field)
  if (!root) {
    root = new GraphQLSchema({
      query: new GraphQLObjectType({ name: `SplicedRoot_${field}`, fields: { [field]: { type, resolve: (source: unknown) => source } } }),
      types: Object.values(schema.getTypeMap()).filter((named) => !named.name.startsWith('__')),
    })
    roots.set(field, root)
  }
  return root
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName?: string): CompiledQuery | null {
  const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true })
  return isCompiledQuery(result) ? result : null
}

function objectAt(data: Record<string, unknown>, path: readonly string[]): Record<string, unknown> | null {
  let value: unknown = data
  for (const key of path) {
    if (value === null || typeof value !== 'object') return null
    value = (value as Record<string, unknown>)[key]
  }
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null
}
