import { pickRichText, pickText, selectPractices } from '../../read-model'
import { ORGANISATION_TYPE, REGION } from '../enums'
import type { OrganisationResolvers } from '../generated/resolvers'
import { practiceConnection } from './PracticeConnection'

export const Organisation: OrganisationResolvers = {
  id: ({ organisation }) => organisation.id,
  slug: ({ organisation }) => organisation.slug,
  name: ({ organisation, lang }) => pickText(organisation.name, lang) ?? organisation.slug,
  type: ({ organisation }) => ORGANISATION_TYPE[organisation.type],
  description: ({ organisation, lang }) => {
    const document = pickRichText(organisation.description, lang)
    return document ? { document } : null
  },
  parent: ({ organisation, lang }, _args, ctx) => {
    const parent = organisation.parentId ? ctx.loaders.organisations.load(organisation.parentId) : null
    return parent ? { organisation: parent, lang } : null
  },
  children: ({ organisation, lang }, _args, ctx) =>
    ctx.snapshot.organisationChildren(organisation.id).map((child) => ({ organisation: child, lang })),
  region: ({ organisation }) => (organisation.region ? REGION[organisation.region] : null),
  nisCode: ({ organisation }) => organisation.nisCode,
  website: ({ organisation }) => organisation.website,
  email: ({ organisation }) => organisation.email,
  phone: ({ organisation }) => organisation.phone,
  address: ({ organisation }) => organisation.address,
  logo: ({ organisation, lang }, _args, ctx) => {
    const logo = organisation.logoId ? ctx.loaders.media.load(organisation.logoId) : null
    return logo ? { media: logo, lang } : null
  },
  practices: ({ organisation, lang }, { first, after }, ctx) => {
    const selection = selectPractices(ctx.snapshot, { viewer: ctx.site.id, visible: ctx.visible, filter: { organisations: [organisation.slug] }, search: null, chain: lang, today: ctx.today })
    return practiceConnection(selection, 'NEWEST', first, after, lang)
  },
  policyPlans: ({ organisation, lang }, _args, ctx) => ctx.snapshot.policyPlansOf(organisation.id).map((plan) => ({ plan, lang })),
}
