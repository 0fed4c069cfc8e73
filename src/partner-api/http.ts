import type { IncomingMessage, ServerResponse } from 'node:http'

import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server'
import type { Payload } from 'payload'

import { env } from '../config/env'
import { noteSiteForRequestLog } from '../logging/requestLog'
import { ReadModel } from '../read-model'
import { startPartnerApolloServer } from './apolloServer'
import type { CompiledExecutionStats } from './compiledExecution'
import { authenticate, KeyUsageRecorder, presentedApiKey } from './auth'
import { createPartnerContext } from './context'
import { corsHeaders, preflightHeaders, requestOrigin } from './cors'
import { forbiddenOrigin, unauthenticated } from './errors'
import type { GraphQLError } from './graphql'
import { LIMITS } from './limits'
import { type CachedAnswer, etagOf, ResponseCache } from './responseCache'
import { spliceParts } from './splicing'
import { SubmissionDesk } from './submissions'

export type PartnerApiOptions = {
  /** Production behaviour: no stack traces, no field suggestions, no landing page. Default: NODE_ENV. */
  production?: boolean
  /** The clock (tests move it to check once-a-minute writes and hourly rate limits). */
  now?: () => Date
  /** Base of absolute image and document URLs. Default: SERVER_URL. */
  serverUrl?: string
  /** Take the client IP from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean
  readModel?: ReadModel
  /** Run queries as compiled functions (see compiledExecution.ts). Default: true. */
  compileQueries?: boolean
  /** Default: LIMITS.compilationsPerMinute. */
  compilationsPerMinute?: number
  /**
   * `Cache-Control: public` instead of `private` on cacheable answers, for a
   * CDN that keys its cache on the API key header. Default:
   * PARTNER_API_SHARED_CACHE (false).
   */
  sharedCache?: boolean
}

export type PartnerApiHandler = ((req: IncomingMessage, res: ServerResponse) => Promise<void>) & {
  readModel: ReadModel
  keyUsage: KeyUsageRecorder
  /** How many queries were compiled and answered compiled; null when compilation is off. */
  compiledQueries: CompiledExecutionStats | null
  /** Answers in the response cache. */
  responseCacheSize: () => number
  stop: () => Promise<void>
}

/** True for requests to the partner API: the path /graphql, with or without a query string. */
export function isPartnerApiRequest(url: string | undefined): boolean {
  return url === '/graphql' || (url?.startsWith('/graphql?') ?? false)
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Answer, then close the connection: what is left of the request is not read. */
    readonly closeConnection = false,
  ) {
    super(message)
  }
}

const bodyTooLarge = () => new HttpError(413, 'BAD_REQUEST', `The request body may be at most ${LIMITS.maxBodyBytes} bytes.`, true)

/** The body's size as the request declares it (Content-Length), 0 when it does not. */
function declaredBodyBytes(req: IncomingMessage): number {
  const length = Number(req.headers['content-length'])
  return Number.isFinite(length) ? length : 0
}

/**
 * The partner API over HTTP, on node:http without a framework: GET and POST
 * (and CORS preflights) on /graphql, through Apollo Server's
 * executeHTTPGraphQLRequest. Authentication and CORS happen here, before
 * Apollo; ETag and 304 after it.
 */
