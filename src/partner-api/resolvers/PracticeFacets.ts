import { REGION } from '../enums'
import type { PracticeFacetsResolvers } from '../generated/resolvers'

/** Facet counts, computed once per connection (see PracticeSelection.facets). */
export const PracticeFacets: PracticeFacetsResolvers = {
  themes: ({ counts, lang }, _args, ctx) =>
    counts().themes.map(({ themeId, count }) => ({ theme: { theme: ctx.snapshot.theme(themeId)!, lang }, count })),
  organisations: ({ counts, lang }, _args, ctx) =>
    counts().organisations.map(({ organisationId, count }) => ({
      organisation: { organisation: ctx.snapshot.organisation(organisationId)!, lang },
      count,
    })),
  municipalities: ({ counts, lang }, _args, ctx) =>
    counts().municipalities.map(({ organisationId, count }) => ({
      organisation: { organisation: ctx.snapshot.organisation(organisationId)!, lang },
      count,
    })),
  regions: ({ counts }) => counts().regions.map(({ region, count }) => ({ region: REGION[region], count })),
  reach: ({ counts }) => counts().reach,
  recurrence: ({ counts }) => counts().recurrence,
}
