import type { LRUCache } from 'lru-cache'

import { countedCache } from '../lib/caches'
import type { ReadModelSnapshot } from './snapshot'

/**
 * Values a snapshot computes once and keeps until the next snapshot replaces
 * it (sets per filter value, orders per language, caches of written JSON…),
 * each declared by the module that uses it, with its type:
 *
 *   const facetIndexOf = perSnapshot((snapshot) => new FacetIndex(snapshot))
 *   const practicesActiveIn = perSnapshotAndKey(256, (snapshot, year: number) => …)
 *   const titlePlaces = perSnapshot(() => countedCache<string, Int32Array>(16))  // with cached(…)
 *
 * A value per key is kept in a bounded cache (least recently used out), so
 * no key a caller sends can make a snapshot grow: a value that is dropped is
 * made again when asked for.
 */

/** What a snapshot keeps for one memo: the memo itself is the key, so slots are as many as declarations. */
export type MemoSlot<T> = { readonly make: (snapshot: ReadModelSnapshot) => T }

/** A value made once per snapshot, on first use. */
export type SnapshotMemo<T> = (snapshot: ReadModelSnapshot) => T

export function perSnapshot<T>(make: (snapshot: ReadModelSnapshot) => T): SnapshotMemo<T> {
  const slot: MemoSlot<T> = { make }
  return (snapshot) => snapshot.slot(slot)
}

/** Values made once per snapshot and key, at most `max` kept per snapshot. */
export type KeyedSnapshotMemo<K extends {}, V extends {}> = ((snapshot: ReadModelSnapshot, key: K) => V) & {
  /** The snapshot's cache of this memo (for tests: its size never passes its max). */
  cacheOf: SnapshotMemo<LRUCache<K, V>>
}

export function perSnapshotAndKey<K extends {}, V extends {}>(max: number, make: (snapshot: ReadModelSnapshot, key: K) => V): KeyedSnapshotMemo<K, V> {
  const cacheOf = perSnapshot(() => countedCache<K, V>(max))
  const memo = (snapshot: ReadModelSnapshot, key: K): V => {
    const cache = cacheOf(snapshot)
    const value = cache.get(key)
    if (value !== undefined) return value
    const made = make(snapshot, key)
    cache.set(key, made)
    return made
  }
  return Object.assign(memo, { cacheOf })
}
