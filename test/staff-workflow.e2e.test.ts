/**
 * The staff workflow as staff live it, in Debian's Chromium against a real CMS (seeded SQLite,
 * `next start`) and the site as `npm start` runs it (`astro dev`), both on one temporary copy of
 * content/ that the CMS rewrites after each publish:
 * - an editor signs in, fills a job posting in the admin form, publishes it and sees it on the
 *   running site within seconds; unpublishes it and sees it gone;
 * - an editor cannot open staff accounts but can open their own; a reviewer sees Pledges, not
 *   Job postings, and cannot edit a job;
 * - a publish the site's contract refuses shows the red site-status banner naming the job and the
 *   field, while the site keeps the previous version; fixing it clears the banner;
 * - the Versions tab names who made each change, and an earlier version can be restored.
 * STAFF_GUIDE_SCREENSHOTS=1 writes the key screens to docs/staff-guide/ for the staff guide (docs/staff-guide.md).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rootDir } from '../scripts/lib/processes.ts'
import { launchBrowser, signInToAdmin } from './helpers/browser.ts'
import { type DevSite, startDevSite } from './helpers/dev-site.ts'
import { type Client, client, login } from './helpers/http.ts'
import { formBody, validSubmission, savedPledge } from './helpers/pledges.ts'
import { freePort } from '../scripts/lib/ports.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

const root = mkdtempSync(join(tmpdir(), 'chw-staff-e2e-'))
const contentDir = join(root, 'content')
const shotsDir = join(root, 'screenshots')
const guideDir = process.env.STAFF_GUIDE_SCREENSHOTS === '1' ? join(rootDir, 'docs/staff-guide') : undefined
const password = 'a-long-staff-password'
const editor = { email: 'rosa.editor@portal.test', name: 'Rosa Editor' }
const reviewer = { email: 'sam.reviewer@portal.test', name: 'Sam Reviewer' }
const stamp = Date.now().toString(36)
const job = { title: `Promotora de Salud ${stamp}`, slug: `promotora-de-salud-${stamp}` }
const today = new Date().toISOString().slice(0, 10)
/** For expect.poll on the admin's pages: its default second is too short for a server render. */
const eventually = { timeout: 30_000, interval: 250 }

let cms: RealCms
let site: DevSite
let browser: Browser
let admin: Client
let editorContext: BrowserContext
let editorPage: Page
let jobId: string
let jobUrl: string

/** A screenshot of the page (1280×800) in the run's folder, and as WebP in the staff guide when asked. */
async function shot(page: Page, name: string) {
  const png = await page.screenshot({ animations: 'disabled', path: join(shotsDir, `${name}.png`) })
  if (guideDir)
    await sharp(png)
      .webp({ quality: 80 })
      .toFile(join(guideDir, `${name}.webp`))
}

function signIn(page: Page, email: string) {
  return signInToAdmin(page, cms.url, email, password)
}

/**
 * An input of the edit form. The admin renders fields only once they scroll into view, so bring
 * the top-level field (or group) holding it there first.
 */
async function formField(page: Page, path: string) {
  await page.locator(`#field-${path.split('__')[0]}`).scrollIntoViewIfNeeded()
  return page.locator(`#field-${path}`)
}

/** Picks the first option of a react-select (relationship or select field) matching `text`. */
async function choose(page: Page, path: string, text: string) {
  const field = await formField(page, path)
  await field.locator('.rs__control').click()
  if (text) await field.locator('.rs__input').fill(text)
  await field.locator('.rs__option', { hasText: text }).first().click()
}

async function fill(page: Page, path: string, value: string) {
  await (await formField(page, path)).fill(value)
}

/** Publish, and wait until the admin has the saved document back. */
async function publish(page: Page) {
  await page.click('#action-save')
  await page.locator('[data-sonner-toast][data-type="success"]').last().waitFor()
}

/** Opens the navigation (closed by default at this width), for screenshots. */
async function openNav(page: Page) {
  const toggler = page.locator('.nav-toggler:visible').first()
  if (!(await toggler.getAttribute('class'))?.includes('--is-open')) await toggler.click()
  await page.waitForFunction(() => !document.querySelector('a.nav__link')?.closest('[inert]'))
}

/** Polls the running site until `check` holds for the page at `path` (status and body). */
async function untilSite(path: string, check: (status: number, html: string) => boolean, timeout = 30_000) {
  let last = { status: 0, html: '' }
  await expect
    .poll(
      async () => {
        const response = await fetch(`${site.url}${path}`)
        last = { status: response.status, html: await response.text() }
        return check(last.status, last.html)
      },
      { timeout, interval: 500 },
    )
    .toBe(true)
  return last
}

