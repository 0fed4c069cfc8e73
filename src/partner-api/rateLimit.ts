/**
 * A fixed-window counter per key (a client IP, an API key): at most `limit`
 * hits per window. In memory, per process: with several instances each
 * allows the limit, which is acceptable for a form that editors review.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; hits: number }>()
  private lastSweep = 0

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts a hit; returns how many seconds to wait when over the limit, else 0. */
  hit(key: string): number {
    const now = this.now()
    this.sweep(now)
    const window = this.windows.get(key)
    if (!window || now - window.startedAt >= this.windowMs) {
      this.windows.set(key, { startedAt: now, hits: 1 })
      return 0
    }
    if (window.hits >= this.limit) return Math.max(1, (window.startedAt + this.windowMs - now) / 1000)
    window.hits++
    return 0
  }

  /** Forgets windows that are over, so the map does not grow without bound. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return
    this.lastSweep = now
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key)
  }
}
