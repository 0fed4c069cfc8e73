import type { ContentLocale } from '../i18n/locales'
import { LOCALES } from '../i18n/locales'
import type { Organisation, PolicyPlan, Practice, Site, Theme } from '../payload-types'
import { packRichText, type StoredRichText } from './richTextStore'

/**
 * The read model's own records: what partner sites may see of each document,
 * every locale at once, relations as ids. They are made from Payload documents
 * read with `locale: 'all'` and `depth: 0`.
 */

export type Locale = ContentLocale
export type LocalisedText = Partial<Record<Locale, string>>

/** A Lexical editor state as Payload stores it. */
export type LexicalDocument = {
  root: { type: string; children: Array<{ type: string; [key: string]: unknown }>; [key: string]: unknown }
  [key: string]: unknown
}
/** Rich text as the read model keeps it: see richTextStore.ts. */
export type { StoredRichText }
export type LocalisedRichText = Partial<Record<Locale, StoredRichText>>

export type RegionValue = NonNullable<Organisation['region']>
export type OrganisationTypeValue = Organisation['type']
export type ThemeSchemeValue = Theme['scheme']
export type PolicyPlanStatusValue = PolicyPlan['status']
export type OrganisationRoleValue = NonNullable<Practice['organisations']>[number]['role']

export type PracticeRecord = {
  id: string
  slug: string
  title: LocalisedText
  summary: LocalisedText
  what: LocalisedRichText
  who: LocalisedRichText
  why: LocalisedRichText
  how: LocalisedRichText
  results: LocalisedRichText
  reach: number | null
  recurrence: number | null
  themeIds: string[]
  organisations: Array<{ organisationId: string; role: OrganisationRoleValue }>
  municipalityIds: string[]
  regions: RegionValue[]
  startDate: string | null
  endDate: string | null
  policyPlanId: string | null
  strategicGoalCodes: string[]
  imageIds: string[]
  documentIds: string[]
  links: Array<{ label: LocalisedText; url: string }>
  contact: { name: string | null; email: string | null; phone: string | null; organisationId: string | null } | null
  /** Sites this practice is explicitly shared with. */
  siteIds: string[]
  publishedAt: string
  updatedAt: string
}

export type ThemeRecord = {
  id: string
  slug: string
  name: LocalisedText
  description: LocalisedText
  scheme: ThemeSchemeValue
  parentId: string | null
  order: number
}

export type AddressRecord = {
  street: string | null
  postalCode: string | null
  city: string | null
  country: string | null
  latitude: number | null
  longitude: number | null
}

export type OrganisationRecord = {
  id: string
  slug: string
  name: LocalisedText
  type: OrganisationTypeValue
  region: RegionValue | null
  parentId: string | null
  nisCode: string | null
  website: string | null
  email: string | null
  phone: string | null
  address: AddressRecord | null
  logoId: string | null
  description: LocalisedRichText
}

export type PolicyPlanRecord = {
  id: string
  slug: string
  title: LocalisedText
  organisationId: string | null
  startYear: number
  endYear: number | null
  status: PolicyPlanStatusValue
  ambition: LocalisedRichText
  strategicGoals: Array<{ code: string; title: LocalisedText; description: LocalisedText }>
  priorityThemeIds: string[]
  programmes: Array<{ title: LocalisedText; description: LocalisedText }>
  keywords: Partial<Record<Locale, string[]>>
  documentIds: string[]
}

export type ImageVariantRecord = { url: string; width: number; height: number; mimeType: string }
export type ImageSizeName = 'thumbnail' | 'card' | 'hero' | 'og'

export type MediaRecord = {
  id: string
  alt: LocalisedText
  caption: LocalisedText
  credit: string | null
  url: string | null
  width: number
  height: number
  mimeType: string
  focalX: number | null
  focalY: number | null
  sizes: Partial<Record<ImageSizeName, ImageVariantRecord>>
}

export type DocumentRecord = {
  id: string
  title: LocalisedText
  url: string | null
  mimeType: string
  filesize: number
}

export type SiteRecord = {
  id: string
  slug: string
  name: string
  url: string | null
  ownerId: string | null
  defaultLocale: Locale
  enabledLocales: Locale[]
  navigationThemeIds: string[]
  allowedOrigins: string[]
  includeAllPublished: boolean
}

export type ApiKeyRecord = {
  id: string
  siteId: string | null
  /** The key's first characters, as stored for the admin; not secret. */
  prefix: string
  keyHash: string
  revoked: boolean
}

// ---------------------------------------------------------------------------
// From Payload documents (locale 'all', depth 0) to records.

type Loose = Record<string, unknown>

export function idOf(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  return null
}

/** Back to the id type of the database: numbers in SQLite, ObjectId strings in MongoDB. */
export function payloadId(id: string): number | string {
  return /^\d+$/.test(id) ? Number(id) : id
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== null) : []
}

const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value)

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function localisedText(value: unknown): LocalisedText {
  const out: LocalisedText = {}
  if (typeof value === 'string') {
    if (value.trim()) out.nl = value
    return out
  }
  if (value && typeof value === 'object') {
    for (const locale of LOCALES) {
      const entry = text((value as Loose)[locale])
      if (entry !== null) out[locale] = entry
    }
  }
  return out
}

