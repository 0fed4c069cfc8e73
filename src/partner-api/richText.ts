import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

import { plainText, type LexicalDocument } from '../read-model'

/**
 * Rich text for partner sites in three forms: sanitised HTML, plain text and
 * the Lexical JSON. Lexical's converter already escapes text, and sanitising
 * its output again guarantees that no script, event handler or javascript:
 * URL reaches a partner site, whatever an editor pasted or a future node
 * type renders.
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

// Conversions are kept per document object: a snapshot's records are
// immutable, so the same object always gives the same HTML.
const htmlCache = new WeakMap<LexicalDocument, string>()
const textCache = new WeakMap<LexicalDocument, string>()

export function richTextHtml(document: LexicalDocument): string {
  let html = htmlCache.get(document)
  if (html === undefined) {
    const raw = convertLexicalToHTML({
      data: document as never,
      disableContainer: true,
      // Unknown nodes would render as "unknown node"; leave them out.
      converters: ({ defaultConverters }) => ({ ...defaultConverters, unknown: () => '' }),
    })
    html = sanitizeHtml(raw, SANITIZE).replace(/\s*\n\s*/g, ' ')
    htmlCache.set(document, html)
  }
  return html
}

export function richTextPlain(document: LexicalDocument): string {
  let text = textCache.get(document)
  if (text === undefined) {
    text = plainText(document)
    textCache.set(document, text)
  }
  return text
}
