import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

import { cached, weighedCache } from '../lib/caches'
import { plainText, unpackRichText, type LexicalDocument, type StoredRichText } from '../read-model'

/**
 * Rich text for partner sites in three forms: sanitised HTML, plain text and
 * the Lexical JSON. Lexical's converter already escapes text, and sanitising
 * its output again guarantees that no script, event handler or javascript:
 * URL reaches a partner site, whatever an editor pasted or a future node
 * type renders.
 *
 * The read model keeps each text as a packed JSON string (see
 * src/read-model/richTextStore.ts); a request's forms are made from it.
 * HTML and plain text of recently asked texts are kept in a small cache
 * bounded in characters, so a popular practice is not converted on every
 * request while the catalogue's texts are not all kept twice.
 */

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's',
    'sub', 'sup', 'code', 'pre', 'a', 'hr', 'span',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'], li: ['value'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
}

// Keyed by the read model's own string (shared, not a copy), weighed by the
// converted strings: at most 1,000,000 characters (1 to 2 MB) each.
const htmlCache = weighedCache<StoredRichText, string>(1_000_000, (html) => html.length)
const textCache = weighedCache<StoredRichText, string>(1_000_000, (text) => text.length)

function toHtml(richText: StoredRichText): string {
  const raw = convertLexicalToHTML({
    data: unpackRichText(richText) as never,
    disableContainer: true,
    // Unknown nodes would render as "unknown node"; leave them out.
    converters: ({ defaultConverters }) => ({ ...defaultConverters, unknown: () => '' }),
  })
  return sanitizeHtml(raw, SANITIZE).replace(/\s*\n\s*/g, ' ')
}

export function richTextHtml(richText: StoredRichText): string {
  return cached(htmlCache, richText, () => toHtml(richText))
}

export function richTextPlain(richText: StoredRichText): string {
  return cached(textCache, richText, () => plainText(richText))
}

/** The Lexical editor state, as Payload stores it. */
export function richTextJson(richText: StoredRichText): LexicalDocument {
  return unpackRichText(richText)
}
