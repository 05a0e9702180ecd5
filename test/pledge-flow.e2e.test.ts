/**
 * The pledge end to end with nothing stood in for: a real CMS (seeded SQLite, `next start`), a
 * site built to post to it, Debian's Chromium.
 * - The CMS goes down between filling and sending; the form keeps everything and offers a retry;
 *   after the CMS is back, the retry stores exactly one pledge.
 * - A reviewer approves it in the admin; after `npm run export` and a site build the signatory is
 *   in the directory with its own page, and no private field is anywhere in the built site.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rootDir, run } from '../scripts/lib/processes.ts'
import en from '../site/i18n/en.json'
import { launchBrowser, signInToAdmin } from './helpers/browser.ts'
import { type Client, client, login } from './helpers/http.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'
import { hydratePledge } from './helpers/pledge-site.ts'
import { testToday } from './helpers/site-server.ts'
import { serveStatic } from './helpers/static-server.ts'

const root = mkdtempSync(join(tmpdir(), 'chw-pledge-flow-'))
const contentDir = join(root, 'content')
const outDir = join(root, 'dist')
const employer = {
  org: `Clínica Flow ${Date.now()}`,
  email: `flow-${Date.now()}@clinica.example.org`,
  phone: '(707) 555-0142',
  signer: 'Marisol Quintero-Flow',
}
let cms: RealCms
let site: Awaited<ReturnType<typeof serveStatic>>
let browser: Browser
let admin: Client

async function buildSite() {
  await run('astro', ['build', '--silent'], {
    PORTAL_TODAY: testToday,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: site.url,
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_OUT_DIR: outDir,
    PUBLIC_CMS_URL: cms.url,
  })
}

beforeAll(async () => {
  cpSync(join(rootDir, 'content'), contentDir, { recursive: true })
  // The site's address must be known before the CMS starts: it is the one origin CORS allows.
  site = await serveStatic(outDir)
  cms = await seededCms({ dir: root, siteUrl: site.url })
  await buildSite()
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await site?.close()
  rmSync(root, { recursive: true, force: true })
})

async function fillPledge(page: Page) {
  await page.fill('#pledge-organization-name', employer.org)
  await page.selectOption('#pledge-organization-kind', 'clinic')
  await page.selectOption('#pledge-organization-region', 'napa-county')
  await page.fill('#pledge-organization-chwCount', '7')
  await page.fill('#pledge-contact-name', 'Rosa Contacto')
  await page.fill('#pledge-contact-title', 'Directora de Salud Comunitaria')
  await page.fill('#pledge-contact-email', employer.email)
  await page.fill('#pledge-contact-phone', employer.phone)
  await page.check('#commit-hiring-no-degree-required')
  await page.check('#commit-pay-and-benefits-fair-pay-scale')
  await page.fill('#pledge-statement', 'Promotores lead our outreach.')
  await page.check('#pledge-consentToList')
  await page.fill('#pledge-signerName', employer.signer)
  await page.fill('#pledge-signerTitle', 'Executive Director')
  await page.check('#pledge-agreed')
}

const pledgesOf = async (org: string) =>
  (await admin.rest('GET', `/api/pledges?where[organizationName][equals]=${encodeURIComponent(org)}&depth=0`)).json.docs as Record<string, any>[]

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('the pledge against the real CMS', () => {
  it('keeps the form through an outage, and the retry stores one pledge', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/pledge/`)
    await hydratePledge(page)
    await fillPledge(page)

    await cms.stop()
    await page.click('#pledge-submit')
    await expect.poll(() => page.textContent('#pledge-status'), { timeout: 30_000 }).toContain(en['pledge.status.unreachable'])
    await expect(page.isVisible('#pledge-retry')).resolves.toBe(true)
    expect(await page.inputValue('#pledge-contact-email')).toBe(employer.email)

    await cms.start()
    await page.click('#pledge-retry')
    await page.waitForSelector('#confirmation-title', { timeout: 30_000 })
    const reference = /PLG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await page.textContent('.pledge-app')) ?? '')?.[0]
    expect(reference).toBeTruthy()

    // A confirmation means the pledge is saved: staff see it at once.
    const stored = await pledgesOf(employer.org)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ reference, status: 'pending', contact: { email: employer.email } })
    await page.close()
  }, 240_000)

  it('is approved in the admin, then listed after export and build, with nothing private in the site', async () => {
    const [pledge] = await pledgesOf(employer.org)
    const email = `reviewer-${Date.now()}@portal.test`
    await admin.rest('POST', '/api/users', { body: { email, password: 'a-long-test-password', roles: ['reviewer'] } })

    const page = await browser.newPage()
    await signInToAdmin(page, cms.url, email, 'a-long-test-password')
    await page.goto(`${cms.url}/admin/collections/pledges/${pledge!.id}`)
    await page.click('#field-status .rs__control', { timeout: 60_000 })
    await page.click('.rs__option:has-text("Approved")')
    await page.click('#action-save')
    await expect.poll(async () => (await pledgesOf(employer.org))[0]!.status, { timeout: 30_000 }).toBe('approved')
    await page.close()

    const approved = (await pledgesOf(employer.org))[0]!
    await run('tsx', ['scripts/export-content.ts', '--out', contentDir], cms.env)
    await buildSite()

    const directory = await browser.newPage()
    await directory.goto(`${site.url}/pledge/signatories/`)
    await directory.click(`a[href="/pledge/signatories/${approved.slug}/"]`)
    await expect(directory.textContent('h1')).resolves.toContain(employer.org)
    await directory.close()

    for (const file of filesUnder(outDir)) {
      const text = readFileSync(file, 'utf8')
      for (const secret of [employer.email, employer.phone, employer.signer, 'Rosa Contacto']) {
        expect(text.includes(secret), `${secret} in ${file}`).toBe(false)
      }
    }
  }, 600_000)
})
