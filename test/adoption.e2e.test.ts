/**
 * The framework being adopted, in a real Chromium at 390×844 against the built site, in English and
 * Spanish: the signatory directory filters by region, sector and area without JavaScript (the
 * pre-rendered pages) and by name with it; the map's table gives the same numbers as the map; the
 * adoption page shows the exported numbers and is linked and in the sitemap; axe finds nothing on
 * the new pages at 320 px and none scrolls sideways (the sitemap-wide sweep covers them too).
 */
import { createRequire } from 'node:module'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readSnapshot } from '../content/snapshot.ts'
import { countsByState, searchText } from '../site/lib/signatories.ts'
import { launchBrowser, sitemapPaths } from './helpers/browser.ts'
import en from '../site/i18n/en.json'
import es from '../site/i18n/es.json'

const baseUrl = inject('siteBaseUrl')
const snapshot = await readSnapshot()
const { signatories } = snapshot
const phone = { viewport: { width: 390, height: 844 } }
const strings = { en, es }
const prefixes = [
  ['en', ''],
  ['es', '/es'],
] as const
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const names = (list: { organizationName: string }[]) => list.map((s) => s.organizationName).sort()

async function withContext<T>(options: { javaScriptEnabled: boolean }, run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ ...phone, ...options })
  try {
    return await run(context)
  } finally {
    await context.close()
  }
}

it('the demo content has enough signatories to show', () => {
  expect(signatories.length).toBeGreaterThanOrEqual(5)
  expect(snapshot.adoption.signatories).toBeGreaterThanOrEqual(5)
})

describe.each(prefixes)('directory (%s)', (locale, prefix) => {
  const region = signatories[0]!.region
  const sector = signatories[0]!.kind
  const area = 'hiring'

  it('filters by region, sector and area through links, without JavaScript', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage()
      await page.goto(`${baseUrl}${prefix}/pledge/signatories/`)
      expect(await page.locator('#f-q').isDisabled()).toBe(true)
      expect(await page.locator('#signatory-list > li').count()).toBe(signatories.length)
      for (const [facet, value, expected] of [
        ['region', region, signatories.filter((s) => s.region === region)],
        ['sector', sector, signatories.filter((s) => s.kind === sector)],
        ['area', area, signatories.filter((s) => s.commitments.some((c) => c.area === area))],
      ] as const) {
        await page.goto(`${baseUrl}${prefix}/pledge/signatories/`)
        const link = page.locator(`.facet-links a[href="${prefix}/pledge/signatories/${facet}/${value}/"]`)
        await link.locator('xpath=ancestor::details/summary').click()
        await link.click()
        expect(new URL(page.url()).pathname).toBe(`${prefix}/pledge/signatories/${facet}/${value}/`)
        expect(await page.locator('#signatory-list > li h2').allTextContents()).toEqual(expect.arrayContaining(names(expected)))
        expect(await page.locator('#signatory-list > li').count()).toBe(expected.length)
        expect(await page.locator(`.facet-links a[aria-current="page"]`).getAttribute('href')).toBe(`${prefix}/pledge/signatories/${facet}/${value}/`)
      }
    })
  })

  it('searches by name and filters in place with JavaScript, keeping the choice in the URL', async () => {
    await withContext({ javaScriptEnabled: true }, async (context) => {
      const page = await context.newPage()
      await page.goto(`${baseUrl}${prefix}/pledge/signatories/`)
      // Results first on a phone: the filters fold into one button, and the first signatory is on the first screen.
      expect(await page.locator('#f-q').isVisible()).toBe(false)
      const firstTop = await page
        .locator('#signatory-list > li')
        .first()
        .evaluate((li) => li.getBoundingClientRect().top)
      expect(firstTop).toBeLessThan(600)
      const toggle = page.locator('.filter-panel > summary')
      await toggle.click()
      await expect.poll(() => page.locator('#f-q').isEnabled(), { timeout: 15_000 }).toBe(true)
      const visible = page.locator('#signatory-list > li:visible h2')
      const word = 'health'
      await page.fill('#f-q', word)
      const byName = signatories.filter((s) => searchText(s.organizationName).includes(word))
      expect(byName.length).toBeGreaterThan(0)
      expect(byName.length).toBeLessThan(signatories.length)
      await expect.poll(async () => (await visible.allTextContents()).sort(), { timeout: 15_000 }).toEqual(names(byName))
      await page.selectOption('#f-sector', byName[0]!.kind)
      const both = byName.filter((s) => s.kind === byName[0]!.kind)
      await expect.poll(async () => (await visible.allTextContents()).sort(), { timeout: 15_000 }).toEqual(names(both))
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: word, sector: byName[0]!.kind })
      await page.reload()
      await expect.poll(async () => (await visible.allTextContents()).sort(), { timeout: 15_000 }).toEqual(names(both))
      // Folded again after the reload, the button says two filters are set.
      await expect.poll(() => toggle.textContent(), { timeout: 15_000 }).toBe(strings[locale]['filters.toggleActive.other'].replace('{n}', '2'))
      await toggle.click()
      await page.fill('#f-q', 'zzzz-no-such-name')
      await expect.poll(() => page.locator('[data-signatory-empty]').isVisible(), { timeout: 15_000 }).toBe(true)
    })
  })

  it('has a map whose table gives the same numbers as its state titles and the snapshot', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage()
      await page.goto(`${baseUrl}${prefix}/pledge/signatories/`)
      const map = page.locator('svg.us-map')
      expect(await map.getAttribute('role')).toBe('img')
      expect((await map.getAttribute('aria-label'))!.length).toBeGreaterThan(10)
      expect(await map.locator('path').count()).toBe(51)
      const table = await page
        .locator('.signatory-map tbody tr')
        .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-state')!, Number(r.querySelector('td')!.textContent)] as const))
      const fromMap = await map
        .locator('path')
        .evaluateAll((paths) =>
          paths.map((p) => [p.getAttribute('data-state')!, Number(p.getAttribute('data-count')), p.querySelector('title')!.textContent!] as const),
        )
      const { byState } = countsByState(signatories, new Map(snapshot.regions.map((r) => [r.slug, r])))
      expect(Object.fromEntries(table)).toEqual(Object.fromEntries(byState))
      for (const [state, count, title] of fromMap) {
        expect(count).toBe(byState.get(state) ?? 0)
        expect(title.endsWith(`: ${count}`)).toBe(true)
      }
    })
  })
})

