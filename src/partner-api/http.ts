import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server'
import type { Payload } from 'payload'

import { env } from '../config/env'
import { ReadModel } from '../read-model'
import { startPartnerApolloServer } from './apolloServer'
import { authenticate, KeyUsageRecorder, presentedApiKey } from './auth'
import { createPartnerContext } from './context'
import { corsHeaders, preflightHeaders, requestOrigin } from './cors'
import { forbiddenOrigin, unauthenticated } from './errors'
import type { GraphQLError } from './graphql'
import { LIMITS } from './limits'
import { type CachedAnswer, ResponseCache } from './responseCache'
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
}

export type PartnerApiHandler = ((req: IncomingMessage, res: ServerResponse) => Promise<void>) & {
  readModel: ReadModel
  keyUsage: KeyUsageRecorder
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
  ) {
    super(message)
  }
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
  const readModel = options.readModel ?? (await ReadModel.start(payload))
  const apollo = await startPartnerApolloServer(payload, production)
  const keyUsage = new KeyUsageRecorder(payload, now, LIMITS.keyUsageWriteIntervalMs)
  const submissions = new SubmissionDesk(payload, now)
  const responseCache = new ResponseCache()

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
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

      const body = req.method === 'POST' ? await readJsonBody(req) : undefined
      const requestTime = now()
      const cacheKey = ResponseCache.keyOf({
        siteId: authenticated.site.id,
        contentVersion: snapshot.contentVersion,
        day: requestTime.toISOString().slice(0, 10),
        method: req.method ?? 'GET',
        search: url.search,
        body,
        accept: req.headers.accept ?? '',
      })
      const cached = responseCache.get(cacheKey)
      if (cached) {
        keyUsage.used(authenticated.apiKey.id)
        await send(req, res, cachedResponse(cached), origin, 'hit')
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
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers: headerMap(req), search: url.search, body },
        context: async () => context,
      })
      keyUsage.used(authenticated.apiKey.id)
      if (context.answer.reusable && (response.status ?? 200) === 200 && response.body.kind === 'complete') {
        responseCache.set(cacheKey, { status: 200, headers: [...response.headers], body: response.body.string })
      }
      await send(req, res, response, origin, 'miss')
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] })
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

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > LIMITS.maxBodyBytes) throw new HttpError(413, 'BAD_REQUEST', `The request body may be at most ${LIMITS.maxBodyBytes} bytes.`)
    chunks.push(chunk as Buffer)
  }
  const contentType = req.headers['content-type'] ?? ''
  // Apollo answers a POST without a JSON body with a 400 of its own.
  if (!/^application\/(graphql-response\+)?json\b/i.test(contentType) || size === 0) return undefined
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.')
  }
}

const VARY = 'Authorization, X-Api-Key, Origin, Accept'

function cachedResponse(answer: CachedAnswer): HTTPGraphQLResponse {
  const headers = new HeaderMap()
  for (const [name, value] of answer.headers) headers.set(name, value)
  return { status: answer.status, headers, body: { kind: 'complete', string: answer.body } }
}

/**
 * Writes Apollo's answer (or a cached one); `origin` has been checked against
 * the site's allowed origins. `x-partner-cache` says whether GraphQL ran.
 */
async function send(
  req: IncomingMessage,
  res: ServerResponse,
  response: HTTPGraphQLResponse,
  origin: string | null,
  cache: 'hit' | 'miss',
): Promise<void> {
  const headers: Record<string, string> = { vary: VARY, ...(origin ? corsHeaders(origin) : {}), 'x-partner-cache': cache }
  for (const [name, value] of response.headers) headers[name] = value
  headers['cache-control'] ??= 'no-store'
  const status = response.status ?? 200

  if (response.body.kind === 'chunked') {
    res.writeHead(status, headers)
    for await (const chunk of response.body.asyncIterator) res.write(chunk)
    res.end()
    return
  }

  const body = response.body.string
  // Conditional GETs: an unchanged answer costs a 304 and no body.
  if (req.method === 'GET' && status === 200 && headers['cache-control'].startsWith('public')) {
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
    headers.etag = etag
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers).end()
      return
    }
  }
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) }).end(body)
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

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': String(Buffer.byteLength(body)) })
    .end(body)
}
