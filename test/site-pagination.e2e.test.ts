/**
 * Long listings are split into pages. The seeded snapshot is small, so this file builds it again
 * with PORTAL_PAGE_SIZE=10 into its own folder, serves it (astro preview serves only one site per
 * project, and the e2e setup's is running), and checks: page 2 and on exist in both
 * languages, prev/next links are right, no item is lost or repeated across the pages, the sitemap
 * lists every page, the pages pass axe, and the filter form of a paginated listing navigates (to a
 * region page, or to search with every filter) instead of filtering one page in place
 * (test/site-facets.e2e.test.ts checks each facet through to search's results).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { run } from '../scripts/lib/processes.ts'
import { launchBrowser, sitemapPaths } from './helpers/browser.ts'
import { serveStatic } from './helpers/static-server.ts'

const size = 10
const today = inject('today')
const snapshot = await readSnapshot()
const newestFirst = <T extends { postedDate: string; slug: string }>(a: T, b: T) => b.postedDate.localeCompare(a.postedDate) || a.slug.localeCompare(b.slug)
const openJobs = snapshot['job-postings'].filter((j) => !isJobClosed(j, today)).sort(newestFirst)
const mostJobs = (key: (job: (typeof openJobs)[number]) => string) =>
  Object.entries(Object.groupBy(openJobs, key)).sort((a, b) => b[1]!.length - a[1]!.length)[0][0]
/** The worker type with the most open jobs: its own listing is paginated too. */
const bigWorkerType = mostJobs((j) => j.workerTypes[0])
const bigRegion = mostJobs((j) => j.location.region)

const out = mkdtempSync(join(tmpdir(), 'chw-site-paged-'))
let server: Awaited<ReturnType<typeof serveStatic>> | undefined
let baseUrl = ''
let browser: Browser

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8')
const jobLinks = (page: string) => [...page.matchAll(/<h2><a href="(?:\/es)?\/jobs\/([^/"]+)\/"/g)].map((m) => m[1])
const trainingLinks = (page: string) => [...page.matchAll(/<h2><a href="(?:\/es)?\/trainings\/([^/"]+)\/"/g)].map((m) => m[1])
const relLink = (page: string, rel: 'prev' | 'next') => page.match(new RegExp(`<a href="([^"]+)" rel="${rel}"`))?.[1]

/** Follows rel="next" from a listing's first page, collecting each page's items. */
function walk(first: string, links: (page: string) => string[]) {
  const pages: { path: string; items: string[] }[] = []
  for (let path: string | undefined = first; path; ) {
    const page = html(path)
    pages.push({ path, items: links(page) })
    path = relLink(page, 'next')
    expect(pages.length).toBeLessThan(100)
  }
  return pages
}

beforeAll(async () => {
  const env = { PORTAL_TODAY: today, PORTAL_PAGE_SIZE: String(size), PORTAL_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost:4321' }
  await run('astro', ['build'], env)
  server = await serveStatic(out)
  baseUrl = server.url
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(out, { recursive: true, force: true })
})

describe('paginated listings', () => {
  it('the seeded snapshot is long enough to need pages', () => {
    expect(openJobs.length).toBeGreaterThan(2 * size)
    expect(snapshot['training-programs'].length).toBeGreaterThan(size)
    expect(openJobs.filter((j) => j.workerTypes.includes(bigWorkerType)).length).toBeGreaterThan(size)
  })

  for (const prefix of ['', '/es']) {
    it(`jobs (${prefix || 'en'}): every open job exactly once, newest first, across /jobs/page/N/`, () => {
      const pages = walk(`${prefix}/jobs/`, jobLinks)
      expect(pages.map((p) => p.path)).toEqual(
        Array.from({ length: Math.ceil(openJobs.length / size) }, (_, i) => (i === 0 ? `${prefix}/jobs/` : `${prefix}/jobs/page/${i + 1}/`)),
      )
      expect(pages.flatMap((p) => p.items)).toEqual(openJobs.map((j) => j.slug))
      expect(pages.every((p) => p.items.length <= size)).toBe(true)
      // prev goes back; the first page has none.
      expect(relLink(html(`${prefix}/jobs/`), 'prev')).toBeUndefined()
      expect(relLink(html(`${prefix}/jobs/page/2/`), 'prev')).toBe(`${prefix}/jobs/`)
    })

    it(`trainings and a worker-type page (${prefix || 'en'}) are paginated the same way`, () => {
      const trainings = walk(`${prefix}/trainings/`, trainingLinks).flatMap((p) => p.items)
      expect(trainings.toSorted()).toEqual(snapshot['training-programs'].map((p) => p.slug).toSorted())
      expect(new Set(trainings).size).toBe(trainings.length)
      const forType = openJobs.filter((j) => j.workerTypes.includes(bigWorkerType)).map((j) => j.slug)
      const pages = walk(`${prefix}/jobs/worker-type/${bigWorkerType}/`, jobLinks)
      expect(pages.length).toBeGreaterThan(1)
      expect(pages.flatMap((p) => p.items)).toEqual(forType)
    })
  }

  it('page 2 says where it is, in its language, and links its other language', () => {
    const en = html('/jobs/page/2/')
    expect(en).toContain('<title>Jobs (Page 2 of')
    expect(en).toMatch(/<a href="\/jobs\/page\/2\/" aria-label="Page 2" aria-current="page">2<\/a>/)
    expect(en).toContain('hreflang="es" href="http://localhost:4321/es/jobs/page/2/"')
    expect(en).toContain('rel="next">Next page</a>')
    const es = html('/es/jobs/page/2/')
    expect(es).toContain('<html lang="es"')
    expect(es).toContain('rel="prev">Página anterior</a>')
    expect(es).toMatch(/<a class="lang-switch" href="\/jobs\/page\/2\/"/)
  })

  it('the sitemap lists every page of a listing', async () => {
    const paths = await sitemapPaths(baseUrl)
    expect(paths).toContain('/jobs/page/2/')
    expect(paths).toContain('/es/jobs/page/2/')
    expect(paths).toContain(`/es/jobs/worker-type/${bigWorkerType}/page/2/`)
  })

  it('pages pass axe at 320px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } })
    const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
    for (const path of ['/jobs/page/2/', '/es/trainings/page/2/']) {
      await page.goto(`${baseUrl}${path}`)
      await page.addScriptTag({ path: axeSource })
      const violations = (await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        return result.violations.map((v: { id: string }) => v.id)
      })) as string[]
      expect(violations, path).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0)
    }
    await page.close()
  })
})

describe('the filter form of a paginated listing', () => {
  it('opens the region page for a region alone, and search for anything more', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/jobs/page/2/`)
    // Every filter is offered here too (search applies those a page of its own cannot).
    expect(await page.locator('#f-no-degree').isEnabled()).toBe(true)
    await page.selectOption('#f-region', bigRegion)
    await page.click('form.filters button[type="submit"]')
    await page.waitForURL(`**/jobs/region/${bigRegion}/`)
    await page.goto(`${baseUrl}/es/jobs/`)
    await page.selectOption('#f-region', bigRegion)
    await page.selectOption('#f-work-mode', 'remote')
    await page.check('#f-no-degree')
    await page.click('form.filters button[type="submit"]')
    await page.waitForURL('**/es/search/**')
    const url = new URL(page.url())
    expect(Object.fromEntries(url.searchParams)).toEqual({ type: 'job', region: bigRegion, mode: 'remote', noDegree: 'yes' })
    await page.close()
  })
})
