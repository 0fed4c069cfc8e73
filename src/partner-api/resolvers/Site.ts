import type { SiteResolvers } from '../generated/resolvers'
import { GraphQLError } from '../graphql'
import { organisationNode, themeNode } from '../nodes'

export const Site: SiteResolvers = {
  slug: ({ site }) => site.slug,
  name: ({ site }) => site.name,
  url: ({ site }) => site.url,
  owner: ({ site, lang }, _args, ctx) => {
    const owner = site.ownerId ? ctx.loaders.organisations.load(site.ownerId) : null
    // The CMS requires an owner; without one the site is misconfigured.
    if (!owner) throw new GraphQLError('This site has no owner organisation.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })
    return organisationNode(ctx.snapshot, owner, lang)
  },
  defaultLocale: ({ site }) => site.defaultLocale,
  locales: ({ site }) => site.enabledLocales,
  navigationThemes: ({ site, lang }, _args, ctx) =>
    ctx.loaders.themes.loadPresent(site.navigationThemeIds).map((theme) => themeNode(ctx.snapshot, theme, lang)),
  practiceCount: (_site, _args, ctx) => ctx.visible.count,
}
