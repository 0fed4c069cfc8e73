import DataLoader from 'dataloader'

import {
  isoDay,
  languageChain,
  visiblePracticesFor,
  type ApiKeyRecord,
  type DocumentRecord,
  type LanguageChain,
  type Locale,
  type MediaRecord,
  type OrganisationRecord,
  type PolicyPlanRecord,
  type PracticeSet,
  type ReadModelSnapshot,
  type SiteRecord,
  type ThemeRecord,
} from '../read-model'
import type { SubmissionDesk } from './submissions'

/**
 * Everything a request's resolvers need, made per request: the site the API
 * key belongs to, the one snapshot of the read model the whole request reads,
 * the practices that site may see, and DataLoaders (never shared between
 * requests, so nothing leaks from one site to another).
 */
export type PartnerContext = {
  snapshot: ReadModelSnapshot
  site: SiteRecord
  apiKey: ApiKeyRecord
  /** Practices this site may see: the one visibility rule, applied once. */
  visible: PracticeSet
  loaders: PartnerLoaders
  /** The language chain for a root field's `locale` argument. */
  lang: (locale?: Locale | null) => LanguageChain
  /** YYYY-MM-DD, for "ongoing". */
  today: string
  clientIp: string
  serverUrl: string
  submissions: SubmissionDesk
  /**
   * Set after execution: a successful query, which the response cache may
   * keep. An object, because Apollo hands resolvers a shallow copy of the
   * context and the caller must see what the plugin wrote.
   */
  answer: { reusable: boolean }
}

export type PartnerLoaders = ReturnType<typeof createLoaders>

function byId<T>(lookup: (id: string) => T | null) {
  return new DataLoader<string, T | null>(async (ids) => ids.map((id) => lookup(id)))
}

function createLoaders(snapshot: ReadModelSnapshot, visible: PracticeSet) {
  return {
    /** A practice's position when this site may see it, else null. */
    visiblePractices: byId((id) => {
      const position = snapshot.positionOf(id)
      return position !== undefined && visible.has(position) ? position : null
    }),
    themes: byId<ThemeRecord>((id) => snapshot.theme(id)),
    organisations: byId<OrganisationRecord>((id) => snapshot.organisation(id)),
    policyPlans: byId<PolicyPlanRecord>((id) => snapshot.policyPlan(id)),
    media: byId<MediaRecord>((id) => snapshot.media(id)),
    documents: byId<DocumentRecord>((id) => snapshot.document(id)),
    /** Visible practices carrying a theme or one of its descendants. */
    themePracticeCounts: new DataLoader<string, number>(async (themeIds) =>
      themeIds.map((themeId) => snapshot.practicesWithTheme(themeId).and(visible).count),
    ),
  }
}

export type PartnerContextInput = {
  snapshot: ReadModelSnapshot
  site: SiteRecord
  apiKey: ApiKeyRecord
  clientIp: string
  now: Date
  serverUrl: string
  submissions: SubmissionDesk
}

export function createPartnerContext(input: PartnerContextInput): PartnerContext {
  const visible = visiblePracticesFor(input.snapshot, input.site)
  return {
    snapshot: input.snapshot,
    site: input.site,
    apiKey: input.apiKey,
    visible,
    loaders: createLoaders(input.snapshot, visible),
    lang: (locale) => languageChain(locale, input.site.defaultLocale),
    today: isoDay(input.now),
    clientIp: input.clientIp,
    serverUrl: input.serverUrl,
    submissions: input.submissions,
    answer: { reusable: false },
  }
}

/** Loads many by id and drops the missing ones, keeping the order. */
export async function loadPresent<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const found = await loader.loadMany(ids)
  return found.filter((item): item is Awaited<T> => item !== null && !(item instanceof Error)) as T[]
}
