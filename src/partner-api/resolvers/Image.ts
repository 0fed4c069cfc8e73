import type { ImageResolvers } from '../generated/resolvers'
import { imageUrl } from '../images'

/** id, alt, caption, credit, sizes, focal point, variants and srcset are properties of the node (see nodes.ts). */
export const Image: ImageResolvers = {
  url: ({ media }, { size }, ctx) => imageUrl(media, size ?? 'ORIGINAL', ctx.serverUrl),
}
