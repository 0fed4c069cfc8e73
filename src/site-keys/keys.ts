import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Partner API keys. A key is 32 random bytes, so a plain SHA-256 is enough to
 * store it safely (no password stretching needed); only the hash and a short
 * prefix, to recognise a key in the admin, are kept.
 */

export const KEY_PREFIX = 'pbk_'

export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url')
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

/** The first characters of a key, safe to show: enough to tell keys apart. */
export function displayPrefix(key: string): string {
  return key.slice(0, KEY_PREFIX.length + 12)
}

/** Compares a presented key with a stored hash in constant time. */
export function keyMatchesHash(key: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKey(key), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return presented.length === stored.length && timingSafeEqual(presented, stored)
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(KEY_PREFIX) && value.length >= KEY_PREFIX.length + 20 && value.length <= 200
}
