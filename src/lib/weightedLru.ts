/**
 * A map that forgets its least recently used entries once their total
 * weight passes a limit: the one shape of every cache of the partner API
 * (answers weighed in bytes, selections counted one by one, search words by
 * their matches). Map keeps insertion order, so the first key is the oldest.
 */
export class WeightedLru<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>()
  private total = 0

  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Most recently used last.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  /** Keeps `value`, unless it alone weighs more than the limit. */
  set(key: K, value: V): void {
    const weight = this.weigh(value)
    this.delete(key)
    if (weight > this.maxWeight) return
    this.entries.set(key, { value, weight })
    this.total += weight
    while (this.total > this.maxWeight) this.delete(this.entries.keys().next().value!)
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
