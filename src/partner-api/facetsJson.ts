import { randomBytes } from 'node:crypto'

import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit'

import { chainKey } from '../read-model'
import type { PartnerContext } from './context'
import { facetsShapeOf, facetTemplatesOf, type FacetsShape } from './facetTemplates'
import {
  BREAK,
  getNamedType,
  getNullableType,
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

/**
 * Facets written as JSON once per selection, and spliced into answers.
 *
 * A listing's facets depend on its selection (site, filter, search,
 * language, day: see recentSelections.ts), not on its page: every page of a
 * list carries the same facets. They are also most of an answer (about 47
 * of 68 KB for a listing with organisation and municipality facets at 5,000
 * practices), and building, stringifying and encoding them cost more than
 * the rest of the answer. So when a query asks for facets once, in the
 * plain way partner sites write it, the facets are run apart (a compiled
 * query `{ facets { … } }` whose root is the facets), written as UTF-8 JSON
 * and kept with the selection; the query itself runs with the facets
 * reduced to `{ __typename }`, that placeholder is replaced by a token, and
 * the HTTP layer puts the kept bytes where the token is. The answer is
 * byte for byte what the whole query would give: JSON.stringify writes a
 * value the same inside an answer as on its own.
 *
 * Plain means: a query operation without fragments or directives, one field
 * of type PracticeFacets, not inside a list, no repeated response keys,
 * no variables inside the facets' selection. Anything else runs whole.
 */

/** What the `facets` field resolved to, recorded for the splice. */
export type FacetsSplice = {
  /** Whether this request may splice (false when the answer is made again without it). */
  enabled: boolean
  /** Sources the `facets` resolver returned during the last run. */
  resolved: PracticeFacetsNode[]
  /** Set when the answer holds the token: the bytes to put in its place. */
  spliced: { token: string; bytes: Buffer } | null
}

export function newFacetsSplice(): FacetsSplice {
  return { enabled: true, resolved: [], spliced: null }
}

export type FacetsPlan = {
  /** The operation with the facets' selection reduced to `__typename`. */
  withoutFacets: CompiledQuery
  /** `{ facets { … } }` against a schema whose root is the facets. */
  facets: CompiledQuery
  /** Response keys from `data` to the facets. */
  path: readonly string[]
  /** Names this plan's JSON among a selection's derived values. */
  key: string
  /** When the facets can be written from entries made ahead (facetTemplates.ts). */
  shape: FacetsShape | null
}

const FACETS_TYPE = 'PracticeFacets'

/**
 * The token a spliced answer holds in place of its facets: unguessable, so
 * that no content can contain it, and plain ASCII, so JSON.stringify writes
 * it as it is.
 */
const TOKEN = `pb-facets-${randomBytes(16).toString('hex')}`
const QUOTED_TOKEN = `"${TOKEN}"`

const rootSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>()

/** A plan for the operation when its facets can be spliced, else null. */
export function planFacets(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): FacetsPlan | null {
  const facetsType = schema.getType(FACETS_TYPE)
  const queryType = schema.getQueryType()
  if (!isObjectType(facetsType) || !queryType) return null
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
  if (operations.length !== document.definitions.length) return null // fragments
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined
  if (!operation || operation.operation !== OperationTypeNode.QUERY || operation.directives?.length) return null

  const found: Array<{ path: string[]; field: FieldNode }> = []
  const plain = collectFacets(operation.selectionSet, queryType, [], false, facetsType, found)
  if (!plain || found.length !== 1) return null
  const [{ path, field }] = found as [{ path: string[]; field: FieldNode }]
  if (!field.selectionSet || !isSelfContained(field.selectionSet)) return null

  const withoutFacets = compile(schema, { ...document, definitions: [{ ...operation, selectionSet: reduced(operation.selectionSet, path) }] }, operationName)
  const facets = compile(rootSchemaFor(schema, facetsType), facetsDocument(field.selectionSet), undefined)
  if (!withoutFacets || !facets) return null
  // Named by the facets' selection: another query asking the same facets of a selection finds them written.
  const key = `facets-json:${print(field.selectionSet)}`
  return { withoutFacets, facets, path, key, shape: facetsShapeOf(field.selectionSet, key) }
}

/**
 * Runs the operation with its facets spliced. Returns null when it cannot
 * (an error anywhere, or the facets resolved other than once): graphql-js
 * then answers, and reports any error its own way.
 */
/** How facets were answered, counted for tests and for the curious. */
export type FacetsJsonStats = {
  /** Answers with their facets spliced in. */
  spliced: number
  /** Facets written for a selection from entries made ahead (facetTemplates.ts). */
  writtenFromTemplates: number
  /** Facets written for a selection by running their query (when templates cannot write them). */
  writtenByQuery: number
}

export async function runWithFacetsJson(
  plan: FacetsPlan,
  context: PartnerContext,
  variables: Record<string, unknown>,
  stats: FacetsJsonStats,
): Promise<{ data: Record<string, unknown>; errors?: undefined } | null> {
  const splice = context.facetsSplice
  splice.resolved = []
  splice.spliced = null
  const result = await plan.withoutFacets.query(undefined, context, variables)
  if (result.errors?.length || !result.data) return null
  const data = result.data as Record<string, unknown>
  const resolved = splice.resolved
  // The facets' parent was null (the facets never resolved): nothing to splice.
  if (resolved.length === 0) return { data }
  if (resolved.length !== 1) return null
  const holder = objectAt(data, plan.path.slice(0, -1))
  if (!holder) return null
  const source = resolved[0]!
  const bytes = await source.selection.derived(`${plan.key}:${chainKey(source.lang)}`, async () => {
    try {
      const written = plan.shape ? await facetTemplatesOf(context).write(plan.shape, plan.facets, source.selection, source.lang, context) : null
      if (written !== null) {
        stats.writtenFromTemplates++
        return Buffer.from(written)
      }
      const facets = await plan.facets.query(source, context, {})
      if (facets.errors?.length || !facets.data) return null
      stats.writtenByQuery++
      return Buffer.from(JSON.stringify((facets.data as { facets: unknown }).facets))
    } catch {
      return null
    }
  })
  if (!bytes) return null
  holder[plan.path.at(-1)!] = TOKEN
  splice.spliced = { token: TOKEN, bytes }
  stats.spliced++
  return { data }
}

/**
 * The answer's bytes with the facets in place of the token, or null when the
 * token is not there exactly once (the answer must then be made whole).
 */
export function spliceFacets(body: string, spliced: NonNullable<FacetsSplice['spliced']>): Buffer | null {
  const quoted = spliced.token === TOKEN ? QUOTED_TOKEN : `"${spliced.token}"`
  const at = body.indexOf(quoted)
  if (at < 0 || body.indexOf(quoted, at + quoted.length) >= 0) return null
  return Buffer.concat([Buffer.from(body.slice(0, at)), spliced.bytes, Buffer.from(body.slice(at + quoted.length))])
}

/**
 * Walks the operation's fields with their types. False when something makes
 * the operation not plain: a fragment, a directive, a repeated response key,
 * an abstract type with a selection.
 */
function collectFacets(
  selectionSet: SelectionSetNode,
  parentType: GraphQLObjectType,
  path: string[],
  inList: boolean,
  facetsType: GraphQLObjectType,
  found: Array<{ path: string[]; field: FieldNode }>,
): boolean {
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
    const list = inList || isListType(getNullableType(definition.type))
    if (type === facetsType) {
      if (list) return false
      found.push({ path: [...path, key], field: selection })
      continue
    }
    if (!selection.selectionSet) continue
    if (!isObjectType(type)) return false
    if (!collectFacets(selection.selectionSet, type, [...path, key], list, facetsType, found)) return false
  }
  return true
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

function facetsDocument(selectionSet: SelectionSetNode): DocumentNode {
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.QUERY,
    selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'facets' }, selectionSet }] },
  }
  return { kind: Kind.DOCUMENT, definitions: [operation] }
}

/** The partner schema's types under a root whose one field is the facets it is given. */
function rootSchemaFor(schema: GraphQLSchema, facetsType: GraphQLObjectType): GraphQLSchema {
  let root = rootSchemas.get(schema)
  if (!root) {
    root = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'PracticeFacetsRoot',
        fields: { facets: { type: new GraphQLNonNull(facetsType), resolve: (source: unknown) => source } },
      }),
      types: Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__')),
    })
    rootSchemas.set(schema, root)
  }
  return root
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
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
