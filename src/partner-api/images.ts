import type { ImageSizeName, MediaRecord } from '../read-model'
import type { ImageSize, ImageVariant } from './generated/resolvers'
import { IMAGE_SIZE } from './enums'

/**
 * Image URLs are absolute, on SERVER_URL, so partner sites on other hosts
 * can use them as they are.
 */
export function absoluteUrl(url: string, serverUrl: string): string {
  if (/^https?:\/\//i.test(url)) return url
  return `${serverUrl}${url.startsWith('/') ? '' : '/'}${url}`
}

const SIZE_NAMES = Object.entries(IMAGE_SIZE) as Array<[Exclude<ImageSize, 'ORIGINAL'>, ImageSizeName]>

/**
 * Variants made once per media record and server URL: a listing asks for
 * the same images' URLs again and again. Records are replaced, never
 * changed, when an editor edits an image, so a record's variants never go stale.
 */
const variantsByRecord = new WeakMap<MediaRecord, { serverUrl: string; variants: ImageVariant[]; srcset?: string }>()

/** Every size of an image that exists, the original last. Shared: not to be changed. */
export function imageVariants(media: MediaRecord, serverUrl: string): ImageVariant[] {
  return madeFor(media, serverUrl).variants
}

function madeFor(media: MediaRecord, serverUrl: string) {
  let known = variantsByRecord.get(media)
  if (!known || known.serverUrl !== serverUrl) variantsByRecord.set(media, (known = { serverUrl, variants: makeVariants(media, serverUrl) }))
  return known
}

function makeVariants(media: MediaRecord, serverUrl: string): ImageVariant[] {
  const variants: ImageVariant[] = []
  for (const [size, name] of SIZE_NAMES) {
    const variant = media.sizes[name]
    if (variant) variants.push({ size, url: absoluteUrl(variant.url, serverUrl), width: variant.width, height: variant.height, mimeType: variant.mimeType })
  }
  if (media.url) {
    variants.push({ size: 'ORIGINAL', url: absoluteUrl(media.url, serverUrl), width: media.width, height: media.height, mimeType: media.mimeType })
  }
  return variants
}

/** The URL of one size, or of the original when that size was not made (a small upload). */
export function imageUrl(media: MediaRecord, size: ImageSize, serverUrl: string): string {
  const variants = imageVariants(media, serverUrl)
  return (variants.find((variant) => variant.size === size) ?? variants.find((variant) => variant.size === 'ORIGINAL'))?.url ?? ''
}

/** "url 320w, url 768w, …": one entry per distinct width, narrowest first. */
export function imageSrcset(media: MediaRecord, serverUrl: string): string {
  const known = madeFor(media, serverUrl)
  return (known.srcset ??= makeSrcset(media, serverUrl))
}

function makeSrcset(media: MediaRecord, serverUrl: string): string {
  const byWidth = new Map<number, string>()
  for (const variant of imageVariants(media, serverUrl)) if (!byWidth.has(variant.width)) byWidth.set(variant.width, variant.url)
  return [...byWidth]
    .sort((a, b) => a[0] - b[0])
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ')
}
