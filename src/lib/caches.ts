import { LRUCache } from 'lru-cache'

import { fnv1a } from './fnv1a'

/**
 * The caches of the process, all from one library (lru-cache) and each with
 * a bound: a count of entries, or a total size for entries that weigh
 * differently (bytes of answers, characters of cards). Least recently used
 * entries go first. A get is a Map lookup and a move in a linked list of
 * typed arrays: cheap enough for the partner API's hot path (some thirty
 * gets per listing).
 *
 * Nothing keyed on what a caller sends may be kept without one of these.
 */

/** At most `max` entries. */
export function countedCache<K extends {}, V extends {}>(max: number): LRUCache<K, V> {
  return new LRUCache<K, V>({ max })
}

/**
 * Entries weighing at most `maxSize` together, by `weigh` (a whole number of
 * bytes, characters…; at least 1). An entry heavier than the whole limit is
 * not kept (and setting it drops what its key held).
 */
export function weighedCache<K extends {}, V extends {}>(maxSize: number, weigh: (value: V, key: K) => number): LRUCache<K, V> {
  return new LRUCache<K, V>({ maxSize, sizeCalculation: (value, key) => Math.max(1, Math.ceil(weigh(value, key))) })
}

/**
 * An lru-cache behind the promise interface of Apollo Server's caches
 * (KeyValueCache: its parsed-document store and persisted queries), so that
 * their bounds are ours. Apollo's time-to-live is not needed: what they keep
 * never goes stale (a query's text is its key).
 */
export function promisedCache<V extends {}>(cache: LRUCache<string, V>) {
  return {
    get: async (key: string): Promise<V | undefined> => cache.get(key),
    set: async (key: string, value: V): Promise<void> => {
      cache.set(key, value)
    },
    delete: async (key: string): Promise<boolean> => cache.delete(key),
  }
}

/** The cache's value for `key`, made and kept when it has none. */
export function cached<K extends {}, V extends {}>(cache: LRUCache<K, V>, key: K, make: () => V): V {
  let value = cache.get(key)
  if (value === undefined) {
    value = make()
    cache.set(key, value)
  }
  return value
}

/**
 * A cache that keeps a value only the second time its key comes by; the
 * first time it only remembers a 32-bit hash of the key (among the last
 * `remembered` ones).
 *
 * For caches fed by an endless stream of one-off keys (every filter, every
 * page, every practice a search shows once): kept at once, they would push
 * out the entries that do repeat, and every value kept and soon dropped is
 * old garbage for the collector. A hash collision only keeps a value one
 * sighting early.
 */
export class KeptOnSecondSighting<V extends {}> {
  private readonly seenOnce: LRUCache<number, true>

  constructor(
    private readonly kept: LRUCache<string, V>,
    remembered: number,
  ) {
    this.seenOnce = countedCache<number, true>(remembered)
  }

  get(key: string): V | undefined {
    return this.kept.get(key)
  }

  /**
   * Whether a value made for `key` should be kept: false the first time a
   * key is offered (it is remembered), true from the second. Ask once per
   * value made.
   */
  admits(key: string): boolean {
    const hash = fnv1a(key)
    if (this.seenOnce.get(hash)) return true
    this.seenOnce.set(hash, true)
    return false
  }

  /** Keeps a value (ask `admits` first). */
  set(key: string, value: V): void {
    this.kept.set(key, value)
  }

  /** Keeps `value` when its key was offered before; says whether it did. */
  offer(key: string, value: V): boolean {
    if (!this.admits(key)) return false
    this.kept.set(key, value)
    return true
  }

  /** Values kept. */
  get size(): number {
    return this.kept.size
  }

  /** Keys remembered as seen once. */
  get remembered(): number {
    return this.seenOnce.size
  }
}
