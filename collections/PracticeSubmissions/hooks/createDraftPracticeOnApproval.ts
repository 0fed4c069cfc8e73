import type { CollectionAfterChangeHook } from 'payload'

import { tr } from '../../../src/i18n/labels'
import type { Practice, PracticeSubmission } from '../../../src/payload-types'

/** Set in `context` to save a submission without creating a practice. */
export const SKIP_SUBMISSION_SIDE_EFFECTS = 'skipSubmissionSideEffects'

const idOf = (value: unknown): number | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number }).id : (value as number | undefined)

const SUBMITTED_BY = tr('Ingediend door', 'Proposé par', 'Submitted by')

function paragraphs(text: string) {
  const blocks = text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean)
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: blocks.map((block) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text: block, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
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
