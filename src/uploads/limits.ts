import type { Config } from 'payload'

/**
 * The limits of issue 5, in one place: the hooks refuse with them, the
 * messages quote them, docs/uploads.md explains them.
 */

/** 25 MB, for photos and documents alike. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024
export const MAX_UPLOAD_MEGABYTES = MAX_UPLOAD_BYTES / (1024 * 1024)

/** 50 megapixels: a 12 MP phone photo fits four times; a pixel bomb does not. */
export const MAX_IMAGE_PIXELS = 50_000_000

/** The stored original's long side: big enough for any hero, small enough to serve. */
export const MAX_LONG_SIDE = 2560

/**
 * Options for Payload's multipart parser (`upload` in payload.config.ts).
 * Payload's defaults cut a request at 20 MB and answer 413 with an English
 * message; with these, a file of up to 25 MB arrives whole, and a larger one
 * arrives cut at 25 MB + 1 byte and marked `truncated`, so our hook can refuse
 * it in the editor's language without the rest of it ever sitting in memory.
 */
export const multipartUploadOptions: NonNullable<Config['upload']> = {
  abortOnLimit: false,
  limits: { fileSize: MAX_UPLOAD_BYTES + 1 },
}
