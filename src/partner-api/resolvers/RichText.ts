import type { RichTextResolvers } from '../generated/resolvers'
import { richTextHtml, richTextPlain } from '../richText'

export const RichText: RichTextResolvers = {
  html: ({ document }) => richTextHtml(document),
  text: ({ document }) => richTextPlain(document),
  json: ({ document }) => document,
}
