/**
 * The built site shows where its words come from: every recommendation and checklist item carries
 * a "Source" note linking to a listed document, or the "portal's own wording" mark; every toolkit
 * page lists its sources and links each one, or its publisher's page (saying so) where the document
 * has no web address of its own; the pledge page says the pledge is this portal's own, built on the
 * Sonoma County CHW Framework, and links the original. Both languages.
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
const publisherPage = {
  en: 'the link goes to its publisher’s page',
  es: 'el enlace lleva a la página de la organización que lo publicó',
}
const notOnline = { en: 'we have no web address for this document', es: 'no tenemos la dirección web de este documento' }
const organizations = new Map(snapshot.organizations.map((o) => [o.slug, o]))
/** The list entry of one source document on a page (SourceList.astro). */
const sourceEntry = (html: string, key: string) => html.match(new RegExp(`<li id="source-${key}"[^>]*>([\\s\\S]*?)</li>`))?.[1] ?? ''
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

  for (const lang of ['en', 'es'] as const) {
    it(`link every source: the document, or its publisher's page saying that it is not the document (${lang})`, () => {
      let publisherPages = 0
      for (const toolkit of snapshot.toolkits) {
        const html = page(`${prefixes[lang]}toolkits/${toolkit.slug}`)
        for (const doc of toolkit.sources) {
          const where = `${lang} ${toolkit.slug}: ${doc.key}`
          const entry = sourceEntry(html, doc.key)
          if (doc.url) {
            expect(entry, where).toContain(`href="${escapeText(doc.url)}"`)
            expect(entry, where).not.toContain(publisherPage[lang])
            continue
          }
          const website = organizations.get(doc.organization)?.website
          expect(website, `${where}: neither the document nor its publisher has a web address`).toBeTruthy()
          expect(entry, where).toContain(`<a href="${escapeText(website!)}" data-publisher-page>`)
          expect(entry, where).toContain(publisherPage[lang])
          expect(entry, where).not.toContain(notOnline[lang])
          publisherPages++
        }
      }
      // The Oregon and Massachusetts documents have no web address of their own.
      expect(publisherPages).toBeGreaterThanOrEqual(2)
    })
  }
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
  it('lists every source document, linked to the document or its publisher’s page, in both languages', () => {
    const docs = [...snapshot.framework.sources, ...snapshot.toolkits.flatMap((t) => t.sources)]
    for (const lang of ['en', 'es'] as const) {
      const html = page(`${prefixes[lang]}about`)
      for (const doc of docs) {
        expect(html, doc.key).toContain(escapeText(doc.title))
        const link = doc.url ?? organizations.get(doc.organization)?.website
        expect(link, doc.key).toBeTruthy()
        expect(html, doc.key).toContain(`href="${escapeText(link!)}"`)
      }
    }
  })
})
