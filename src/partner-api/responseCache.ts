import { createHash } from 'node:crypto'

import { KeptOnSecondSighting, weighedCache } from '../lib/caches'

/**
 * Answers to repeated partner API queries without executing them again: a
 * partner's home page sends the same listing on every visit. An answer is
 * keyed by site, content version, day (for `ongoing`), method, query string,
 * body and Accept header, so an editor's change (a new read-model version)
 * or a new day can never be served stale. Only successful queries are kept
 * (never mutations or errors), in an LRU bounded by bytes, as encoded bytes
 * with their ETag: a hit costs no JSON, no encoding and no hashing.
 *
 * An answer is kept the second time its request is seen; the first time
 * only a hash of the key is remembered. Partner sites also send endless
 * one-off requests (every filter, every page): kept, they would push the
 * repeated ones out, and every answer written and dropped again costs the
 * garbage collector a full collection sooner (measured: one every 1.4 s
 * under varied listings, with pauses of 10 to 14 ms).
 */
export type CachedAnswer = {
  status: number
  /** Apollo's headers for the answer (content type, cache control). */
  headers: Readonly<Record<string, string>>
  /** Encoded when kept; an answer sent once goes out as the string it was made as. */
  body: Buffer | string
  /** Made when first needed (a GET that CDNs may cache), then kept with the answer. */
  etag?: string
}

export type ResponseCacheOptions = {
  /** Bytes of bodies kept at most, together. */
  maxBytes?: number
  /** Larger answers are not kept. */
  maxBodyBytes?: number
}

/** Keys of requests remembered as seen once. */
const SEEN_REQUESTS = 8192

export class ResponseCache {
  private readonly answers: KeptOnSecondSighting<CachedAnswer>
  private readonly maxBodyBytes: number

  constructor(options: ResponseCacheOptions = {}) {
    this.answers = new KeptOnSecondSighting(
      weighedCache<string, CachedAnswer>(options.maxBytes ?? 16 * 1024 * 1024, (answer) => bodyBytes(answer.body)),
      SEEN_REQUESTS,
    )
    this.maxBodyBytes = options.maxBodyBytes ?? 512 * 1024
  }

  /**
   * Whether the answer to this request should be kept: true the second time
   * a key is asked about (and after). Ask once per answered request.
   */
  admits(key: string): boolean {
    return this.answers.admits(key)
  }

  /** `body` is the request body as sent (only JSON bodies are answered from here). */
  static keyOf(parts: { siteId: string; contentVersion: number; day: string; method: string; search: string; body: string | undefined; accept: string }): string {
    return `${parts.siteId}\u0000${parts.contentVersion}\u0000${parts.day}\u0000${parts.method}\u0000${parts.accept}\u0000${parts.search}\u0000${parts.body ?? ''}`
  }

  get(key: string): CachedAnswer | undefined {
    return this.answers.get(key)
  }

  /** Keeps the answer, encoded, and returns what is kept (send that: it is encoded once). */
  keep(key: string, answer: CachedAnswer): CachedAnswer {
    const kept = typeof answer.body === 'string' ? { ...answer, body: Buffer.from(answer.body, 'utf8') } : answer
    if (kept.body.length <= this.maxBodyBytes) this.answers.set(key, kept)
    return kept
  }

  get size(): number {
    return this.answers.size
  }
}

function bodyBytes(body: Buffer | string): number {
  return typeof body === 'string' ? Buffer.byteLength(body) : body.length
}

/** A strong ETag of the answer's body. */
export function etagOf(answer: CachedAnswer): string {
  return (answer.etag ??= `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 32)}"`)
}
