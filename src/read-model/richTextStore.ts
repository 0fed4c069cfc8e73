import type { LexicalDocument } from './records'

/**
 * Rich text as the read model keeps it: the Lexical editor state's JSON in
 * one short string, not as a tree of objects.
 *
 * Most of a Lexical state's JSON is the same few keys and values on every
 * node ("direction":"ltr", "format":0, "mode":"normal", …). Each of the
 * fragments below is written as one control character (U+0001 to U+001F):
 * JSON never holds those raw (JSON.stringify writes them as \u escapes), so
 * every one of them in a stored text stands for its fragment, and unpacking
 * gives back exactly the JSON that was packed. Characters above U+00FF are
 * written as \u escapes too, so that V8 keeps the string at one byte a
 * character (one such character would double the whole string).
 *
 * At 5,000 practices (the benchmark's catalogue) the records took 42.7 MB of
 * heap with the trees and take 23.9 MB with packed texts, which are 22 % of
 * the JSON's length. A request unpacks and parses only the texts it shows
 * (about 14 µs to pack and unpack one).
 */
export type StoredRichText = string

/** Longest first: a fragment is replaced before the shorter ones it contains. */
const FRAGMENTS: readonly string[] = [
  // The shapes of src/lib/richText.ts (seed, benchmark, submissions).
  '{"root":{"direction":"ltr","format":"","indent":0,"version":1,"type":"root","children":[',
  '{"direction":"ltr","format":"","indent":0,"version":1,"type":"paragraph","textFormat":0,"textStyle":"","children":[',
  '{"direction":"ltr","format":"","indent":0,"version":1,"type":"list","listType":"bullet","start":1,"tag":"ul","children":[',
  '{"direction":"ltr","format":"","indent":0,"version":1,"type":"listitem","value":',
  '{"type":"text","detail":0,"format":0,"mode":"normal","style":"","text":',
  // The shapes the admin's Lexical editor writes.
  '"direction":"ltr","format":"","indent":0,"type":"paragraph","version":1,"textFormat":0,"textStyle":""}',
  '"direction":"ltr","format":"","indent":0,"type":"root","version":1}}',
  '{"detail":0,"format":0,"mode":"normal","style":"","text":',
  ',"type":"text","version":1}',
  // Single keys and values, in any order.
  '"direction":"ltr"',
  '"direction":null',
  '"type":"paragraph"',
  '"type":"listitem"',
  '"type":"linebreak"',
  '"type":"heading"',
  '"type":"text"',
  '"type":"link"',
  '"type":"list"',
  '"textFormat":0',
  '"textStyle":""',
  '"children":[',
  '"mode":"normal"',
  '"version":1}',
  '"version":1',
  '"format":""',
  '"format":0',
  '"indent":0',
  '"detail":0',
  '"style":""',
  '"text":"',
  ']}]}}',
]

const CODE_OF = new Map(FRAGMENTS.map((fragment, index) => [fragment, String.fromCharCode(index + 1)]))
/** Every fragment in one pattern, longest first: one pass over the JSON instead of one per fragment. */
const FRAGMENT_PATTERN = new RegExp(FRAGMENTS.map((fragment) => fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
const CODE_PATTERN = /[\u0001-\u001f]/g
const WIDE_CHARACTER = /[^\u0000-\u00ff]/g

if (FRAGMENTS.length > 31) throw new Error('richTextStore: at most 31 fragments (U+0001 to U+001F)')

export function packRichText(document: LexicalDocument): StoredRichText {
  const json = JSON.stringify(document).replace(FRAGMENT_PATTERN, (fragment) => CODE_OF.get(fragment)!)
  return json.replace(WIDE_CHARACTER, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The JSON text of a stored rich text (with \u escapes where it had characters above U+00FF). */
export function richTextJsonText(stored: StoredRichText): string {
  return stored.replace(CODE_PATTERN, (code) => FRAGMENTS[code.charCodeAt(0) - 1]!)
}

/** The Lexical editor state of a stored rich text, a new object on every call. */
export function unpackRichText(stored: StoredRichText): LexicalDocument {
  return JSON.parse(richTextJsonText(stored)) as LexicalDocument
}
