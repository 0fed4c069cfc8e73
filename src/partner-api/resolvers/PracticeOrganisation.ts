import { ORGANISATION_ROLE } from '../enums'
import type { PracticeOrganisationResolvers } from '../generated/resolvers'

export const PracticeOrganisation: PracticeOrganisationResolvers = {
  role: ({ role }) => ORGANISATION_ROLE[role],
  // Practice.organisations keeps only rows whose organisation exists.
  organisation: ({ organisationId, lang }, _args, ctx) => ({ organisation: ctx.loaders.organisations.load(organisationId)!, lang }),
}
