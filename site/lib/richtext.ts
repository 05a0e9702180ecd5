/**
 * Lexical rich text (as Payload stores it) → HTML. Only the nodes the admin editor produces are
 * rendered; every text is escaped, every link is checked to be http(s) or mailto, and unknown
 * nodes render their children, so nothing a staff member types can inject markup.
 */
import { escapeHtml } from '../../content/escapeHtml.ts'

type LexicalNode = {
  type: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  url?: string
  fields?: { url?: string; newTab?: boolean }
  children?: LexicalNode[]
}

const IS_BOLD = 1
const IS_ITALIC = 2
const IS_STRIKETHROUGH = 4
const IS_UNDERLINE = 8
const IS_CODE = 16

function renderText(node: LexicalNode): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & IS_CODE) html = `<code>${html}</code>`
  if (format & IS_BOLD) html = `<strong>${html}</strong>`
  if (format & IS_ITALIC) html = `<em>${html}</em>`
  if (format & IS_UNDERLINE) html = `<u>${html}</u>`
  if (format & IS_STRIKETHROUGH) html = `<s>${html}</s>`
  return html
}

function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined
  return /^(https?:|mailto:)/i.test(url) ? url : undefined
}

function renderNode(node: LexicalNode, headingOffset: number): string {
  const children = (node.children ?? []).map((child) => renderNode(child, headingOffset)).join('')
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'paragraph':
      return children ? `<p>${children}</p>` : ''
    case 'heading': {
      // The page owns h1; document headings start below the page's own section headings.
      const level = Math.min(6, Math.max(2, Number(node.tag?.slice(1) ?? 2) + headingOffset))
      return `<h${level}>${children}</h${level}>`
    }
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children}</${tag}>`
    }
    case 'listitem':
      return `<li>${children}</li>`
    case 'quote':
      return `<blockquote>${children}</blockquote>`
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      return href ? `<a href="${escapeHtml(href)}">${children}</a>` : children
    }
    case 'horizontalrule':
      return '<hr>'
    default:
      return children
  }
}

/** HTML for a Lexical document. `headingOffset` shifts h2 → h3 where the page already uses h2. */
export function renderRichText(value: { root: { children: unknown[] } } | undefined, headingOffset = 0): string {
  if (!value) return ''
  return (value.root.children as LexicalNode[]).map((node) => renderNode(node, headingOffset)).join('\n')
}
