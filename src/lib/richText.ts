/**
 * A tiny builder for Payload's Lexical rich text (the JSON the editor stores),
 * enough for seeded content and submitted practices: paragraphs of plain
 * text and bullet lists.
 */

/** Paragraphs, or a text with a bullet list after some paragraphs (and more paragraphs after it). */
export type RichTextInput =
  | string
  | string[]
  | {
      paragraphs?: string[]
      bullets?: string[]
      after?: string[]
    }

type TextNode = {
  type: 'text'
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  text: string
  version: 1
}

type ElementBase = {
  direction: 'ltr'
  format: ''
  indent: 0
  version: 1
}

type ParagraphNode = ElementBase & { type: 'paragraph'; children: TextNode[]; textFormat: 0; textStyle: '' }
type ListItemNode = ElementBase & { type: 'listitem'; children: TextNode[]; value: number; checked?: undefined }
type ListNode = ElementBase & { type: 'list'; children: ListItemNode[]; listType: 'bullet'; start: 1; tag: 'ul' }

export type LexicalNode = ParagraphNode | ListNode

/** The shape Payload's generated types expect for a rich-text field. */
export type LexicalState = {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr'
    format: ''
    indent: 0
    version: 1
  }
  [k: string]: unknown
}

const ELEMENT: ElementBase = { direction: 'ltr', format: '', indent: 0, version: 1 }

function text(value: string): TextNode {
  return { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 }
}

export function paragraph(value: string): ParagraphNode {
  return { ...ELEMENT, type: 'paragraph', textFormat: 0, textStyle: '', children: value ? [text(value)] : [] }
}

export function bulletList(items: string[]): ListNode {
  return {
    ...ELEMENT,
    type: 'list',
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: items.map((item, index) => ({ ...ELEMENT, type: 'listitem', value: index + 1, children: [text(item)] })),
  }
}

/** Turns paragraphs (and optionally a bullet list) into a Lexical editor state. */
export function richText(input: RichTextInput): LexicalState {
  const blocks = typeof input === 'string' ? { paragraphs: [input] } : Array.isArray(input) ? { paragraphs: input } : input
  const children: LexicalNode[] = [
    ...(blocks.paragraphs ?? []).map(paragraph),
    ...(blocks.bullets && blocks.bullets.length > 0 ? [bulletList(blocks.bullets)] : []),
    ...(blocks.after ?? []).map(paragraph),
  ]
  return { root: { ...ELEMENT, type: 'root', children } }
}

/** The plain text of a rich-text input, e.g. to check its length. */
export function plainText(input: RichTextInput): string {
  if (typeof input === 'string') return input
  if (Array.isArray(input)) return input.join('\n')
  return [...(input.paragraphs ?? []), ...(input.bullets ?? []), ...(input.after ?? [])].join('\n')
}
