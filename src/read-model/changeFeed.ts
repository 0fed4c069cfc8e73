import type { Payload, Where } from 'payload'

import { CHANGE_LOG_COLLECTION, isWatchedCollection, type ContentChange } from './changes'

export type ChangeFeedOptions = {
  /** This instance's name in the change log: its own entries are skipped. */
  instanceId: string
  /** Time between the end of one poll and the start of the next. */
  intervalMs: number
  /**
   * Entries already seen when the feed starts (the read model was loaded
   * after this moment, local clock): the first poll reads from here.
   */
  since: number
  /** At most this many entries per poll; a full page means "reload everything". */
  pageSize: number
  /** Called with the changes of other instances found by one poll. */
  onChanges: (changes: ContentChange[]) => void
  log: (message: string, error?: unknown) => void
  /** How far back each poll looks again, against clock skew between instances and late commits. */
  overlapMs?: number
  /** Entries older than this are deleted. */
  retentionMs?: number
  /** How often this instance deletes old entries. */
  pruneEveryMs?: number
  now?: () => number
}

/** A full reload, for when the feed cannot tell which documents changed. */
export const EVERYTHING: ContentChange = { collection: 'practices', id: '*', operation: 'change' }

const DAY_MS = 24 * 60 * 60 * 1000

type Entry = {
  id: string | number
  changedCollection: string
  documentId: string
  operation: 'change' | 'delete'
  createdAt: string
}

/**
 * Hears of the changes other instances on the same database made, by
 * polling the change log (collections/ContentChanges.ts) that the read model
 * plugin writes to with every change.
 *
 * Each poll is one query on the createdAt index, depth 0, only the needed
 * fields, for the entries of other instances written since the previous
 * poll started, minus an overlap of a few seconds: the createdAt of an entry
 * comes from its writer's clock, and a transaction may commit a moment after
 * it stamped it. Entries read twice because of the overlap are recognised by
 * their id. A failing poll is logged once and tried again at the next tick;
 * its window then simply stays open until a poll succeeds.
 *
 * On MongoDB a change stream could replace the polling; it needs a replica
 * set and Mongo-specific code, so it is not built (see README).
 */
export class ChangeFeed {
  private readonly overlapMs: number
  private readonly retentionMs: number
  private readonly pruneEveryMs: number
  private readonly now: () => number
  /** Start (local clock) of the last poll that succeeded. */
  private lastPollAt: number
  private lastPruneAt = -Infinity
  /** Entries already handed on, by id, with their createdAt (ms), until they leave the window. */
  // Bounded by the change log's window (entries leave it), not by callers.
  private readonly seen = new Map<string, number>()
  private timer: NodeJS.Timeout | null = null
  private polling: Promise<void> | null = null
  private failing = false
  private stopped = true

  constructor(
    private readonly payload: Payload,
    private readonly options: ChangeFeedOptions,
  ) {
    this.overlapMs = options.overlapMs ?? 5_000
    this.retentionMs = options.retentionMs ?? DAY_MS
    this.pruneEveryMs = options.pruneEveryMs ?? 60 * 60 * 1000
    this.now = options.now ?? Date.now
    this.lastPollAt = options.since
  }

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.schedule()
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** When the last poll that succeeded started (local clock, ms), and whether polls are failing now. */
  get status(): { lastPollAt: number; failing: boolean; intervalMs: number } {
    return { lastPollAt: this.lastPollAt, failing: this.failing, intervalMs: this.options.intervalMs }
  }

