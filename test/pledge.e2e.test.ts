/**
 * The pledge in a real Chromium, against a site built to post to a contract server this test
 * runs (test/helpers/pledge-cms.ts), with one fixture signatory:
 * - self-assessment and signing with the keyboard alone, in English and in Spanish, checking what
 *   the server received (no honeypot value, the idempotency key, the locale) and the confirmation;
 * - errors shown per field in the page's language, summarised, announced and linked;
 * - a reload keeps what was typed; a portal that is down gets a Retry with the same key;
 * - the signatory page, its badge and its embed code; axe on all of these at 320px.
 */
import { createRequire } from 'node:module'
import { XMLValidator } from 'fast-xml-parser'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Signatory } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import en from '../site/i18n/en.json'
import es from '../site/i18n/es.json'
import { launchBrowser } from './helpers/browser.ts'
import { type PledgeCms, startPledgeCms } from './helpers/pledge-cms.ts'
import { type PledgeSite, buildPledgeSite, hydratePledge } from './helpers/pledge-site.ts'

const signatory: Signatory = {
  slug: 'clinica-salud-y-familia',
  organizationName: 'Clínica <Salud> & Familia',
  kind: 'clinic',
  region: 'sonoma-county',
  website: 'https://clinica.example.org/',
  commitments: [
    { area: 'hiring', recommendations: ['no-degree-required', 'chws-on-interview-panels'] },
    { area: 'pay-and-benefits', recommendations: ['fair-pay-scale'] },
  ],
  statement: 'We <3 our CHWs & promotores.',
  approvedAt: '2026-10-01T12:00:00.000Z',
  renewalDue: '2027-10-01T12:00:00.000Z',
}
const snapshot = await readSnapshot()
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

let cms: PledgeCms
let site: PledgeSite
let browser: Browser

beforeAll(async () => {
  cms = await startPledgeCms()
  site = await buildPledgeSite({ cmsUrl: cms.url, signatories: [signatory] })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await cms?.close()
})

/** A fresh browser profile (empty localStorage) with the page open and its island hydrated (after a pointer press on it). */
async function openPledge(path: string, options: { context?: BrowserContext } = {}): Promise<{ page: Page; context: BrowserContext; failed: string[] }> {
  const context = options.context ?? (await browser.newContext())
  const page = await context.newPage()
  const failed: string[] = []
  page.on('response', (r) => r.status() >= 400 && !r.url().startsWith(cms.url) && failed.push(`${r.status()} ${r.url()}`))
  await page.goto(`${site.url}${path}`)
  await hydratePledge(page)
  return { page, context, failed }
}

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    return { id: el?.id ?? '', name: el?.getAttribute('name') ?? '', tag: el?.tagName ?? '' }
  })

/** Presses Tab until `selector` has focus. Never lands on the honeypot. */
async function tabTo(page: Page, selector: string, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
    expect((await active(page)).id, 'the honeypot must not be reachable by Tab').not.toBe('pledge-fax')
  }
  throw new Error(`Tab never reached ${selector}`)
}

async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, `#${id}`)
  await page.keyboard.type(text)
}

/** A closed select: ArrowDown from the "Choose one" option to the wanted one. */
async function chooseWithArrows(page: Page, id: string, value: string) {
  await tabTo(page, `#${id}`)
  const index = await page.$eval(`#${id}`, (select, v) => [...(select as HTMLSelectElement).options].findIndex((o) => o.value === v), value)
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown')
  expect(await page.inputValue(`#${id}`)).toBe(value)
}

/** Rates areas with the keyboard: Space picks "not started", each ArrowRight the next answer. */
async function rateByKeyboard(page: Page, ratings: Record<string, number>) {
  for (const [area, steps] of Object.entries(ratings)) {
    await tabTo(page, `input[name="rating-${area}"]`)
    await page.keyboard.press('Space')
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight')
  }
}

type Person = { org: string; email: string; kind: string; region: string }

