/**
 * Total orders for lists that are paged with cursors. Each order compares
 * sort keys (what a cursor encodes), so that "after this cursor" is a
 * position in the order even when the item it came from is gone.
 */

export type SortKey = ReadonlyArray<string | number>

/** Ids are numbers in SQLite and ObjectId strings in MongoDB; compare both sensibly. */
export function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/
  if (numeric.test(a) && numeric.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
  return a < b ? -1 : a > b ? 1 : 0
}

export type KeyComparator = (a: SortKey, b: SortKey) => number

/**
 * Index of the first item whose key sorts after `after` in a list sorted by
 * `compare`.
 */
export function positionAfter<T>(ordered: ArrayLike<T>, keyOf: (item: T) => SortKey, compare: KeyComparator, after: SortKey): number {
  let low = 0
  let high = ordered.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(keyOf(ordered[middle]!), after) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

export type Page<T> = {
  items: T[]
  hasNextPage: boolean
  hasPreviousPage: boolean
}

export function pageOf<T>(
  ordered: readonly T[],
  keyOf: (item: T) => SortKey,
  compare: KeyComparator,
  first: number,
  after: SortKey | null,
): Page<T> {
  const start = after ? positionAfter(ordered, keyOf, compare, after) : 0
  return {
    items: ordered.slice(start, start + first),
    hasNextPage: start + first < ordered.length,
    hasPreviousPage: start > 0,
  }
}
