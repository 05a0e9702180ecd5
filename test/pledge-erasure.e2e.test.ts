/**
 * "Erase personal data" as an admin uses it (cms/pledges/admin/ErasePersonalData.tsx), in Debian's
 * Chromium against a real CMS (seeded SQLite, `next start`):
 * - an admin opens an approved pledge, presses the button, reads the confirmation in the admin's
 *   language (English, and Spanish for a pending pledge), confirms, and then sees the erased state
 *   with when (in the admin's time zone, without a hydration error) and by whom; the SQLite file
 *   holds no contact detail any more, and the approved pledge keeps its public record (and still
 *   saves) while the pending one is closed;
 * - an editor and a reviewer, who may read pledges, never see the button.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PledgeSubmission } from '../content/schema.ts'
import { launchBrowser, signInToAdmin } from './helpers/browser.ts'
import { type Client, client, login } from './helpers/http.ts'
import { formBody, savedPledge, validSubmission } from './helpers/pledges.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

const root = mkdtempSync(join(tmpdir(), 'chw-erasure-e2e-'))
const password = 'a-long-staff-password'
const editor = { email: 'ines.editor@portal.test', name: 'Inés Editor' }
const reviewer = { email: 'omar.reviewer@portal.test', name: 'Omar Reviewer' }
/** For expect.poll on the admin's pages: its default second is too short for a server render. */
const eventually = { timeout: 30_000, interval: 250 }

const words = {
  en: {
    button: 'Erase personal data',
    heading: 'Erase this pledge’s personal data?',
    body: 'If the pledge is approved, the organization’s public directory entry stays',
    confirm: 'Erase',
    done: 'Personal data erased on',
    erasedBy: 'Erased by',
  },
  es: {
    button: 'Borrar datos personales',
    heading: '¿Borrar los datos personales de este compromiso?',
    body: 'Si el compromiso está aprobado, la entrada pública de la organización en el directorio se mantiene',
    confirm: 'Borrar',
    done: 'Datos personales borrados el',
    erasedBy: 'Borrado por',
  },
}

type Submitted = { submission: PledgeSubmission; id: number }

let cms: RealCms
let browser: Browser
let admin: Client
let approved: Submitted
let pending: Submitted
/** What the admin's pages logged as errors (a failed request, a hydration mismatch). */
const consoleErrors: string[] = []

async function submitted(status?: 'approved'): Promise<Submitted> {
  const submission = validSubmission()
  const { status: code, json } = await client(cms.url).rest('POST', '/api/pledges', {
    body: formBody(submission),
    headers: { 'X-Forwarded-For': `10.88.0.${Math.floor(Math.random() * 250)}` },
  })
  expect(code, JSON.stringify(json)).toBe(201)
  const id = (await savedPledge(admin, json.reference))!.id as number
  if (status) expect((await admin.rest('PATCH', `/api/pledges/${id}`, { body: { status } })).status).toBe(200)
  return { submission, id }
}

async function signedIn(email: string, pass: string, language: 'en' | 'es'): Promise<{ context: BrowserContext; page: Page }> {
  // Staff work in California while the server keeps UTC: dates must not differ between the two renders.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'America/Los_Angeles' })
  await context.addCookies([{ name: 'payload-lng', value: language, url: cms.url }])
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  await signInToAdmin(page, cms.url, email, pass)
  return { context, page }
}

/** The pledge's row and every row that hangs off it, straight from the SQLite file. */
function stored(id: number) {
  const db = new DatabaseSync(cms.env.DATABASE_URI!.slice('file:'.length), { readOnly: true, timeout: 10_000 })
  try {
    const row = db.prepare('SELECT * FROM pledges WHERE id = ?').get(id) as Record<string, unknown>
    // Everything the database holds, for a search of what must be gone.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    const everything = tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n')
    return { row, everything }
  } finally {
    db.close()
  }
}

/** Opens the pledge, presses the button, checks the confirmation's words and confirms. */
async function erase(page: Page, id: number, language: 'en' | 'es') {
  const text = words[language]
  await page.goto(`${cms.url}/admin/collections/pledges/${id}`)
  await page.getByRole('button', { name: text.button }).click()
  const dialog = page.locator('.confirmation-modal')
  await dialog.waitFor()
  expect(await dialog.locator('h1').innerText()).toBe(text.heading)
  expect(await dialog.innerText()).toContain(text.body)
  expect(await dialog.locator('#confirm-action').innerText()).toBe(text.confirm)
  // The page reloads once the CMS has erased it.
  await Promise.all([page.waitForEvent('load'), page.click('#confirm-action')])
}

