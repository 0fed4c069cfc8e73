import type { ContactResolvers } from '../generated/resolvers'
import { organisationNode } from '../nodes'

export const Contact: ContactResolvers = {
  name: ({ contact }) => contact.name,
  email: ({ contact }) => contact.email,
  phone: ({ contact }) => contact.phone,
  organisation: ({ contact, lang }, _args, ctx) => {
    const organisation = contact.organisationId ? ctx.loaders.organisations.load(contact.organisationId) : null
    return organisation ? organisationNode(ctx.snapshot, organisation, lang) : null
  },
}
