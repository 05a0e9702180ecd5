/**
 * Lexical rich text (as Payload stores it) → plain text: one line per block, list items as "- …"
 * with nested ones indented, line breaks kept, links and formatting reduced to their words.
 * Shared ground: the site's feeds (content_text) and anything in the CMS or scripts that needs it.
 */
type LexicalNode = { type: string; text?: string; children?: LexicalNode[] }

const inline = (node: LexicalNode): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'linebreak' ? '\n' : (node.children ?? []).map(inline).join('')

function block(node: LexicalNode): string[] {
  if (node.type === 'list') return (node.children ?? []).flatMap(block)
  if (node.type === 'listitem') {
    const children = node.children ?? []
    const own = children
      .filter((child) => child.type !== 'list')
      .map(inline)
      .join('')
      .trim()
    const nested = children.filter((child) => child.type === 'list').flatMap(block)
    return [...(own ? [`- ${own}`] : []), ...nested.map((line) => `  ${line}`)]
  }
  const text = inline(node).trim()
  return text ? [text] : []
}

export function richTextToPlain(doc: { root: { children: unknown[] } } | undefined): string {
  return doc ? (doc.root.children as LexicalNode[]).flatMap(block).join('\n') : ''
}
