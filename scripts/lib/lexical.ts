/**
 * Builds Lexical editor states (what Payload's rich text field stores) from plain text, for
 * authored seed content and generated demo listings. Node shapes match what the admin editor saves,
 * so a seeded document round-trips through the CMS unchanged. `type` comes first (then `children`)
 * because that is the order content/schema.ts parses rich text into.
 */
import type { RichText } from '../../content/schema.ts'

type Node = Record<string, unknown>

const block = { direction: 'ltr', format: '', indent: 0, version: 1 }

export function text(value: string, format = 0): Node {
  return { type: 'text', detail: 0, format, mode: 'normal', style: '', text: value, version: 1 }
}

export function paragraph(value: string): Node {
  return { type: 'paragraph', children: [text(value)], ...block, textFormat: 0, textStyle: '' }
}

export function heading(value: string, tag: 'h2' | 'h3' = 'h2'): Node {
  return { type: 'heading', children: [text(value)], ...block, tag }
}

export function bulletList(items: string[]): Node {
  return {
    type: 'list',
    children: items.map((item, i) => ({ type: 'listitem', children: [text(item)], ...block, value: i + 1 })),
    ...block,
    listType: 'bullet',
    start: 1,
    tag: 'ul',
  }
}

/** A document from blocks; a string is a paragraph. */
export function richText(...blocks: (Node | string)[]): RichText {
  return {
    root: {
      type: 'root',
      children: blocks.map((b) => (typeof b === 'string' ? paragraph(b) : b)),
      ...block,
    },
  } as unknown as RichText
}
