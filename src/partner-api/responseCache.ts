import { createHash } from 'node:crypto'

import { WeightedLru } from '../lib/weightedLru'

/**
 * Answers to repeated partner API queries without executing them again: a
 * partner's home page sends the same listing on every visit. An answer is
 * keyed by site, content version, day (for `ongoing`), method, query string,
 * body and Accept header, so an editor's change (a new read-model version)
 * or a new day can never be served stale. Only successful queries are kept
 * (never mutations or errors), in an LRU bounded by bytes, as encoded bytes
 * with their ETag: a hit costs no JSON, no encoding and no hashing.
 */
export type CachedAnswer = {
  status: number
  /** Apollo's headers for the answer (content type, cache control). */
  headers: Readonly<Record<string, string>>
  body: Buffer
  /** Made when first needed (a GET that CDNs may cache), then kept with the answer. */
  etag?: string
}

export type ResponseCacheOptions = {
  /** Bytes of bodies kept at most, together. */
  maxBytes?: number
  /** Larger answers are not kept. */
  maxBodyBytes?: number
}

export class ResponseCache {
  private readonly answers: WeightedLru<string, CachedAnswer>
  private readonly maxBodyBytes: number

  constructor(options: ResponseCacheOptions = {}) {
    this.answers = new WeightedLru(options.maxBytes ?? 16 * 1024 * 1024, (answer) => answer.body.length)
    this.maxBodyBytes = options.maxBodyBytes ?? 512 * 1024
  }

  /** `body` is the request body as sent (only JSON bodies are answered from here). */
  static keyOf(parts: { siteId: string; contentVersion: number; day: string; method: string; search: string; body: string | undefined; accept: string }): string {
    return `${parts.siteId}\u0000${parts.contentVersion}\u0000${parts.day}\u0000${parts.method}\u0000${parts.accept}\u0000${parts.search}\u0000${parts.body ?? ''}`
  }

  get(key: string): CachedAnswer | undefined {
    return this.answers.get(key)
  }

  set(key: string, answer: CachedAnswer): void {
    if (answer.body.length <= this.maxBodyBytes) this.answers.set(key, answer)
  }

  get size(): number {
    return this.answers.size
  }

  get sizeInBytes(): number {
    return this.answers.weight
  }
}

/** A strong ETag of the answer's body. */
export function etagOf(answer: CachedAnswer): string {
  return (answer.etag ??= `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 32)}"`)
}
