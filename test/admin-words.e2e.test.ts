/**
 * The admin speaks words, not codes (issue #17), in Debian's Chromium at 1280 px against a real
 * CMS (seeded SQLite, `next start`):
 * - a reviewer's pledge shows each commitment's area name and the framework's recommendation
 *   texts, and rows labelled "Hiring — 2 recommendations" / "Hiring — Partly in place", in
 *   English and, with the admin in Spanish, in Spanish; the header names the locale;
 * - the pledge list fits 1280 px and its checkbox column reads Yes / Sí;
 * - restoring a draft version of a live job from the Versions screen keeps the job on the site;
 * - a job published in Español with one duty untranslated keeps that duty in English;
 * - "Add Duty" opens a row ready for typing;
 * - the import page's CSV template downloads, and imports as it is with one row filled in.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, signInToAdmin } from './helpers/browser.ts'
import { type Client, client, login } from './helpers/http.ts'
import { csvLine, firstId, jobPostingBody, requiredJobCells } from './helpers/listings.ts'
import { formBody, validSubmission } from './helpers/pledges.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

const root = mkdtempSync(join(tmpdir(), 'chw-admin-words-'))
const password = 'a-long-staff-password'
const editor = { email: 'lupe.editor@portal.test', name: 'Lupe Editor' }
const reviewer = { email: 'tomas.reviewer@portal.test', name: 'Tomás Reviewer' }
const framework = JSON.parse(readFileSync('content/framework.json', 'utf8')) as {
  areas: { slug: string; title: { en: string; es: string }; recommendations: { slug: string; text: { en: string; es: string } }[] }[]
}
const area = (slug: string) => framework.areas.find((a) => a.slug === slug)!
const recommendation = (slug: string) => framework.areas.flatMap((a) => a.recommendations).find((r) => r.slug === slug)!
/** For expect.poll on the admin's pages: its default second is too short for a server render. */
const eventually = { timeout: 30_000, interval: 250 }

let cms: RealCms
let browser: Browser
let admin: Client
let editorApi: Client
let pledgeId: number

async function signedIn(email: string, language: 'en' | 'es'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // The admin's language, as each staff member's language switch (Account) sets it.
  await context.addCookies([{ name: 'payload-lng', value: language, url: cms.url }])
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await signInToAdmin(page, cms.url, email, password)
  return { context, page }
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
  editorApi = client(cms.url, await login(cms.url, editor.email, password))
  // Hiring: two recommendations, rated "partly"; pay and benefits: one, rated "planning".
  const pledge = await client(cms.url).rest('POST', '/api/pledges', { body: formBody(validSubmission()) })
  expect(pledge.status, JSON.stringify(pledge.json)).toBe(201)
  const saved = await admin.rest('GET', `/api/pledges?where[reference][equals]=${pledge.json.reference}&depth=0`)
  pledgeId = saved.json.docs[0].id
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  rmSync(root, { recursive: true, force: true })
})

describe('a reviewer reads a pledge in words', () => {
  for (const language of ['en', 'es'] as const) {
    it(`shows area names and recommendation texts, not slugs (${language})`, async () => {
      const { context, page } = await signedIn(reviewer.email, language)
      await page.goto(`${cms.url}/admin/collections/pledges/${pledgeId}`)
      await page.locator('#field-commitments').scrollIntoViewIfNeeded()
      const form = page.locator('form')
      const hiring = area('hiring').title[language]
      const pay = area('pay-and-benefits').title[language]
      const texts = {
        en: { two: `${hiring} — 2 recommendations`, one: `${pay} — 1 recommendation`, partly: `${hiring} — Partly in place`, planning: `${pay} — Planning` },
        es: {
          two: `${hiring} — 2 recomendaciones`,
          one: `${pay} — 1 recomendación`,
          partly: `${hiring} — Parcialmente en práctica`,
          planning: `${pay} — En planificación`,
        },
      }[language]
      await expect.poll(() => form.innerText(), eventually).toContain(recommendation('no-degree-required').text[language])
      await page.locator('#field-selfAssessment').scrollIntoViewIfNeeded()
      await expect.poll(() => form.innerText(), eventually).toContain(texts.planning)
      const shown = await form.innerText()
      expect(shown).toContain(recommendation('value-shared-life-experience').text[language])
      expect(shown).toContain(recommendation('fair-pay-scale').text[language])
      expect(shown).toContain(texts.two)
      expect(shown).toContain(texts.one)
      expect(shown).toContain(texts.partly)
      for (const slug of ['no-degree-required', 'value-shared-life-experience', 'fair-pay-scale']) expect(shown).not.toContain(slug)
      expect(await page.locator('#field-status').innerText()).toContain(language === 'es' ? 'Pendiente de revisión' : 'Pending review')
      // Reviewers read; only an admin may change what the employer wrote.
      expect(await page.locator('#field-commitments input[type="checkbox"]').count()).toBe(0)
      await context.close()
    }, 120_000)
  }

  it('the pledge list fits 1280 px and reads Yes / Sí for a ticked box', async () => {
    for (const language of ['en', 'es'] as const) {
      const { context, page } = await signedIn(reviewer.email, language)
      await page.goto(`${cms.url}/admin/collections/pledges`)
      const headings = page.locator('table thead th')
      await headings.last().waitFor()
      const last = (await headings.last().boundingBox())!
      expect(last.x + last.width).toBeLessThanOrEqual(1280)
      const table = await page.locator('.table').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
      expect(table.scroll).toBeLessThanOrEqual(table.client)
      const cells = (await page.locator('table tbody tr').first().locator('td').allInnerTexts()).map((text) => text.trim())
      expect(cells).toContain(language === 'es' ? 'Sí' : 'Yes')
      expect(cells.join(' ')).not.toMatch(/true|verdadero/)
      await context.close()
    }
  }, 120_000)
})

