import { GraphQLError, type GraphQLFormattedError } from './graphql'

/**
 * The partner API's error codes (extensions.code), thrown at the edge as
 * GraphQLErrors. Apollo's own codes for requests that are not GraphQL at all
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST,
 * PERSISTED_QUERY_NOT_FOUND) pass through unchanged.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const

type HttpHead = { status: number; headers?: Map<string, string> }

function error(message: string, code: string, http?: HttpHead): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(http ? { http } : {}) } })
}

export const unauthenticated = (message = 'A valid API key is required: send it as "Authorization: Bearer <key>" or "x-api-key: <key>".') =>
  error(message, ErrorCode.UNAUTHENTICATED, { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="partner-api"']]) })

export const forbiddenOrigin = (origin: string) =>
  error(`This API key may not be used from the origin ${origin}.`, ErrorCode.FORBIDDEN, { status: 403 })

export const badUserInput = (message: string) => error(message, ErrorCode.BAD_USER_INPUT, { status: 400 })

export const rateLimited = (retryAfterSeconds: number) =>
  error(`Too many submissions; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, ErrorCode.RATE_LIMITED, {
    status: 429,
    headers: new Map([['retry-after', String(Math.ceil(retryAfterSeconds))]]),
  })

/** graphql's parser stops at `parseOptions.maxTokens` with this message (sic: "more that" in graphql 16). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/

/** Walks the chain of wrapped errors (Apollo wraps validation and syntax errors). */
function codesOf(error: unknown): string[] {
  const codes: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as GraphQLError).extensions?.code
    if (typeof code === 'string') codes.push(code)
    current = (current as GraphQLError).originalError
  }
  return codes
}

/**
 * Shapes every error before it is sent. Limit violations keep their own code
 * although Apollo reports them as validation or syntax errors; in production
 * unexpected errors say only "Internal server error".
 */
export function formatPartnerError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const codes = codesOf(error)
    if (codes.includes(ErrorCode.QUERY_TOO_COMPLEX) || TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QUERY_TOO_COMPLEX } }
    }
    const code = formatted.extensions?.code
    if (production && (code === ErrorCode.INTERNAL_SERVER_ERROR || code === undefined)) {
      return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }
    }
    return formatted
  }
}