async function clickAndConfirm(page: Page, selector: string) {
  await page.click(selector)
  await page.click('#confirm-action')
}

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true })
  if (guideDir) mkdirSync(guideDir, { recursive: true })
  cpSync(join(rootDir, 'content'), contentDir, { recursive: true })
  const sitePort = await freePort()
  const siteUrl = `http://127.0.0.1:${sitePort}`
  // Both at once (the site reloads whatever the CMS writes to the snapshot meanwhile); each is
  // kept as soon as it runs, so afterAll stops it even if the other fails to start.
  await Promise.all([
    seededCms({
      dir: root,
      siteUrl,
      env: {
        PORTAL_AUTO_EXPORT: '1',
        PORTAL_CONTENT_DIR: contentDir,
        SITE_UPDATE_DEBOUNCE_MS: '200',
      },
    }).then((started) => (cms = started)),
    startDevSite({ contentDir, port: sitePort }).then((started) => (site = started)),
  ])
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
  for (const [person, role] of [
    [editor, 'editor'],
    [reviewer, 'reviewer'],
  ] as const) {
    const created = await admin.rest('POST', '/api/users', { body: { ...person, password, roles: [role] } })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
  }
  // A pledge waiting for review, as the public form sends it.
  const pledge = await client(cms.url).rest('POST', '/api/pledges', { body: formBody(validSubmission()) })
  expect(pledge.status, JSON.stringify(pledge.json)).toBe(201)
  expect(await savedPledge(admin, pledge.json.reference)).toBeDefined()
  browser = await launchBrowser()
  editorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  editorPage = await editorContext.newPage()
  editorPage.setDefaultTimeout(30_000)
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await cms?.stop()
  rmSync(root, { recursive: true, force: true })
})

describe('an editor in the admin', () => {
  it('signs in and sees the dashboard, without staff accounts', async () => {
    const page = editorPage
    await signIn(page, editor.email)
    await page.waitForSelector('#nav-job-postings', { state: 'attached' })
    expect(await page.locator('#nav-users').count()).toBe(0)
    await openNav(page)
    await page.waitForLoadState('networkidle')
    await shot(page, 'dashboard-editor')
  }, 180_000)

  it('creates and publishes a job, and the running site shows it within seconds', async () => {
    const page = editorPage
    await page.goto(`${cms.url}/admin/collections/job-postings/create`)
    await fill(page, 'title', job.title)
    await choose(page, 'employer', '')
    await choose(page, 'workerTypes', 'Promotor')
    await fill(page, 'summary', 'Bilingual outreach in Sonoma County; no degree needed.')
    await fill(page, 'location__state', 'CA')
    await choose(page, 'location__region', 'Sonoma')
    await choose(page, 'workMode', 'On-site')
    await choose(page, 'employmentType', 'Full-time')
    await fill(page, 'pay__min', '26')
    await fill(page, 'pay__max', '31')
    await fill(page, 'howToApply__url', 'https://example.org/apply/promotora')
    await (await formField(page, 'postedDate')).locator('input').fill(today)
    await page.keyboard.press('Escape')

    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/job-postings\/\d+/)
    jobId = /job-postings\/(\d+)/.exec(page.url())![1]
    jobUrl = `${cms.url}/admin/collections/job-postings/${jobId}`
    await expect.poll(() => page.textContent('.status__value'), eventually).toContain('Published')
    const started = Date.now()

    // The Publish button's menu offers Schedule publish.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.click('#action-save-popup')
    await page.waitForSelector('#schedule-publish')
    await shot(page, 'job-edit-publish')
    await page.keyboard.press('Escape')

    const detail = await untilSite(`/jobs/${job.slug}/`, (status, html) => status === 200 && html.includes(job.title))
    expect(detail.html).toContain('https://example.org/apply/promotora')
    await untilSite('/jobs/', (status, html) => status === 200 && html.includes(`/jobs/${job.slug}/`))
    console.log(`the published job was on the site ${Date.now() - started} ms after the admin showed it published`)
  }, 180_000)

  it('unpublishes it, and it leaves the site', async () => {
    const page = editorPage
    await page.click('.doc-controls__dots')
    await clickAndConfirm(page, '#action-unpublish')
    await expect.poll(() => page.textContent('.status__value'), eventually).toContain('Draft')
    await untilSite(`/jobs/${job.slug}/`, (status) => status === 404)
    await untilSite('/jobs/', (status, html) => status === 200 && !html.includes(`/jobs/${job.slug}/`))
  }, 120_000)

  it('cannot open staff accounts, but can open their own', async () => {
    const page = editorPage
    await page.goto(`${cms.url}/admin/collections/users`)
    await page.getByText('Nothing found').waitFor()
    expect(await page.locator('table').count()).toBe(0)
    expect(await page.content()).not.toContain(testAdmin.email)
    expect(await page.locator('#nav-users').count()).toBe(0)

    await page.goto(`${cms.url}/admin/account`)
    await expect.poll(() => page.locator('#field-email').inputValue(), eventually).toBe(editor.email)
  }, 120_000)
})