describe.each(prefixes)('adoption page (%s)', (_locale, prefix) => {
  it('shows the exported numbers as text beside SVG charts, and is linked from the framework and the directory', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage()
      await page.goto(`${baseUrl}${prefix}/framework/`)
      await page.locator(`a[href="${prefix}/framework/adoption/"]`).click()
      expect(new URL(page.url()).pathname).toBe(`${prefix}/framework/adoption/`)
      expect(await page.locator('.adoption-total').textContent()).toContain(String(snapshot.adoption.signatories))
      const committed = snapshot.adoption.areas.filter((a) => a.committed)
      const firstTable = await page.locator('.adoption-chart').first().locator('tbody td').allTextContents()
      expect(firstTable.map(Number)).toEqual(committed.map((a) => a.committed))
      const firstChart = page.locator('.adoption-chart').first().locator('svg.chart')
      expect(await firstChart.getAttribute('role')).toBe('img')
      expect((await firstChart.locator('text[font-weight="700"]').allTextContents()).map(Number)).toEqual(committed.map((a) => a.committed))
      // No number under 5 anywhere on the page's tables.
      const all = (await page.locator('.adoption-chart tbody td').allTextContents()).map(Number)
      expect(all.length).toBeGreaterThan(committed.length)
      expect(Math.min(...all)).toBeGreaterThanOrEqual(5)
      await page.goto(`${baseUrl}${prefix}/pledge/signatories/`)
      expect(await page.locator(`a[href="${prefix}/framework/adoption/"]`).count()).toBe(1)
    })
  })

  it('is in the sitemap, with the filter pages', async () => {
    const paths = await sitemapPaths(baseUrl)
    expect(paths).toContain(`${prefix}/framework/adoption/`)
    expect(paths).toContain(`${prefix}/pledge/signatories/region/${signatories[0]!.region}/`)
  })
})

it('the new pages pass axe (WCAG 2.2 AA) and fit 320 px, in both languages', async () => {
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
  const s = signatories[0]!
  const pages = [
    '/framework/adoption/',
    '/pledge/signatories/',
    `/pledge/signatories/region/${s.region}/`,
    `/pledge/signatories/sector/${s.kind}/`,
    '/pledge/signatories/area/hiring/',
    `/pledge/signatories/${s.slug}/`,
  ]
  const problems = await withContext({ javaScriptEnabled: true }, async (context) => {
    const page = await context.newPage()
    await page.setViewportSize({ width: 320, height: 800 })
    const found: string[] = []
    for (const [, prefix] of prefixes) {
      for (const path of pages) {
        await page.goto(`${baseUrl}${prefix}${path}`)
        await page.addScriptTag({ path: axeSource })
        const violations = (await page.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
          return result.violations.map(
            (v: { id: string; nodes: { target: string[] }[] }) =>
              `${v.id} ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          )
        })) as string[]
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        found.push(...violations.map((v) => `${prefix}${path}: ${v}`), ...(overflow > 0 ? [`${prefix}${path}: ${overflow}px sideways`] : []))
      }
    }
    return found
  })
  expect(problems).toEqual([])
})
