import { cached, countedCache } from '../lib/caches'

/**
 * Case and accent folding for Dutch and French search and matching:
 * "Éducation", "education" and "EDUCATION" are one word, as are "coöperatie"
 * and "cooperatie", "œuvre" and "oeuvre".
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' }

const ASCII = /^[\x00-\x7f]*$/

export function foldText(text: string): string {
  const lower = text.toLowerCase()
  // Most words are plain ASCII: skip the Unicode work (a large share of index build time).
  if (ASCII.test(lower)) return lower
  return lower
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
}

/** Words of a text, split on anything that is not a letter or digit (so "l'accueil" gives "l" and "accueil"). */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
}

/**
 * A folded search term, or null for a word too short to search on: the
 * one-letter words are French elisions (l', d', j') and Dutch 'n and 't.
 * For words of the content (index builds): they repeat a lot, and a cache
 * saves folding them again.
 */
export function searchTerm(word: string): string | null {
  return termOf(cached(foldedWords, word, () => foldText(word)))
}

/** The content's words, folded (bounded all the same: content can be large). */
const foldedWords = countedCache<string, string>(200_000)

const termOf = (folded: string): string | null => (folded.length >= 2 ? folded : null)

/**
 * The folded search terms of a query, in order, without repeats. Folded
 * without the cache: a query's words come from callers, and the few of one
 * query cost next to nothing to fold.
 */
export function searchTermsOf(query: string): string[] {
  const terms = wordsOf(query)
    .map((word) => termOf(foldText(word)))
    .filter((term): term is string => term !== null)
  return [...new Set(terms)]
}
