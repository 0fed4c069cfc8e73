/** A small deterministic random sequence in [0, 1), so a failing randomised test can be replayed. */
export function sequence(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}
