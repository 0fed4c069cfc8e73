import { fileTypeFromBuffer } from 'file-type'

/**
 * What a file is, from its bytes alone. `svg` is reported apart because
 * file-type does not recognise text formats, and an SVG (which may carry a
 * script) deserves its own refusal rather than "unknown type".
 */
export type DetectedType = { kind: 'binary'; mime: string; ext: string } | { kind: 'svg' } | { kind: 'unknown' }

export async function detectFileType(data: Uint8Array): Promise<DetectedType> {
  const found = await fileTypeFromBuffer(data)
  // file-type calls an SVG with an XML prolog "application/xml", one without it nothing.
  if ((!found || found.mime === 'application/xml') && looksLikeSvg(data)) return { kind: 'svg' }
  if (found) return { kind: 'binary', mime: found.mime, ext: found.ext }
  return { kind: 'unknown' }
}

/** An `<svg` element near the start of a text file, after any XML prolog, doctype or comments. */
export function looksLikeSvg(data: Uint8Array): boolean {
  const head = Buffer.from(data.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '')
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head)
}
