/**
 * Near me and "Follow this search" on the search page, on a 390×844 phone in a real Chromium, in
 * English and Spanish, with nothing stood in for: a site built with pages of 10 (so the listings
 * are paginated) to post to a real CMS (seeded SQLite, `next start`), emails read from the CMS's
 * mail folder. Near me on /search/ keeps the jobs and trainings within the radius, nearest first
 * with their distance, remote and online ones apart; a paginated listing's filter form hands its
 * place and distance to search; the follow links carry the query and filters and the CMS's feed
 * answers them; the alert sign-up under the results sends a confirmation of that search.
 * Expected listings are worked out here from the snapshot, the offline ZIP data and the listing
 * search's own matching (content/listingSearch.ts).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jobMatches } from '../content/listingSearch.ts'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { rootDir, run } from '../scripts/lib/processes.ts'
import { milesBetween, type Point } from '../site/lib/geo/distance.ts'
import { jobPlace, type ListingPlace, trainingPlace } from '../site/lib/geo/listing-places.ts'
import { zipPoint } from '../site/lib/geo/places.ts'
import en from '../site/i18n/en.json'
import es from '../site/i18n/es.json'
import { mailbox } from './helpers/alerts.ts'
import { launchBrowser } from './helpers/browser.ts'
import { type RealCms, seededCms } from './helpers/real-cms.ts'
import { testToday } from './helpers/site-server.ts'
import { serveStatic } from './helpers/static-server.ts'

const root = mkdtempSync(join(tmpdir(), 'chw-search-near-'))
const contentDir = join(root, 'content')
const outDir = join(root, 'dist')
const snapshot = await readSnapshot()
const openJobs = snapshot['job-postings'].filter((j) => !isJobClosed(j, testToday))
const listings = [
  ...openJobs.map((j) => ({ path: `/jobs/${j.slug}/`, place: jobPlace(j) as ListingPlace })),
  ...snapshot['training-programs'].map((p) => ({ path: `/trainings/${p.slug}/`, place: trainingPlace(p) as ListingPlace })),
]
const strings = { en, es }
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]))
let cms: RealCms
let site: Awaited<ReturnType<typeof serveStatic>>
let browser: Browser

beforeAll(async () => {
  cpSync(join(rootDir, 'content'), contentDir, { recursive: true })
  site = await serveStatic(outDir)
  cms = await seededCms({ dir: root, siteUrl: site.url })
  await run('astro', ['build', '--silent'], {
    PORTAL_TODAY: testToday,
    PORTAL_PAGE_SIZE: '10',
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: site.url,
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_OUT_DIR: outDir,
    PUBLIC_CMS_URL: cms.url,
  })
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await site?.close()
  rmSync(root, { recursive: true, force: true })
})

const phone = () => browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

/** Paths within `miles` of `origin` with whole miles, nearest first; and the remote ones. */
function expected(origin: Point, miles: number, only?: 'jobs' | 'trainings') {
  const pool = listings.filter((l) => !only || l.path.startsWith(`/${only}/`))
  const nearby = pool
    .flatMap((l) => ('point' in l.place ? [{ path: l.path, miles: milesBetween(origin, l.place.point) }] : []))
    .filter((l) => l.miles <= miles)
    .sort((a, b) => a.miles - b.miles)
  return { nearby, remote: pool.filter((l) => 'remote' in l.place).map((l) => l.path) }
}

