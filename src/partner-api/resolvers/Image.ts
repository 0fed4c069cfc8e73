import { pickText } from '../../read-model'
import type { ImageResolvers } from '../generated/resolvers'
import { imageSrcset, imageUrl, imageVariants } from '../images'

export const Image: ImageResolvers = {
  id: ({ media }) => media.id,
  alt: ({ media, lang }) => pickText(media.alt, lang) ?? '',
  caption: ({ media, lang }) => pickText(media.caption, lang),
  credit: ({ media }) => media.credit,
  width: ({ media }) => media.width,
  height: ({ media }) => media.height,
  focalX: ({ media }) => media.focalX,
  focalY: ({ media }) => media.focalY,
  url: ({ media }, { size }, ctx) => imageUrl(media, size ?? 'ORIGINAL', ctx.serverUrl),
  variants: ({ media }, _args, ctx) => imageVariants(media, ctx.serverUrl),
  srcset: ({ media }, _args, ctx) => imageSrcset(media, ctx.serverUrl),
}
