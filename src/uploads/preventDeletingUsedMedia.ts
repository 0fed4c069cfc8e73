import type { CollectionBeforeDeleteHook } from 'payload'

import { languageOf } from '../i18n/labels'
import { REFUSAL_STATUS, refusal, uploadMessages } from './messages'

/** How many practice titles the message names before "and N more". */
const LISTED = 5

/**
 * An image that a published practice shows cannot be deleted: partner sites
 * would show a hole. The editor is told which practices use it, so they can
 * replace it there first. Drafts do not block: they are not shown anywhere,
 * and Payload removes the reference with the image.
 *
 * This runs before Payload deletes any file (beforeDelete), so a refused
 * deletion leaves the files in place.
 */
export const preventDeletingUsedMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const users = await req.payload.find({
    collection: 'practices',
    where: { and: [{ images: { in: [id] } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: LISTED,
    sort: 'title',
    // Titles in the editor's admin language where one is written, else Dutch.
    locale: languageOf(req),
    fallbackLocale: 'nl',
    overrideAccess: true,
    select: { title: true },
    req,
  })
  if (users.totalDocs === 0) return
  const titles = users.docs.map((practice) => practice.title ?? `#${practice.id}`)
  throw refusal(req, REFUSAL_STATUS.conflict, uploadMessages.usedByPublishedPractices(titles, users.totalDocs - titles.length))
}
