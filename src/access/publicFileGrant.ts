import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A file of published content (see src/server/publicFiles.ts) that is not on
 * local disk, because it lives in object storage, is passed on to Payload,
 * which streams it from the bucket after its read access check. The server
 * vouches for such a request with this header: an HMAC of the path under
 * PAYLOAD_SECRET, so no client can forge it.
 */
export const PUBLIC_FILE_HEADER = 'x-praktijkenbank-public-file'

export function signPublicFile(pathname: string, secret: string): string {
  return createHmac('sha256', secret).update(`public-file:${pathname}`).digest('hex')
}

export function hasPublicFileGrant(headers: Headers | undefined, url: string | undefined, secret: string): boolean {
  const grant = headers?.get(PUBLIC_FILE_HEADER)
  if (!grant || !url) return false
  const pathname = new URL(url, 'http://internal.invalid').pathname
  const expected = Buffer.from(signPublicFile(pathname, secret), 'hex')
  const presented = Buffer.from(grant, 'hex')
  return presented.length === expected.length && timingSafeEqual(presented, expected)
}
