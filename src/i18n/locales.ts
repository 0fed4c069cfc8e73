import type { LocalizationConfig } from 'payload'

/** Content is written in Dutch first; French and English fall back to it. */
export const contentLocales: LocalizationConfig = {
  locales: [
    { code: 'nl', label: 'Nederlands' },
    { code: 'fr', label: 'Français' },
    { code: 'en', label: 'English' },
  ],
  defaultLocale: 'nl',
  fallback: true,
}

export const LOCALES = ['nl', 'fr', 'en'] as const
export type ContentLocale = (typeof LOCALES)[number]
