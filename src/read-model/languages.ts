import { LOCALES } from '../i18n/locales'
import type { Locale, LocalisedRichText, LocalisedText, PracticeRecord, StoredRichText } from './records'

/**
 * The locales to read a text in, best first: the requested locale, then the
 * site's default locale, then Dutch, the CMS's default and fallback locale.
 */
export type LanguageChain = readonly Locale[]

/**
 * The chain for a request. There are only a few (three locales, three site
 * defaults): each is made once and shared, so caches can know a chain by
 * its identity and no request builds its key again.
 */
export function languageChain(requested: Locale | null | undefined, siteDefault: Locale): LanguageChain {
  const first = requested ?? siteDefault
  const name = `${first}|${siteDefault}`
  let chain = chains.get(name)
  if (!chain) {
    chain = Object.freeze([...new Set<Locale>([first, siteDefault, 'nl'])])
    chains.set(name, chain)
    keys.set(chain, chain.join('>'))
  }
  return chain
}

// Bounded by the locales: at most three times three chains.
const chains = new Map<string, LanguageChain>()
const keys = new WeakMap<LanguageChain, string>()

/** A key that names a chain, for caches per chain. */
export function chainKey(chain: LanguageChain): string {
  return keys.get(chain) ?? chain.join('>')
}

export function pickText(text: LocalisedText, chain: LanguageChain): string | null {
  for (const locale of chain) {
    const value = text[locale]
    if (value) return value
  }
  return null
}

export function pickRichText(text: LocalisedRichText, chain: LanguageChain): StoredRichText | null {
  for (const locale of chain) {
    const value = text[locale]
    if (value) return value
  }
  return null
}

export function pickList<T>(lists: Partial<Record<Locale, T[]>>, chain: LanguageChain): T[] {
  for (const locale of chain) {
    const value = lists[locale]
    if (value && value.length > 0) return value
  }
  return []
}

/** The locales a practice is really written in: with both a title and a summary. */
export function writtenLocales(practice: Pick<PracticeRecord, 'title' | 'summary'>): Locale[] {
  return LOCALES.filter((locale) => !!practice.title[locale] && !!practice.summary[locale])
}
