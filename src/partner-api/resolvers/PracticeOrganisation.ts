import { ORGANISATION_ROLE } from '../enums'
import type { PracticeOrganisationResolvers } from '../generated/resolvers'
import { organisationNode } from '../nodes'

export const PracticeOrganisation: PracticeOrganisationResolvers = {
  role: ({ role }) => ORGANISATION_ROLE[role],
  // Practice.organisations keeps only rows whose organisation exists.
  organisation: ({ organisationId, lang }, _args, ctx) => organisationNode(ctx.snapshot, ctx.loaders.organisations.load(organisationId)!, lang),
}
