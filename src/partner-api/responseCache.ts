/**
 * Answers to repeated partner API queries without executing them again: a
 * partner's home page sends the same listing on every visit. An answer is
 * keyed by site, content version, day (for `ongoing`), method, query string,
 * body and Accept header, so an editor's change (a new read-model version)
 * or a new day can never be served stale. Only successful queries are kept
 * (never mutations or errors), in a small LRU.
 */
export type CachedAnswer = {
  status: number
  headers: Array<[string, string]>
  body: string
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>()

  constructor(
    private readonly maxEntries = 2000,
    private readonly maxBodyBytes = 256 * 1024,
  ) {}

  static keyOf(parts: { siteId: string; contentVersion: number; day: string; method: string; search: string; body: unknown; accept: string }): string {
    return JSON.stringify([parts.siteId, parts.contentVersion, parts.day, parts.method, parts.search, parts.body ?? null, parts.accept])
  }

  get(key: string): CachedAnswer | undefined {
    const answer = this.entries.get(key)
    if (answer) {
      // Most recently used last, so the oldest is evicted first.
      this.entries.delete(key)
      this.entries.set(key, answer)
    }
    return answer
  }

  set(key: string, answer: CachedAnswer): void {
    if (answer.body.length > this.maxBodyBytes) return
    this.entries.delete(key)
    this.entries.set(key, answer)
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
  }

  get size(): number {
    return this.entries.size
  }
}
