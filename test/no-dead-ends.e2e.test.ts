/**
 * No dead ends, in a real Chromium against the built site: a closed job (past its closing date, or
 * filled) keeps its page, says it is closed, offers similar open jobs and is noindex and out of the
 * sitemap; the sitemap carries lastmod; the language switch keeps the query and the filters; job and
 * training pages share through Web Share, a copied link, WhatsApp or SMS.
 */
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { isJobClosed, type JobPosting } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import en from '../site/i18n/en.json'
import es from '../site/i18n/es.json'
import { launchBrowser } from './helpers/browser.ts'

const baseUrl = inject('siteBaseUrl')
const today = inject('today')
/** The SITE_URL the test build uses (test/helpers/site-server.ts): canonical and shared links start with it. */
const siteUrl = 'http://localhost:4321'
const snapshot = await readSnapshot()
const jobs = snapshot['job-postings']
const openJobs = jobs.filter((j) => !isJobClosed(j, today))
const expired = jobs.find((j) => !j.closed && isJobClosed(j, today))!
const filled = jobs.find((j) => j.closed)!
const strings = { en, es }
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let browser: Browser

/** axe's WCAG 2.2 A/AA violations on the page as it is now (closed pages are not in the sitemap the a11y sweep walks). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource })
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((v: { id: string }) => v.id)
  })
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const newestFirst = (a: JobPosting, b: JobPosting) => b.postedDate.localeCompare(a.postedDate) || a.slug.localeCompare(b.slug)

/** Open jobs for one of its worker types, in its region first, newest first; at most five. */
function expectedSimilar(job: JobPosting): string[] {
  const sharing = openJobs.filter((j) => j.slug !== job.slug && j.workerTypes.some((w) => job.workerTypes.includes(w))).sort(newestFirst)
  const here = sharing.filter((j) => j.location.region === job.location.region)
  const elsewhere = sharing.filter((j) => j.location.region !== job.location.region)
  return [...here, ...elsewhere].slice(0, 5).map((j) => j.slug)
}

async function sitemap(): Promise<Map<string, string | undefined>> {
  const xml = await (await fetch(`${baseUrl}/sitemap-0.xml`)).text()
  return new Map([...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [new URL(m[1]).pathname, m[2]]))
}

describe('a closed job', () => {
  it.each([
    ['past its closing date', 'en', expired],
    ['filled', 'es', filled],
  ] as const)('%s keeps its page (%s): closed, no way to apply, similar open jobs, noindex', async (_, locale, job) => {
    expect(job).toBeDefined()
    const t = strings[locale]
    const prefix = locale === 'es' ? '/es' : ''
    const page = await browser.newPage()
    const response = await page.goto(`${baseUrl}${prefix}/jobs/${job.slug}/`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('.notice.closed').textContent()).toContain(t['jobs.closed'])
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).not.toContain(t['jobs.closes'])
    if (job.howToApply.url) expect(await page.locator(`main a[href="${job.howToApply.url}"]`).count()).toBe(0)
    expect(await page.locator('main a.button', { hasText: t['jobs.apply'] }).count()).toBe(0)
    expect(await page.locator('.share').count()).toBe(0)
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0)

    const similar = expectedSimilar(job)
    expect(similar.length).toBeGreaterThan(0)
    expect(await page.locator('#related').textContent()).toBe(t['jobs.similarOpen'])
    const shown = await page.locator('section[aria-labelledby="related"] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(shown).toEqual(similar.map((slug) => `${prefix}/jobs/${slug}/`))
    expect(await axeViolations(page)).toEqual([])
    // The notice leads to them.
    await page.locator('.notice.closed a').click()
    expect(new URL(page.url()).hash).toBe('#related')
    await page.close()
  })

  it('is checked above on data where the region decides the order', () => {
    // The expired job has an open job of its worker type in its region that newest-first alone would not put first.
    const [first] = expectedSimilar(expired)
    const sharing = openJobs.filter((j) => j.workerTypes.some((w) => expired.workerTypes.includes(w))).sort(newestFirst)
    expect(jobs.find((j) => j.slug === first)!.location.region).toBe(expired.location.region)
    expect(sharing[0].slug).not.toBe(first)
  })

  it('leaves the sitemap, while open jobs stay with their lastmod', async () => {
    const urls = await sitemap()
    for (const job of jobs.filter((j) => isJobClosed(j, today))) {
      expect(urls.has(`/jobs/${job.slug}/`), job.slug).toBe(false)
      expect(urls.has(`/es/jobs/${job.slug}/`), job.slug).toBe(false)
    }
    for (const job of openJobs) {
      expect(urls.get(`/jobs/${job.slug}/`), job.slug).toBe(job.updatedAt)
      expect(urls.get(`/es/jobs/${job.slug}/`), job.slug).toBe(job.updatedAt)
    }
  })
})

