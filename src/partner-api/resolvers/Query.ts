import {
  compareIds,
  foldText,
  pageOf,
  pickText,
  PracticeSelection,
  searchTermsOf,
  selectPractices,
  wordsOf,
  type OrganisationRecord,
  type PolicyPlanRecord,
  type SortKey,
} from '../../read-model'
import { filterYear, pageSize, practiceFilter, searchText } from '../arguments'
import { decodeCursor, encodeCursor } from '../cursor'
import { ORGANISATION_TYPE_VALUE, POLICY_PLAN_STATUS_VALUE, REGION_VALUE, THEME_SCHEME_VALUE } from '../enums'
import { badUserInput } from '../errors'
import type { QueryResolvers } from '../generated/resolvers'
import { organisationNode, practiceNode, themeNode } from '../nodes'
import { practiceConnection } from './PracticeConnection'

/**
 * The root fields. Each one sets the language chain (its `locale`, else the
 * site's default) that the fields below it read in.
 */
export const Query: QueryResolvers = {
  site: (_parent, _args, ctx) => ({ site: ctx.site, lang: ctx.lang() }),

  practice: (_parent, { slug, id, locale }, ctx) => {
    if (!slug && !id) throw badUserInput('Give `slug` or `id`.')
    const byId = id ? ctx.snapshot.positionOf(id) : undefined
    const bySlug = slug ? ctx.snapshot.positionOfSlug(slug) : undefined
    const position = id && slug ? (byId === bySlug ? byId : undefined) : (byId ?? bySlug)
    if (position === undefined || !ctx.visible.has(position)) return null
    return practiceNode(ctx.snapshot, position, ctx.lang(locale))
  },

  practices: (_parent, args, ctx) => {
    const lang = ctx.lang(args.locale)
    const connect = (selection: PracticeSelection) => practiceConnection(selection, args.sort ?? 'RELEVANCE', args.first, args.after, lang)
    const selection = selectPractices(ctx.snapshot, {
      viewer: ctx.site.id,
      visible: ctx.visible,
      filter: practiceFilter(args.filter),
      search: searchText(args.search),
      chain: lang,
      today: ctx.today,
    })
    // Only a search the snapshot has not answered before may wait (for its index); a listing answers at once.
    return selection instanceof PracticeSelection ? connect(selection) : selection.then(connect)
  },

  theme: (_parent, { slug, locale }, ctx) => {
    const theme = ctx.snapshot.themeBySlug(slug)
    return theme ? themeNode(ctx.snapshot, theme, ctx.lang(locale)) : null
  },

  themes: (_parent, { scheme, parent, locale }, ctx) => {
    const lang = ctx.lang(locale)
    let themes = ctx.snapshot.themesInDisplayOrder
    if (parent !== null && parent !== undefined) {
      const parentTheme = ctx.snapshot.themeBySlug(parent)
      themes = parentTheme ? ctx.snapshot.themeChildren(parentTheme.id) : []
    }
    if (scheme) themes = themes.filter((theme) => theme.scheme === THEME_SCHEME_VALUE[scheme])
    return themes.map((theme) => themeNode(ctx.snapshot, theme, lang))
  },

  organisation: (_parent, { slug, locale }, ctx) => {
    const organisation = ctx.snapshot.organisationBySlug(slug)
    return organisation ? organisationNode(ctx.snapshot, organisation, ctx.lang(locale)) : null
  },

  organisations: (_parent, { filter, search, first, after, locale }, ctx) => {
    const lang = ctx.lang(locale)
    const size = pageSize(first)
    const text = searchText(search)
    const terms = text ? searchTermsOf(text) : []
    const types = filter?.types?.length ? new Set(filter.types.map((type) => ORGANISATION_TYPE_VALUE[type])) : null
    const regions = filter?.regions?.length ? new Set(filter.regions.map((region) => REGION_VALUE[region])) : null
    const collator = ctx.snapshot.collator(lang)
    const nameOf = (organisation: OrganisationRecord) => pickText(organisation.name, lang) ?? organisation.slug
    const matching = [...ctx.snapshot.records.organisations.values()].filter((organisation) => {
      if (types && !types.has(organisation.type)) return false
      if (regions && (!organisation.region || !regions.has(organisation.region))) return false
      if (typeof filter?.hasPractices === 'boolean') {
        const has = !ctx.snapshot.practicesWithOrganisation(organisation.id).and(ctx.visible).isEmpty
        if (has !== filter.hasPractices) return false
      }
      if (terms.length > 0) {
        const words = wordsOf(foldText(nameOf(organisation)))
        if (!terms.every((term) => words.some((word) => word.startsWith(term)))) return false
      }
      return true
    })
    const keyOf = (organisation: OrganisationRecord): SortKey => [nameOf(organisation), organisation.id]
    const compare = (a: SortKey, b: SortKey) => collator.compare(String(a[0]), String(b[0])) || compareIds(String(a[1]), String(b[1]))
    matching.sort((a, b) => compare(keyOf(a), keyOf(b)))
    return connection('organisations:NAME', matching, keyOf, compare, size, after, (organisation) => organisationNode(ctx.snapshot, organisation, lang))
  },

  policyPlan: (_parent, { slug, locale }, ctx) => {
    const plan = ctx.snapshot.policyPlanBySlug(slug)
    return plan ? { plan, lang: ctx.lang(locale) } : null
  },

  policyPlans: (_parent, { filter, first, after, locale }, ctx) => {
    const lang = ctx.lang(locale)
    const size = pageSize(first)
    const organisationIds = filter?.organisations?.length
      ? new Set(filter.organisations.map((slug) => ctx.snapshot.organisationBySlug(slug)?.id).filter(Boolean))
      : null
    const statuses = filter?.status?.length ? new Set(filter.status.map((status) => POLICY_PLAN_STATUS_VALUE[status])) : null
    const year = filterYear('filter.activeInYear', filter?.activeInYear)
    const matching = [...ctx.snapshot.records['policy-plans'].values()].filter(
      (plan) =>
        (!organisationIds || (plan.organisationId !== null && organisationIds.has(plan.organisationId))) &&
        (!statuses || statuses.has(plan.status)) &&
        (year === null || (plan.startYear <= year && (plan.endYear ?? Infinity) >= year)),
    )
    const keyOf = (plan: PolicyPlanRecord): SortKey => [plan.startYear, plan.id]
    const compare = (a: SortKey, b: SortKey) => Number(b[0]) - Number(a[0]) || compareIds(String(a[1]), String(b[1]))
    matching.sort((a, b) => compare(keyOf(a), keyOf(b)))
    return connection('policy-plans:NEWEST_TERM', matching, keyOf, compare, size, after, (plan) => ({ plan, lang }))
  },
}

/** A Relay connection over a fully sorted list (organisations, plans). */
function connection<T, N>(
  order: string,
  sorted: readonly T[],
  keyOf: (item: T) => SortKey,
  compare: (a: SortKey, b: SortKey) => number,
  first: number,
  after: string | null | undefined,
  node: (item: T) => N,
) {
  const page = pageOf(sorted, keyOf, compare, first, decodeCursor(after, order))
  const edges = page.items.map((item) => ({ cursor: encodeCursor(order, keyOf(item)), node: node(item) }))
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount: sorted.length,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}
