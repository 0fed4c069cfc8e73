import { chainKey, type LanguageChain } from './languages'
import { PracticeSearchIndex } from './searchIndex'
import type { ReadModelSnapshot } from './snapshot'

/**
 * The search indexes of the read model, one per language chain, built on
 * first use and then kept up to date document by document as practices
 * change. Indexes are built one at a time, in slices of time, so other
 * requests are served meanwhile: four built side by side took four slices
 * per turn of the event loop, and at 20,000 practices the partner API's
 * start waited seconds behind them.
 *
 * Indexes are shared by successive snapshots. An update lands in the same
 * turn of the event loop as the snapshot that carries it; a request still
 * holding an older snapshot maps matches to its own positions and drops
 * practices it does not know.
 */
export class SearchIndexes {
  // One per language chain: bounded by the locales.
  private readonly indexes = new Map<string, { chain: LanguageChain; index: Promise<PracticeSearchIndex> }>()
  /** The newest snapshot: a new index is built from it, whoever asks first. */
  private latest: ReadModelSnapshot | null = null
  /** The last build asked for: the next one starts when it is done. */
  private lastBuild: Promise<unknown> = Promise.resolve()

  forChain(snapshot: ReadModelSnapshot, chain: LanguageChain): Promise<PracticeSearchIndex> {
    const key = chainKey(chain)
    let entry = this.indexes.get(key)
    if (!entry) {
      const source = this.latest ?? snapshot
      const index = this.lastBuild.then(() => PracticeSearchIndex.buildFrom(source.practices.length, (position) => source.searchableDocument(position, chain)))
      this.lastBuild = index.catch(() => undefined)
      entry = { chain, index }
      this.indexes.set(key, entry)
    }
    return entry.index
  }

  /**
   * Brings every index up to `snapshot` for the practices whose searchable
   * text may have changed (their own text, or the name of a theme or an
   * organisation they mention). Ids no longer in the snapshot are removed.
   */
  update(snapshot: ReadModelSnapshot, practiceIds: Iterable<string>): void {
    this.latest = snapshot
    const ids = [...new Set(practiceIds)]
    if (ids.length === 0) return
    for (const entry of this.indexes.values()) {
      const apply = (index: PracticeSearchIndex) => {
        for (const id of ids) {
          const position = snapshot.positionOf(id)
          if (position === undefined) index.remove(id)
          else index.put(snapshot.searchableDocument(position, entry.chain))
        }
        return index
      }
      // An index still being built gets the update once it is done.
      entry.index = entry.index.then(apply)
    }
  }

  /** Forgets every index (at start, after a full reload); they are rebuilt from `snapshot` on use. */
  reset(snapshot: ReadModelSnapshot): void {
    this.latest = snapshot
    this.indexes.clear()
  }
}
