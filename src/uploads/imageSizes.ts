import type { ImageSize } from 'payload'

/**
 * The sizes Payload derives from the normalised original, each as WebP. The
 * partner API's ImageSize enum maps onto these names (ORIGINAL is the stored
 * original itself), so renaming one breaks partner sites.
 *
 * - thumbnail and hero keep the aspect ratio (`fit: inside`) and are never
 *   enlarged: a small logo gets a thumbnail of its own size.
 * - card (4:3) and og (1200 × 630, the Open Graph size) are cropped around
 *   the focal point the editor set (the centre by default). Payload leaves
 *   them out when the original is smaller than them in both dimensions,
 *   rather than blowing a small image up.
 *
 * Payload writes no metadata into them: `withMetadata` stays off in Media.ts.
 * WebP `effort` 1 instead of the default 4: the four sizes of a 12 MP photo
 * encode in about 0.3 s instead of 0.8 s, for about 1% more bytes, which is
 * what keeps a 12 MP upload well under 1.5 s on two cores.
 */
const webp = (quality: number) => ({ format: 'webp' as const, options: { quality, effort: 1 } })

export const IMAGE_SIZE_NAMES = ['thumbnail', 'card', 'hero', 'og'] as const
export type ImageSizeName = (typeof IMAGE_SIZE_NAMES)[number]

export const imageSizes: Array<ImageSize & { name: ImageSizeName }> = [
  { name: 'thumbnail', width: 320, fit: 'inside', withoutEnlargement: true, formatOptions: webp(78) },
  { name: 'card', width: 768, height: 576, formatOptions: webp(80) },
  { name: 'hero', width: 1600, fit: 'inside', withoutEnlargement: true, formatOptions: webp(82) },
  { name: 'og', width: 1200, height: 630, formatOptions: webp(80) },
]
