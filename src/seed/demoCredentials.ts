/**
 * The demo accounts and partner API keys of `npm run seed`. They are public
 * on purpose (they are in the repository), so they are for development and
 * demos only: the demo API keys are flagged `isDemo`, and production refuses
 * to start while such a key is active.
 *
 * Demo keys have the form `pbk_demo_<site slug>_<DEMO_KEY_FILLER>`, e.g.
 * `pbk_demo_vvsg_0000ontwikkeling0niet0voor0live0` for the site `vvsg`.
 */

export const DEMO_PASSWORD = 'praktijkenbank-demo'

export const DEMO_ADMIN_EMAIL = 'admin@praktijkenbank.test'

export const DEMO_EDITOR_EMAIL = 'redacteur@praktijkenbank.test'

/** A fixed 32-character tail ("development, not for live"), so every demo key is long enough. */
export const DEMO_KEY_FILLER = '0000ontwikkeling0niet0voor0live0'

/** The fixed development API key of a partner site. */
export function demoKeyFor(siteSlug: string): string {
  return `pbk_demo_${siteSlug}_${DEMO_KEY_FILLER}`
}
