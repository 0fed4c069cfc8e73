import type { MutationResolvers } from '../generated/resolvers'

export const Mutation: MutationResolvers = {
  submitPractice: (_parent, { input }, ctx) =>
    ctx.submissions.submit({ snapshot: ctx.snapshot, site: ctx.site, apiKeyId: ctx.apiKey.id, clientIp: ctx.clientIp, input }),
}
