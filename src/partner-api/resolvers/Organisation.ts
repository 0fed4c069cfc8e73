import { pickRichText, selectPractices } from '../../read-model'
import type { OrganisationResolvers } from '../generated/resolvers'
import { imageNode, organisationNode } from '../nodes'
import { practiceConnection } from './PracticeConnection'

/** id, slug, name, type, region, nisCode, website, email, phone and address are properties of the node (see nodes.ts). */
export const Organisation: OrganisationResolvers = {
  description: ({ organisation, lang }) => {
    const document = pickRichText(organisation.description, lang)
    return document ? { document } : null
  },
  parent: ({ organisation, lang }, _args, ctx) => {
    const parent = organisation.parentId ? ctx.loaders.organisations.load(organisation.parentId) : null
    return parent ? organisationNode(ctx.snapshot, parent, lang) : null
  },
  children: ({ organisation, lang }, _args, ctx) =>
    ctx.snapshot.organisationChildren(organisation.id).map((child) => organisationNode(ctx.snapshot, child, lang)),
  logo: ({ organisation, lang }, _args, ctx) => {
    const logo = organisation.logoId ? ctx.loaders.media.load(organisation.logoId) : null
    return logo ? imageNode(ctx.snapshot, logo, lang, ctx.serverUrl) : null
  },
  practices: ({ organisation, lang }, { first, after }, ctx) => {
    const selection = selectPractices(ctx.snapshot, { viewer: ctx.site.id, visible: ctx.visible, filter: { organisations: [organisation.slug] }, search: null, chain: lang, today: ctx.today })
    return practiceConnection(selection, 'NEWEST', first, after, lang)
  },
  policyPlans: ({ organisation, lang }, _args, ctx) => ctx.snapshot.policyPlansOf(organisation.id).map((plan) => ({ plan, lang })),
}
