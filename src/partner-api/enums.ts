import type {
  ImageSizeName,
  OrganisationRoleValue,
  OrganisationTypeValue,
  PolicyPlanStatusValue,
  RegionValue,
  ThemeSchemeValue,
} from '../read-model'
import type { ImageSize, OrganisationRole, OrganisationType, PolicyPlanStatus, Region, ThemeScheme } from './generated/resolvers'

/**
 * The CMS stores option values in kebab-case and lower case
 * ('public-welfare-centre', 'flanders'); the contract's enums are upper case.
 */

export const REGION: Record<RegionValue, Region> = {
  flanders: 'FLANDERS',
  brussels: 'BRUSSELS',
  wallonia: 'WALLONIA',
  federal: 'FEDERAL',
}

export const REGION_VALUE = invert(REGION)

export const ORGANISATION_TYPE: Record<OrganisationTypeValue, OrganisationType> = {
  municipality: 'MUNICIPALITY',
  'public-welfare-centre': 'PUBLIC_WELFARE_CENTRE',
  'local-service': 'LOCAL_SERVICE',
  'government-agency': 'GOVERNMENT_AGENCY',
  umbrella: 'UMBRELLA',
  nonprofit: 'NONPROFIT',
  education: 'EDUCATION',
  company: 'COMPANY',
  other: 'OTHER',
}

export const ORGANISATION_TYPE_VALUE = invert(ORGANISATION_TYPE)

export const THEME_SCHEME: Record<ThemeSchemeValue, ThemeScheme> = {
  domain: 'DOMAIN',
  'target-group': 'TARGET_GROUP',
  dimension: 'DIMENSION',
}

export const THEME_SCHEME_VALUE = invert(THEME_SCHEME)

export const POLICY_PLAN_STATUS: Record<PolicyPlanStatusValue, PolicyPlanStatus> = {
  draft: 'DRAFT',
  adopted: 'ADOPTED',
  ended: 'ENDED',
}

export const POLICY_PLAN_STATUS_VALUE = invert(POLICY_PLAN_STATUS)

export const ORGANISATION_ROLE: Record<OrganisationRoleValue, OrganisationRole> = {
  lead: 'LEAD',
  partner: 'PARTNER',
  funder: 'FUNDER',
}

/** ORIGINAL is the uploaded image itself (as converted on upload). */
export const IMAGE_SIZE: Record<Exclude<ImageSize, 'ORIGINAL'>, ImageSizeName> = {
  THUMBNAIL: 'thumbnail',
  CARD: 'card',
  HERO: 'hero',
  OG: 'og',
}

function invert<K extends string, V extends string>(map: Record<K, V>): Record<V, K> {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [value, key])) as Record<V, K>
}
