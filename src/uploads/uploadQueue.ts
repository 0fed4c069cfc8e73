import { availableParallelism } from 'node:os'

/**
 * A first-in-first-out queue that runs at most `concurrency` tasks at once.
 * Decoding a 12 MP photo takes tens of megabytes and a core for a few hundred
 * milliseconds; ten editors uploading at once would otherwise decode ten at
 * once. Tasks wait their turn instead of being refused.
 */
export class WorkQueue {
  private active = 0
  private readonly waiting: Array<() => void> = []
  private peak = 0

  constructor(readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a whole number ≥ 1, got ${concurrency}`)
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    this.peak = Math.max(this.peak, this.active)
    try {
      return await task()
    } finally {
      // Hand the slot straight to the next task, so `active` never dips and
      // lets a newcomer jump the queue.
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }

  /** Running and waiting tasks, and the most that ever ran at once (for tests and the benchmark). */
  stats(): { active: number; waiting: number; peak: number } {
    return { active: this.active, waiting: this.waiting.length, peak: this.peak }
  }
}

/** One task per core, at most two: libvips already spreads one image over the cores. */
export const IMAGE_CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()))

const QUEUE_KEY = Symbol.for('praktijkenbank.imageWorkQueue')

/**
 * The process-wide queue for image work. Kept on globalThis because Next's
 * production build may load this module more than once (one copy per route
 * bundle), and one process must have one queue.
 */
export function imageWorkQueue(): WorkQueue {
  const holder = globalThis as typeof globalThis & { [QUEUE_KEY]?: WorkQueue }
  holder[QUEUE_KEY] ??= new WorkQueue(IMAGE_CONCURRENCY)
  return holder[QUEUE_KEY]
}
