import type { PayloadRequest } from 'payload'

/**
 * Text that editors read, in the admin's three languages. Dutch comes first
 * because it is the default admin language and the fallback.
 */
export type Translated = { nl: string; fr: string; en: string }

export function tr(nl: string, fr: string, en: string): Translated {
  return { nl, fr, en }
}

export type AdminLanguage = keyof Translated

/** The admin language of a request (Dutch when unknown, e.g. in scripts). */
export function languageOf(req: Pick<PayloadRequest, 'i18n'> | undefined): AdminLanguage {
  const language = req?.i18n?.language
  return language === 'fr' || language === 'en' ? language : 'nl'
}

/** Picks the message for the request's admin language. */
export function say(req: Pick<PayloadRequest, 'i18n'> | undefined, text: Translated): string {
  return text[languageOf(req)]
}
