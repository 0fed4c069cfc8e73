/**
 * A set of practices as a bitmap over their positions in a snapshot. Filters,
 * facets and visibility are intersections of these sets: a few hundred
 * machine words each at 5,000 practices.
 */
export class PracticeSet {
  private constructor(
    readonly size: number,
    private readonly words: Uint32Array,
  ) {}

  static empty(size: number): PracticeSet {
    return new PracticeSet(size, new Uint32Array(Math.ceil(size / 32)))
  }

  static full(size: number): PracticeSet {
    const set = PracticeSet.empty(size)
    set.words.fill(0xffffffff)
    const spare = set.words.length * 32 - size
    if (spare > 0) set.words[set.words.length - 1] = 0xffffffff >>> spare
    return set
  }

  static of(size: number, positions: Iterable<number>): PracticeSet {
    const set = PracticeSet.empty(size)
    for (const position of positions) set.add(position)
    return set
  }

  static where(size: number, test: (position: number) => boolean): PracticeSet {
    const set = PracticeSet.empty(size)
    for (let position = 0; position < size; position++) if (test(position)) set.add(position)
    return set
  }

  /** Only while building: sets are shared and must not change once published. */
  add(position: number): void {
    this.words[position >>> 5]! |= 1 << (position & 31)
  }

  has(position: number): boolean {
    return (this.words[position >>> 5]! & (1 << (position & 31))) !== 0
  }

  and(other: PracticeSet): PracticeSet {
    const words = new Uint32Array(this.words.length)
    for (let i = 0; i < words.length; i++) words[i] = this.words[i]! & other.words[i]!
    return new PracticeSet(this.size, words)
  }

  or(other: PracticeSet): PracticeSet {
    const words = new Uint32Array(this.words.length)
    for (let i = 0; i < words.length; i++) words[i] = this.words[i]! | other.words[i]!
    return new PracticeSet(this.size, words)
  }

  /** The practices not in this set. */
  not(): PracticeSet {
    const words = new Uint32Array(this.words.length)
    for (let i = 0; i < words.length; i++) words[i] = ~this.words[i]!
    const spare = words.length * 32 - this.size
    if (spare > 0) words[words.length - 1]! &= 0xffffffff >>> spare
    return new PracticeSet(this.size, words)
  }

  static intersection(size: number, sets: readonly PracticeSet[]): PracticeSet {
    if (sets.length === 0) return PracticeSet.full(size)
    return sets.slice(1).reduce((result, set) => result.and(set), sets[0]!)
  }

  static union(size: number, sets: readonly PracticeSet[]): PracticeSet {
    return sets.reduce((result, set) => result.or(set), PracticeSet.empty(size))
  }

  get count(): number {
    let total = 0
    for (let i = 0; i < this.words.length; i++) total += bitCount(this.words[i]!)
    return total
  }

  /** The size of the intersection with `other`, without building it. */
  countAnd(other: PracticeSet): number {
    let total = 0
    const a = this.words
    const b = other.words
    for (let i = 0; i < a.length; i++) {
      const word = a[i]! & b[i]!
      if (word !== 0) total += bitCount(word)
    }
    return total
  }

  /**
   * The size of the intersection with `other`, reading only the given words
   * of this set (those that are not zero, see `occupiedWords`).
   */
  countAndIn(other: PracticeSet, occupied: Int32Array): number {
    let total = 0
    const a = this.words
    const b = other.words
    for (let k = 0; k < occupied.length; k++) {
      const i = occupied[k]!
      const word = a[i]! & b[i]!
      if (word !== 0) total += bitCount(word)
    }
    return total
  }

  /** Indexes of the words that hold at least one member. */
  occupiedWords(): Int32Array {
    const indexes: number[] = []
    for (let i = 0; i < this.words.length; i++) if (this.words[i] !== 0) indexes.push(i)
    return Int32Array.from(indexes)
  }

  get isEmpty(): boolean {
    return this.words.every((word) => word === 0)
  }

  /** Positions in ascending order. */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.words.length; i++) {
      let word = this.words[i]!
      while (word !== 0) {
        const lowest = word & -word
        yield i * 32 + (31 - Math.clz32(lowest))
        word ^= lowest
      }
    }
  }

  /**
   * For each member p, adds one to counts[values[k]] for k in
   * offsets[p] .. offsets[p + 1]: counting the values members carry, in one
   * loop without a call per member (facet counting, see facetIndex.ts).
   */
  tallyInto(counts: Uint32Array, offsets: Int32Array, values: Int32Array): void {
    const words = this.words
    for (let i = 0; i < words.length; i++) {
      let word = words[i]!
      while (word !== 0) {
        const lowest = word & -word
        const position = i * 32 + (31 - Math.clz32(lowest))
        for (let k = offsets[position]!, end = offsets[position + 1]!; k < end; k++) counts[values[k]!]!++
        word ^= lowest
      }
    }
  }

  forEach(visit: (position: number) => void): void {
    for (let i = 0; i < this.words.length; i++) {
      let word = this.words[i]!
      while (word !== 0) {
        const lowest = word & -word
        visit(i * 32 + (31 - Math.clz32(lowest)))
        word ^= lowest
      }
    }
  }
}

/** Set bits in a 32-bit word (SWAR popcount). */
function bitCount(word: number): number {
  word -= (word >>> 1) & 0x55555555
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333)
  return (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