export async function createPartnerApiHandler(payload: Payload, options: PartnerApiOptions = {}): Promise<PartnerApiHandler> {
  const production = options.production ?? env().isProduction
  const now = options.now ?? (() => new Date())
  const serverUrl = (options.serverUrl ?? env().serverUrl).replace(/\/+$/, '')
  // Apollo first: the read model's search indexes are built after it starts, while requests are served.
  const { server: apollo, compiledQueries } = await startPartnerApolloServer(
    payload,
    production,
    options.compileQueries === false ? false : { compilationsPerMinute: options.compilationsPerMinute ?? LIMITS.compilationsPerMinute },
    options.sharedCache ?? env().partnerApiSharedCache,
  )
  const readModel = options.readModel ?? (await ReadModel.start(payload))
  const keyUsage = new KeyUsageRecorder(payload, now, LIMITS.keyUsageWriteIntervalMs)
  const submissions = new SubmissionDesk(payload, now)
  const responseCache = new ResponseCache()

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      // Refused before anything else, and not read: a client may declare gigabytes.
      if (declaredBodyBytes(req) > LIMITS.maxBodyBytes) throw bodyTooLarge()
      const url = new URL(req.url ?? '/', 'http://partner-api.invalid')
      const origin = requestOrigin(req.headers)
      const snapshot = await readModel.fresh()

      if (req.method === 'OPTIONS') {
        const allowed = origin !== null && snapshot.allowedOrigins.has(origin)
        res.writeHead(allowed ? 204 : 403, { ...(allowed ? preflightHeaders(origin) : {}), vary: 'Origin' }).end()
        return
      }

      const authenticated = authenticate(snapshot, presentedApiKey(req.headers))
      if (!authenticated || (origin !== null && !authenticated.site.allowedOrigins.includes(origin))) {
        // A browser may read a refusal when some site allows its origin, so the page can tell why.
        const readableBy = origin !== null && snapshot.allowedOrigins.has(origin) ? origin : null
        refuse(res, authenticated ? forbiddenOrigin(origin!) : unauthenticated(), readableBy)
        return
      }

      noteSiteForRequestLog(res, authenticated.site.slug)
      const jsonText = req.method === 'POST' ? await readJsonText(req) : undefined
      const requestTime = now()
      const cacheKey = ResponseCache.keyOf({
        siteId: authenticated.site.id,
        contentVersion: snapshot.contentVersion,
        day: requestTime.toISOString().slice(0, 10),
        method: req.method ?? 'GET',
        search: url.search,
        body: jsonText,
        accept: req.headers.accept ?? '',
      })
      const cached = responseCache.get(cacheKey)
      if (cached) {
        keyUsage.used(authenticated.apiKey.id)
        sendAnswer(req, res, cached, origin, 'hit')
        return
      }
      const context = createPartnerContext({
        snapshot,
        site: authenticated.site,
        apiKey: authenticated.apiKey,
        clientIp: clientIp(req, options.trustProxy ?? false),
        now: requestTime,
        serverUrl,
        submissions,
      })
      const httpGraphQLRequest = { method: req.method ?? 'GET', headers: headerMap(req), search: url.search, body: parseJson(jsonText) }
      let response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context })
      keyUsage.used(authenticated.apiKey.id)
      if (response.body.kind === 'chunked') {
        await sendChunked(res, response, origin)
        return
      }
      let body: string | Buffer = response.body.string
      if (context.splice.parts.length > 0) {
        const whole = spliceParts(body, context.splice.parts)
        if (whole) body = whole
        else {
          // Never expected (the tokens are unguessable): made again, whole.
          payload.logger.warn('partner API: a token of a spliced part not found once in an answer; answered without splicing')
          context.splice.enabled = false
          response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => context })
          if (response.body.kind === 'chunked') throw new Error('a query answered in chunks')
          body = response.body.string
        }
      }
      let answer = completeAnswer(response.status ?? 200, response.headers, body)
      if (context.answer.reusable && answer.status === 200 && responseCache.admits(cacheKey)) answer = responseCache.keep(cacheKey, answer)
      sendAnswer(req, res, answer, origin, 'miss')
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, error.closeConnection ? req : null)
        return
      }
      payload.logger.error({ err: error, msg: 'partner API: unexpected error' })
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })
      else res.destroy()
    }
  }

  return Object.assign(handle, {
    readModel,
    keyUsage,
    compiledQueries,
    responseCacheSize: () => responseCache.size,
    stop: async () => {
      readModel.stop()
      await keyUsage.settled()
      await apollo.stop()
    },
  })
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return headers
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for']
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
    if (first) return first
  }
  return req.socket.remoteAddress ?? 'unknown'
}

