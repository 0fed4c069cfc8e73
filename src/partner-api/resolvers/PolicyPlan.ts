import { pickList, pickRichText, pickText, selectPractices } from '../../read-model'
import { POLICY_PLAN_STATUS } from '../enums'
import type { PolicyPlanResolvers } from '../generated/resolvers'
import { GraphQLError } from '../graphql'
import { organisationNode, themeNode } from '../nodes'
import { practiceConnection } from './PracticeConnection'

export const PolicyPlan: PolicyPlanResolvers = {
  id: ({ plan }) => plan.id,
  slug: ({ plan }) => plan.slug,
  title: ({ plan, lang }) => pickText(plan.title, lang) ?? plan.slug,
  organisation: ({ plan, lang }, _args, ctx) => {
    const organisation = plan.organisationId ? ctx.loaders.organisations.load(plan.organisationId) : null
    if (!organisation) throw new GraphQLError('This policy plan has no organisation.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })
    return organisationNode(ctx.snapshot, organisation, lang)
  },
  startYear: ({ plan }) => plan.startYear,
  endYear: ({ plan }) => plan.endYear,
  status: ({ plan }) => POLICY_PLAN_STATUS[plan.status],
  ambition: ({ plan, lang }) => {
    const document = pickRichText(plan.ambition, lang)
    return document ? { document } : null
  },
  strategicGoals: ({ plan, lang }) =>
    plan.strategicGoals.map((goal) => ({ code: goal.code, title: pickText(goal.title, lang) ?? goal.code, description: pickText(goal.description, lang) })),
  priorityThemes: ({ plan, lang }, _args, ctx) =>
    ctx.loaders.themes.loadPresent(plan.priorityThemeIds).map((theme) => themeNode(ctx.snapshot, theme, lang)),
  programmes: ({ plan, lang }) =>
    plan.programmes.map((programme) => ({ title: pickText(programme.title, lang) ?? '', description: pickText(programme.description, lang) })),
  keywords: ({ plan, lang }) => pickList(plan.keywords, lang),
  documents: ({ plan, lang }, _args, ctx) =>
    ctx.loaders.documents.loadPresent(plan.documentIds).map((document) => ({ document, lang })),
  practices: ({ plan, lang }, { first, after }, ctx) => {
    const selection = selectPractices(ctx.snapshot, { viewer: ctx.site.id, visible: ctx.visible, filter: { policyPlan: plan.slug }, search: null, chain: lang, today: ctx.today })
    return practiceConnection(selection, 'NEWEST', first, after, lang)
  },
}
