/**
 * Every page in the sitemap, in English and Spanish, in a real Chromium with axe-core:
 * no WCAG 2.0/2.1/2.2 A or AA violation. Pages are checked 320 CSS pixels wide (a small phone, or
 * 400% zoom), where nothing may need sideways scrolling (WCAG 1.4.10 Reflow).
 */
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, sitemapPaths } from './helpers/browser.ts'

const baseUrl = inject('siteBaseUrl')
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let browser: Browser
let page: Page
let paths: string[]

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

async function violations(path: string): Promise<string[]> {
  const response = await page.goto(`${baseUrl}${path}`)
  expect(response?.status(), path).toBe(200)
  await page.addScriptTag({ path: axeSource })
  const found = (await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations
  })) as Violation[]
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  const reflow = overflow > 0 ? [`${path}: needs ${overflow}px of sideways scrolling at 320px`] : []
  return [
    ...reflow,
    ...found.map(
      (v) =>
        `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ]
}

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 320, height: 800 } })
  paths = await sitemapPaths(baseUrl)
})

afterAll(async () => {
  await browser?.close()
})

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('covers both languages in the sitemap', () => {
    expect(paths).toContain('/')
    expect(paths).toContain('/es/')
    expect(paths.filter((p) => p.startsWith('/es/')).length).toBe(paths.filter((p) => !p.startsWith('/es/')).length)
  })

  for (const locale of ['en', 'es'] as const) {
    it(`has no violations on any ${locale} page`, async () => {
      const mine = paths.filter((p) => (locale === 'es' ? p.startsWith('/es/') : !p.startsWith('/es/')))
      const problems: string[] = []
      for (const path of mine) problems.push(...(await violations(path)))
      expect(problems).toEqual([])
      // Every page of one language, each loaded and checked: minutes on a busy 2-core machine.
    }, 900_000)
  }

  it('has no violations on the 404 page', async () => {
    await page.goto(`${baseUrl}/no-such-page/`)
    await page.addScriptTag({ path: axeSource })
    const found = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      return (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations.map(
        (v: { id: string }) => v.id,
      )
    })
    expect(found).toEqual([])
  })
})