async function signByKeyboard(page: Page, person: Person) {
  await typeInto(page, 'pledge-organization-name', person.org)
  await chooseWithArrows(page, 'pledge-organization-kind', person.kind)
  await chooseWithArrows(page, 'pledge-organization-region', person.region)
  await typeInto(page, 'pledge-organization-website', 'https://clinica.example.org')
  await typeInto(page, 'pledge-organization-chwCount', '12')
  await typeInto(page, 'pledge-contact-name', 'Ana Pérez')
  await typeInto(page, 'pledge-contact-title', 'Directora')
  await typeInto(page, 'pledge-contact-email', person.email)
  await typeInto(page, 'pledge-contact-phone', '+1 707 555 0100')
  await tabTo(page, '#pledge-commitments')
  await page.keyboard.press('Space')
  await tabTo(page, '#commit-hiring-no-degree-required')
  await page.keyboard.press('Space')
  await tabTo(page, '#commit-pay-and-benefits-fair-pay-scale')
  await page.keyboard.press('Space')
  await typeInto(page, 'pledge-statement', 'Nuestros promotores son el corazón de la clínica.')
  await tabTo(page, '#pledge-consentToList')
  await page.keyboard.press('Space')
  await typeInto(page, 'pledge-signerName', 'Ana Pérez')
  await typeInto(page, 'pledge-signerTitle', 'Directora')
  await tabTo(page, '#pledge-agreed')
  await page.keyboard.press('Space')
}

async function submitByKeyboard(page: Page) {
  await tabTo(page, '#pledge-submit')
  await page.keyboard.press('Enter')
}

