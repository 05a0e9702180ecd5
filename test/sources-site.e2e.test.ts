/**
 * The built site shows where its words come from: every recommendation and checklist item carries
 * a "Source" note linking to a listed document, or the "portal's own wording" mark; every toolkit
 * page lists its sources and links the ones that are online; the pledge page says the pledge is
 * this portal's own, built on the Sonoma County CHW Framework, and links the original. Both languages.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SourceDocument, SourceReference } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { rootDir } from '../scripts/lib/processes.ts'

const dist = join(rootDir, 'dist')
const snapshot = await readSnapshot()
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8')
const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

const portalOwn = { en: 'This portal’s own wording', es: 'Redacción propia de este portal' }
const prefixes = { en: '', es: 'es/' } as const

/** The source notes on a page, in order: the document key they link to, or "portal-own". */
const notes = (html: string) => [...html.matchAll(/<small class="source-note" data-source="([^"]+)"[^>]*>([\s\S]*?)<\/small>/g)]

function expectSourced(html: string, where: string, lang: 'en' | 'es', sources: SourceDocument[], expected: SourceReference[]) {
  const found = notes(html)
  expect(
    found.map((m) => m[1]),
    where,
  ).toEqual(expected.map((s) => ('document' in s ? s.document : 'portal-own')))
  for (const [, key, body] of found) {
    if (key === 'portal-own') expect(body!.trim(), where).toBe(portalOwn[lang])
    else {
      expect(body, where).toContain(`href="#source-${key}"`)
      expect(html, `${where}: the note's target`).toContain(`id="source-${key}"`)
    }
  }
  for (const doc of sources) {
    expect(html, `${where}: ${doc.key} listed`).toContain(`id="source-${doc.key}"`)
    expect(html, `${where}: ${doc.key} title`).toContain(escapeText(doc.title))
    if (doc.url) expect(html, `${where}: ${doc.key} linked`).toContain(`href="${escapeText(doc.url)}"`)
  }
}

describe('toolkit pages', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`mark every checklist item and list their sources, linked where online (${lang})`, () => {
      for (const toolkit of snapshot.toolkits) {
        const html = page(`${prefixes[lang]}toolkits/${toolkit.slug}`)
        const items = toolkit.checklists.flatMap((c) => c.items.map((i) => i.source))
        expectSourced(html, `${lang} ${toolkit.slug}`, lang, toolkit.sources, items)
      }
    })
  }

  it('link the original of every toolkit whose source is online, and say so where it is not', () => {
    const online = snapshot.toolkits.filter((t) => t.sources.every((d) => d.url))
    expect(online.length).toBeGreaterThan(0)
    for (const toolkit of snapshot.toolkits.filter((t) => t.sources.some((d) => !d.url))) {
      expect(page(`toolkits/${toolkit.slug}`)).toContain('we have no web address for this document')
    }
  })
})

describe('the Framework page', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`marks every recommendation and lists the Framework's sources (${lang})`, () => {
      const { framework } = snapshot
      const html = page(`${prefixes[lang]}framework`)
      const expected = [{ document: framework.sources[0]!.key }, ...framework.areas.flatMap((a) => a.recommendations.map((r) => r.source))]
      expectSourced(html, `${lang} framework`, lang, framework.sources, expected)
    })
  }

  it('no longer says every recommendation is drawn from the field guidance', () => {
    for (const lang of ['en', 'es'] as const) {
      const html = page(`${prefixes[lang]}framework`)
      expect(html).not.toContain('drawn from the field guidance')
      expect(html).toContain(lang === 'en' ? 'this portal’s own wording' : 'redacción propia de este portal')
    }
  })
})

describe('the pledge page', () => {
  const original = snapshot.framework.sources[0]!
  const credit = {
    en: ['This is the CHW Portal’s own pledge', 'Sonoma County CHW Framework for Equitable Employment', 'Aliados Health'],
    es: ['Este es el compromiso propio del Portal CHW', 'Marco para el Empleo Equitativo de los CHW del condado de Sonoma', 'Aliados Health'],
  }
  for (const lang of ['en', 'es'] as const) {
    it(`says whose pledge it is, credits the Sonoma County framework and links the original (${lang})`, () => {
      const html = page(`${prefixes[lang]}pledge`)
      const paragraph = html.match(/<p class="pledge-credit"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? ''
      for (const words of credit[lang]) expect(paragraph).toContain(words)
      expect(original.url).toBeTruthy()
      expect(paragraph).toContain(`href="${escapeText(original.url!)}"`)
    })
  }
})

describe('the About page', () => {
  it('lists every source document, linked where online, in both languages', () => {
    const docs = [...snapshot.framework.sources, ...snapshot.toolkits.flatMap((t) => t.sources)]
    for (const lang of ['en', 'es'] as const) {
      const html = page(`${prefixes[lang]}about`)
      for (const doc of docs) {
        expect(html, doc.key).toContain(escapeText(doc.title))
        if (doc.url) expect(html, doc.key).toContain(`href="${escapeText(doc.url)}"`)
      }
    }
  })
})