/** What the admin sees of the erasure once the page is back. */
async function shownErasure(page: Page, language: 'en' | 'es') {
  const text = words[language]
  const done = page.locator('.erase-personal-data__done')
  await expect.poll(() => done.innerText().catch(() => ''), eventually).toContain(text.done)
  // When, in the admin's own time zone.
  const time = done.locator('time')
  const erasedAt = (await time.getAttribute('datetime'))!
  const local = await page.evaluate(([at, lang]) => new Date(at!).toLocaleString(lang, { timeZone: 'America/Los_Angeles' }), [erasedAt, language])
  await expect.poll(() => time.innerText(), eventually).toBe(local)
  const sidebar = await page.locator('form').innerText()
  expect(sidebar).toContain(text.done)
  expect(sidebar).toContain(text.erasedBy)
  expect(await page.locator('#field-erasedBy').inputValue()).toContain(testAdmin.email)
  expect(await page.getByRole('button', { name: text.button }).count()).toBe(0)
}

beforeAll(async () => {
  cms = await seededCms({ dir: root, siteUrl: 'http://site.portal.test' })
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
  for (const [person, role] of [
    [editor, 'editor'],
    [reviewer, 'reviewer'],
  ] as const) {
    const created = await admin.rest('POST', '/api/users', { body: { ...person, password, roles: [role] } })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
  }
  approved = await submitted('approved')
  pending = await submitted()
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  rmSync(root, { recursive: true, force: true })
})

describe('an editor and a reviewer', () => {
  for (const person of [editor, reviewer]) {
    it(`read a pledge without the erase button (${person.name})`, async () => {
      const { context, page } = await signedIn(person.email, password, 'en')
      await page.goto(`${cms.url}/admin/collections/pledges/${approved.id}`)
      await expect.poll(() => page.locator('#field-organizationName').inputValue(), eventually).toBe(approved.submission.organization.name)
      // The controls the button would sit beside are there.
      await page.locator('.doc-controls').waitFor()
      expect(await page.getByRole('button', { name: words.en.button }).count()).toBe(0)
      expect(await page.locator('body').innerText()).not.toContain(words.en.button)
      await context.close()
    }, 120_000)
  }
})

describe('an admin', () => {
  it('erases an approved pledge after reading the confirmation; its public record stays', async () => {
    const { context, page } = await signedIn(testAdmin.email, testAdmin.password, 'en')
    await erase(page, approved.id, 'en')
    await shownErasure(page, 'en')
    // The form shows the contact gone and the organization kept.
    expect(await page.locator('#field-organizationName').inputValue()).toBe(approved.submission.organization.name)
    await page.locator('#field-contact').scrollIntoViewIfNeeded()
    expect(await page.locator('#field-contact__email').inputValue()).toBe('')
    expect(await page.locator('#field-contact__name').inputValue()).toBe('')
    // The erased pledge still saves, though its required contact fields are now empty.
    await page.locator('#field-reviewNote').scrollIntoViewIfNeeded()
    await page.locator('#field-reviewNote').fill('Erased at the employer’s request.')
    await page.click('#action-save')
    await page.locator('[data-sonner-toast][data-type="success"]').last().waitFor()
    expect(await page.locator('[data-sonner-toast][data-type="error"]').count()).toBe(0)
    expect(consoleErrors).toEqual([])
    expect(stored(approved.id).row).toMatchObject({ review_note: 'Erased at the employer’s request.', contact_email: '', status: 'approved' })

    const { row, everything } = stored(approved.id)
    expect(row).toMatchObject({ contact_name: '', contact_title: '', contact_email: '', signer_name: '', signer_title: '', status: 'approved' })
    expect(row.contact_phone ?? null).toBeNull()
    expect(row.erased_by).toContain(testAdmin.email)
    expect(Date.parse(String(row.erased_at))).toBeGreaterThan(Date.now() - 10 * 60_000)
    expect(row).toMatchObject({ organization_name: approved.submission.organization.name, statement: approved.submission.statement })
    expect(everything).not.toContain(approved.submission.contact.email)
    // The public directory entry is still served to a site build.
    const snapshot = await client(cms.url).rest('GET', '/api/snapshot', { headers: { Authorization: `Bearer ${cms.env.SITE_BUILD_TOKEN}` } })
    expect(JSON.stringify(snapshot.json.signatories)).toContain(approved.submission.organization.name)
    await context.close()
  }, 180_000)

  it('erases a pending pledge in a Spanish admin: everything personal goes and it is closed', async () => {
    const { context, page } = await signedIn(testAdmin.email, testAdmin.password, 'es')
    await erase(page, pending.id, 'es')
    await shownErasure(page, 'es')

    const { row, everything } = stored(pending.id)
    expect(row).toMatchObject({ contact_email: '', signer_name: '', status: 'rejected' })
    expect(row.statement ?? null).toBeNull()
    expect(row.organization_website ?? null).toBeNull()
    for (const secret of [pending.submission.contact.email, pending.submission.organization.name]) expect(everything).not.toContain(secret)
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 180_000)
})
