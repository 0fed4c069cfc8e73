import type { RichTextResolvers } from '../generated/resolvers'
import { richTextHtml, richTextJson, richTextPlain } from '../richText'

export const RichText: RichTextResolvers = {
  html: ({ document }) => richTextHtml(document),
  text: ({ document }) => richTextPlain(document),
  json: ({ document }) => richTextJson(document),
}
