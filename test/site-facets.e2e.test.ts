/**
 * Every facet of a listing works when the listing has more than one page. This file builds a
 * generated snapshot longer than a page (the default 50 items) into its own folder, serves it, and
 * checks in a real Chromium that the filter form of /jobs/ and /trainings/ (page 1 of several) hands
 * each facet the search page did not have before (employment type, minimum pay, no degree required;
 * stipend, certification) to search, which then lists exactly the matching items, in both
 * languages; and, without JavaScript, that the form stays disabled and the region pages filter.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { isJobClosed, type JobPosting, type TrainingProgram } from '../content/schema.ts'
import { readSnapshot, writeSnapshot } from '../content/snapshot.ts'
import { demoOrganizations, generateJobPostings, generateTrainingPrograms } from '../scripts/lib/demo-listings.ts'
import { rootDir, run } from '../scripts/lib/processes.ts'
import en from '../site/i18n/en.json'
import es from '../site/i18n/es.json'
import { launchBrowser } from './helpers/browser.ts'
import { serveStatic } from './helpers/static-server.ts'

const today = inject('today')
const real = await readSnapshot()
const jobs = generateJobPostings(130, { today })
const trainings = generateTrainingPrograms(70, { today })
const openJobs = jobs.filter((j) => !isJobClosed(j, today))
const hourly = (pay: JobPosting['pay']) => Math.round(pay.min * { hour: 1, month: 12 / 2080, year: 1 / 2080 }[pay.unit] * 100) / 100

const root = mkdtempSync(join(tmpdir(), 'chw-site-facets-'))
const contentDir = join(root, 'content')
const out = join(root, 'dist')
let server: Awaited<ReturnType<typeof serveStatic>> | undefined
let baseUrl = ''
let browser: Browser

beforeAll(async () => {
  cpSync(join(rootDir, 'content'), contentDir, { recursive: true })
  await writeSnapshot(
    {
      ...real,
      organizations: [...real.organizations.filter((o) => !o.example), ...demoOrganizations()],
      'job-postings': jobs,
      'training-programs': trainings,
      signatories: [],
    },
    contentDir,
  )
  const env = { PORTAL_TODAY: today, PORTAL_CONTENT_DIR: contentDir, PORTAL_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost:4321' }
  await run('astro', ['build', '--silent'], env)
  server = await serveStatic(out)
  baseUrl = server.url
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(root, { recursive: true, force: true })
})

const count = (strings: Record<string, string>, n: number) => strings[n === 1 ? 'common.count.one' : 'common.count.other'].replace('{n}', String(n))

/** Submits the listing's filter form and waits for search to show `expected` (a count, and every result among them). */
async function handOff(page: Page, prefix: string, expected: string[], strings: Record<string, string>) {
  await page.click('form.filters button[type="submit"]')
  await page.waitForURL(`**${prefix}/search/?**`)
  await page.waitForSelector('search-app[data-ready]')
  await expect.poll(() => page.locator('.search-app [role="status"]').textContent(), { timeout: 20_000 }).toBe(count(strings, expected.length))
  const shown = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  expect(shown.length).toBe(Math.min(expected.length, 50))
  for (const href of shown) expect(expected).toContain(href)
  return new URL(page.url()).searchParams
}

const jobPaths = (list: JobPosting[], prefix = '') => list.map((j) => `${prefix}/jobs/${j.slug}/`)
const trainingPaths = (list: TrainingProgram[], prefix = '') => list.map((p) => `${prefix}/trainings/${p.slug}/`)

