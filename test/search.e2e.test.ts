/**
 * Search in a real Chromium against the built site: results as you type, Spanish, a query in the
 * other language on a phone, filters that narrow the results and the URL, a reload that restores
 * them, filters offered from the query's words, partial matches, typo tolerance, and no index
 * download on pages that are not the search page.
 */
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readSnapshot } from '../content/snapshot.ts'
import { launchBrowser } from './helpers/browser.ts'

const baseUrl = inject('siteBaseUrl')
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const snapshot = await readSnapshot()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const phone = { width: 390, height: 844 }

async function openSearch(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage(viewport ? { viewport } : {})
  await page.goto(`${baseUrl}${path}`)
  await page.waitForSelector('search-app[data-ready]')
  return page
}

const resultTitles = (page: Page) => page.locator('.search-results h3').allTextContents()
const countText = (page: Page) => page.locator('.search-app [role="status"]').textContent()

describe('search', () => {
  it('shows doula trainings as you type "doula"', async () => {
    const page = await openSearch('/search/')
    await page.locator('#search-q').pressSequentially('doula', { delay: 30 })
    await expect.poll(async () => (await resultTitles(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
    const doulaTrainings = snapshot['training-programs'].filter((p) => p.workerTypes.includes('doula'))
    const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    for (const p of doulaTrainings) expect(hrefs).toContain(`/trainings/${p.slug}/`)
    expect(new URL(page.url()).searchParams.get('q')).toBe('doula')
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('searches in Spanish on /es/search/', async () => {
    const page = await openSearch('/es/search/')
    await page.fill('#search-q', 'capacitación promotores')
    await expect.poll(async () => (await resultTitles(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.getAttribute('html', 'lang')).toBe('es')
    expect(await countText(page)).toMatch(/resultado/)
    await page.close()
  })

  it("finds items with a query in the other language, shown in the page's language, on a 390×844 phone", async () => {
    const doulaTraining = snapshot['training-programs'].find((p) => p.title.en === 'Community Doula Training')
    expect(doulaTraining?.title.es).toMatch(/^Capacitación/)
    for (const { path, q, title, href } of [
      { path: '/search/', q: 'capacitación doula', title: doulaTraining?.title.en, href: `/trainings/${doulaTraining?.slug}/` },
      { path: '/es/search/', q: 'doula training', title: doulaTraining?.title.es, href: `/es/trainings/${doulaTraining?.slug}/` },
    ]) {
      const page = await openSearch(path, phone)
      await page.locator('#search-q').pressSequentially(q, { delay: 20 })
      await expect.poll(async () => (await resultTitles(page))[0], { timeout: 15_000 }).toBe(title)
      expect(await page.locator('.search-results a').first().getAttribute('href')).toBe(href)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
      await page.close()
    }
  })

  it('offers the filter a query names, and applying it moves the words from the query to the filter', async () => {
    const page = await openSearch('/es/search/?q=promotora%20sin%20t%C3%ADtulo', phone)
    const chip = page.locator('.search-offers button', { hasText: 'Aplicar filtro: No se requiere título universitario' })
    await chip.waitFor({ timeout: 15_000 })
    await chip.click()
    await expect.poll(() => new URL(page.url()).searchParams.get('noDegree'), { timeout: 15_000 }).toBe('yes')
    expect(new URL(page.url()).searchParams.get('q')).toBe('promotora')
    expect(await page.locator('#search-q').inputValue()).toBe('promotora')
    expect(await page.locator('#facet-noDegree').isChecked()).toBe(true)
    expect(await page.locator('.search-offers button').count()).toBe(0)
    const degreeFree = snapshot['job-postings'].filter((j) => !j.requirements.degreeRequired).map((j) => `/es/jobs/${j.slug}/`)
    await expect.poll(async () => (await resultTitles(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
    const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    for (const href of hrefs) expect(degreeFree).toContain(href)
    await page.close()
  })

  it('shows the best partial matches, and says so, when no result has every word', async () => {
    const page = await openSearch('/search/?q=remote%20doula%20xyzzy', phone)
    await expect.poll(async () => (await resultTitles(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.locator('[data-search-partial]').isVisible()).toBe(true)
    expect(await page.locator('[data-search-partial]').textContent()).toMatch(/No result has every word/)
    expect(await page.locator('[data-search-none]').isVisible()).toBe(false)
    expect(await page.locator('.search-offers button').allTextContents()).toEqual(['Apply filter: Format or work mode: Remote'])
    await page.addScriptTag({ path: axeSource })
    const found = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(found).toEqual([])
    await page.close()
  })

  it('narrows by region, keeps it in the URL, and restores it on reload and Back', async () => {
    const page = await openSearch('/search/?q=community')
    await expect.poll(async () => (await resultTitles(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
    const before = await countText(page)
    await page.selectOption('#facet-region', 'sonoma-county')
    await expect.poll(() => countText(page), { timeout: 15_000 }).not.toBe(before)
    const narrowed = await countText(page)
    expect(new URL(page.url()).searchParams.get('region')).toBe('sonoma-county')
    await page.reload()
    await page.waitForSelector('search-app[data-ready]')
    await expect.poll(() => countText(page), { timeout: 15_000 }).toBe(narrowed)
    expect(await page.locator('#facet-region').inputValue()).toBe('sonoma-county')
    expect(await page.locator('#search-q').inputValue()).toBe('community')
    await page.goBack()
    await expect.poll(() => countText(page), { timeout: 15_000 }).toBe(before)
    await page.close()
  })

  it('still finds the item with a typo', async () => {
    const page = await openSearch('/search/?q=comunity')
    await expect.poll(async () => (await resultTitles(page)).join(' '), { timeout: 15_000 }).toMatch(/Community/)
    await page.close()
  })

  it('fits a narrow phone and 200% zoom without sideways scrolling, results reachable by keyboard', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 640, height: 400 },
    ]) {
      const page = await browser.newPage({ viewport })
      await page.goto(`${baseUrl}/search/?q=doula`)
      await page.waitForSelector('search-app[data-ready]')
      await expect.poll(async () => (await resultTitles(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${viewport.width}px`).toBeLessThanOrEqual(0)
      // From the search box, Tab reaches a result link.
      await page.focus('#search-q')
      let onResult = false
      for (let i = 0; i < 20 && !onResult; i++) {
        await page.keyboard.press('Tab')
        onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('.search-results')))
      }
      expect(onResult).toBe(true)
      await page.close()
    }
  })

  it('has no axe violations (WCAG 2.2 AA) with results and facets shown, in both languages', async () => {
    for (const path of ['/search/?q=doula', '/es/search/?q=salud&type=training']) {
      const page = await openSearch(path)
      await expect.poll(async () => (await resultTitles(page)).length, { timeout: 15_000 }).toBeGreaterThan(0)
      await page.addScriptTag({ path: axeSource })
      const found = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      expect(found, path).toEqual([])
      await page.close()
    }
  })

  it('downloads no index on other pages, even when the header search box is focused', async () => {
    const page = await browser.newPage()
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    await page.goto(`${baseUrl}/jobs/`)
    await page.focus('#site-search')
    await page.waitForTimeout(500)
    expect(requested.filter((url) => url.includes('/search-index/'))).toEqual([])
    await page.close()
  })
})
