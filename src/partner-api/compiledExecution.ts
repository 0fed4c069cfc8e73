import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server'
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit'

import type { PartnerContext } from './context'
import { newSplicingStats, planSplicing, runSpliced, type SplicePlan, type SplicingStats } from './splicing'
import type { DocumentNode, GraphQLSchema } from './graphql'

/**
 * Runs queries as compiled JavaScript (graphql-jit) instead of walking the
 * query with graphql-js for every request.
 *
 * graphql-js resolves field by field through generic code: for a listing of
 * 20 practices with facets that is about two thousand fields, and it costs
 * more than everything else the partner API does. graphql-jit turns a query
 * into one function once, and reuses it for every request with that query,
 * whatever the variables.
 *
 * Apollo Server keeps everything else: parsing and its document cache,
 * validation with the abuse limits, persisted queries, CSRF prevention, the
 * HTTP side, and every error. A compiled run that ends in any error is
 * thrown away and the operation runs again through graphql-js, so error
 * answers read exactly as before (queries only read the request's snapshot,
 * so running one twice changes nothing). Mutations always take graphql-js.
 *
 * A document is compiled the second time it is seen: a stream of one-off
 * queries costs no compilation. Compiled queries live as long as Apollo
 * keeps the parsed document in its cache (a WeakMap on the document).
 * Compiling costs a few milliseconds, so there is a budget per minute: a
 * client sending many different queries twice each gets graphql-js (the
 * same answers, slower) once it is spent, instead of a compilation each.
 *
 * A query asking for facets or practice cards in the plain way partner
 * sites write it runs in compiled parts, those written as JSON once and
 * spliced into the answer (splicing.ts).
 */
export type CompiledExecutionStats = {
  /** Queries compiled so far. */
  compiled: number
  /** Operations answered by a compiled query. */
  answered: number
  /** Compiled runs that ended in an error (or parts that could not be spliced) and ran again through graphql-js. */
  fellBack: number
  /** Compilations put off because the budget of the minute was spent (graphql-js answered). */
  deferred: number
  /** Answers put together from parts written once (see splicing.ts). */
  splicing: SplicingStats
}

export type CompiledExecutionOptions = {
  /** Compilations allowed per minute (a bucket refilled continuously). */
  compilationsPerMinute: number
  now?: () => number
}

export type CompiledExecution = { plugin: ApolloServerPlugin<PartnerContext>; stats: CompiledExecutionStats }

export function compiledExecution(schema: GraphQLSchema, options: CompiledExecutionOptions): CompiledExecution {
  const stats: CompiledExecutionStats = { compiled: 0, answered: 0, fellBack: 0, deferred: 0, splicing: newSplicingStats() }
  const now = options.now ?? Date.now
  const perMinute = options.compilationsPerMinute
  let budget = perMinute
  let budgetAt = now()
  const takeFromBudget = (): boolean => {
    const time = now()
    budget = Math.min(perMinute, budget + ((time - budgetAt) * perMinute) / 60_000)
    budgetAt = time
    if (budget < 1) return false
    budget -= 1
    return true
  }
  /** A query with parts that can be spliced runs as a plan (see splicing.ts); others as one compiled query. */
  type Compiled = { kind: 'whole'; query: CompiledQuery } | { kind: 'spliced'; plan: SplicePlan }
  // Lives with Apollo's bounded document cache; per document, at most its operations (names that are not in it fail before this).
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | 'seen' | 'not-compilable'>>()

  const compile = (document: DocumentNode, operationName: string | undefined): Compiled | null => {
    const plan = planSplicing(schema, document, operationName)
    if (plan) return { kind: 'spliced', plan }
    const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true })
    return isCompiledQuery(result) ? { kind: 'whole', query: result } : null
  }

  const compiledFor = (document: DocumentNode, operationName: string | undefined): Compiled | null => {
    let byOperation = compiled.get(document)
    if (!byOperation) compiled.set(document, (byOperation = new Map()))
    const key = operationName ?? ''
    const known = byOperation.get(key)
    if (known === undefined) {
      byOperation.set(key, 'seen')
      return null
    }
    if (known !== 'seen') return known === 'not-compilable' ? null : known
    // Still 'seen': compiled on a later request, when the budget allows.
    if (!takeFromBudget()) {
      stats.deferred++
      return null
    }
    const query = compile(document, operationName)
    byOperation.set(key, query ?? 'not-compilable')
    if (query) stats.compiled++
    return query
  }

  /** The result, or null for graphql-js to answer (a plan that cannot splice this time is rare: no second compiled copy is kept for it). */
  const run = async (query: Compiled, context: PartnerContext, variables: Record<string, unknown>) => {
    if (query.kind === 'whole') return query.query.query(undefined, context, variables)
    if (!context.splice.enabled) return null
    return runSpliced(query.plan, context, variables, stats.splicing)
  }

  const plugin: ApolloServerPlugin<PartnerContext> = {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, document, request, contextValue }): Promise<GraphQLResponse | null> {
          // No operation (an operationName the document does not have): graphql-js says so.
          if (operation?.operation !== 'query') return null
          const query = compiledFor(document, request.operationName)
          if (!query) return null
          let result: Awaited<ReturnType<typeof run>>
          try {
            result = await run(query, contextValue, request.variables ?? {})
          } catch {
            // Whatever went wrong, graphql-js answers (and reports it its own way).
            stats.fellBack++
            contextValue.splice.parts = []
            return null
          }
          if (!result || result.errors?.length) {
            stats.fellBack++
            contextValue.splice.parts = []
            return null
          }
          stats.answered++
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } }
        },
      }
    },
  }
  return { plugin, stats }
}