  /** One poll now (and a clean-up when due); tests call it to skip the wait. Never rejects. */
  poll(): Promise<void> {
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = null
    })
    return this.polling
  }

  private schedule(): void {
    if (this.stopped) return
    // A chain of timeouts, not an interval: a slow database never gets a second poll on top of the first.
    this.timer = setTimeout(() => {
      this.timer = null
      void this.poll().then(() => this.schedule())
    }, this.options.intervalMs)
    this.timer.unref()
  }

  private async pollOnce(): Promise<void> {
    const startedAt = this.now()
    try {
      const changes = await this.read(startedAt)
      if (this.stopped) return
      this.lastPollAt = startedAt
      if (this.failing) {
        this.failing = false
        this.options.log('change log readable again')
      }
      if (changes.length > 0) this.options.onChanges(changes)
    } catch (error) {
      if (!this.failing && !this.stopped) this.options.log('could not read the change log; trying again', error)
      this.failing = true
      return
    }
    if (startedAt - this.lastPruneAt >= this.pruneEveryMs) await this.prune(startedAt)
  }

  private async read(startedAt: number): Promise<ContentChange[]> {
    const from = this.lastPollAt - this.overlapMs
    // After an outage longer than the log is kept, entries may be gone: read everything again.
    const tooLate = startedAt - this.lastPollAt > this.retentionMs / 2
    for (const [id, createdAt] of this.seen) if (createdAt <= from) this.seen.delete(id)
    // Entries seen before come back in the overlap; they must not fill the page.
    const limit = this.options.pageSize + this.seen.size
    const result = await this.payload.find({
      collection: CHANGE_LOG_COLLECTION,
      where: this.othersSince(from),
      sort: 'createdAt',
      limit,
      pagination: false,
      depth: 0,
      select: { changedCollection: true, documentId: true, operation: true, createdAt: true },
      overrideAccess: true,
    })
    const entries = result.docs as unknown as Entry[]

    const changes = new Map<string, ContentChange>()
    for (const entry of entries) {
      const id = String(entry.id)
      if (this.seen.has(id)) continue
      this.seen.set(id, Date.parse(entry.createdAt))
      if (!isWatchedCollection(entry.changedCollection)) continue
      const change: ContentChange = { collection: entry.changedCollection, id: entry.documentId, operation: entry.operation }
      changes.set(`${change.collection}\u0000${change.id}`, change)
    }
    const full = entries.length >= limit
    if (full || tooLate) {
      // More entries than one page: everything is reloaded, so what the next
      // poll would find up to now is covered; remember it as seen.
      if (full) await this.markRecentAsSeen(startedAt)
      return [EVERYTHING]
    }
    // Many changes at once are still many: the read model reloads everything above its threshold.
    return [...changes.values()]
  }

  private othersSince(from: number): Where {
    return { and: [{ createdAt: { greater_than: new Date(from).toISOString() } }, { instance: { not_equals: this.options.instanceId } }] }
  }

  /** After a full page: the entries the next poll's overlap would read again, so they do not count twice. */
  private async markRecentAsSeen(startedAt: number): Promise<void> {
    this.seen.clear()
    const result = await this.payload.find({
      collection: CHANGE_LOG_COLLECTION,
      where: this.othersSince(startedAt - this.overlapMs),
      sort: '-createdAt',
      // Bounded; any left out are merely read again once.
      limit: this.options.pageSize * 10,
      pagination: false,
      depth: 0,
      select: { createdAt: true },
      overrideAccess: true,
    })
    for (const entry of result.docs as unknown as Array<Pick<Entry, 'id' | 'createdAt'>>) this.seen.set(String(entry.id), Date.parse(entry.createdAt))
  }

  /**
   * Deletes the entries older than the retention, in one query through the
   * adapter (Payload's own delete would read them and delete them one by one).
   * Every instance does this at most once per pruneEveryMs; several doing it
   * at once is harmless.
   */
  private async prune(startedAt: number): Promise<void> {
    this.lastPruneAt = startedAt
    try {
      await this.payload.db.deleteMany({
        collection: CHANGE_LOG_COLLECTION,
        where: { createdAt: { less_than: new Date(startedAt - this.retentionMs).toISOString() } },
      })
    } catch (error) {
      this.options.log('could not delete old change log entries', error)
    }
  }
}
