/**
 * Near me on a 390×844 phone, in a real Chromium against the built site, in English and Spanish:
 * a ZIP and 25 miles keep only the listings within 25 miles, nearest first with their distance,
 * remote and online ones in their own section; an unknown ZIP says so; the choice is in the URL.
 * Expected listings are worked out here from the snapshot and the offline ZIP data.
 */
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { milesBetween, type Point } from '../site/lib/geo/distance.ts'
import { jobPlace, trainingPlace, type ListingPlace } from '../site/lib/geo/listing-places.ts'
import { cityPoint, zipPoint } from '../site/lib/geo/places.ts'
import en from '../site/i18n/en.json'
import es from '../site/i18n/es.json'
import { launchBrowser } from './helpers/browser.ts'

const baseUrl = inject('siteBaseUrl')
const today = inject('today')
const snapshot = await readSnapshot()
const openJobs = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
const trainings = snapshot['training-programs']
const strings = { en, es }
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let browser: Browser
let phone: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
})
afterAll(async () => {
  await browser?.close()
})

/** Slugs within `miles` of `origin`, nearest first, and the remote ones; ties and remote ones in the page's order. */
function expected<T extends { slug: string }>(items: T[], pageOrder: string[], place: (item: T) => ListingPlace, origin: Point, miles: number) {
  items = [...items].sort((a, b) => pageOrder.indexOf(a.slug) - pageOrder.indexOf(b.slug))
  const nearby = items
    .map((item, index) => ({ item, index, place: place(item) }))
    .filter((x): x is typeof x & { place: { point: Point } } => 'point' in x.place)
    .map((x) => ({ ...x, miles: milesBetween(origin, x.place.point) }))
    .filter((x) => x.miles <= miles)
    .sort((a, b) => a.miles - b.miles || a.index - b.index)
  return {
    nearby: nearby.map((x) => x.item.slug),
    miles: nearby.map((x) => Math.round(x.miles)),
    remote: items.filter((i) => 'remote' in place(i)).map((i) => i.slug),
  }
}

