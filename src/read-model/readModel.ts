import type { Payload } from 'payload'

import { env } from '../config/env'
import { ChangeFeed } from './changeFeed'
import { onContentChange, processInstanceId, type ContentChange } from './changes'
import { loadContentRecords, refreshContentRecords, type ContentRecords } from './contentStore'
import { languageChain, type LanguageChain } from './languages'
import type { PracticeRecord } from './records'
import { SearchIndexes } from './searchIndexes'
import { ReadModelSnapshot } from './snapshot'

export type ReadModelOptions = {
  /** How long to gather changes before applying them, when no request is waiting. */
  debounceMs?: number
  /** Above this many changed documents, reload everything instead. */
  fullReloadAbove?: number
  /**
   * How often to look in the database's change log for changes made by other
   * instances (READ_MODEL_POLL_INTERVAL_MS, 1 s by default); 0 turns it off.
   */
  pollIntervalMs?: number
  /** This read model's name in the change log; entries it wrote itself are skipped. This process's id by default. */
  instanceId?: string
  /**
   * Whether to hear this process's changes through the in-process channel
   * (default). Off, the read model learns of changes only from the change
   * log, as another instance would: tests run two "instances" in one process.
   */
  listenInProcess?: boolean
  log?: (message: string, error?: unknown) => void
}

/**
 * The in-memory read model of everything partner sites can see. Built at
 * start from the database, then kept fresh from the content-change channel
 * (changes made in this process) and the change log in the database
 * (changes made by other instances, polled every second): changed documents
 * are re-read and a new snapshot is built, while readers keep the previous
 * snapshot until the new one is ready.
 *
 * `fresh()` makes a change visible to the next request: it applies pending
 * changes at once instead of after the debounce. A change made by another
 * instance is pending from the poll that finds it.
 */
export class ReadModel {
  private current: ReadModelSnapshot
  private records: ContentRecords
  private pending: Array<ContentChange & { sequence: number }> = []
  /** Changes heard of, and changes applied (or given up on), counted. */
  private heard = 0
  private settled = 0
  private applying: Promise<void> | null = null
  private timer: NodeJS.Timeout | null = null
  private readonly unsubscribe: () => void
  private readonly feed: ChangeFeed | null
  private readonly searchIndexes = new SearchIndexes()
  private stopped = false

  private constructor(
    private readonly payload: Payload,
    records: ContentRecords,
    private readonly options: Required<ReadModelOptions>,
    loadStartedAt: number,
  ) {
    this.records = records
    this.current = new ReadModelSnapshot(records, 1, this.searchIndexes)
    this.searchIndexes.reset(this.current)
    this.unsubscribe = options.listenInProcess ? onContentChange((change) => this.changed(change)) : () => {}
    this.feed =
      options.pollIntervalMs > 0
        ? new ChangeFeed(payload, {
            instanceId: options.instanceId,
            intervalMs: options.pollIntervalMs,
            since: loadStartedAt,
            // One more than the full-reload threshold: a full page means reload everything.
            pageSize: options.fullReloadAbove + 1,
            onChanges: (changes) => {
              for (const change of changes) this.changed(change)
            },
            log: options.log,
          })
        : null
    this.feed?.start()
  }

  static async start(payload: Payload, options: ReadModelOptions = {}): Promise<ReadModel> {
    const settings: Required<ReadModelOptions> = {
      debounceMs: options.debounceMs ?? 50,
      fullReloadAbove: options.fullReloadAbove ?? 250,
      pollIntervalMs: options.pollIntervalMs ?? env().readModelPollIntervalMs,
      instanceId: options.instanceId ?? processInstanceId(),
      listenInProcess: options.listenInProcess ?? true,
      log: options.log ?? ((message, error) => payload.logger.error({ err: error, msg: `read model: ${message}` })),
    }
    // Entries the change log gets while loading may or may not be in the load: the feed reads them again.
    const loadStartedAt = Date.now()
    const model = new ReadModel(payload, await loadContentRecords(payload), settings, loadStartedAt)
    model.current.prepare(model.likelyLanguageChains())
    return model
  }

  /** The current snapshot, without waiting for pending changes. */
  get snapshot(): ReadModelSnapshot {
    return this.current
  }

  get contentVersion(): number {
    return this.current.contentVersion
  }

  /**
   * The snapshot with every change heard of so far applied. Changes that
   * arrive meanwhile do not hold the caller up any longer.
   */
  async fresh(): Promise<ReadModelSnapshot> {
    const target = this.heard
    while (this.settled < target) await (this.applying ?? this.applyPending())
    return this.current
  }

