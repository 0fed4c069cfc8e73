import sharp from 'sharp'

export type ImageHeader = {
  width: number
  height: number
  hasAlpha: boolean
  /** For HEIF containers: `hevc` (HEIC, which sharp's prebuilt libvips cannot decode) or `av1` (AVIF). */
  compression?: string
}

/**
 * The dimensions an image declares in its header, read without decoding a
 * pixel, so a pixel bomb (a small PNG declaring 30,000 × 30,000) is measured
 * and refused before anything allocates memory for it. `undefined` when the
 * header itself is unreadable.
 */
export async function readImageHeader(data: Buffer): Promise<ImageHeader | undefined> {
  try {
    // No pixel limit here: sharp would throw before telling us the size, and
    // reading the header allocates nothing in proportion to it.
    const metadata = await sharp(data, { limitInputPixels: false }).metadata()
    if (!metadata.width || !metadata.height) return undefined
    return {
      width: metadata.width,
      height: metadata.height,
      hasAlpha: metadata.hasAlpha === true,
      compression: metadata.compression,
    }
  } catch {
    return undefined
  }
}
