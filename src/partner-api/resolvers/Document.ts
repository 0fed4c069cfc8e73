import { pickText } from '../../read-model'
import type { DocumentResolvers } from '../generated/resolvers'
import { absoluteUrl } from '../images'

export const Document: DocumentResolvers = {
  id: ({ document }) => document.id,
  title: ({ document, lang }) => pickText(document.title, lang) ?? '',
  url: ({ document }, _args, ctx) => (document.url ? absoluteUrl(document.url, ctx.serverUrl) : ''),
  mimeType: ({ document }) => document.mimeType,
  filesize: ({ document }) => document.filesize,
}