function isLexical(value: unknown): value is LexicalDocument {
  const root = (value as { root?: { children?: unknown } } | null)?.root
  return !!root && Array.isArray(root.children)
}

/** True when a Lexical document holds any text or any non-text node. */
export function lexicalHasContent(doc: LexicalDocument): boolean {
  const visit = (node: { type?: unknown; text?: unknown; children?: unknown }): boolean => {
    if (node.type === 'text') return typeof node.text === 'string' && node.text.trim() !== ''
    if (Array.isArray(node.children)) return node.children.some((child) => visit(child as typeof node))
    // Images, horizontal rules and other leaf blocks count as content.
    return node.type !== 'paragraph' && node.type !== 'linebreak' && node.type !== 'root'
  }
  return visit(doc.root)
}

function localisedRichText(value: unknown): LocalisedRichText {
  const out: LocalisedRichText = {}
  if (!value || typeof value !== 'object') return out
  if (isLexical(value)) {
    if (lexicalHasContent(value)) out.nl = packRichText(value)
    return out
  }
  for (const locale of LOCALES) {
    const entry = (value as Loose)[locale]
    if (isLexical(entry) && lexicalHasContent(entry)) out[locale] = packRichText(entry)
  }
  return out
}

export function toPracticeRecord(doc: Loose): PracticeRecord {
  const practice = doc as Loose & Partial<Practice>
  const contact = (practice.contact ?? null) as Loose | null
  const contactRecord = contact
    ? { name: text(contact.name), email: text(contact.email), phone: text(contact.phone), organisationId: idOf(contact.organisation) }
    : null
  const hasContact = !!contactRecord && Object.values(contactRecord).some((value) => value !== null)
  return {
    id: String(doc.id),
    slug: String(doc.slug ?? ''),
    title: localisedText(doc.title),
    summary: localisedText(doc.summary),
    what: localisedRichText(doc.what),
    who: localisedRichText(doc.who),
    why: localisedRichText(doc.why),
    how: localisedRichText(doc.how),
    results: localisedRichText(doc.results),
    reach: num(doc.reach),
    recurrence: num(doc.recurrence),
    themeIds: ids(doc.themes),
    organisations: (Array.isArray(doc.organisations) ? (doc.organisations as Loose[]) : [])
      .map((row) => ({ organisationId: idOf(row.organisation), role: (row.role ?? 'lead') as OrganisationRoleValue }))
      .filter((row): row is { organisationId: string; role: OrganisationRoleValue } => row.organisationId !== null),
    municipalityIds: ids(doc.municipalities),
    regions: (Array.isArray(doc.regions) ? doc.regions : []).filter((region): region is RegionValue => typeof region === 'string'),
    startDate: text(doc.startDate),
    endDate: text(doc.endDate),
    policyPlanId: idOf(doc.policyPlan),
    strategicGoalCodes: (Array.isArray(doc.strategicGoals) ? doc.strategicGoals : []).filter((code): code is string => typeof code === 'string'),
    imageIds: ids(doc.images),
    documentIds: ids(doc.documents),
    links: (Array.isArray(doc.links) ? (doc.links as Loose[]) : [])
      .filter((row) => typeof row.url === 'string' && row.url !== '')
      .map((row) => ({ label: localisedText(row.label), url: String(row.url) })),
    contact: hasContact ? contactRecord : null,
    siteIds: ids(doc.sites),
    // A published practice always has publishedAt (setPublishedAt); older rows fall back to creation.
    publishedAt: text(doc.publishedAt) ?? text(doc.createdAt) ?? new Date(0).toISOString(),
    updatedAt: text(doc.updatedAt) ?? new Date(0).toISOString(),
  }
}

export function toThemeRecord(doc: Loose): ThemeRecord {
  return {
    id: String(doc.id),
    slug: String(doc.slug ?? ''),
    name: localisedText(doc.name),
    description: localisedText(doc.description),
    scheme: doc.scheme as ThemeSchemeValue,
    parentId: idOf(doc.parent),
    order: num(doc.order) ?? 100,
  }
}

export function toOrganisationRecord(doc: Loose): OrganisationRecord {
  const address = (doc.address ?? null) as Loose | null
  const addressRecord: AddressRecord | null = address
    ? {
        street: text(address.street),
        postalCode: text(address.postalCode),
        city: text(address.city),
        country: text(address.country),
        latitude: num(address.latitude),
        longitude: num(address.longitude),
      }
    : null
  const hasAddress = !!addressRecord && Object.entries(addressRecord).some(([key, value]) => key !== 'country' && value !== null)
  return {
    id: String(doc.id),
    slug: String(doc.slug ?? ''),
    name: localisedText(doc.name),
    type: doc.type as OrganisationTypeValue,
    region: (text(doc.region) as RegionValue | null) ?? null,
    parentId: idOf(doc.parent),
    nisCode: text(doc.nisCode),
    website: text(doc.website),
    email: text(doc.email),
    phone: text(doc.phone),
    address: hasAddress ? addressRecord : null,
    logoId: idOf(doc.logo),
    description: localisedRichText(doc.description),
  }
}

