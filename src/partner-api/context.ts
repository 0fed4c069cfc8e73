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
import { present } from './nodes'
import { newAnswerSplice, type AnswerSplice } from './splicing'
import type { SubmissionDesk } from './submissions'

/**
 * Everything a request's resolvers need, made per request: the site the API
 * key belongs to, the one snapshot of the read model the whole request reads,
 * the practices that site may see, and lookups (never shared between
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
  /** Parts of the answer written once and spliced in (see splicing.ts); shared with Apollo's copies of the context, like `answer`. */
  splice: AnswerSplice
}

export type PartnerLoaders = ReturnType<typeof createLoaders>

/**
 * Lookups by id in the request's snapshot. Synchronous on purpose: the read
 * model is in memory, so a batching DataLoader would only turn every field
 * into a promise, and promises cost graphql-js more than the lookups do.
 */
export type Lookup<T> = {
  load: (id: string | null | undefined) => T | null
  /** The ones that exist, in the given order. */
  loadPresent: (ids: readonly string[]) => T[]
}

function lookup<T>(find: (id: string) => T | null): Lookup<T> {
  return {
    load: (id) => (id ? find(id) : null),
    loadPresent: (ids) => present(ids, find),
  }
}

function createLoaders(snapshot: ReadModelSnapshot, visible: PracticeSet) {
  const themeCounts = new Map<string, number>()
  return {
    /** A practice's position when this site may see it, else null. */
    visiblePractices: lookup((id) => {
      const position = snapshot.positionOf(id)
      return position !== undefined && visible.has(position) ? position : null
    }),
    themes: lookup<ThemeRecord>((id) => snapshot.theme(id)),
    organisations: lookup<OrganisationRecord>((id) => snapshot.organisation(id)),
    policyPlans: lookup<PolicyPlanRecord>((id) => snapshot.policyPlan(id)),
    media: lookup<MediaRecord>((id) => snapshot.media(id)),
    documents: lookup<DocumentRecord>((id) => snapshot.document(id)),
    /** Visible practices carrying a theme or one of its descendants, counted once per request. */
    themePracticeCount: (themeId: string): number => {
      let count = themeCounts.get(themeId)
      if (count === undefined) themeCounts.set(themeId, (count = snapshot.practicesWithTheme(themeId).countAnd(visible)))
      return count
    },
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
    splice: newAnswerSplice(),
  }
}
