/**
 * What each collection accepts, as file-type reports it from the bytes. The
 * name and the declared type of an upload are never trusted.
 */

/** HEIC and HEIF are converted to JPEG on upload; Payload itself never sees them. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/heic', 'image/heif'] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

export const DOCUMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const isImageType = (mime: string): mime is ImageType => (IMAGE_TYPES as readonly string[]).includes(mime)
export const isDocumentType = (mime: string): mime is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(mime)
