import { isOngoing, pickRichText, pickText, relatedPractices, type LanguageChain, type LocalisedRichText } from '../../read-model'
import { pageSize } from '../arguments'
import type { PracticeResolvers } from '../generated/resolvers'
import type { RichTextNode } from '../mappers'
import { imageNode, practiceNode } from '../nodes'

const richText = (text: LocalisedRichText, lang: LanguageChain): RichTextNode | null => {
  const document = pickRichText(text, lang)
  return document ? { document } : null
}

/**
 * id, slug, title, summary, reach, recurrence, regions, dates, locales,
 * themes and municipalities are properties of the node (see nodes.ts);
 * `ongoing` depends on the day.
 */
export const Practice: PracticeResolvers = {
  what: ({ practice, lang }) => richText(practice.what, lang),
  who: ({ practice, lang }) => richText(practice.who, lang),
  why: ({ practice, lang }) => richText(practice.why, lang),
  how: ({ practice, lang }) => richText(practice.how, lang),
  results: ({ practice, lang }) => richText(practice.results, lang),
  organisations: ({ practice, lang }, _args, ctx) => {
    const present = ctx.loaders.organisations.loadPresent(practice.organisations.map((row) => row.organisationId))
    const known = new Set(present.map((organisation) => organisation.id))
    return practice.organisations
      .filter((row) => known.has(row.organisationId))
      .map((row) => ({ organisationId: row.organisationId, role: row.role, lang }))
  },
  ongoing: ({ practice }, _args, ctx) => isOngoing(practice.endDate, ctx.today),
  policyPlan: ({ practice, lang }, _args, ctx) => {
    const plan = practice.policyPlanId ? ctx.loaders.policyPlans.load(practice.policyPlanId) : null
    return plan ? { plan, lang } : null
  },
  strategicGoals: ({ practice, lang }, _args, ctx) => {
    const plan = practice.policyPlanId ? ctx.loaders.policyPlans.load(practice.policyPlanId) : null
    if (!plan) return []
    const codes = new Set(practice.strategicGoalCodes)
    return plan.strategicGoals
      .filter((goal) => codes.has(goal.code))
      .map((goal) => ({ code: goal.code, title: pickText(goal.title, lang) ?? goal.code, description: pickText(goal.description, lang) }))
  },
  images: ({ practice, lang }, _args, ctx) => ctx.loaders.media.loadPresent(practice.imageIds).map((media) => imageNode(ctx.snapshot, media, lang, ctx.serverUrl)),
  coverImage: ({ practice, lang }, _args, ctx) => {
    const [cover] = ctx.loaders.media.loadPresent(practice.imageIds)
    return cover ? imageNode(ctx.snapshot, cover, lang, ctx.serverUrl) : null
  },
  documents: ({ practice, lang }, _args, ctx) =>
    ctx.loaders.documents.loadPresent(practice.documentIds).map((document) => ({ document, lang })),
  links: ({ practice, lang }) => practice.links.map((link) => ({ label: pickText(link.label, lang) ?? link.url, url: link.url })),
  contact: ({ practice, lang }) => (practice.contact ? { contact: practice.contact, lang } : null),
  related: ({ position, lang }, { first }, ctx) =>
    relatedPractices(ctx.snapshot, ctx.visible, position, pageSize(first, 4)).map((other) => practiceNode(ctx.snapshot, other, lang)),
}