async function openProgress(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${site.url}${path}`)
  await page.waitForSelector('astro-island:not([ssr])')
  return { page, context }
}

async function submitProgress(page: Page) {
  await tabTo(page, '#progress-submit')
  await page.keyboard.press('Enter')
}

const storedDraft = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('chw-portal:pledge-draft') ?? 'null'))

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource })
  const violations = (await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })) as string[]
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  return overflow > 0 ? [...violations, `needs ${overflow}px of sideways scrolling`] : violations
}

describe('self-assessment and signing, keyboard only', () => {
  it('in English: rates, shows the result with toolkits for the weakest areas, signs and confirms', async () => {
    const { page, context, failed } = await openPledge('/pledge/')
    // Recruitment fully, hiring not started, training partly, scope planning, pay not started.
    await rateByKeyboard(page, { recruitment: 3, hiring: 0, training: 2, 'scope-and-role': 1, 'pay-and-benefits': 0 })
    await tabTo(page, '#assessment-show')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await active(page)).id).toBe('results-title')
    const results = page.locator('#assessment-results')
    const text = (await results.textContent()) ?? ''
    expect(text).toContain('Recruitment: Fully in place')
    expect(text).toContain('Hiring: Not started')
    expect(text).toContain('Your weakest areas: Hiring, Pay and benefits.')
    // The suggested toolkits are exactly those tagged with a weakest area.
    const expected = snapshot.toolkits
      .filter((t) => t.frameworkAreas.some((a) => a === 'hiring' || a === 'pay-and-benefits'))
      .map((t) => `/toolkits/${t.slug}/`)
    expect((await results.locator('.toolkit-suggestions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(expected.sort())
    // Printing shows the result alone.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('#pledge-form-title').isVisible()).toBe(false)
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await results.isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    const before = cms.received.length
    await signByKeyboard(page, { org: 'Clínica del Valle', email: 'ana@clinica.example.org', kind: 'clinic', region: 'sonoma-county' })
    await submitByKeyboard(page)
    await expect.poll(async () => (await active(page)).id, { timeout: 20_000 }).toBe('confirmation-title')

    const posts = cms.received.slice(before).filter((r) => r.method === 'POST')
    expect(posts).toHaveLength(1)
    const body = posts[0].body
    expect(body.fax).toBe('')
    expect(body.idempotencyKey).toMatch(uuid)
    expect(body.locale).toBe('en')
    expect(body.organization).toEqual({
      name: 'Clínica del Valle',
      kind: 'clinic',
      region: 'sonoma-county',
      website: 'https://clinica.example.org',
      chwCount: 12,
    })
    expect(body.contact).toEqual({ name: 'Ana Pérez', title: 'Directora', email: 'ana@clinica.example.org', phone: '+1 707 555 0100' })
    expect(body.commitments).toEqual([
      { area: 'recruitment', recommendations: ['recruit-from-communities-served'] },
      { area: 'hiring', recommendations: ['no-degree-required'] },
      { area: 'pay-and-benefits', recommendations: ['fair-pay-scale'] },
    ])
    expect(body.selfAssessment).toEqual([
      { area: 'recruitment', rating: 'fully' },
      { area: 'hiring', rating: 'not-started' },
      { area: 'training', rating: 'partly' },
      { area: 'scope-and-role', rating: 'planning' },
      { area: 'pay-and-benefits', rating: 'not-started' },
    ])
    expect(body).toMatchObject({ consentToList: true, agreed: true, signerName: 'Ana Pérez', signerTitle: 'Directora' })

    const reference = cms.pledges.get(body.idempotencyKey)!.reference
    expect(await page.locator('[data-reference]').textContent()).toBe(reference)
    expect(await page.locator('.confirmation').textContent()).toContain(en['pledge.status.emailSent'])
    // After a success the next attempt gets a new key; the confirmation survives a reload.
    expect((await storedDraft(page)).keyState).toEqual({})
    await page.reload()
    await page.waitForSelector('astro-island:not([ssr]) .pledge-app[data-ready]')
    expect(await page.locator('[data-reference]').textContent()).toBe(reference)
    // Clearing the draft, by keyboard.
    await tabTo(page, '.confirmation button')
    await page.keyboard.press('Enter')
    expect(await storedDraft(page)).toMatchObject({ form: { organization: { name: '' } }, ratings: {} })
    expect(await page.locator('#pledge-status').textContent()).toBe(en['pledge.status.cleared'])
    expect(failed).toEqual([])
    await context.close()
  })

  it('in Spanish: errors in Spanish, summarised and linked; a 400 from the portal; then signed with locale es', async () => {
    const { page, context } = await openPledge('/es/pledge/')
    const postsBefore = cms.received.filter((r) => r.method === 'POST').length
    await rateByKeyboard(page, { hiring: 2 })
    // Submitting the empty form: the summary takes focus, announces itself and links each field.
    await submitByKeyboard(page)
    await expect.poll(async () => page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
    const summary = page.locator('.error-summary')
    expect(await summary.locator('[role="alert"] h3').textContent()).toBe(es['pledge.errors.title'])
    const messages = await summary.locator('a').allTextContents()
    expect(messages).toEqual([
      es['pledge.error.organization.name'],
      es['pledge.error.organization.kind'],
      es['pledge.error.organization.region'],
      es['pledge.error.organization.chwCount'],
      es['pledge.error.contact.name'],
      es['pledge.error.contact.title'],
      es['pledge.error.contact.email'],
      es['pledge.error.commitments'],
      es['pledge.error.signerName'],
      es['pledge.error.signerTitle'],
      es['pledge.error.agreed'],
    ])
    // Each field says what is wrong, tied to it with aria-describedby.
    const email = page.locator('#pledge-contact-email')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    const describedBy = (await email.getAttribute('aria-describedby'))!.split(' ')
    expect(describedBy).toContain('pledge-contact-email-error')
    expect(await page.locator('#pledge-contact-email-error').textContent()).toBe(`${es['pledge.errors.prefix']} ${es['pledge.error.contact.email']}`)
    // A summary link moves focus to its field.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect((await active(page)).id).toBe('pledge-organization-name')
    expect(cms.received.filter((r) => r.method === 'POST')).toHaveLength(postsBefore) // nothing sent for an invalid form

    // Typing fixes an error as soon as it is fixed.
    await page.keyboard.type('Promotores Unidos')
    expect(await page.locator('#pledge-organization-name-error').count()).toBe(0)
    await signByKeyboard(page, { org: '', email: 'maria@promotores.example.org', kind: 'cbo', region: 'napa-county' })

    // The portal rejects the email: its field shows our Spanish message, not the server's English.
    cms.respondNext({
      status: 400,
      body: {
        errors: [
          { field: 'contact.email', message: 'server: bad email' },
          { field: 'idempotencyKey', message: 'clave rechazada' },
        ],
      },
    })
    const before = cms.received.length
    await submitByKeyboard(page)
    await expect.poll(async () => page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
    expect(await summary.locator('a').allTextContents()).toEqual([es['pledge.error.contact.email'], 'clave rechazada'])
    const rejectedKey = cms.received[before].body.idempotencyKey
    // Editing after a definite rejection starts a new attempt with a new key.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect((await active(page)).id).toBe('pledge-contact-email')
    await page.keyboard.press('End')
    await page.keyboard.type('m')
    expect(await page.locator('#pledge-contact-email-error').count()).toBe(0)
    await submitByKeyboard(page)
    await expect.poll(async () => (await active(page)).id, { timeout: 20_000 }).toBe('confirmation-title')
    const body = cms.received.at(-1)!.body
    expect(body.idempotencyKey).toMatch(uuid)
    expect(body.idempotencyKey).not.toBe(rejectedKey)
    expect(body.locale).toBe('es')
    expect(body.fax).toBe('')
    expect(body.contact.email).toBe('maria@promotores.example.orgm')
    expect(body.selfAssessment).toEqual([{ area: 'hiring', rating: 'partly' }])
    expect(await page.locator('.confirmation h3').textContent()).toBe(es['pledge.status.confirmed'])
    await context.close()
  })
})

describe('nothing typed is lost', () => {
  it('a reload mid-form keeps the answers, in either language', async () => {
    const { page, context } = await openPledge('/pledge/')
    await rateByKeyboard(page, { training: 1 })
    await typeInto(page, 'pledge-organization-name', 'Clínica Reload')
    await typeInto(page, 'pledge-contact-email', 'reload@example.org')
    await tabTo(page, '#commit-training-shared-team-training')
    await page.keyboard.press('Space')
    await page.reload()
    await page.waitForSelector('astro-island:not([ssr]) .pledge-app[data-ready]')
    expect(await page.inputValue('#pledge-organization-name')).toBe('Clínica Reload')
    expect(await page.inputValue('#pledge-contact-email')).toBe('reload@example.org')
    expect(await page.isChecked('#commit-training-shared-team-training')).toBe(true)
    expect(await page.isChecked('#rating-training-planning')).toBe(true)
    expect(await page.locator('.pledge-app > .notice').textContent()).toContain(en['pledge.form.restored'])
    // The draft is the same in Spanish.
    await page.goto(`${site.url}/es/pledge/`)
    await page.waitForSelector('astro-island:not([ssr]) .pledge-app[data-ready]')
    expect(await page.inputValue('#pledge-organization-name')).toBe('Clínica Reload')
    await context.close()
  })

  it('works from the first key press, before the island has loaded: what was typed is kept and a submit waits for it', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    // Hold the island's JavaScript back until released, as a slow connection would.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const requested: string[] = []
    await page.route('**/_astro/*.js', async (route) => {
      requested.push(route.request().url())
      await held
      await route.continue()
    })
    await page.goto(`${site.url}/es/pledge/`)
    await page.waitForSelector('[data-inert-until-script]:not([inert]) .pledge-app')
    expect(requested, 'nothing of the island is fetched before an interaction').toEqual([])
    await rateByKeyboard(page, { hiring: 2 })
    expect(requested.length, 'the first interaction fetches it').toBeGreaterThan(0)
    await signByKeyboard(page, { org: 'Clínica Temprana', email: 'temprana@example.org', kind: 'clinic', region: 'sonoma-county' })
    await submitByKeyboard(page)
    // Still the server's HTML: the submit was held back, not sent as a GET with the fields in the URL.
    expect(await page.locator('astro-island[ssr]').count()).toBe(1)
    expect(new URL(page.url()).search).toBe('')
    const before = cms.received.length
    release()
    await expect.poll(async () => (await active(page)).id, { timeout: 20_000 }).toBe('confirmation-title')
    const posts = cms.received.slice(before).filter((r) => r.method === 'POST')
    expect(posts).toHaveLength(1)
    expect(posts[0].body).toMatchObject({
      locale: 'es',
      organization: { name: 'Clínica Temprana', kind: 'clinic', region: 'sonoma-county', website: 'https://clinica.example.org', chwCount: 12 },
      contact: { name: 'Ana Pérez', title: 'Directora', email: 'temprana@example.org', phone: '+1 707 555 0100' },
      selfAssessment: [{ area: 'hiring', rating: 'partly' }],
      statement: 'Nuestros promotores son el corazón de la clínica.',
      consentToList: true,
      agreed: true,
    })
    expect(posts[0].body.commitments).toEqual([
      { area: 'recruitment', recommendations: ['recruit-from-communities-served'] },
      { area: 'hiring', recommendations: ['no-degree-required'] },
      { area: 'pay-and-benefits', recommendations: ['fair-pay-scale'] },
    ])
    await context.close()
  })

  it('the portal is down: the message says so, and Retry succeeds with the same idempotency key', async () => {
    const { page, context } = await openPledge('/pledge/')
    await signByKeyboard(page, { org: 'Clínica Sin Red', email: 'sinred@example.org', kind: 'public-health', region: 'fresno-county' })
    await cms.stop()
    try {
      await submitByKeyboard(page)
      await expect.poll(() => page.locator('#pledge-status').textContent(), { timeout: 20_000 }).toBe(en['pledge.status.unreachable'])
    } finally {
      await cms.start()
    }
    const key = (await storedDraft(page)).keyState.idempotencyKey
    expect(key).toMatch(uuid)
    // Everything typed is still there, and Retry is next in the tab order.
    expect(await page.inputValue('#pledge-organization-name')).toBe('Clínica Sin Red')
    await page.keyboard.press('Tab')
    expect((await active(page)).id).toBe('pledge-retry')
    const before = cms.received.length
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await active(page)).id, { timeout: 20_000 }).toBe('confirmation-title')
    const posts = cms.received.slice(before).filter((r) => r.method === 'POST')
    expect(posts.map((p) => p.body.idempotencyKey)).toEqual([key])
    await context.close()
  })

  it('a 5xx, then a reload, then sending again reuses the key (the CMS replays, nothing is duplicated)', async () => {
    const { page, context } = await openPledge('/pledge/')
    await signByKeyboard(page, { org: 'Clínica Reintento', email: 'reintento@example.org', kind: 'school', region: 'lane-county' })
    // A proxy answers 502: the portal could not be reached, the key is kept for the next attempt.
    cms.respondNext({ status: 502, body: '<html>Bad gateway</html>' })
    await submitByKeyboard(page)
    await expect.poll(() => page.locator('#pledge-status').textContent(), { timeout: 20_000 }).toBe(en['pledge.status.unreachable'])
    const key = cms.received.at(-1)!.body.idempotencyKey
    await page.reload()
    await page.waitForSelector('astro-island:not([ssr]) .pledge-app[data-ready]')
    await submitByKeyboard(page)
    await expect.poll(async () => (await active(page)).id, { timeout: 20_000 }).toBe('confirmation-title')
    expect(cms.received.at(-1)!.body.idempotencyKey).toBe(key)
    await context.close()
  })

  it('429 and 409 are explained without losing anything', async () => {
    const { page, context } = await openPledge('/es/pledge/')
    await signByKeyboard(page, { org: 'Clínica Espera', email: 'espera@example.org', kind: 'other', region: 'marin-county' })
    cms.respondNext(
      { status: 429, headers: { 'Retry-After': '600' }, body: { message: 'slow down' } },
      { status: 409, body: { code: 'pending-duplicate', message: 'pending' } },
    )
    await submitByKeyboard(page)
    await expect
      .poll(() => page.locator('#pledge-status').textContent())
      .toMatch(/^Se enviaron demasiados compromisos desde esta conexión\. Hora en que puede volver a intentarlo: \d/)
    await submitByKeyboard(page)
    await expect.poll(() => page.locator('#pledge-status').textContent()).toBe(es['pledge.status.duplicate'])
    expect(await page.inputValue('#pledge-organization-name')).toBe('Clínica Espera')
    await context.close()
  })
})

describe('signatories', () => {
  const path = `/pledge/signatories/${signatory.slug}/`

  it('the directory links to the signatory’s page, which shows its commitments, statement and facts', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/pledge/signatories/`)
    await page.click(`a[href="${path}"]`)
    expect(new URL(page.url()).pathname).toBe(path)
    expect(await page.locator('h1').textContent()).toBe(signatory.organizationName)
    const article = (await page.locator('article').textContent()) ?? ''
    const hiring = snapshot.framework.areas.find((a) => a.slug === 'hiring')!
    expect(article).toContain(hiring.recommendations.find((r) => r.slug === 'chws-on-interview-panels')!.text.en)
    expect(article).toContain(signatory.statement)
    expect(article).toContain('Sonoma County')
    expect(article).toContain('Clinic / FQHC')
    expect(article).toContain('October 1, 2026')
    // A detail page: no script file, only a few inline lines (the copy button, the language switch keeping the query).
    const html = await (await fetch(`${site.url}${path}`)).text()
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((m) => m[1].includes('src='))).toEqual([])
    expect(scripts.reduce((total, m) => total + m[2].length, 0)).toBeLessThan(2000)
    // Spanish page: Spanish recommendation texts.
    await page.goto(`${site.url}/es${path}`)
    expect(await page.locator('article').textContent()).toContain(hiring.recommendations[0].text.es)
    await page.close()
  })

  it('the badge is a standalone, well-formed SVG with an accessible title; the snippet embeds it', async () => {
    const response = await fetch(`${site.url}${path}badge.svg`)
    expect(response.headers.get('content-type')).toContain('image/svg+xml')
    const svg = await response.text()
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).toContain('<title id="badge-title">Clínica &lt;Salud&gt; &amp; Familia signed the Framework for Equitable Employment</title>')
    expect(await (await fetch(`${site.url}/es${path}badge.svg`)).text()).toContain('firmó el Marco para el Empleo Equitativo')

    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.goto(`${site.url}${path}`)
    expect(await page.$eval('.badge-preview img', (img) => (img as HTMLImageElement).naturalWidth)).toBe(320)
    const snippet = await page.inputValue('#badge-code')
    expect(snippet).toBe(
      `<a href="http://localhost:4321${path}"><img src="http://localhost:4321${path}badge.svg" alt="Clínica &lt;Salud&gt; &amp; Familia signed the Framework for Equitable Employment" width="320" height="80"></a>`,
    )
    // The copy button, by keyboard.
    await page.focus('#badge-code')
    await page.keyboard.press('Tab')
    expect((await active(page)).id).toBe('badge-copy')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#badge-copy-status').textContent()).toBe(en['badge.copied'])
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet)
    await context.close()

    // Without JavaScript the code is there and the button is not.
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noJs.newPage()
    await plain.goto(`${site.url}${path}`)
    expect(await plain.isVisible('#badge-copy')).toBe(false)
    expect(await plain.inputValue('#badge-code')).toBe(snippet)
    await noJs.close()
  })
})

