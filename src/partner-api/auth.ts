import type { IncomingHttpHeaders } from 'node:http'

import type { Payload } from 'payload'

import type { ApiKeyRecord, ReadModelSnapshot, SiteRecord } from '../read-model'
import { SKIP_READ_MODEL_NOTIFICATION } from '../read-model/plugin'
import { displayPrefix, hashApiKey, keyMatchesHash } from '../site-keys/keys'

/**
 * Partner sites authenticate with an API key of their site, sent as
 * `Authorization: Bearer <key>` or `x-api-key: <key>`. Keys are stored as
 * hashes; the presented key is compared with the stored hash in constant time.
 */

export type Authenticated = { site: SiteRecord; apiKey: ApiKeyRecord }

export function presentedApiKey(headers: IncomingHttpHeaders): string | null {
  const authorization = headers.authorization
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    if (match) return match[1]!
  }
  const header = headers['x-api-key']
  const value = Array.isArray(header) ? header[0] : header
  return value && value.trim() ? value.trim() : null
}

// Compared against when no stored key has the presented prefix, so that an
// unknown key costs the same as a wrong one.
const NO_KEY_HASH = hashApiKey('pbk_no-such-key')

/** The site of a valid, unrevoked key; null for a missing, unknown or revoked key. */
export function authenticate(snapshot: ReadModelSnapshot, key: string | null): Authenticated | null {
  if (!key || key.length > 200) return null
  // The prefix is public (shown in the admin): it only narrows the candidates.
  // Keys stored without one (written around the collection's hook) are always candidates.
  const candidates = [...snapshot.apiKeysWithPrefix(displayPrefix(key)), ...snapshot.apiKeysWithPrefix('')]
  let found: ApiKeyRecord | null = null
  for (const candidate of candidates) if (keyMatchesHash(key, candidate.keyHash)) found = candidate
  if (candidates.length === 0) keyMatchesHash(key, NO_KEY_HASH)
  if (!found || found.revoked) return null
  const site = snapshot.site(found.siteId)
  return site ? { site, apiKey: found } : null
}

/**
 * Writes an API key's lastUsedAt at most once per interval per key, after
 * the response, without letting a failed write fail the request.
 */
export class KeyUsageRecorder {
  // Bounded by the content: only keys that authenticated (stored keys) get an entry.
  private readonly lastWritten = new Map<string, number>()
  private readonly writes = new Set<Promise<unknown>>()

  constructor(
    private readonly payload: Payload,
    private readonly now: () => Date,
    private readonly intervalMs: number,
  ) {}

  used(apiKeyId: string): void {
    const now = this.now()
    const last = this.lastWritten.get(apiKeyId)
    if (last !== undefined && now.getTime() - last < this.intervalMs) return
    this.lastWritten.set(apiKeyId, now.getTime())
    const write = this.payload
      .update({
        collection: 'api-keys',
        id: apiKeyId,
        data: { lastUsedAt: now.toISOString() },
        overrideAccess: true,
        depth: 0,
        // Partner sites do not see lastUsedAt: no need to rebuild the read model.
        context: { [SKIP_READ_MODEL_NOTIFICATION]: true },
      })
      .catch((error: unknown) => this.payload.logger.warn({ err: error, msg: 'partner API: could not record key use' }))
    this.writes.add(write)
    void write.finally(() => this.writes.delete(write))
  }

  /** Resolves when every started write has finished (for tests and shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.writes])
  }
}
