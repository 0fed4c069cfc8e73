import type { IncomingMessage } from 'node:http'

/**
 * The admin speaks Dutch unless the user chose another language (Payload
 * keeps that choice in the `payload-lng` cookie). Without this, Payload would
 * follow the browser's Accept-Language and greet most people in English.
 */
export function preferDutchAdmin(req: IncomingMessage): void {
  const cookie = req.headers.cookie ?? ''
  if (/(?:^|;\s*)payload-lng=/.test(cookie)) return
  req.headers['accept-language'] = 'nl'
}