describe('annual progress report', () => {
  it('is not indexed and not in the sitemap', async () => {
    const html = await (await fetch(`${site.url}/pledge/progress/`)).text()
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<meta name="referrer" content="no-referrer">')
    const sitemap = await (await fetch(`${site.url}/sitemap-0.xml`)).text()
    expect(sitemap).toContain('/pledge/signatories/')
    expect(sitemap).not.toContain('/pledge/progress/')
  })

  it('without a token, or with a used one, says what to do', async () => {
    cms.progressTokens.set('token-used-e2e-0123456789abcdef', 'gone')
    const { page, context } = await openProgress('/pledge/progress/')
    await expect.poll(() => page.locator('.pledge-progress [role="status"]').textContent()).toBe(en['pledge.progress.noToken'])
    await page.goto(`${site.url}/es/pledge/progress/?token=token-used-e2e-0123456789abcdef`)
    await expect.poll(() => page.locator('.pledge-progress [role="status"]').textContent()).toBe(`${es['pledge.progress.gone']} (server: link expired)`)
    await context.close()
  })

  it('reports per committed area, by keyboard, in Spanish', async () => {
    cms.progressTokens.set('token-e2e-0123456789abcdef', {
      organizationName: 'Clínica del Valle',
      areas: ['pay-and-benefits', 'hiring'],
      renewalDue: '2027-10-01T00:00:00.000Z',
    })
    const { page, context } = await openProgress('/es/pledge/progress/?token=token-e2e-0123456789abcdef')
    await page.waitForSelector('#progress-submit')
    expect(await page.locator('.pledge-progress').textContent()).toContain('Informe de avance de Clínica del Valle. Fecha de renovación: 1 de octubre de 2027.')
    // The framework's order, whatever order the CMS lists them in.
    expect(await page.locator('.pledge-progress legend').allTextContents()).toEqual(['Contratación', 'Salario y prestaciones'])
    await tabTo(page, '#progress-submit')
    await page.keyboard.press('Enter')
    await expect.poll(async () => page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([es['pledge.progress.error.rating'], es['pledge.progress.error.rating']])
    await tabTo(page, 'input[name="progress-hiring"]')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await typeInto(page, 'progress-hiring-note', 'Ya no pedimos título.')
    await tabTo(page, 'input[name="progress-pay-and-benefits"]')
    await page.keyboard.press('Space')
    await submitProgress(page)
    await expect.poll(async () => page.evaluate(() => document.activeElement?.textContent)).toBe(es['pledge.progress.sent'])
    expect(cms.reports.at(-1)).toEqual({
      token: 'token-e2e-0123456789abcdef',
      reports: [
        { area: 'hiring', rating: 'partly', note: 'Ya no pedimos título.' },
        { area: 'pay-and-benefits', rating: 'not-started' },
      ],
    })
    await context.close()
  })
})

describe('accessibility of the pledge pages (axe, 320px)', () => {
  it('has no violations on the form with errors and results shown, or on signatory pages', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } })
    const problems: string[] = []
    for (const prefix of ['', '/es']) {
      const { page } = await openPledge(`${prefix}/pledge/`, { context })
      problems.push(...(await axe(page)).map((p) => `${prefix}/pledge/ (empty): ${p}`))
      await page.check('#rating-hiring-planning')
      await page.click('#assessment-show')
      await page.click('#pledge-submit')
      await page.waitForSelector('.error-summary')
      problems.push(...(await axe(page)).map((p) => `${prefix}/pledge/ (results, errors): ${p}`))
      await page.goto(`${site.url}${prefix}/pledge/signatories/${signatory.slug}/`)
      problems.push(...(await axe(page)).map((p) => `${prefix}/pledge/signatories/…: ${p}`))
      await page.goto(`${site.url}${prefix}/pledge/signatories/`)
      problems.push(...(await axe(page)).map((p) => `${prefix}/pledge/signatories/: ${p}`))
      await page.evaluate(() => localStorage.clear())
      cms.progressTokens.set('token-axe-0123456789abcdef', { organizationName: 'Axe Clinic', areas: ['hiring'], renewalDue: '2027-10-01T00:00:00.000Z' })
      await page.goto(`${site.url}${prefix}/pledge/progress/?token=token-axe-0123456789abcdef`)
      await page.click('#progress-submit')
      await page.waitForSelector('.error-summary')
      problems.push(...(await axe(page)).map((p) => `${prefix}/pledge/progress/: ${p}`))
    }
    expect(problems).toEqual([])
    await context.close()
  })
})
