/**
 * Rich text cells hold Markdown, so headings, lists, links and bold survive an export, an edit in
 * a spreadsheet and an import. Payload's own converters, with the CMS's editor config (the
 * features the admin's editor has).
 */
import { convertLexicalToMarkdown, convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'
import type { RichText } from '../../content/schema.ts'

export type RichTextCells = {
  /** A cell's Markdown as rich text. */
  read: (markdown: string) => RichText
  /** Rich text as a cell's Markdown ('' for none). */
  write: (value: unknown) => string
}

const byConfig = new WeakMap<SanitizedConfig, Promise<RichTextCells>>()

export function richTextCells(config: SanitizedConfig): Promise<RichTextCells> {
  let cells = byConfig.get(config)
  if (!cells) {
    cells = editorConfigFactory.default({ config }).then((editorConfig) => ({
      read: (markdown) => convertMarkdownToLexical({ editorConfig, markdown }) as unknown as RichText,
      write: (value) => (value && typeof value === 'object' && 'root' in value ? convertLexicalToMarkdown({ data: value as never, editorConfig }).trim() : ''),
    }))
    byConfig.set(config, cells)
  }
  return cells
}
