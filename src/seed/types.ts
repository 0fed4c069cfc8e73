import type { Organisation, PolicyPlan, Practice, Site, Theme } from '../payload-types'
import type { RichTextInput } from '../lib/richText'

/**
 * The shapes of the demo content. Documents refer to each other by slug; the
 * seed (src/seed/index.ts) resolves slugs to ids.
 */

export type Locale = 'nl' | 'fr' | 'en'

/** A localised value: Dutch always (the default locale), French and English where written. */
export type Localised<T = string> = { nl: T; fr?: T; en?: T }

export type OrganisationSeed = {
  slug: string
  name: Localised
  type: Organisation['type']
  region?: NonNullable<Organisation['region']>
  /** Slug of the organisation this one is part of. */
  parent?: string
  nisCode?: string
  website?: string
  email?: string
  address?: {
    street?: string
    postalCode?: string
    city?: string
    /** Approximate centre, for maps in the demo. */
    latitude?: number
    longitude?: number
  }
  description?: Localised<RichTextInput>
}

export type ThemeSeed = {
  slug: string
  name: Required<Localised>
  scheme: Theme['scheme']
  /** Slug of a theme of the same scheme. */
  parent?: string
  order: number
  description?: Localised
}

export type PolicyPlanSeed = {
  slug: string
  title: Localised
  /** Slug of the organisation whose plan it is. */
  organisation: string
  /** Slug of the umbrella organisation (team) that manages it. */
  ownerTeam: string
  startYear: number
  endYear?: number
  status: PolicyPlan['status']
  ambition: Localised<RichTextInput>
  strategicGoals: Array<{ code: string; title: Localised; description?: Localised }>
  programmes: Array<{ title: Localised; description?: Localised }>
  /** Theme slugs. */
  priorityThemes: string[]
  keywords: Localised<string[]>
}

export type PhotoSeed = {
  alt: Localised
  caption?: Localised
}

export type PracticeSeed = {
  slug: string
  title: Localised
  /** At most 300 characters in every locale. */
  summary: Localised
  what: Localised<RichTextInput>
  who: Localised<RichTextInput>
  why: Localised<RichTextInput>
  how: Localised<RichTextInput>
  results: Localised<RichTextInput>
  reach: 1 | 2 | 3 | 4
  recurrence: 1 | 2 | 3 | 4
  /** Theme slugs, 2 to 6, across schemes. */
  themes: string[]
  /** Organisation slugs with their role; at least one lead. */
  organisations: Array<{ organisation: string; role: NonNullable<Practice['organisations']>[number]['role'] }>
  /** Slugs of organisations of type municipality. */
  municipalities: string[]
  /** Only when the municipalities do not say it (e.g. a federal practice). */
  regions?: NonNullable<Practice['regions']>
  /** ISO dates (YYYY-MM-DD). */
  startDate: string
  endDate?: string
  policyPlan?: string
  strategicGoals?: string[]
  /** Slug of the umbrella organisation (team) that owns it. */
  ownerTeam: string
  /** Slugs of the partner sites that show it (besides sites that show everything). */
  sites: string[]
  /** 0–3 photos, drawn at seed time. */
  photos: PhotoSeed[]
  links: Array<{ label: Localised; url: string }>
  contact?: { name?: string; email?: string; phone?: string; organisation?: string }
}

export type SiteSeed = {
  slug: string
  name: string
  url: string
  /** Slug of an umbrella organisation. */
  owner: string
  defaultLocale: Site['defaultLocale']
  enabledLocales: Site['enabledLocales']
  /** Theme slugs. */
  navigationThemes: string[]
  allowedOrigins: string[]
  includeAllPublished: boolean
}
