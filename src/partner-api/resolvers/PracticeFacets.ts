import { REGION } from '../enums'
import type { PracticeFacetsResolvers } from '../generated/resolvers'
import { organisationNode, themeNode } from '../nodes'

/**
 * Facet counts (see PracticeSelection.facets), turned into GraphQL's shape
 * once per selection: the next page of the same list reuses them.
 */
export const PracticeFacets: PracticeFacetsResolvers = {
  themes: ({ selection, lang }, _args, ctx) =>
    selection.derived('facets:themes', () =>
      selection.facets().themes.map(({ themeId, count }) => ({ theme: themeNode(ctx.snapshot, ctx.snapshot.theme(themeId)!, lang), count })),
    ),
  organisations: ({ selection, lang }, _args, ctx) =>
    selection.derived('facets:organisations', () =>
      selection.facets().organisations.map(({ organisationId, count }) => ({
        organisation: organisationNode(ctx.snapshot, ctx.snapshot.organisation(organisationId)!, lang),
        count,
      })),
    ),
  municipalities: ({ selection, lang }, _args, ctx) =>
    selection.derived('facets:municipalities', () =>
      selection.facets().municipalities.map(({ organisationId, count }) => ({
        organisation: organisationNode(ctx.snapshot, ctx.snapshot.organisation(organisationId)!, lang),
        count,
      })),
    ),
  regions: ({ selection }) => selection.derived('facets:regions', () => selection.facets().regions.map(({ region, count }) => ({ region: REGION[region], count }))),
  reach: ({ selection }) => selection.facets().reach,
  recurrence: ({ selection }) => selection.facets().recurrence,
}
