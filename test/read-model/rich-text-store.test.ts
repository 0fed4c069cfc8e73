import { describe, expect, it } from 'vitest'

import { paragraph } from '../helpers/fixtures'
import type { LexicalDocument } from '../../src/read-model/records'
import { packRichText, richTextJsonText, unpackRichText } from '../../src/read-model/richTextStore'

/** A text node as the admin's editor writes it, with any text. */
const text = (value: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 })

const tricky: LexicalDocument = {
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [
      {
        type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '',
        children: [
          // The packer's own fragments inside a text, control characters, accents, typographic quotes, emoji.
          text('l’école "text":" ]}]}} "version":1 \u0001\u001f tab\t é ñ œ 漢字 😀 \\u00e9'),
          text(''),
        ],
      },
      {
        type: 'list', listType: 'bullet', start: 1, tag: 'ul', format: '', indent: 0, version: 1, direction: null,
        children: [{ type: 'listitem', value: 1, format: '', indent: 0, version: 1, direction: 'ltr', children: [text('één')] }],
      },
    ],
  },
} as unknown as LexicalDocument

describe('packed rich text', () => {
  it('unpacks to exactly the document that was packed', () => {
    for (const document of [tricky, paragraph('Een gewone alinea.') as unknown as LexicalDocument]) {
      const packed = packRichText(document)
      expect(unpackRichText(packed)).toEqual(document)
      expect(JSON.parse(richTextJsonText(packed))).toEqual(document)
    }
  })

  it('keeps the stored string at one byte a character, and shorter than the JSON', () => {
    const packed = packRichText(tricky)
    expect(/[^\u0000-\u00ff]/.test(packed)).toBe(false)
    expect(packed.length).toBeLessThan(JSON.stringify(tricky).length)
  })
})
