/**
 * The contact, privacy and accessibility pages in the built site (dist/), in English and Spanish,
 * from the snapshot's Site pages; every page's footer links all three in its own language, and the
 * sitemap lists them. (site-a11y.e2e.test.ts runs axe over every sitemap page, these included.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sitePagePaths } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { rootDir } from '../scripts/lib/processes.ts'

const dist = join(rootDir, 'dist')
const pages = (await readSnapshot())['site-pages']
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8')
const names = Object.keys(sitePagePaths) as (keyof typeof sitePagePaths)[]

/** Every built HTML page, as a path under dist/. */
function htmlPages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return htmlPages(path)
    return name.endsWith('.html') ? [relative(dist, path)] : []
  })
}

describe('the three pages', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`exist in ${locale === 'en' ? 'English' : 'Spanish'} with the staff's title and text`, () => {
      for (const name of names) {
        const html = read(`${locale === 'es' ? 'es' : ''}${sitePagePaths[name]}`)
        expect(html).toContain(`<html lang="${locale}"`)
        const title = pages[name].title[locale] ?? pages[name].title.en
        expect(html, name).toMatch(new RegExp(`<h1>${title}</h1>`))
        const firstText = JSON.stringify((pages[name].body[locale] ?? pages[name].body.en).root.children[0]).match(/"text":"([^"]{1,40})/)![1]!
        expect(html, name).toContain(firstText)
      }
    })
  }

  it('the contact page gives the contact email as a mailto link', () => {
    for (const prefix of ['', 'es']) expect(read(`${prefix}/contact/`)).toContain(`href="mailto:${pages.contact.email}"`)
  })

  it('the privacy page says how to have personal data removed', () => {
    expect(read('privacy')).toMatch(/Having your information removed/)
    expect(read('es/privacy')).toMatch(/Cómo pedir que se elimine su información/)
  })

  it('are in the sitemap, in both languages', () => {
    const sitemap = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('')
    for (const name of names) {
      expect(sitemap).toContain(`/${name}/</loc>`)
      expect(sitemap).toContain(`/es/${name}/</loc>`)
    }
  })
})

it('every page links the contact, privacy and accessibility pages from its footer, in its own language', () => {
  const all = htmlPages()
  expect(all.length).toBeGreaterThan(20)
  const missing: string[] = []
  for (const path of all) {
    const html = readFileSync(join(dist, path), 'utf8')
    const footer = html.slice(html.indexOf('<footer'))
    const prefix = path.startsWith('es/') ? '/es' : ''
    for (const name of names) if (!footer.includes(`href="${prefix}/${name}/"`)) missing.push(`${path}: ${name}`)
  }
  expect(missing).toEqual([])
})
