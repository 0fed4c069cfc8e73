import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import { ApolloArmor } from '@escape.tech/graphql-armor'
import type { Payload } from 'payload'

import { promisedCache, weighedCache } from '../lib/caches'
import { compiledExecution, type CompiledExecutionOptions, type CompiledExecutionStats } from './compiledExecution'
import type { PartnerContext } from './context'
import { ErrorCode, formatPartnerError } from './errors'
import { GraphQLError, type DocumentNode, type ValidationContext } from './graphql'
import { LIMITS } from './limits'
import { resolvers } from './resolvers'
import { buildPartnerSchema } from './schema'

/**
 * Abuse limits by graphql-armor: depth, cost, aliases, directives. Its
 * rejections become QUERY_TOO_COMPLEX errors (HTTP 400) instead of armor's
 * generic BAD_USER_INPUT.
 */
function abuseLimits(production: boolean) {
  const reportTooComplex = (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new GraphQLError(error.message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }))
  }
  const rejection = { propagateOnRejection: false, onReject: [reportTooComplex] }
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, ...rejection },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, ...rejection },
    maxAliases: { n: LIMITS.maxAliases, ...rejection },
    maxDirectives: { n: LIMITS.maxDirectives, ...rejection },
    // Tokens are counted by graphql's own parser (parseOptions below): armor's
    // Apollo token plugin re-parses in a hook, where any syntax error becomes a 500.
    maxTokens: { enabled: false },
    // Field suggestions ("Did you mean …?") tell strangers about the schema; fine in development.
    blockFieldSuggestion: { enabled: production },
  }).protect()
}

/**
 * Cache-Control per response: a successful query over GET may be reused for
 * a minute; errors, mutations and POSTs are not cached. Every answer is to a
 * request with a key, so it is `private` (the browser's cache only): a
 * shared cache that ignored `Vary` would hand one site's answer to another,
 * or to a client without a key. `public` only when the operator says their
 * CDN keys its cache on the API key (PARTNER_API_SHARED_CACHE).
 */
const cachePolicy = (sharedCache: boolean): ApolloServerPlugin<PartnerContext> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ request, response, operation, contextValue }) {
        const headers = response.http.headers
        const body = response.body
        const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0
        contextValue.answer.reusable = operation?.operation === 'query' && !failed
        if (headers.has('cache-control')) return
        const cacheable = request.http?.method === 'GET' && contextValue.answer.reusable
        headers.set('cache-control', cacheable ? `${sharedCache ? 'public' : 'private'}, max-age=${LIMITS.cacheMaxAgeSeconds}` : 'no-store')
      },
    }
  },
})

export type PartnerApollo = { server: ApolloServer<PartnerContext>; compiledQueries: CompiledExecutionStats | null }

/**
 * `compileQueries: false` runs every operation through graphql-js (tests
 * compare the two); `sharedCache` lets shared caches keep answers (`public`).
 */
export async function startPartnerApolloServer(
  payload: Payload,
  production: boolean,
  compileQueries: CompiledExecutionOptions | false = { compilationsPerMinute: LIMITS.compilationsPerMinute },
  sharedCache = false,
): Promise<PartnerApollo> {
  const armor = abuseLimits(production)
  const schema = buildPartnerSchema(resolvers as Record<string, unknown>)
  const compiled = compileQueries ? compiledExecution(schema, compileQueries) : null
  const server = new ApolloServer<PartnerContext>({
    schema,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<PartnerContext>[]),
      ...(compiled ? [compiled.plugin] : []),
      cachePolicy(sharedCache),
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // The API is public and documented: introspection stays on.
    introspection: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: formatPartnerError(production),
    // Parsed queries by their text, bounded by it (compiled queries live as long as theirs: compiledExecution.ts).
    documentStore: promisedCache(weighedCache<string, DocumentNode>(LIMITS.parsedQueryCharacters, (document) => document.loc?.source.body.length ?? 10_000)),
    // Automatic persisted queries: clients may send only a query's hash, so GET URLs stay short and cacheable.
    persistedQueries: { ttl: null, cache: promisedCache(weighedCache<string, string>(LIMITS.persistedQueryCharacters, (query) => query.length)) },
    // Every valid request carries an API key header, which already makes it a non-simple (CSRF-safe) request.
    csrfPrevention: { requestHeaders: ['authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name'] },
    // src/server.ts owns the process's signals.
    stopOnTerminationSignals: false,
    logger: {
      debug: (message) => payload.logger.debug(`partner API: ${message}`),
      info: (message) => payload.logger.info(`partner API: ${message}`),
      warn: (message) => payload.logger.warn(`partner API: ${message}`),
      error: (message) => payload.logger.error(`partner API: ${message}`),
    },
  })
  await server.start()
  return { server, compiledQueries: compiled?.stats ?? null }
}

export { HeaderMap }