describe('the admin header', () => {
  it('names the locale being edited from the moment staff sign in, never "undefined"', async () => {
    for (const language of ['en', 'es'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await context.addCookies([{ name: 'payload-lng', value: language, url: cms.url }])
      const page = await context.newPage()
      const job = await firstId(admin, 'job-postings')
      await page.goto(`${cms.url}/admin/login?redirect=${encodeURIComponent(`/admin/collections/job-postings/${job}`)}`)
      await page.fill('#field-email', editor.email)
      await page.fill('#field-password', password)
      // Every text the header's locale switcher shows, from the click on "Login" on.
      await page.evaluate(() => {
        const seen: string[] = ((window as unknown as { seen: string[] }).seen = [])
        new MutationObserver(() => {
          for (const label of document.querySelectorAll<HTMLElement>('.app-header .localizer-button')) {
            if (label.innerText.trim() && seen.at(-1) !== label.innerText) seen.push(label.innerText)
          }
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
      })
      await page.click('button[type="submit"]')
      const current = page.locator('.app-header .localizer .localizer-button__current-label')
      await expect.poll(() => current.innerText().catch(() => ''), eventually).toBe('English')
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
      expect(seen.length).toBeGreaterThan(0)
      for (const text of seen) expect(text).not.toContain('undefined')

      await page.goto(`${cms.url}/admin/collections/job-postings/${job}?locale=es`)
      await expect.poll(() => current.innerText(), eventually).toBe('Español')
      expect(await page.locator('.app-header').innerText()).toContain(language === 'es' ? 'Idioma' : 'Locale')
      // Back to English, which the editor's tests below edit in (the admin remembers the choice).
      await page.goto(`${cms.url}/admin/collections/job-postings/${job}?locale=en`)
      await expect.poll(() => current.innerText(), eventually).toBe('English')
      await context.close()
    }
  }, 120_000)
})

describe('an editor', () => {
  let context: BrowserContext
  let page: Page
  beforeAll(async () => {
    ;({ context, page } = await signedIn(editor.email, 'en'))
  }, 120_000)
  afterAll(() => context?.close())

  it('restores a draft version of a live job, and the job stays on the site', async () => {
    const slug = `restore-in-admin-${Date.now().toString(36)}`
    const body = await jobPostingBody(admin, { title: `${slug} live`, slug, summary: 'A job to restore a draft version of.' })
    const created = await editorApi.rest('POST', '/api/job-postings', { body })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id
    expect((await editorApi.rest('PATCH', `/api/job-postings/${id}?draft=true`, { body: { title: `${slug} draft`, _status: 'draft' } })).status).toBe(200)
    expect((await editorApi.rest('PATCH', `/api/job-postings/${id}`, { body: { title: `${slug} newest`, _status: 'published' } })).status).toBe(200)
    const versions = await editorApi.rest('GET', `/api/job-postings/versions?where[parent][equals]=${id}&depth=0&limit=20`)
    const draftVersion = versions.json.docs.find((v: { version: { title: string } }) => v.version.title === `${slug} draft`)

    await page.goto(`${cms.url}/admin/collections/job-postings/${id}/versions/${draftVersion.id}`)
    await page.locator('.restore-version button').first().click()
    await page.locator('#confirm-action').waitFor()
    expect(await page.locator('body').innerText()).toContain('the published page stays on the site until you publish')
    await page.click('#confirm-action')
    await page.waitForURL((url) => url.pathname.endsWith(`/job-postings/${id}`))
    await expect.poll(() => page.locator('#field-title').inputValue(), eventually).toBe(`${slug} draft`)

    const live = (await client(cms.url).rest('GET', `/api/job-postings/${id}?depth=0`)).json
    expect(live._status).toBe('published')
    expect(live.title).toBe(`${slug} newest`)
  }, 120_000)

  it('publishes a job in Español with one duty left untranslated, which stays English', async () => {
    const slug = `partly-spanish-${Date.now().toString(36)}`
    const body = {
      ...(await jobPostingBody(admin, { title: `${slug} in English`, slug, summary: 'A job translated in part.' })),
      duties: [{ text: 'Visit families at home.' }, { text: 'Keep visit notes up to date.' }],
    }
    const created = await editorApi.rest('POST', '/api/job-postings?locale=en', { body })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id

    const { context, page } = await signedIn(editor.email, 'es')
    await page.goto(`${cms.url}/admin/collections/job-postings/${id}?locale=es`)
    await page.locator('#field-title').fill('Promotora de salud (en parte)')
    await page.locator('#field-summary').fill('Un empleo traducido en parte.')
    await page.locator('#field-duties').scrollIntoViewIfNeeded()
    await page.locator('#field-duties__0__text').fill('Visitar a las familias en casa.')
    await page.locator('#field-duties__1__text').fill('')
    await page.click('#action-save')
    await page.locator('[data-sonner-toast][data-type="success"]').last().waitFor()
    expect(await page.locator('[data-sonner-toast][data-type="error"]').count()).toBe(0)

    const all = (await editorApi.rest('GET', `/api/job-postings/${id}?locale=all&depth=0`)).json
    expect(all._status).toBe('published')
    expect(all.title.es).toBe('Promotora de salud (en parte)')
    expect(all.duties[0].text).toEqual({ en: 'Visit families at home.', es: 'Visitar a las familias en casa.' })
    expect(all.duties[1].text.es ?? null).toBeNull()
    const spanish = (await client(cms.url).rest('GET', `/api/job-postings/${id}?locale=es&depth=0`)).json
    expect(spanish.duties.map((d: { text: string }) => d.text)).toEqual(['Visitar a las familias en casa.', 'Keep visit notes up to date.'])
    await context.close()
  }, 120_000)

  it('adds a duty row that is open for typing', async () => {
    await page.goto(`${cms.url}/admin/collections/job-postings/create`)
    const duties = page.locator('#field-duties')
    await duties.scrollIntoViewIfNeeded()
    await duties.getByRole('button', { name: 'Add Duty' }).click()
    const input = page.locator('#field-duties__0__text')
    await input.waitFor({ state: 'visible' })
    await input.fill('Connect patients to food and housing resources')
    expect(await input.inputValue()).toBe('Connect patients to food and housing resources')
  }, 120_000)

  it('downloads a CSV template that imports as it is, with one row filled in', async () => {
    const stamp = Date.now().toString(36)
    // One listing of each kind, typed into the template's own columns.
    const filled: Record<'job-postings' | 'training-programs', Record<string, string>> = {
      'job-postings': {
        slug: `job-from-template-${stamp}`,
        title: 'Promotora from the template',
        summary: 'A job typed into the downloaded template.',
        ...requiredJobCells,
      },
      'training-programs': {
        slug: `training-from-template-${stamp}`,
        title: 'CHW basics from the template',
        provider: 'example-bayview-health-system',
        summary: 'A training typed into the downloaded template.',
        workerTypes: 'community-health-worker',
        format: 'online',
        pace: 'self-paced',
        languages: 'english',
        regions: 'Sonoma County',
        cost_type: 'free',
        registrationUrl: 'https://example.org/register',
      },
    }
    await page.goto(`${cms.url}/admin/csv-import`)
    for (const collection of ['job-postings', 'training-programs'] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-template="${collection}"]`)])
      const text = readFileSync((await download.path())!, 'utf8')
      const header = parse(text, { bom: true, to_line: 1 })[0] as string[]
      expect(header).toContain('title')

      // The template as downloaded: no column is unknown or missing (it has no rows yet, which is all the check says).
      const empty = await importCsv(collection, text, 'check')
      expect(empty.json.problems.filter((p: { column?: string }) => p.column)).toEqual([])

      const cells = filled[collection]
      const imported = await importCsv(collection, `${text}${csvLine(header, cells)}\r\n`, 'all')
      expect(imported.json.problems).toEqual([])
      expect(imported.json.created).toBe(1)
      const saved = await editorApi.rest('GET', `/api/${collection}?where[slug][equals]=${cells.slug}&draft=true&depth=0`)
      expect(saved.json.docs[0]?.title).toBe(cells.title)
    }
  }, 120_000)
})

function importCsv(collection: string, csv: string, mode: 'check' | 'all') {
  const form = new FormData()
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'template.csv')
  form.set('collection', collection)
  form.set('mode', mode)
  return editorApi.rest('POST', '/api/csv-import', { form })
}