const paths = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.replace(/^\/es\//, '/')))

const mailTo = (to: string): string[] => mailbox(cms.mailDir).to(to)

describe.each(['en', 'es'] as const)('search on a 390×844 phone (%s)', (locale) => {
  const prefix = locale === 'es' ? '/es' : ''
  const t = strings[locale]
  const eugene = zipPoint('97401')!

  it('near me: a ZIP keeps what is within 25 miles, nearest first with distances; remote and online apart', async () => {
    const page = await phone()
    await page.goto(`${site.url}${prefix}/search/`)
    await page.locator('.filter-panel > summary').click()
    await page.locator('#search-q:not([disabled])').waitFor()
    const want = expected(eugene, 25)
    expect(want.nearby.length).toBeGreaterThan(0)
    expect(want.remote.length).toBeGreaterThan(0)
    await page.fill('#f-near', '97401')
    await page.getByRole('button', { name: t['near.find'] }).click()
    const count = fill(want.nearby.length === 1 ? t['near.countOne'] : t['near.countOther'], { n: want.nearby.length, miles: 25, place: '97401' })
    await expect.poll(() => page.locator('.result-count').textContent(), { timeout: 20_000 }).toBe(count)
    // Nearest first (ties may come in either order): the same items, and the distances in order.
    expect((await paths(page, '.search-results > li h3 a')).sort()).toEqual(want.nearby.map((l) => l.path).sort())
    const distances = await page.locator('.search-results > li .distance').allTextContents()
    expect(distances).toEqual(want.nearby.map(({ miles }) => (miles < 0.5 ? t['near.distanceUnderOne'] : fill(t['near.distance'], { n: Math.round(miles) }))))
    const remote = page.locator('section.near-remote')
    expect(await remote.isVisible()).toBe(true)
    expect(await page.locator('#search-results-remote').textContent()).toBe(t['near.remote'])
    expect((await paths(page, 'section.near-remote li h3 a')).sort()).toEqual([...want.remote].sort())
    expect(await remote.locator('.distance').count()).toBe(0)
    expect(new URL(page.url()).searchParams.get('near')).toBe('97401')

    // A wider radius through the URL (a shared link), only jobs: more of them, still by distance.
    const wider = expected(eugene, 100, 'jobs')
    await page.goto(`${site.url}${prefix}/search/?type=job&near=97401&within=100`)
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 20_000 }).toBe(wider.nearby.length)
    expect((await paths(page, '.search-results > li h3 a')).sort()).toEqual(wider.nearby.map((l) => l.path).sort())
    expect(await page.locator('#f-within').inputValue()).toBe('100')
    if (locale === 'en') {
      await page.addScriptTag({ path: axeSource })
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        return result.violations.map((v: { id: string }) => v.id)
      })
      expect(violations).toEqual([])
    }
    await page.close()
  })

  it('a paginated listing hands its place and distance to search', async () => {
    const page = await phone()
    await page.goto(`${site.url}${prefix}/jobs/`)
    expect(await page.locator('a[rel="next"]').count()).toBe(1)
    await page.locator('.filter-panel > summary').click()
    await page.locator('#f-near:not([disabled])').waitFor()
    await page.fill('#f-near', '97401')
    await page.selectOption('#f-within', '50')
    await page.getByRole('button', { name: t['near.find'] }).click()
    await page.waitForURL(`${site.url}${prefix}/search/?type=job&near=97401&within=50`)
    const want = expected(eugene, 50, 'jobs')
    const count = fill(want.nearby.length === 1 ? t['near.countOne'] : t['near.countOther'], { n: want.nearby.length, miles: 50, place: '97401' })
    await expect.poll(() => page.locator('.result-count').textContent(), { timeout: 20_000 }).toBe(count)
    expect((await paths(page, '.search-results > li h3 a')).sort()).toEqual(want.nearby.map((l) => l.path).sort())
    await page.close()
  })

  it('follow: needs jobs or trainings; then the feed links carry the words and filters, and the CMS feed answers them', async () => {
    const page = await phone()
    const q = locale === 'es' ? 'salud' : 'health'
    // The region with the most open jobs matching the words (as the CMS matches them).
    const organizations = new Map(snapshot.organizations.map((o) => [o.slug, o.name]))
    // The CMS answers with the jobs open today (the site was built with a fixed day).
    const openNow = snapshot['job-postings'].filter((j) => !isJobClosed(j, new Date().toISOString().slice(0, 10)))
    const matching = (region?: string) =>
      openNow.filter((j) => jobMatches(j, { kind: 'jobs', q, filters: region ? { region } : {} }, organizations.get(j.employer)))
    const region = Object.entries(Object.groupBy(matching(), (j) => j.location.region)).sort((a, b) => b[1]!.length - a[1]!.length)[0]![0]
    const want = matching(region).map((j) => `${site.url}${prefix}/jobs/${j.slug}/`)
    expect(want.length).toBeGreaterThan(0)

    await page.goto(`${site.url}${prefix}/search/?q=${q}`)
    const follow = page.locator('[data-search-follow]')
    await follow.waitFor({ state: 'visible', timeout: 20_000 })
    expect(await follow.getByText(t['search.follow.needsType']).isVisible()).toBe(true)
    expect(await follow.locator('[data-follow-kind]:visible').count()).toBe(0)
    await follow.getByRole('button', { name: t['search.follow.jobs'] }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('job')
    await page.locator('.filter-panel > summary').click()
    await page.selectOption('#facet-region', region)
    const lang = locale === 'es' ? '&lang=es' : ''
    const feedLink = follow.locator('[data-follow-kind="jobs"] [data-search-feed="json"]')
    await expect.poll(() => feedLink.getAttribute('href')).toBe(`${cms.url}/api/feeds/jobs.json?q=${q}&region=${region}${lang}`)
    expect(await follow.locator('[data-follow-kind="jobs"] [data-search-feed="xml"]').getAttribute('href')).toBe(
      `${cms.url}/api/feeds/jobs.xml?q=${q}&region=${region}${lang}`,
    )
    expect(await follow.getByRole('heading', { name: t['alerts.titleWords.jobs'] }).isVisible()).toBe(true)
    const feed = await fetch((await feedLink.getAttribute('href'))!)
    expect(feed.status).toBe(200)
    const items = ((await feed.json()) as { items: { url: string }[] }).items.map((i) => i.url)
    expect(items.sort()).toEqual(want.sort())

    // Near me cannot be followed yet: said, not dropped.
    await page.fill('#f-near', '97401')
    await expect.poll(() => follow.locator('[data-follow-unsupported]').textContent()).toContain(t['near.legend'])
    expect(await follow.locator('[data-follow-kind]:visible').count()).toBe(0)
    await page.fill('#f-near', '')
    await follow.locator('[data-follow-kind="jobs"]').waitFor({ state: 'visible' })

    // The email alert of this search: the confirmation names the words and the region.
    const email = `search-${locale}-${Date.now()}@example.org`
    const signup = follow.locator('[data-follow-kind="jobs"]')
    await signup.getByLabel(t['alerts.email']).fill(email)
    await signup.getByRole('button', { name: t['alerts.submit'] }).click()
    await page.waitForURL(`${cms.url}/api/alerts/sent?lang=${locale}`)
    await expect.poll(() => mailTo(email).length, { timeout: 30_000 }).toBe(1)
    const confirmation = mailTo(email)[0]!
    const regionName = snapshot.regions.find((r) => r.slug === region)!.name
    expect(confirmation).toContain(`“${q}”`)
    expect(confirmation).toContain(locale === 'es' ? (regionName.es ?? regionName.en) : regionName.en)
    await page.close()
  })
})
