/**
 * Results first on a 390×844 phone, in a real Chromium against the built site, in both languages:
 * the first result of /jobs/, /trainings/ and /search/ starts within 600 px; the header is one row
 * (a menu for the sections, search and the language switch in reach); the filters sit behind
 * "Filters (n active)", which counts filters from the URL and from the controls, and opens without
 * JavaScript too; on a wide screen the filters and the sections are simply shown.
 */
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import en from '../site/i18n/en.json'
import es from '../site/i18n/es.json'
import { launchBrowser } from './helpers/browser.ts'

const baseUrl = inject('siteBaseUrl')
const today = inject('today')
const snapshot = await readSnapshot()
const openJobs = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const strings = { en, es }
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let browser: Browser
let withScript: BrowserContext
let withoutScript: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  withScript = await browser.newContext(phone)
  withoutScript = await browser.newContext({ ...phone, javaScriptEnabled: false })
})
afterAll(async () => {
  await browser?.close()
})

const firstResultTop = (page: Page) =>
  page.evaluate(() => document.querySelector('#job-list > li, #training-list > li, .search-results > li')?.getBoundingClientRect().top ?? Number.NaN)
const summaryText = (page: Page) => page.locator('.filter-panel > summary').textContent()

describe.each(['en', 'es'] as const)('on a 390×844 phone (%s)', (locale) => {
  const prefix = locale === 'es' ? '/es' : ''
  const t = strings[locale]

  it.each(['/jobs/', '/trainings/', '/search/?q=doula'])('the first result of %s starts within 600 px', async (path) => {
    const page = await withScript.newPage()
    await page.goto(`${baseUrl}${prefix}${path}`)
    if (path.startsWith('/search/')) await page.waitForSelector('.search-results > li', { timeout: 20_000 })
    const top = await firstResultTop(page)
    expect(top).toBeGreaterThan(0)
    expect(top).toBeLessThanOrEqual(600)
    // The filters are folded, not gone.
    expect(await page.locator('.filter-panel').getAttribute('open')).toBeNull()
    expect(await page.locator('.filter-panel > summary').isVisible()).toBe(true)
    await page.close()
  })

  it('has a one-row header: brand, menu, search and language switch side by side', async () => {
    const page = await withScript.newPage()
    await page.goto(`${baseUrl}${prefix}/jobs/`)
    const header = (await page.locator('.site-header').boundingBox())!
    const items = ['.brand', '.site-menu > summary', `.site-header a[href="${prefix}/search/"]`, '.lang-switch']
    const boxes = await Promise.all(items.map(async (selector) => (await page.locator(selector).boundingBox())!))
    for (const [i, box] of boxes.entries()) {
      expect(box, items[i]).not.toBeNull()
      expect(box.y + box.height, items[i]).toBeLessThanOrEqual(header.y + header.height)
      // Same row: vertical centres within a few pixels of the brand's.
      expect(Math.abs(box.y + box.height / 2 - (boxes[0].y + boxes[0].height / 2)), items[i]).toBeLessThan(6)
    }
    expect(header.height).toBeLessThan(80)
    // Search has an accessible name; the sections are behind the menu until it is opened.
    expect(await page.getByRole('link', { name: t['search.button'], exact: true }).isVisible()).toBe(true)
    const sectionLink = page.locator('.site-nav a', { hasText: t['nav.trainings'] })
    expect(await sectionLink.isVisible()).toBe(false)
    await page.getByText(t['nav.menu'], { exact: true }).click()
    expect(await sectionLink.isVisible()).toBe(true)
    expect(await page.locator('.site-menu > summary').evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true)
    // Open menu and open filters pass axe too (the sitemap sweep sees them closed).
    await page.locator('.filter-panel').evaluate((details) => ((details as HTMLDetailsElement).open = true))
    await page.addScriptTag({ path: axeSource })
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      return result.violations.map((v: { id: string }) => v.id)
    })
    expect(violations).toEqual([])
    await sectionLink.click()
    await page.waitForURL(`**${prefix}/trainings/`)
    await page.close()
  })

  it('counts active filters from the URL and as they change (with JavaScript)', async () => {
    const page = await withScript.newPage()
    const region = 'sonoma-county'
    const expected = openJobs.filter((j) => j.location.region === region && !j.requirements.degreeRequired)
    await page.goto(`${baseUrl}${prefix}/jobs/?region=${region}&no-degree=yes`)
    await expect.poll(() => summaryText(page)).toBe(t['filters.toggleActive.other'].replace('{n}', '2'))
    expect(await page.locator('#job-list > li:visible').count()).toBe(expected.length)
    await page.locator('.filter-panel > summary').click()
    await page.uncheck('#f-no-degree')
    expect(await summaryText(page)).toBe(t['filters.toggleActive.one'])
    await page.selectOption('#f-region', '')
    expect(await summaryText(page)).toBe(t['filters.toggle'])
    expect(await page.locator('#job-list > li:visible').count()).toBe(openJobs.length)
    await page.selectOption('#f-work-mode', 'remote')
    expect(await summaryText(page)).toBe(t['filters.toggleActive.one'])
    // The first result stays on the first screen with the filters closed again.
    await page.locator('.filter-panel > summary').click()
    expect(await firstResultTop(page)).toBeLessThanOrEqual(600)

    await page.goto(`${baseUrl}${prefix}/trainings/?cost=free`)
    await expect.poll(() => summaryText(page)).toBe(t['filters.toggleActive.one'])

    // Search counts its facets too, from the URL and from the controls.
    await page.goto(`${baseUrl}${prefix}/search/?q=doula&type=training`)
    await page.waitForSelector('.search-results > li', { timeout: 20_000 })
    await expect.poll(() => summaryText(page)).toBe(t['filters.toggleActive.one'])
    await page.locator('.filter-panel > summary').click()
    await page.selectOption('#facet-type', '')
    await expect.poll(() => summaryText(page)).toBe(t['filters.toggle'])
    await page.close()
  })

  it('opens the filters without JavaScript, where the region and worker-type pages filter', async () => {
    const page = await withoutScript.newPage()
    await page.goto(`${baseUrl}${prefix}/jobs/`)
    expect(await firstResultTop(page)).toBeLessThanOrEqual(600)
    const summary = page.locator('.filter-panel > summary')
    expect(await summary.textContent()).toBe(t['filters.toggle'])
    const byRegion = page.locator('.facet-links summary', { hasText: t['filters.byRegion'] })
    expect(await byRegion.isVisible()).toBe(false)
    await summary.click()
    expect(await byRegion.isVisible()).toBe(true)
    // The form says what it needs; its controls wait for the script rather than pretend to work.
    expect(await page.locator('form.filters').textContent()).toContain(t['filters.needsScript'])
    expect(await page.locator('#f-region').isDisabled()).toBe(true)
    await byRegion.click()
    const region = snapshot.regions.find((r) => r.slug === 'sonoma-county')!
    await page
      .locator('.facet-links a', { hasText: region.name[locale] ?? region.name.en })
      .first()
      .click()
    await page.waitForURL(`**${prefix}/jobs/region/sonoma-county/`)
    const inRegion = openJobs.filter((j) => j.location.region === 'sonoma-county')
    expect(await page.locator('#job-list > li').count()).toBe(inRegion.length)
    // A region page is one active filter.
    expect(await summary.textContent()).toBe(t['filters.toggleActive.one'])
    expect(await firstResultTop(page)).toBeLessThanOrEqual(600)
    await page.close()
  })
})

describe('on a wide screen', () => {
  it('shows the filters and the sections without a click, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`${baseUrl}/es/trainings/`)
      expect(await page.locator('#f-region').isVisible()).toBe(true)
      expect(await page.locator('.facet-links').isVisible()).toBe(true)
      expect(await page.locator('.filter-panel > summary').isVisible()).toBe(false)
      expect(await page.locator('.site-nav a', { hasText: es['nav.jobs'] }).isVisible()).toBe(true)
      expect(await page.locator('.site-menu > summary').isVisible()).toBe(false)
      expect(await page.locator('#site-search').isVisible()).toBe(true)
      await context.close()
    }
  })
})
