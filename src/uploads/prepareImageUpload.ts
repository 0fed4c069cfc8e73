import type { CollectionBeforeOperationHook } from 'payload'

import { isImageType } from './acceptedTypes'
import { detectFileType } from './detectFileType'
import { MAX_IMAGE_PIXELS } from './limits'
import { REFUSAL_STATUS, refusal, uploadMessages } from './messages'
import { normaliseImage, UnreadableImageError } from './normaliseImage'
import { readImageHeader } from './readImageHeader'
import { incomingUpload, replaceUploadedFile } from './uploadedFile'
import { imageWorkQueue } from './uploadQueue'
import { uniqueFilename } from './uniqueFilename'
import { isRestoringExport } from '../ops/importContext'

/**
 * Every image upload, through the admin, REST or the Local API, passes here
 * before Payload's own upload step, cheapest check first:
 *
 * 1. a file is there, not empty, at most 25 MB;
 * 2. its bytes say JPEG, PNG, WebP, AVIF or HEIC/HEIF (never its name or
 *    declared type; SVG gets its own refusal);
 * 3. its header declares at most 50 megapixels (before any decoding);
 * 4. in the image work queue: decoded (HEIC converted), turned upright,
 *    capped at 2560 px, stripped of all metadata and re-encoded.
 *
 * Payload then receives only the clean original under a unique name and
 * derives the WebP sizes from it. A refusal throws before Payload writes
 * anything, so a refused upload leaves no row and no file.
 */
export const prepareImageUpload: CollectionBeforeOperationHook<'media'> = async (hook) => {
  const upload = await incomingUpload(hook)
  if (!upload) return hook.args
  const { req } = hook

  const type = await detectFileType(upload.data)
  if (type.kind === 'svg') throw refusal(req, REFUSAL_STATUS.unsupportedType, uploadMessages.svgRefused)
  if (type.kind !== 'binary' || !isImageType(type.mime)) throw refusal(req, REFUSAL_STATUS.unsupportedType, uploadMessages.notAnImage)
  // An import brings back an original this pipeline already normalised: kept byte for byte, under its own name.
  if (isRestoringExport(req)) return hook.args

  const header = await readImageHeader(upload.data)
  if (!header) throw refusal(req, REFUSAL_STATUS.badRequest, uploadMessages.unreadableImage)
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    throw refusal(req, REFUSAL_STATUS.tooLarge, uploadMessages.tooManyPixels(header.width, header.height))
  }

  let image
  try {
    image = await imageWorkQueue().run(() => normaliseImage(upload.data, header))
  } catch (error) {
    if (!(error instanceof UnreadableImageError)) throw error
    req.payload.logger.info(`Refused an unreadable image upload (${upload.name}): ${error.message}`)
    throw refusal(req, REFUSAL_STATUS.badRequest, uploadMessages.unreadableImage)
  }
  await replaceUploadedFile(req, { data: image.data, mimetype: image.mimetype, name: uniqueFilename(upload.name, image.extension, 'afbeelding') })
  return hook.args
}