describe('a listing longer than one page', () => {
  it('is paginated, and its filter form offers every facet', async () => {
    expect(openJobs.length).toBeGreaterThan(50)
    expect(trainings.length).toBeGreaterThan(50)
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/jobs/`)
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe('/jobs/page/2/')
    for (const id of ['#f-region', '#f-worker-type', '#f-language', '#f-work-mode', '#f-employment-type', '#f-pay', '#f-no-degree']) {
      expect(await page.locator(id).isEnabled(), id).toBe(true)
    }
    await page.goto(`${baseUrl}/es/trainings/`)
    for (const id of ['#f-region', '#f-worker-type', '#f-language', '#f-format', '#f-cost', '#f-stipend', '#f-certified']) {
      expect(await page.locator(id).isEnabled(), id).toBe(true)
    }
    await page.close()
  })

  it('jobs: employment type, no degree required and minimum pay each reach search and filter there', async () => {
    const page = await browser.newPage()
    const partTime = openJobs.filter((j) => j.employmentType === 'part-time')
    expect(partTime.length).toBeGreaterThan(0)
    await page.goto(`${baseUrl}/jobs/`)
    await page.selectOption('#f-employment-type', 'part-time')
    expect(Object.fromEntries(await handOff(page, '', jobPaths(partTime), en))).toEqual({ type: 'job', employmentType: 'part-time' })
    // The search page shows the filter it was given, as a control the user can change.
    expect(await page.inputValue('#facet-employmentType')).toBe('part-time')

    const noDegree = openJobs.filter((j) => !j.requirements.degreeRequired)
    expect(noDegree.length).toBeGreaterThan(0)
    expect(noDegree.length).toBeLessThan(openJobs.length)
    await page.goto(`${baseUrl}/jobs/`)
    await page.check('#f-no-degree')
    expect(Object.fromEntries(await handOff(page, '', jobPaths(noDegree), en))).toEqual({ type: 'job', noDegree: 'yes' })
    expect(await page.isChecked('#facet-noDegree')).toBe(true)
    // Unchecking it on the search page widens the results again.
    await page.uncheck('#facet-noDegree')
    await expect.poll(() => page.locator('.search-app [role="status"]').textContent(), { timeout: 20_000 }).toBe(count(en, openJobs.length))

    const pays = openJobs.map((j) => hourly(j.pay)).sort((a, b) => a - b)
    const minimum = Math.ceil(pays[Math.floor(pays.length * 0.8)])
    const wellPaid = openJobs.filter((j) => hourly(j.pay) >= minimum)
    expect(wellPaid.length).toBeGreaterThan(0)
    await page.goto(`${baseUrl}/jobs/`)
    await page.fill('#f-pay', String(minimum))
    expect(Object.fromEntries(await handOff(page, '', jobPaths(wellPaid), en))).toEqual({ type: 'job', pay: String(minimum) })
    expect(await page.inputValue('#facet-pay')).toBe(String(minimum))
    await page.close()
  })

  it('jobs in Spanish: several facets at once, with a region, keep every choice', async () => {
    const page = await browser.newPage()
    const remote = openJobs.filter((j) => j.workMode === 'remote')
    const region = Object.entries(Object.groupBy(remote, (j) => j.location.region)).sort((a, b) => b[1]!.length - a[1]!.length)[0][0]
    const expected = remote.filter((j) => j.location.region === region && j.employmentType === 'full-time' && !j.requirements.degreeRequired)
    await page.goto(`${baseUrl}/es/jobs/`)
    await page.selectOption('#f-region', region)
    await page.selectOption('#f-work-mode', 'remote')
    await page.selectOption('#f-employment-type', 'full-time')
    await page.check('#f-no-degree')
    const params = await handOff(page, '/es', jobPaths(expected, '/es'), es)
    expect(Object.fromEntries(params)).toEqual({ type: 'job', region, mode: 'remote', employmentType: 'full-time', noDegree: 'yes' })
    expect(await page.locator('label[for="facet-noDegree"]').textContent()).toContain(es['filters.noDegree'])
    await page.close()
  })

  it('trainings: stipend offered and certification each reach search and filter there, in both languages', async () => {
    const page = await browser.newPage()
    const stipend = trainings.filter((p) => p.cost.stipendOffered)
    const certified = trainings.filter((p) => p.certification.approved)
    for (const list of [stipend, certified]) {
      expect(list.length).toBeGreaterThan(0)
      expect(list.length).toBeLessThan(trainings.length)
    }
    await page.goto(`${baseUrl}/trainings/`)
    await page.check('#f-stipend')
    expect(Object.fromEntries(await handOff(page, '', trainingPaths(stipend), en))).toEqual({ type: 'training', stipend: 'yes' })
    await page.goto(`${baseUrl}/es/trainings/`)
    await page.check('#f-certified')
    expect(Object.fromEntries(await handOff(page, '/es', trainingPaths(certified, '/es'), es))).toEqual({ type: 'training', certified: 'yes' })
    await page.goto(`${baseUrl}/trainings/`)
    await page.check('#f-certified')
    await page.selectOption('#f-cost', 'free')
    const both = certified.filter((p) => p.cost.type === 'free')
    expect(Object.fromEntries(await handOff(page, '', trainingPaths(both), en))).toEqual({ type: 'training', certified: 'yes', cost: 'free' })
    await page.close()
  })

  it('without JavaScript: the form stays disabled and says to use the region and worker-type pages, which filter', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/jobs/`)
    for (const id of ['#f-region', '#f-employment-type', '#f-pay', '#f-no-degree']) expect(await page.locator(id).isDisabled(), id).toBe(true)
    expect(await page.locator('form.filters').textContent()).toContain(en['filters.needsScript'])
    const region = openJobs[0].location.region
    const inRegion = openJobs.filter((j) => j.location.region === region)
    await page.goto(`${baseUrl}/jobs/region/${region}/`)
    expect(await page.locator('[data-filter-count]').textContent()).toBe(count(en, inRegion.length))
    await context.close()
  })
})