describe('a publish the site cannot take', () => {
  it('shows the red banner naming the job and the field, and the site keeps the previous version', async () => {
    const page = editorPage
    // Published again, as it was before the unpublish.
    await page.goto(jobUrl)
    await publish(page)
    await untilSite(`/jobs/${job.slug}/`, (status, html) => status === 200 && html.includes(job.title))

    // Neither an application link nor an email: the admin accepts it, the site's contract does not.
    await fill(page, 'title', `${job.title} (new title)`)
    await fill(page, 'howToApply__url', '')
    await publish(page)
    const banner = page.locator('.site-status-banner')
    await banner.waitFor({ timeout: 30_000 })
    await expect.poll(() => banner.textContent(), eventually).toContain(`(slug ${job.slug}) howToApply: give an application link or email`)
    expect(await banner.textContent()).toContain('The public site was not updated')
    await page.evaluate(() => window.scrollTo(0, 0))
    await shot(page, 'site-status-banner')

    const html = await (await fetch(`${site.url}/jobs/${job.slug}/`)).text()
    expect(html).toContain(job.title)
    expect(html).not.toContain('(new title)')
    expect(html).toContain('https://example.org/apply/promotora')

    // Fixed: the site takes the new version and the banner goes away (it checks every 5 s).
    await fill(page, 'howToApply__email', 'jobs@example.org')
    await publish(page)
    await untilSite(`/jobs/${job.slug}/`, (status, html) => status === 200 && html.includes('(new title)'))
    await banner.waitFor({ state: 'detached', timeout: 30_000 })
  }, 180_000)
})

describe('the version history', () => {
  it('names who made each change, and restores an earlier version', async () => {
    const page = editorPage
    // The editor leaves the form through the Versions tab: while the form is open, the job is
    // locked to them and anyone else's save is refused (423).
    await page.locator(`a[href$="/job-postings/${jobId}/versions"]`).first().click()
    await page.waitForURL((url) => url.pathname.endsWith('/versions'))
    // Then someone else changes the job.
    const adminEdit = { title: `${job.title} (admin edit)`, _status: 'published' }
    let status = 0
    for (let attempt = 0; attempt < 30 && status !== 200; attempt++) {
      status = (await admin.rest('PATCH', `/api/job-postings/${jobId}`, { body: adminEdit })).status
      if (status === 423 && attempt >= 5) {
        // The admin releases the editor's lock when the form closes; on a loaded machine that
        // request can come late. Take the document over, as the admin's "Take over" button does.
        await admin.rest('DELETE', `/api/payload-locked-documents?where[document.value][equals]=${jobId}`)
      }
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    expect(status).toBe(200)
    await untilSite(`/jobs/${job.slug}/`, (status, html) => status === 200 && html.includes('(admin edit)'))

    await page.reload()
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThanOrEqual(5)
    await shot(page, 'versions')

    // The newest version against the one before: the title changed, and who changed it.
    await rows.first().locator('a').first().click()
    await page.waitForSelector('.restore-version')
    await expect.poll(() => page.locator('body').innerText(), eventually).toContain(testAdmin.email)
    const diff = await page.locator('body').innerText()
    expect(diff).toContain('Last edited by')
    expect(diff).toContain(editor.email)
    await shot(page, 'version-compare')

    // Back to the editor's version before it.
    await page.goto(`${jobUrl}/versions`)
    await rows.nth(1).locator('a').first().click()
    await page.locator('.restore-version button').first().click()
    await page.click('#confirm-action')
    await page.waitForURL((url) => url.pathname.endsWith(`/job-postings/${jobId}`))
    await expect.poll(() => page.locator('#field-title').inputValue(), eventually).toBe(`${job.title} (new title)`)
    await untilSite(`/jobs/${job.slug}/`, (status, html) => status === 200 && html.includes('(new title)') && !html.includes('(admin edit)'))
  }, 180_000)
})

describe('a reviewer in the admin', () => {
  let page: Page
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    page.setDefaultTimeout(30_000)
    await signIn(page, reviewer.email)
  }, 120_000)

  it('sees Pledges but not Job postings, and opens a pledge to review', async () => {
    await page.waitForSelector('#nav-pledges', { state: 'attached' })
    expect(await page.locator('#nav-job-postings').count()).toBe(0)
    expect(await page.locator('#nav-users').count()).toBe(0)
    await page.goto(`${cms.url}/admin/collections/pledges`)
    await page.locator('table tbody tr').first().locator('a').first().click()
    await page.waitForSelector('#field-status')
    expect(await page.locator('#field-status').innerText()).toContain('Pending review')
    await openNav(page)
    await page.waitForLoadState('networkidle')
    await shot(page, 'pledge-review')
  }, 120_000)

  it('cannot open a job, even by its address', async () => {
    await page.goto(jobUrl)
    await page.getByText('Nothing found').waitFor()
    expect(await page.locator('#field-title').count()).toBe(0)
    expect(await page.locator('#action-save').count()).toBe(0)
  }, 120_000)
})
