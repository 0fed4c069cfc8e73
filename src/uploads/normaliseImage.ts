import sharp from 'sharp'

import { heicToJpeg } from './convertHeic'
import { MAX_IMAGE_PIXELS, MAX_LONG_SIDE } from './limits'
import type { ImageHeader } from './readImageHeader'

export type NormalisedImage = {
  data: Buffer
  mimetype: 'image/jpeg' | 'image/webp'
  extension: 'jpg' | 'webp'
  width: number
  height: number
}

/** Thrown when the pixels cannot be decoded: a truncated or corrupt file. */
export class UnreadableImageError extends Error {
  constructor(cause: unknown) {
    super(`unreadable image: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'UnreadableImageError'
  }
}

/**
 * The original as we store and serve it: upright (EXIF orientation applied),
 * at most MAX_LONG_SIDE on its long side, in sRGB, re-encoded, and without
 * any metadata: no EXIF, GPS position, XMP, IPTC or ICC profile survives,
 * because sharp writes none unless asked to (withMetadata), and we never ask.
 *
 * Opaque images become JPEG: it encodes several times faster than WebP at
 * this size, which keeps a 12 MP phone photo well within the time budget,
 * and every client reads it. Images with an alpha channel (logos) become
 * WebP, which keeps the transparency. The sizes Payload derives from this
 * original are all WebP (see imageSizes.ts).
 */
export async function normaliseImage(input: Buffer, header: ImageHeader): Promise<NormalisedImage> {
  const decodable = header.compression === 'hevc' ? await convertOrFail(input) : input
  const keepsAlpha = header.hasAlpha && header.compression !== 'hevc'
  try {
    const pipeline = sharp(decodable, {
      limitInputPixels: MAX_IMAGE_PIXELS,
      // sharp's default, stated on purpose: a warning from the decoder (a
      // truncated or corrupt JPEG) refuses the upload instead of storing a
      // half-grey picture.
      failOn: 'warning',
    })
      .rotate()
      .resize({ width: MAX_LONG_SIDE, height: MAX_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    const encoded = keepsAlpha ? pipeline.webp({ quality: 85, alphaQuality: 90, effort: 3 }) : pipeline.jpeg({ quality: 85 })
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true })
    return keepsAlpha
      ? { data, mimetype: 'image/webp', extension: 'webp', width: info.width, height: info.height }
      : { data, mimetype: 'image/jpeg', extension: 'jpg', width: info.width, height: info.height }
  } catch (error) {
    throw new UnreadableImageError(error)
  }
}

async function convertOrFail(input: Buffer): Promise<Buffer> {
  try {
    return await heicToJpeg(input)
  } catch (error) {
    throw new UnreadableImageError(error)
  }
}