const visibleSlugs = (page: Page, selector: string) =>
  page.locator(`${selector} > li:visible h2 a`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/').at(-2)!))

const summaryText = (page: Page) => page.locator('.filter-panel > summary').textContent()

async function openFilters(page: Page) {
  await page.locator('.filter-panel > summary').click()
  await page.locator('#f-near:not([disabled])').waitFor()
}

describe.each(['en', 'es'] as const)('near me on a 390×844 phone (%s)', (locale) => {
  const prefix = locale === 'es' ? '/es' : ''
  const t = strings[locale]
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]))

  it('a ZIP and 25 miles: only jobs within 25 miles, nearest first with distances; remote jobs apart', async () => {
    const page = await phone.newPage()
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    await page.goto(`${baseUrl}${prefix}/jobs/`)
    await openFilters(page)
    // Nothing about places is fetched before the CHW asks.
    expect(fetched.filter((p) => p.startsWith('/places/'))).toEqual([])
    const order = await visibleSlugs(page, '#job-list')
    const want = expected(openJobs, order, jobPlace, zipPoint('97401')!, 25)
    expect(want.nearby.length).toBeGreaterThan(0)
    expect(want.nearby.length).toBeLessThan(openJobs.length - want.remote.length)
    // 25 miles unless the CHW picks another distance.
    expect(await page.locator('#f-within option:checked').textContent()).toBe(fill(t['near.miles'], { n: 25 }))
    await page.fill('#f-near', '97401')
    await page.selectOption('#f-within', { label: fill(t['near.miles'], { n: 25 }) })
    await page.getByRole('button', { name: t['near.find'] }).click()
    const count = fill(want.nearby.length === 1 ? t['near.countOne'] : t['near.countOther'], { n: want.nearby.length, miles: 25, place: '97401' })
    await expect.poll(() => page.locator('.result-count').textContent()).toBe(count)
    expect(await visibleSlugs(page, '#job-list')).toEqual(want.nearby)
    const distances = await page.locator('#job-list > li:visible .distance').allTextContents()
    expect(distances).toEqual(want.miles.map((n) => (n < 1 ? t['near.distanceUnderOne'] : fill(t['near.distance'], { n }))))
    // Remote jobs: in their own section, never with a distance, never in the list with distances.
    const remote = page.locator('section.near-remote')
    expect(await remote.isVisible()).toBe(true)
    expect(await page.locator('#job-list-remote').textContent()).toBe(t['near.remote'])
    expect(await visibleSlugs(page, 'section.near-remote ul')).toEqual(want.remote)
    expect(await remote.locator('.distance').count()).toBe(0)
    expect(fetched.filter((p) => p.startsWith('/places/'))).toEqual(['/places/zip/974.json'])
    expect(new URL(page.url()).searchParams.get('near')).toBe('97401')

    // Wider: 100 miles takes in more; the order is still by distance.
    const wider = expected(openJobs, order, jobPlace, zipPoint('97401')!, 100)
    expect(wider.nearby.length).toBeGreaterThan(want.nearby.length)
    await page.selectOption('#f-within', { label: fill(t['near.miles'], { n: 100 }) })
    await expect.poll(() => visibleSlugs(page, '#job-list')).toEqual(wider.nearby)

    // The other filters still apply, and the accessibility checks pass with near me in use.
    await page.addScriptTag({ path: axeSource })
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      return result.violations.map((v: { id: string }) => v.id)
    })
    expect(violations).toEqual([])

    // A shared link brings the same choice back; clearing puts every job back in its place.
    await page.goto(`${baseUrl}${prefix}/jobs/?near=97401&within=100`)
    await expect.poll(() => visibleSlugs(page, '#job-list')).toEqual(wider.nearby)
    await page.goto(`${baseUrl}${prefix}/jobs/?near=97401`)
    await expect.poll(() => visibleSlugs(page, '#job-list')).toEqual(want.nearby)
    expect(await summaryText(page)).toBe(t['filters.toggleActive.one'])
    await openFilters(page)
    await page.getByRole('button', { name: t['filters.clear'] }).click()
    await expect.poll(() => page.locator('#job-list > li:visible').count()).toBe(openJobs.length)
    expect(await remote.isVisible()).toBe(false)
    expect(await page.locator('.distance').count()).toBe(0)
    await page.close()
  })

  it('an unknown ZIP says so, and nothing is filtered by it', async () => {
    const page = await phone.newPage()
    await page.goto(`${baseUrl}${prefix}/jobs/`)
    await openFilters(page)
    await page.fill('#f-near', '00000')
    const message = page.locator('#f-near-message')
    await expect.poll(() => message.textContent()).toBe(fill(t['near.unknownZip'], { zip: '00000' }))
    expect(await message.isVisible()).toBe(true)
    expect(await page.locator('#f-near').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#job-list > li:visible').count()).toBe(openJobs.length)
    // Words that are neither a ZIP nor "City, ST" get a hint of what to type.
    await page.fill('#f-near', 'Eugene')
    await page.press('#f-near', 'Enter')
    await expect.poll(() => message.textContent()).toBe(t['near.unreadable'])
    await page.close()
  })

  it('uses the device location only when asked', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      geolocation: { latitude: 44.05, longitude: -123.09 },
      permissions: ['geolocation'],
    })
    const page = await context.newPage()
    await page.addInitScript(() => {
      const real = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation)
      ;(window as unknown as { located: number }).located = 0
      navigator.geolocation.getCurrentPosition = (...args) => {
        ;(window as unknown as { located: number }).located++
        real(...args)
      }
    })
    await page.goto(`${baseUrl}${prefix}/jobs/`)
    await openFilters(page)
    expect(await page.evaluate(() => (window as unknown as { located: number }).located)).toBe(0)
    const want = expected(openJobs, await visibleSlugs(page, '#job-list'), jobPlace, { lat: 44.05, lon: -123.09 }, 25)
    await page.getByRole('button', { name: t['near.useLocation'] }).click()
    await expect.poll(() => visibleSlugs(page, '#job-list')).toEqual(want.nearby)
    expect(await page.locator('.result-count').textContent()).toContain(t['near.myLocation'])
    // The device's coordinates stay out of the URL.
    expect(new URL(page.url()).search).toBe('')
    await context.close()
  })

  it('a city and state on trainings: in-person and hybrid ones by distance, online ones apart', async () => {
    const page = await phone.newPage()
    await page.goto(`${baseUrl}${prefix}/trainings/`)
    await openFilters(page)
    const want = expected(trainings, await visibleSlugs(page, '#training-list'), trainingPlace, cityPoint('Fairfield', 'CA')!, 50)
    expect(want.nearby.length).toBeGreaterThan(0)
    await page.fill('#f-near', 'Fairfield, CA')
    await page.selectOption('#f-within', { label: fill(t['near.miles'], { n: 50 }) })
    await page.press('#f-near', 'Enter')
    await expect.poll(() => visibleSlugs(page, '#training-list')).toEqual(want.nearby)
    expect(await visibleSlugs(page, 'section.near-remote ul')).toEqual(want.remote)
    expect(want.remote.length).toBeGreaterThan(0)
    await page.close()
  })
})
