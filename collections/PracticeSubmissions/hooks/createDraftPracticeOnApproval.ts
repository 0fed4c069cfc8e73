import type { CollectionAfterChangeHook } from 'payload'

import { tr } from '../../../src/i18n/labels'
import { richText } from '../../../src/lib/richText'
import type { Practice, PracticeSubmission } from '../../../src/payload-types'

/** Set in `context` to save a submission without creating a practice. */
export const SKIP_SUBMISSION_SIDE_EFFECTS = 'skipSubmissionSideEffects'

const idOf = (value: unknown): number | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number }).id : (value as number | undefined)

const SUBMITTED_BY = tr('Ingediend door', 'Proposé par', 'Submitted by')

/** The submitted description, one paragraph per blank-line-separated block. */
function paragraphs(text: string) {
  return richText(text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean))
}

/**
 * When an editor approves a submission, it becomes a draft practice of the
 * submission's team, with the submitted text as a starting point. The editor
 * completes it (organisations, municipalities, translations) and publishes
 * it like any other practice; until then partner sites do not see it.
 */
export const createDraftPracticeOnApproval: CollectionAfterChangeHook<PracticeSubmission> = async ({
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (context?.[SKIP_SUBMISSION_SIDE_EFFECTS]) return doc
  if (operation !== 'update' || doc.status !== 'approved' || previousDoc?.status === 'approved' || doc.createdPractice) return doc

  const locale = doc.locale ?? 'nl'
  const submittedBy = [doc.organisationName, doc.municipality].filter(Boolean).join(', ')
  const data: Partial<Practice> = {
    title: doc.title,
    summary: doc.summary.slice(0, 300),
    what: paragraphs(doc.description) as Practice['what'],
    who: paragraphs(`${SUBMITTED_BY[locale]}: ${submittedBy}`) as Practice['who'],
    themes: (doc.themes ?? []).map(idOf).filter((id): id is number => id !== undefined),
    contact: { name: doc.contactName, email: doc.contactEmail },
    links: doc.website ? [{ label: doc.organisationName, url: doc.website }] : [],
    ownerTeam: idOf(doc.ownerTeam)!,
    sites: [idOf(doc.site)!],
    _status: 'draft',
  }
  const practice = await req.payload.create({
    collection: 'practices',
    data: data as Practice,
    draft: true,
    locale,
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: 'practice-submissions',
    id: doc.id,
    data: { createdPractice: practice.id },
    overrideAccess: true,
    req,
    context: { [SKIP_SUBMISSION_SIDE_EFFECTS]: true },
  })
  return { ...doc, createdPractice: practice.id }
}