/**
 * The body of a POST as text when it is JSON, else undefined (Apollo answers
 * a POST without a JSON body with a 400 of its own). Parsed only when the
 * response cache has no answer for it. A body (chunked, or longer than it
 * said) that passes the limit is not read further: the answer closes the
 * connection.
 */
function readJsonText(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > LIMITS.maxBodyBytes) {
        refused = true
        req.off('data', onData)
        req.pause()
        chunks.length = 0
        reject(bodyTooLarge())
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('error', reject)
    req.on('end', () => {
      if (refused) return
      const contentType = req.headers['content-type'] ?? ''
      if (!/^application\/(graphql-response\+)?json\b/i.test(contentType) || size === 0) resolve(undefined)
      else resolve((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8'))
    })
  })
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.')
  }
}

const VARY = 'Authorization, X-Api-Key, Origin, Accept'

/** Apollo's complete answer (its body is encoded when the response cache keeps it). */
function completeAnswer(status: number, apolloHeaders: HeaderMap, body: string | Buffer): CachedAnswer {
  const headers: Record<string, string> = {}
  for (const [name, value] of apolloHeaders) headers[name] = value
  headers['cache-control'] ??= 'no-store'
  return { status, headers, body }
}

/**
 * Writes an answer; `origin` has been checked against the site's allowed
 * origins. `x-partner-cache` says whether GraphQL ran. A conditional GET of
 * an unchanged, cacheable answer (private or public) gets a 304 without a body.
 */
function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: CachedAnswer, origin: string | null, cache: 'hit' | 'miss'): void {
  const headers: Record<string, string> = { vary: VARY, ...(origin ? corsHeaders(origin) : {}), 'x-partner-cache': cache, ...answer.headers }
  if (req.method === 'GET' && answer.status === 200 && headers['cache-control']!.includes('max-age')) {
    const etag = etagOf(answer)
    headers.etag = etag
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers).end()
      return
    }
  }
  // Encoded once: its length is the header, and the bytes are what is written (Buffer.byteLength then end(string) encoded twice).
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body
  headers['content-length'] = String(body.length)
  res.writeHead(answer.status, headers).end(body)
}

async function sendChunked(res: ServerResponse, response: HTTPGraphQLResponse, origin: string | null): Promise<void> {
  if (response.body.kind !== 'chunked') return
  const headers: Record<string, string> = { vary: VARY, ...(origin ? corsHeaders(origin) : {}), 'x-partner-cache': 'miss' }
  for (const [name, value] of response.headers) headers[name] = value
  headers['cache-control'] ??= 'no-store'
  res.writeHead(response.status ?? 200, headers)
  for await (const chunk of response.body.asyncIterator) res.write(chunk)
  res.end()
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '')
    return tag === '*' || tag === etag
  })
}

/** Refuses a request before it reaches GraphQL: no or a wrong key, or a foreign origin. */
function refuse(res: ServerResponse, error: GraphQLError, readableBy: string | null): void {
  const http = error.extensions.http as { status: number; headers?: Map<string, string> }
  const body = JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] })
  res
    .writeHead(http.status, {
      ...Object.fromEntries(http.headers ?? []),
      ...(readableBy ? corsHeaders(readableBy) : {}),
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      vary: VARY,
      'content-length': String(Buffer.byteLength(body)),
    })
    .end(body)
}

/** `closing`: a request whose rest is not read; its connection is closed once the answer is out. */
function sendJson(res: ServerResponse, status: number, value: unknown, closing: IncomingMessage | null = null): void {
  const body = JSON.stringify(value)
  if (closing) res.once('finish', () => closing.socket.destroy())
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'content-length': String(Buffer.byteLength(body)),
      ...(closing ? { connection: 'close' } : {}),
    })
    .end(body)
}
