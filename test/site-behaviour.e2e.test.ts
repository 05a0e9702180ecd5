/**
 * What a visitor does, in a real Chromium against the built site: filter listings with and
 * without JavaScript, switch language and stay on the same page, and walk from the home page to a
 * job's apply link with the keyboard alone.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { launchBrowser } from './helpers/browser.ts'

const baseUrl = inject('siteBaseUrl')
const today = inject('today')
const snapshot = await readSnapshot()
const openJobs = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('job filters', () => {
  const region = 'sonoma-county'
  const inRegion = openJobs.filter((j) => j.location.region === region)

  it('narrow the list in place with JavaScript, and keep the choice in the URL', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/jobs/`)
    const cards = page.locator('#job-list > li:visible')
    expect(await cards.count()).toBe(openJobs.length)
    await page.selectOption('#f-region', region)
    expect(await cards.count()).toBe(inRegion.length)
    expect(new URL(page.url()).searchParams.get('region')).toBe(region)
    await expect.poll(() => page.locator('[data-filter-count]').textContent(), { timeout: 15_000 }).toBe(`${inRegion.length} results`)
    await page.check('#f-no-degree')
    const noDegree = inRegion.filter((j) => !j.requirements.degreeRequired)
    expect(await cards.count()).toBe(noDegree.length)
    // The URL restores the same filters.
    await page.goto(page.url())
    expect(await page.locator('#f-region').inputValue()).toBe(region)
    expect(await cards.count()).toBe(noDegree.length)
    await page.close()
  })

  it('work without JavaScript through the pre-rendered region pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/jobs/`)
    // The form is there from the start (nothing shifts) but disabled: the region pages do the work.
    expect(await page.locator('#f-region').isDisabled()).toBe(true)
    await page.locator('summary', { hasText: 'By region' }).click()
    await page.locator('.facet-links a', { hasText: 'Sonoma County' }).first().click()
    expect(new URL(page.url()).pathname).toBe(`/jobs/region/${region}/`)
    const titles = await page.locator('#job-list > li h2').allTextContents()
    expect(titles.sort()).toEqual(inRegion.map((j) => j.title.en).sort())
    await context.close()
  })

  it('never list a closed job', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/jobs/`)
    const html = await page.content()
    for (const job of snapshot['job-postings'].filter((j) => isJobClosed(j, today))) {
      expect(html).not.toContain(`/jobs/${job.slug}/`)
    }
    await page.close()
  })
})

describe('language switcher', () => {
  it('keeps you on the same page in the other language', async () => {
    const page = await browser.newPage()
    const job = openJobs[0]
    await page.goto(`${baseUrl}/jobs/${job.slug}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.click('a.lang-switch')
    expect(new URL(page.url()).pathname).toBe(`/es/jobs/${job.slug}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('es')
    expect(await page.locator('h1').textContent()).toBe(job.title.es ?? job.title.en)
    await page.click('a.lang-switch')
    expect(new URL(page.url()).pathname).toBe(`/jobs/${job.slug}/`)
    await page.close()
  })
})

describe('keyboard only', () => {
  it('goes from the home page to a job and reaches its apply link', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/`)
    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link')
    await page.keyboard.press('Enter')
    // The home page lists the newest jobs first (by posted date).
    const newest = [...openJobs].sort((a, b) => b.postedDate.localeCompare(a.postedDate) || a.slug.localeCompare(b.slug))[0]
    // Tab until the newest job's link has focus, then follow it.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))
      if (href === `/jobs/${newest.slug}/`) break
    }
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/jobs/${newest.slug}/`)
    const applyHref = newest.howToApply.url ?? `mailto:${newest.howToApply.email}`
    let reached = false
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = (await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))) === applyHref
    }
    expect(reached).toBe(true)
    // Focus is visible where it lands.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)
    expect(outline).not.toBe('none')
    await page.close()
  })
})
