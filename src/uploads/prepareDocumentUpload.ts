import type { CollectionBeforeOperationHook } from 'payload'

import { isDocumentType } from './acceptedTypes'
import { detectFileType } from './detectFileType'
import { documentIsComplete } from './documentIsComplete'
import { REFUSAL_STATUS, refusal, uploadMessages } from './messages'
import { incomingUpload, replaceUploadedFile } from './uploadedFile'
import { isRestoringExport } from '../ops/importContext'
import { uniqueFilename } from './uniqueFilename'

/**
 * Every document upload passes here before Payload's own upload step: a
 * file is there, not empty, at most 25 MB, its bytes say PDF, DOCX or ODT,
 * and it arrived whole. It is stored under a unique name, with the type and
 * extension of what it really is: a program renamed to .pdf is refused, a
 * PDF named .docx is stored as .pdf.
 */
export const prepareDocumentUpload: CollectionBeforeOperationHook<'documents'> = async (hook) => {
  const upload = await incomingUpload(hook)
  if (!upload) return hook.args

  const type = await detectFileType(upload.data)
  if (type.kind !== 'binary' || !isDocumentType(type.mime)) {
    throw refusal(hook.req, REFUSAL_STATUS.unsupportedType, uploadMessages.notADocument)
  }
  if (!documentIsComplete(upload.data, type.mime)) throw refusal(hook.req, REFUSAL_STATUS.badRequest, uploadMessages.incompleteDocument)
  // An import brings back a document this pipeline already accepted: kept under its own name.
  if (isRestoringExport(hook.req)) return hook.args
  await replaceUploadedFile(hook.req, { data: upload.data, mimetype: type.mime, name: uniqueFilename(upload.name, type.ext, 'document') })
  return hook.args
}
