/**
 * Lexical rich text (as the admin editor saves it) to plain text, as feeds' content_text shows it:
 * one line per block, list items as "- …" (nested ones indented), links as their text, line
 * breaks kept, empty blocks dropped.
 */
import { describe, expect, it } from 'vitest'
import { richTextToPlain } from '../content/richTextToPlain.ts'
import { bulletList, heading, paragraph, richText, text } from '../scripts/lib/lexical.ts'

const link = (url: string, ...children: object[]) => ({ type: 'link', fields: { url, newTab: false, linkType: 'custom' }, children, version: 3 })
const listItem = (...children: object[]) => ({ type: 'listitem', children, value: 1, version: 1 })
const list = (listType: 'bullet' | 'number', ...items: object[]) => ({ type: 'list', listType, children: items, version: 1 })

describe('richTextToPlain', () => {
  it('gives one line per paragraph and heading', () => {
    expect(richTextToPlain(richText(heading('Duties'), 'Visit clients at home.', heading('Details', 'h3'), 'Paid weekly.'))).toBe(
      'Duties\nVisit clients at home.\nDetails\nPaid weekly.',
    )
  })

  it('writes list items as "- …", numbered or not, nested items indented', () => {
    const doc = richText(
      bulletList(['Outreach', 'Referrals']),
      list('number', listItem(text('First')), listItem(text('Second'), list('bullet', listItem(text('inner a')), listItem(text('inner b'))))),
    )
    expect(richTextToPlain(doc)).toBe('- Outreach\n- Referrals\n- First\n- Second\n  - inner a\n  - inner b')
  })

  it('keeps a link as its text, and formatted text as plain words', () => {
    const doc = richText({ type: 'paragraph', children: [text('Apply at '), link('https://example.org/apply', text('our site', 1)), text('.')], version: 1 })
    expect(richTextToPlain(doc)).toBe('Apply at our site.')
  })

  it('keeps line breaks inside a block and trims each block', () => {
    const doc = richText({ type: 'paragraph', children: [text('  Monday 9–5'), { type: 'linebreak', version: 1 }, text('Tuesday 9–1  ')], version: 1 })
    expect(richTextToPlain(doc)).toBe('Monday 9–5\nTuesday 9–1')
  })

  it('drops empty paragraphs and list items, and gives nothing for no document', () => {
    expect(richTextToPlain(richText(paragraph(''), 'Only line', paragraph('   '), list('bullet', listItem(text(' ')))))).toBe('Only line')
    expect(richTextToPlain(undefined)).toBe('')
    expect(richTextToPlain(richText())).toBe('')
  })

  it('reads unknown blocks by their text (a quote, a block a plugin adds)', () => {
    const doc = richText({ type: 'quote', children: [text('Nothing about us without us.')], version: 1 }, { type: 'horizontalrule', version: 1 }, 'After')
    expect(richTextToPlain(doc)).toBe('Nothing about us without us.\nAfter')
  })
})