describe('the sitemap', () => {
  it('carries lastmod for trainings, toolkits and the framework', async () => {
    const urls = await sitemap()
    for (const training of snapshot['training-programs']) expect(urls.get(`/es/trainings/${training.slug}/`), training.slug).toBe(training.updatedAt)
    for (const toolkit of snapshot.toolkits) expect(urls.get(`/toolkits/${toolkit.slug}/`), toolkit.slug).toBe(toolkit.updatedAt)
    expect(urls.get('/framework/')).toBe(snapshot.framework.updatedAt)
    // Listings have no single date and carry none rather than a made-up one.
    expect(urls.has('/jobs/')).toBe(true)
  })
})

describe('the language switch', () => {
  it('keeps the query and the filters, including ones changed on the page', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/jobs/?region=sonoma-county&no-degree=yes`)
    await page.click('a.lang-switch')
    await page.waitForURL('**/es/jobs/?**')
    expect(new URL(page.url()).search).toBe('?region=sonoma-county&no-degree=yes')
    const expected = openJobs.filter((j) => j.location.region === 'sonoma-county' && !j.requirements.degreeRequired)
    await expect.poll(() => page.locator('#job-list > li:visible').count()).toBe(expected.length)
    expect(await page.locator('.filter-panel > summary').textContent()).toBe(es['filters.toggleActive.other'].replace('{n}', '2'))

    // A filter changed here (the URL changes without a reload) goes along too.
    await page.uncheck('#f-no-degree')
    await page.selectOption('#f-work-mode', 'hybrid')
    await page.click('a.lang-switch')
    await page.waitForURL((url) => url.pathname === '/jobs/')
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ region: 'sonoma-county', 'work-mode': 'hybrid' })
    expect(await page.inputValue('#f-work-mode')).toBe('hybrid')

    await page.goto(`${baseUrl}/es/search/?q=doula&type=training`)
    await page.click('a.lang-switch')
    await page.waitForURL('**/search/?**')
    expect(new URL(page.url()).pathname).toBe('/search/')
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: 'doula', type: 'training' })
    await page.close()
  })

  it('without JavaScript still leads to the same page in the other language', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/es/trainings/?cost=free`)
    await page.click('a.lang-switch')
    expect(new URL(page.url()).pathname).toBe('/trainings/')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await context.close()
  })
})

describe('sharing', () => {
  const job = openJobs[0]
  const training = snapshot['training-programs'][0]

  it.each([
    ['en', `/jobs/${job.slug}/`, job.title.en],
    ['es', `/es/jobs/${job.slug}/`, job.title.es ?? job.title.en],
    ['es', `/es/trainings/${training.slug}/`, training.title.es ?? training.title.en],
  ] as const)('offers WhatsApp and SMS links to the page, without JavaScript (%s %s)', async (locale, path, title) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${path}`)
    const message = encodeURIComponent(`${title}\n${siteUrl}${path}`)
    expect(await page.locator('.share a', { hasText: 'WhatsApp' }).getAttribute('href')).toBe(`https://wa.me/?text=${message}`)
    expect(await page.locator('.share a', { hasText: strings[locale]['share.sms'] }).getAttribute('href')).toBe(`sms:?&body=${message}`)
    // The share button needs the script: it waits, disabled, rather than do nothing.
    expect(await page.locator('.share button').isDisabled()).toBe(true)
    // Nothing from another site runs on the page.
    expect(await page.locator('script[src^="http"]').count()).toBe(0)
    await context.close()
  })

  it('copies the link where the browser has no share sheet, and says so', async () => {
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    await context.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/es/trainings/${training.slug}/`)
    const button = page.locator('.share button')
    expect(await button.textContent()).toBe(es['share.copy'])
    await button.click()
    await expect.poll(() => page.locator('.share [role="status"]').textContent()).toBe(es['share.copied'])
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/es/trainings/${training.slug}/`)
    await context.close()
  })

  it('opens the system share sheet where there is one', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      const shared: unknown[] = []
      Object.assign(window, { shared })
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: unknown) => (shared.push(data), Promise.resolve()) })
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/jobs/${job.slug}/`)
    const button = page.locator('.share button')
    expect(await button.textContent()).toBe(en['share.button'])
    await button.click()
    expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
      { title: job.title.en, url: `${siteUrl}/jobs/${job.slug}/` },
    ])
    await context.close()
  })
})
