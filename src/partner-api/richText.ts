import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

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

/** Least recently used out once the kept strings pass a budget in characters. */
export class ConversionCache {
  private readonly entries = new Map<StoredRichText, string>()
  private characters = 0

  constructor(private readonly maxCharacters: number) {}

  get(richText: StoredRichText, convert: (richText: StoredRichText) => string): string {
    const kept = this.entries.get(richText)
    if (kept !== undefined) {
      // Most recently used last.
      this.entries.delete(richText)
      this.entries.set(richText, kept)
      return kept
    }
    const made = convert(richText)
    this.entries.set(richText, made)
    this.characters += made.length
    while (this.characters > this.maxCharacters && this.entries.size > 0) {
      const [oldest, value] = this.entries.entries().next().value!
      this.entries.delete(oldest)
      this.characters -= value.length
    }
    return made
  }
}

// The key is the read model's own string (shared, not a copy); the budget
// counts the converted strings: 1 to 2 MB each.
const htmlCache = new ConversionCache(1_000_000)
const textCache = new ConversionCache(1_000_000)

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
  return htmlCache.get(richText, toHtml)
}

export function richTextPlain(richText: StoredRichText): string {
  return textCache.get(richText, plainText)
}

/** The Lexical editor state, as Payload stores it. */
export function richTextJson(richText: StoredRichText): LexicalDocument {
  return unpackRichText(richText)
}
