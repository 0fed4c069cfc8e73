import type { IncomingHttpHeaders } from 'node:http'

/**
 * CORS: browsers may call the API with a site's key only from that site's
 * allowed origins (field `allowedOrigins`). Server-to-server calls send no
 * Origin and are not concerned.
 */

export function requestOrigin(headers: IncomingHttpHeaders): string | null {
  const origin = headers.origin
  return typeof origin === 'string' && origin !== '' ? origin.trim().toLowerCase().replace(/\/+$/, '') : null
}

export const ALLOWED_REQUEST_HEADERS = 'Authorization, X-Api-Key, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name, If-None-Match'

/** Headers for a response a browser at `origin` may read. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'ETag, Retry-After, WWW-Authenticate',
  }
}

/**
 * A preflight carries no API key, so it is answered for any origin that
 * some site allows; the request itself is then checked against its key's site.
 */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_REQUEST_HEADERS,
    'access-control-max-age': '600',
  }
}
