/**
 * Email alerts end to end on a phone (Chromium at 390×844), in English and Spanish, with nothing
 * stood in for: a site built to post to a real CMS (seeded SQLite, `next start`), emails read
 * from the CMS's mail folder. A reader signs up under a jobs listing (in English through the
 * filter form, in Spanish on a region page without touching a filter), opens the confirmation
 * link and confirms, gets a digest of a new job in that region, and unsubscribes in one click.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rootDir, run } from '../scripts/lib/processes.ts'
import en from '../site/i18n/en.json'
import es from '../site/i18n/es.json'
import { confirmationLink, mailbox, publishJob, sendAlerts, unsubscribeLink } from './helpers/alerts.ts'
import { launchBrowser } from './helpers/browser.ts'
import { type Client, client, login } from './helpers/http.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'
import { testToday } from './helpers/site-server.ts'
import { serveStatic } from './helpers/static-server.ts'

const root = mkdtempSync(join(tmpdir(), 'chw-alerts-e2e-'))
const contentDir = join(root, 'content')
const outDir = join(root, 'dist')
let cms: RealCms
let site: Awaited<ReturnType<typeof serveStatic>>
let browser: Browser
let admin: Client
let regionId: number

/** A region that has open jobs in the seed, so it has its own listing page. */
const jobs = JSON.parse(readFileSync(join(rootDir, 'content/job-postings.json'), 'utf8')) as {
  location: { region: string }
  closed: boolean
  closingDate?: string
}[]
const region = jobs.find((j) => !j.closed && !j.closingDate)!.location.region

beforeAll(async () => {
  cpSync(join(rootDir, 'content'), contentDir, { recursive: true })
  site = await serveStatic(outDir)
  cms = await seededCms({ dir: root, siteUrl: site.url })
  await run('astro', ['build', '--silent'], {
    PORTAL_TODAY: testToday,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: site.url,
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_OUT_DIR: outDir,
    PUBLIC_CMS_URL: cms.url,
  })
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
  regionId = (await admin.rest('GET', `/api/regions?where[slug][equals]=${region}&limit=1&depth=0`)).json.docs[0].id
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await site?.close()
  rmSync(root, { recursive: true, force: true })
})

describe.each([
  { lang: 'en', strings: en, prefix: '', confirmed: 'Your alert is on', unsubscribed: 'You are unsubscribed', checkEmail: 'Check your email' },
  { lang: 'es', strings: es, prefix: '/es', confirmed: 'Su alerta está activada', unsubscribed: 'Se canceló su suscripción', checkEmail: 'Revise su correo' },
])('an email alert in $lang at 390×844', ({ lang, strings, prefix, confirmed, unsubscribed, checkEmail }) => {
  const email = `phone-${lang}-${Date.now()}@example.org`

  it('signs up under the listing, confirms from the emailed link, gets a digest and unsubscribes in one click', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    if (lang === 'en') {
      // The main listing: the reader picks the region in the filter form; the feed link and the sign-up follow.
      await page.goto(`${site.url}/jobs/`)
      await page.click('.filter-panel summary')
      await page.waitForSelector('form.filters fieldset:not([disabled])')
      await page.selectOption('form.filters select[name="region"]', region)
      await expect.poll(() => page.getAttribute('[data-search-feed="xml"]', 'href')).toBe(`${cms.url}/api/feeds/jobs.xml?region=${region}`)
    } else {
      // A region page: its filter is in the page itself, no script needed.
      await page.goto(`${site.url}${prefix}/jobs/region/${region}/`)
      expect(await page.getAttribute('[data-search-feed="xml"]', 'href')).toBe(`${cms.url}/api/feeds/jobs.xml?region=${region}&lang=es`)
    }
    const feed = await fetch((await page.getAttribute('[data-search-feed="json"]', 'href'))!)
    expect(feed.status).toBe(200)

    await page.getByRole('heading', { name: strings['alerts.title.jobs'] }).scrollIntoViewIfNeeded()
    await page.getByLabel(strings['alerts.email']).fill(email)
    await page.getByLabel(strings['alerts.frequency']).selectOption('daily')
    await page.getByRole('button', { name: strings['alerts.submit'] }).click()
    await page.waitForURL(`${cms.url}/api/alerts/sent?lang=${lang}`)
    expect(await page.textContent('h1')).toBe(checkEmail)

    const mail = mailbox(cms.mailDir)
    const [confirmation] = await mail.waitFor(email, 1)
    await page.goto(confirmationLink(confirmation!))
    await page.locator('form button').click()
    await expect.poll(() => page.textContent('h1')).toBe(confirmed)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)

    const job = await publishJob(admin, `Phone alert job ${lang} ${Date.now()}`, regionId)
    await sendAlerts(cms.env, new Date(Date.now() + 24 * 60 * 60 * 1000))
    const digest = (await mail.waitFor(email, 2))[1]!
    expect(digest).toContain(`${prefix}/jobs/${job.slug}/`)
    expect(digest).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
    const unsubscribe = unsubscribeLink(digest)

    // The link in the email's text opens a page with one button: one click, and it is gone.
    expect(digest).toContain(unsubscribe)
    await page.goto(unsubscribe)
    await page.locator('form button').click()
    await expect.poll(() => page.textContent('h1')).toBe(unsubscribed)
    const manage = await fetch(unsubscribe.replace('/unsubscribe', '/manage'))
    expect(manage.status).toBe(404)
    await page.close()
  }, 240_000)
})
