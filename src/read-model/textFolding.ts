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
 */
export function searchTerm(word: string): string | null {
  let folded = foldedTerms.get(word)
  if (folded === undefined) {
    folded = foldText(word)
    // Words repeat a lot in a corpus; a bounded cache saves folding them again.
    if (foldedTerms.size > 200_000) foldedTerms.clear()
    foldedTerms.set(word, folded)
  }
  return folded.length >= 2 ? folded : null
}

const foldedTerms = new Map<string, string>()

/** The folded search terms of a query, in order, without repeats. */
export function searchTermsOf(query: string): string[] {
  const terms = wordsOf(query)
    .map(searchTerm)
    .filter((term): term is string => term !== null)
  return [...new Set(terms)]
}
