import { randomBytes } from 'node:crypto'

import { slugify } from '../lib/slugify'

/**
 * A readable file name that no other upload will get: the slug of the
 * editor's file name, a random suffix and the extension of what the file
 * really is ("IMG_0042.HEIC" → "img-0042-3f9a1c7e.jpg").
 *
 * Why not Payload's own "-1", "-2" names: Payload picks a free name by looking
 * at the database and the disk, and writes the files only after validation.
 * Two editors uploading "IMG_0042.jpg" at the same moment (phones number
 * their photos alike) both find "img-0042.jpg" free, and the second write
 * replaces the first one's files. A random suffix needs no such look-up.
 */
export function uniqueFilename(originalName: string, extension: string, fallbackBase: string): string {
  const withoutExtension = originalName.replace(/\.[^./\\]*$/, '')
  const base = slugify(withoutExtension).slice(0, 60).replace(/-+$/, '') || fallbackBase
  return `${base}-${randomBytes(4).toString('hex')}.${extension}`
}
