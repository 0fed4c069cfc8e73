import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

/**
 * One structured line per request through Payload's logger: method, path,
 * status, duration in milliseconds, and for the partner API the site's slug.
 * Never the query string (it may carry a key or a token), never a header,
 * never a body; a token in the path (password reset, e-mail verification) is
 * replaced. Health checks are logged at debug level: load balancers poll them.
 */

const MAX_LOGGED_PATH = 512
/** Path segments that are followed by a secret: Payload's admin reset page and its verification links. */
const SECRET_FOLLOWS = new Set(['reset', 'verify', 'reset-password'])
const HEALTH_PATHS = new Set(['/healthz', '/readyz'])

const siteOfResponse = new WeakMap<ServerResponse, string>()

/** The partner API names the site it answered for, for this request's log line. */
export function noteSiteForRequestLog(res: ServerResponse, siteSlug: string): void {
  siteOfResponse.set(res, siteSlug)
}

/** The path to log: no query string, no fragment, tokens in the path replaced, bounded. */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '/').split(/[?#]/, 1)[0]!
  const segments = path.split('/')
  for (let index = 1; index < segments.length; index++) {
    if (SECRET_FOLLOWS.has(segments[index - 1]!.toLowerCase()) && segments[index] !== '') segments[index] = ':token'
  }
  const safe = segments.join('/')
  return safe.length > MAX_LOGGED_PATH ? `${safe.slice(0, MAX_LOGGED_PATH)}…` : safe
}

export type RequestLogLine = {
  method: string
  path: string
  status: number
  durationMs: number
  site?: string
  /** The client went away before the answer was complete. */
  aborted?: true
}

/** Starts timing a request; its line is written when the response closes. */
export function logRequest(logger: Payload['logger'], req: IncomingMessage, res: ServerResponse): void {
  const started = process.hrtime.bigint()
  const method = req.method ?? 'GET'
  const path = loggablePath(req.url)
  res.once('close', () => {
    const line: RequestLogLine = {
      method,
      path,
      status: res.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
    }
    const site = siteOfResponse.get(res)
    if (site !== undefined) line.site = site
    if (!res.writableFinished) line.aborted = true
    if (HEALTH_PATHS.has(path)) logger.debug(line, 'request')
    else logger.info(line, 'request')
  })
}