export function toPolicyPlanRecord(doc: Loose): PolicyPlanRecord {
  const rows = (value: unknown) => (Array.isArray(value) ? (value as Loose[]) : [])
  const keywords: Partial<Record<Locale, string[]>> = {}
  const rawKeywords = doc.keywords
  if (Array.isArray(rawKeywords)) keywords.nl = rawKeywords.filter((word): word is string => typeof word === 'string')
  else if (rawKeywords && typeof rawKeywords === 'object') {
    for (const locale of LOCALES) {
      const words = (rawKeywords as Loose)[locale]
      if (Array.isArray(words) && words.length > 0) keywords[locale] = words.filter((word): word is string => typeof word === 'string')
    }
  }
  return {
    id: String(doc.id),
    slug: String(doc.slug ?? ''),
    title: localisedText(doc.title),
    organisationId: idOf(doc.organisation),
    startYear: num(doc.startYear) ?? 0,
    endYear: num(doc.endYear),
    status: (doc.status ?? 'draft') as PolicyPlanStatusValue,
    ambition: localisedRichText(doc.ambition),
    strategicGoals: rows(doc.strategicGoals)
      .filter((goal) => typeof goal.code === 'string')
      .map((goal) => ({ code: String(goal.code), title: localisedText(goal.title), description: localisedText(goal.description) })),
    priorityThemeIds: ids(doc.priorityThemes),
    programmes: rows(doc.programmes).map((programme) => ({
      title: localisedText(programme.title),
      description: localisedText(programme.description),
    })),
    keywords,
    documentIds: ids(doc.documents),
  }
}

/**
 * Payload makes upload URLs absolute on its own serverURL. Records keep our
 * own files as paths, so the API can put them on its SERVER_URL.
 */
export type UrlContext = { ownOrigin: string }

function ownPath(url: string | null, context: UrlContext): string | null {
  if (!url || !context.ownOrigin) return url
  return url.startsWith(`${context.ownOrigin}/`) ? url.slice(context.ownOrigin.length) : url
}

function variant(value: unknown, context: UrlContext): ImageVariantRecord | null {
  const size = value as Loose | null
  const url = ownPath(text(size?.url), context)
  const width = num(size?.width)
  const height = num(size?.height)
  if (!url || !width || !height || !text(size?.filename)) return null
  return { url, width, height, mimeType: text(size?.mimeType) ?? 'application/octet-stream' }
}

export function toMediaRecord(doc: Loose, context: UrlContext): MediaRecord {
  const sizes: MediaRecord['sizes'] = {}
  const rawSizes = (doc.sizes ?? {}) as Loose
  for (const name of ['thumbnail', 'card', 'hero', 'og'] as const) {
    const found = variant(rawSizes[name], context)
    if (found) sizes[name] = found
  }
  return {
    id: String(doc.id),
    alt: localisedText(doc.alt),
    caption: localisedText(doc.caption),
    credit: text(doc.credit),
    url: ownPath(text(doc.url), context),
    width: num(doc.width) ?? 0,
    height: num(doc.height) ?? 0,
    mimeType: text(doc.mimeType) ?? 'application/octet-stream',
    focalX: num(doc.focalX),
    focalY: num(doc.focalY),
    sizes,
  }
}

export function toDocumentRecord(doc: Loose, context: UrlContext): DocumentRecord {
  return {
    id: String(doc.id),
    title: localisedText(doc.title),
    url: ownPath(text(doc.url), context),
    mimeType: text(doc.mimeType) ?? 'application/octet-stream',
    filesize: num(doc.filesize) ?? 0,
  }
}

export function toSiteRecord(doc: Loose): SiteRecord {
  const site = doc as Loose & Partial<Site>
  const defaultLocale = isLocale(site.defaultLocale) ? site.defaultLocale : 'nl'
  const enabled = (Array.isArray(site.enabledLocales) ? site.enabledLocales : []).filter(isLocale)
  return {
    id: String(doc.id),
    slug: String(doc.slug ?? ''),
    name: String(doc.name ?? ''),
    url: text(doc.url),
    ownerId: idOf(doc.owner),
    defaultLocale,
    enabledLocales: enabled.length > 0 ? enabled : [defaultLocale],
    navigationThemeIds: ids(doc.navigationThemes),
    allowedOrigins: (Array.isArray(doc.allowedOrigins) ? doc.allowedOrigins : [])
      .filter((origin): origin is string => typeof origin === 'string')
      .map((origin) => origin.trim().toLowerCase().replace(/\/+$/, '')),
    includeAllPublished: doc.includeAllPublished === true,
  }
}

export function toApiKeyRecord(doc: Loose): ApiKeyRecord {
  return {
    id: String(doc.id),
    siteId: idOf(doc.site),
    prefix: String(doc.prefix ?? ''),
    keyHash: String(doc.keyHash ?? ''),
    revoked: doc.revoked === true,
  }
}
