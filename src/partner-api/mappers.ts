import type {
  DocumentRecord,
  LanguageChain,
  MediaRecord,
  OrganisationRecord,
  OrganisationRoleValue,
  Page,
  PolicyPlanRecord,
  PracticeRecord,
  PracticeSelection,
  PracticeSort,
  SiteRecord,
  StoredRichText,
  ThemeRecord,
} from '../read-model'
import type { Image, Organisation, Practice, Theme } from './generated/resolvers'

/**
 * What resolvers pass down for each GraphQL type (codegen "mappers"): the
 * read model's record, and the language chain the root field asked for, so
 * that every nested field speaks the same language.
 */

export type SiteNode = { site: SiteRecord; lang: LanguageChain }
/** With its plain fields as properties, read without resolvers (see nodes.ts). */
export type PracticeNode = {
  practice: PracticeRecord
  position: number
  lang: LanguageChain
  themes: ThemeNode[]
  municipalities: OrganisationNode[]
} & Pick<Practice, 'id' | 'slug' | 'title' | 'summary' | 'reach' | 'recurrence' | 'regions' | 'startDate' | 'endDate' | 'publishedAt' | 'updatedAt' | 'locales'>
export type PracticeOrganisationNode = { organisationId: string; role: OrganisationRoleValue; lang: LanguageChain }
/** With its plain fields as properties, read without resolvers (see nodes.ts). */
export type ThemeNode = { theme: ThemeRecord; lang: LanguageChain } & Pick<Theme, 'id' | 'slug' | 'name' | 'description' | 'scheme'>
/** With its plain fields as properties, read without resolvers (see nodes.ts). */
export type OrganisationNode = { organisation: OrganisationRecord; lang: LanguageChain } & Pick<
  Organisation,
  'id' | 'slug' | 'name' | 'type' | 'region' | 'nisCode' | 'website' | 'email' | 'phone' | 'address'
>
export type PolicyPlanNode = { plan: PolicyPlanRecord; lang: LanguageChain }
export type RichTextNode = { document: StoredRichText }
/** With its plain fields as properties, read without resolvers (see nodes.ts). */
export type ImageNode = { media: MediaRecord; lang: LanguageChain; serverUrl: string } & Pick<
  Image,
  'id' | 'alt' | 'caption' | 'credit' | 'width' | 'height' | 'focalX' | 'focalY' | 'variants' | 'srcset'
>
export type DocumentFileNode = { document: DocumentRecord; lang: LanguageChain }
export type ContactNode = { contact: NonNullable<PracticeRecord['contact']>; lang: LanguageChain }

/** A page of practices; facets are counted only when asked for. */
export type PracticeConnectionNode = {
  selection: PracticeSelection
  sort: PracticeSort
  page: Page<number>
  lang: LanguageChain
}

/** Facets of a selection; counted when first asked for, then kept with the selection. */
export type PracticeFacetsNode = { selection: PracticeSelection; lang: LanguageChain }