  /** Looks in the change log for other instances' changes now, instead of at the next tick. */
  async pollChangeLog(): Promise<void> {
    await this.feed?.poll()
  }

  /** Reloads everything from the database, e.g. after an import that bypassed hooks. */
  async reload(): Promise<void> {
    this.changed({ collection: 'practices', id: '*', operation: 'change' })
    await this.fresh()
  }

  /**
   * How current this instance's view of other instances' changes is: null
   * when it does not poll the change log (one instance), else how long ago
   * its last successful poll started.
   */
  changeLogStatus(now: number = Date.now()): { lastPollAgoMs: number; intervalMs: number; failing: boolean } | null {
    if (!this.feed) return null
    const { lastPollAt, intervalMs, failing } = this.feed.status
    return { lastPollAgoMs: Math.max(0, now - lastPollAt), intervalMs, failing }
  }

  stop(): void {
    this.stopped = true
    this.unsubscribe()
    this.feed?.stop()
    if (this.timer) clearTimeout(this.timer)
  }

  private changed(change: ContentChange): void {
    if (this.stopped) return
    this.pending.push({ ...change, sequence: ++this.heard })
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null
        void this.applyPending()
      }, this.options.debounceMs)
      this.timer.unref()
    }
  }

  private applyPending(): Promise<void> {
    if (this.applying) return this.applying
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    const changes = this.pending
    this.pending = []
    if (changes.length === 0) return Promise.resolve()
    this.applying = this.apply(changes).finally(() => {
      this.applying = null
    })
    return this.applying
  }

  private async apply(changes: Array<ContentChange & { sequence: number }>): Promise<void> {
    const last = Math.max(...changes.map((change) => change.sequence))
    try {
      const reloadAll = changes.length > this.options.fullReloadAbove || changes.some((change) => change.id === '*')
      const next = reloadAll
        ? await loadContentRecords(this.payload)
        : await refreshContentRecords(this.payload, this.records, changes)
      if (!next) return
      const previous = this.records
      const snapshot = new ReadModelSnapshot(next, this.current.contentVersion + 1, this.searchIndexes)
      // The indexes change in the same turn as the snapshot is swapped.
      if (reloadAll) this.searchIndexes.reset(snapshot)
      else this.searchIndexes.update(snapshot, practicesToReindex(previous, next))
      this.records = next
      this.current = snapshot
      snapshot.prepare(this.likelyLanguageChains(snapshot))
    } catch (error) {
      // Keep serving the last good snapshot; retry with a full reload (which
      // requests do not wait for: the database may be down for a while).
      this.options.log('could not apply content changes', error)
      if (!this.stopped) this.changed({ collection: 'practices', id: '*', operation: 'change' })
    } finally {
      this.settled = Math.max(this.settled, last)
    }
  }

  /** The language chains of the sites' own locales: their indexes are built ahead. */
  private likelyLanguageChains(snapshot: ReadModelSnapshot = this.current): LanguageChain[] {
    const chains = new Map<string, LanguageChain>()
    for (const site of snapshot.records.sites.values()) {
      for (const locale of site.enabledLocales) {
        const chain = languageChain(locale, site.defaultLocale)
        chains.set(chain.join('>'), chain)
      }
    }
    return [...chains.values()]
  }
}

/**
 * Practices whose searchable text may differ between two states: their own
 * record changed (refreshContentRecords only replaces what changed), or a
 * theme or organisation whose name they carry did.
 */
function practicesToReindex(before: ContentRecords, after: ContentRecords): string[] {
  const changedIds = <T>(a: Map<string, T>, b: Map<string, T>) => {
    const ids = new Set<string>()
    if (a === b) return ids
    for (const [id, record] of a) if (b.get(id) !== record) ids.add(id)
    for (const [id, record] of b) if (a.get(id) !== record) ids.add(id)
    return ids
  }
  const practices = changedIds(before.practices, after.practices)
  const themes = changedIds(before.themes, after.themes)
  const organisations = changedIds(before.organisations, after.organisations)
  if (themes.size > 0 || organisations.size > 0) {
    const mentions = (practice: PracticeRecord) =>
      practice.themeIds.some((id) => themes.has(id)) ||
      practice.organisations.some((row) => organisations.has(row.organisationId)) ||
      practice.municipalityIds.some((id) => organisations.has(id))
    for (const practice of after.practices.values()) if (mentions(practice)) practices.add(practice.id)
  }
  return [...practices]
}
