/**
 * A map that forgets its least recently used entries once their total
 * weight passes a limit: the one shape of every cache of the partner API
 * (answers weighed in bytes, selections counted one by one, search words by
 * their matches, practice cards).
 *
 * Recency is kept the "second chance" way: a get only marks its entry as
 * used, and eviction walks from the oldest entry (Map keeps insertion
 * order), moving a marked one to the back unmarked and dropping the first
 * unmarked one. A get costs one lookup instead of taking the entry out of
 * the Map and putting it back: the partner API makes some thirty gets per
 * listing, in Maps of tens of thousands of entries.
 */
export class WeightedLru<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number; used: boolean }>()
  private total = 0

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    entry.used = true
    return entry.value
  }

  /** Keeps `value`, unless it alone weighs more than the limit. */
  set(key: K, value: V): void {
    const weight = this.weigh(value)
    this.delete(key)
    if (weight > this.maxWeight) return
    this.entries.set(key, { value, weight, used: false })
    this.total += weight
    while (this.total > this.maxWeight) {
      const [oldest, entry] = this.entries.entries().next().value!
      if (entry.used || oldest === key) {
        // A second chance (and never the entry just kept).
        entry.used = false
        this.entries.delete(oldest)
        this.entries.set(oldest, entry)
      } else this.delete(oldest)
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.total -= entry.weight
  }

  clear(): void {
    this.entries.clear()
    this.total = 0
  }

  get size(): number {
    return this.entries.size
  }

  /** The total weight of what is kept. */
  get weight(): number {
    return this.total
  }
}
