import { readFile, unlink } from 'node:fs/promises'

import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { MAX_UPLOAD_BYTES } from './limits'
import { REFUSAL_STATUS, refusal, uploadMessages } from './messages'

/** Payload's parsed upload; `truncated` is set by its multipart parser when the file passed the size limit. */
type IncomingFile = NonNullable<PayloadRequest['file']> & { truncated?: boolean }

export type IncomingUpload = { name: string; data: Buffer }

/**
 * The file a create or update of an upload collection brings, with its
 * bytes, once it is known to be there, not empty and at most 25 MB.
 * `undefined` when there is nothing to check: another operation, an update
 * that keeps its file, a duplicate of a checked document, or a request that
 * the collection's access rule will refuse anyway (beforeOperation runs
 * before Payload checks access, and a stranger's upload should not cost us
 * a decode).
 */
export async function incomingUpload<TSlug extends CollectionSlug>({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}: Parameters<CollectionBeforeOperationHook<TSlug>>[0]): Promise<IncomingUpload | undefined> {
  if (operation !== 'create' && operation !== 'update') return undefined
  const file = req.file as IncomingFile | undefined
  if (!file) {
    if (operation === 'update') return undefined
    if (args.duplicateFromID !== undefined && args.duplicateFromID !== null) return undefined
    // Without this, a create with `url` and `filename` in its data makes
    // Payload fetch the file itself, past every check of ours.
    throw refusal(req, REFUSAL_STATUS.badRequest, uploadMessages.missingFile)
  }
  if (!overrideAccess && !(await collection.access[operation]({ req }))) return undefined

  if (file.truncated || file.size > MAX_UPLOAD_BYTES) throw refusal(req, REFUSAL_STATUS.tooLarge, uploadMessages.tooLarge)
  const data = file.tempFilePath ? await readFile(file.tempFilePath) : file.data
  if (!data || data.length === 0) throw refusal(req, REFUSAL_STATUS.badRequest, uploadMessages.emptyFile)
  if (data.length > MAX_UPLOAD_BYTES) throw refusal(req, REFUSAL_STATUS.tooLarge, uploadMessages.tooLarge)
  return { name: file.name, data }
}

/**
 * Puts the checked (and for images, normalised) file in the request, where
 * Payload's own upload step takes it from. The temp file, if any, is removed
 * here, since Payload only cleans up temp files it still knows about.
 */
export async function replaceUploadedFile(
  req: PayloadRequest,
  replacement: { data: Buffer; mimetype: string; name: string },
): Promise<void> {
  const previous = req.file
  req.file = { data: replacement.data, mimetype: replacement.mimetype, name: replacement.name, size: replacement.data.length }
  if (previous?.tempFilePath) await unlink(previous.tempFilePath).catch(() => undefined)
}
