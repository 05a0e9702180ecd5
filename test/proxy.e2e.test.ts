/**
 * The portal as a small nonprofit runs it on one server: Debian's caddy with the shipped
 * deploy/Caddyfile in front of the real CMS (`next start`, seeded SQLite, listening on 127.0.0.1)
 * and the static site, built the way a build hook builds it (`npm run build:site` fetching the
 * snapshot from the CMS through caddy). One origin; everything below goes through caddy:
 * - the pledge form, signed in Chromium against the real CMS;
 * - staff sign in at /admin and publish a job's new title, with no Content-Security-Policy
 *   violation; after a rebuild the site shows the new title;
 * - the rate limits count the client's own address: a forged X-Forwarded-For resets neither the
 *   pledge limit nor the sign-in limit;
 * - headers (a CSP each for the site and the admin, no HSTS over plain HTTP, gzip), body limits
 *   (413 from caddy), the site's 404 page, trailing slashes.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rootDir, run } from '../scripts/lib/processes.ts'
import { freePort } from '../scripts/lib/ports.ts'
import { launchBrowser } from './helpers/browser.ts'
import { type RunningCaddy, startCaddy } from './helpers/caddy.ts'
import { type Client, client, login } from './helpers/http.ts'
import { hydratePledge } from './helpers/pledge-site.ts'
import { formBody, validSubmission } from './helpers/pledges.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

const root = mkdtempSync(join(tmpdir(), 'chw-proxy-'))
const siteRoot = join(root, 'site')
const jobSlug = 'example-community-health-worker-massachusetts-statewide-0005'
const newTitle = `Community Health Worker, published through the proxy ${Date.now()}`

let origin: string
let cms: RealCms
let caddy: RunningCaddy
let browser: Browser
let staff: Client

/** What a static host's build hook runs: the snapshot from the CMS (through caddy), then Astro. */
async function buildSite() {
  await run('node', ['scripts/build-site.ts', '--silent'], {
    PORTAL_CONTENT_URL: origin,
    SITE_BUILD_TOKEN: cms.env.SITE_BUILD_TOKEN!,
    PORTAL_OUT_DIR: siteRoot,
    SITE_URL: origin,
    PUBLIC_CMS_URL: origin,
  })
}

/** Console messages and `securitypolicyviolation` events that report a blocked resource. */
function watchCsp(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message)
  })
  return violations
}

beforeAll(async () => {
  // The CMS must know its public origin (caddy's) before it starts: CORS, CSRF and cookies use it.
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  cms = await seededCms({ dir: root, siteUrl: origin, env: { CMS_URL: origin } })
  caddy = await startCaddy({ port, env: { SITE_ROOT: siteRoot, CMS_UPSTREAM: new URL(cms.url).host } })
  await buildSite()
  staff = client(origin, await login(origin, testAdmin.email, testAdmin.password))
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await caddy?.close()
  await cms?.stop()
  rmSync(root, { recursive: true, force: true })
})

describe('the site and the CMS behind caddy', () => {
  it('signs the pledge in the browser, and staff see it', async () => {
    const page = await browser.newPage()
    const violations = watchCsp(page)
    const organization = `Clínica Proxy ${Date.now()}`
    await page.goto(`${origin}/pledge/`)
    await hydratePledge(page)
    await page.fill('#pledge-organization-name', organization)
    await page.selectOption('#pledge-organization-kind', 'clinic')
    await page.selectOption('#pledge-organization-region', 'napa-county')
    await page.fill('#pledge-organization-chwCount', '3')
    await page.fill('#pledge-contact-name', 'Rosa Contacto')
    await page.fill('#pledge-contact-title', 'Directora')
    await page.fill('#pledge-contact-email', `proxy-${Date.now()}@clinica.example.org`)
    await page.check('#commit-hiring-no-degree-required')
    await page.fill('#pledge-signerName', 'Rosa Contacto')
    await page.fill('#pledge-signerTitle', 'Directora')
    await page.check('#pledge-agreed')
    await page.click('#pledge-submit')
    await page.waitForSelector('#confirmation-title', { timeout: 30_000 })
    const reference = /PLG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await page.textContent('.pledge-app')) ?? '')?.[0]
    expect(reference).toBeTruthy()
    const { json } = await staff.rest('GET', `/api/pledges?where[reference][equals]=${reference}&depth=0`)
    expect(json.docs.map((p: { organizationName: string }) => p.organizationName)).toEqual([organization])
    expect(violations).toEqual([])
    await page.close()
  })

  it('searches the site in the browser (the index and its worker load under the CSP)', async () => {
    const page = await browser.newPage()
    const violations = watchCsp(page)
    await page.goto(`${origin}/search/`)
    await page.waitForSelector('search-app[data-ready]')
    await page.fill('#search-q', 'doula')
    await expect.poll(() => page.locator('.search-results a').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(violations).toEqual([])
    await page.close()
  })

  it('lets staff sign in at /admin and publish; the rebuilt site shows the change', async () => {
    const page = await browser.newPage()
    const violations = watchCsp(page)
    // Anything the admin loads that the proxy does not send to the CMS would be the site's 404.
    const missing: string[] = []
    page.on('response', (response) => {
      if (response.status() === 404) missing.push(response.url())
    })
    await page.goto(`${origin}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.fill('#field-email', testAdmin.email)
    await page.fill('#field-password', testAdmin.password)
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 }), page.click('button[type="submit"]')])
    await page.waitForSelector('#nav-job-postings', { state: 'attached', timeout: 60_000 })

    const { json } = await staff.rest('GET', `/api/job-postings?where[slug][equals]=${jobSlug}&depth=0`)
    const job = json.docs[0]
    expect(job.title).not.toBe(newTitle)
    await page.goto(`${origin}/admin/collections/job-postings/${job.id}`)
    await page.locator('#field-title').fill(newTitle)
    await page.click('#action-save')
    await page.locator('[data-sonner-toast][data-type="success"]').last().waitFor({ timeout: 60_000 })
    expect(violations).toEqual([])
    expect(missing).toEqual([])
    await page.close()

    expect(await (await fetch(`${origin}/jobs/${jobSlug}/`)).text()).not.toContain(newTitle)
    await buildSite()
    const response = await fetch(`${origin}/jobs/${jobSlug}/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(newTitle)
  }, 240_000)
})

describe('the rate limits see the real client address', () => {
  const submit = (headers: Record<string, string> = {}, base = origin) =>
    fetch(`${base}/api/pledges`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(formBody(validSubmission())),
    })
  const forged: Record<string, string>[] = [
    { 'X-Forwarded-For': '1.2.3.4' },
    { 'X-Forwarded-For': '1.2.3.4, 5.6.7.8' },
    { 'X-Real-IP': '1.2.3.4' },
    { Forwarded: 'for=1.2.3.4' },
  ]

  it('refuses the sixth pledge from one address, forged X-Forwarded-For or not', async () => {
    // The browser's pledge above was the first from this address (PLEDGE_RATE_LIMIT 5/600).
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await submit()).status)
    expect(statuses).toEqual([201, 201, 201, 201])
    const sixth = await submit()
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0)
    for (const headers of forged) expect((await submit(headers)).status, JSON.stringify(headers)).toBe(429)
    // Straight to the CMS (which is why it must listen on 127.0.0.1 only) the same header is believed.
    expect((await submit({ 'X-Forwarded-For': '1.2.3.4' }, cms.url)).status).toBe(201)
  })

  it('refuses sign-ins after ten failures from one address, forged X-Forwarded-For or not', async () => {
    const signIn = (headers: Record<string, string> = {}) =>
      fetch(`${origin}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ email: 'nobody@portal.test', password: 'wrong-password-for-the-test' }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await signIn()).status)
    expect(statuses.every((s) => s === 401)).toBe(true)
    expect((await signIn()).status).toBe(429)
    for (const headers of forged) expect((await signIn(headers)).status, JSON.stringify(headers)).toBe(429)
  }, 120_000)
})

describe('what caddy adds', () => {
  const adminPolicy = /^default-src 'self'; script-src 'self' 'unsafe-inline';.*frame-ancestors 'self'$/

  it('sends a CSP for the site and another for the admin, one each, and no HSTS over plain HTTP', async () => {
    const page = await fetch(`${origin}/jobs/`)
    const sitePolicy = page.headers.get('content-security-policy')
    expect(sitePolicy).toMatch(/^default-src 'self';/)
    expect(sitePolicy).toContain("connect-src 'self'")
    expect(sitePolicy).toContain("frame-ancestors 'none'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(page.headers.get('strict-transport-security')).toBeNull()
    expect(page.headers.get('server')).toBeNull()

    const admin = await fetch(`${origin}/admin/login`)
    expect(admin.status).toBe(200)
    // The CMS's own "frame-ancestors 'self'" is replaced, not sent as a second policy.
    expect(admin.headers.get('content-security-policy')).toMatch(adminPolicy)
    expect(admin.headers.get('x-content-type-options')).toBe('nosniff')
    expect(admin.headers.get('strict-transport-security')).toBeNull()
    // Headers the CMS sets itself stay as they are.
    const snapshot = (base: string) => fetch(`${base}/api/snapshot`, { headers: { Authorization: `Bearer ${cms.env.SITE_BUILD_TOKEN}` } })
    const [proxied, direct] = await Promise.all([snapshot(origin), snapshot(cms.url)])
    expect(proxied.status).toBe(200)
    for (const name of ['referrer-policy', 'x-content-type-options', 'cache-control']) expect(proxied.headers.get(name), name).toBe(direct.headers.get(name))
  })

  it('compresses pages', async () => {
    const response = await fetch(`${origin}/jobs/`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(await response.text()).toContain('</html>')
  })

  it('answers unknown paths with the site 404 page, and adds the trailing slash', async () => {
    const missing = await fetch(`${origin}/no-such-page/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('<h2 id="not-found-es">')
    const bare = await fetch(`${origin}/jobs`, { redirect: 'manual' })
    expect(bare.status).toBe(308)
    expect(bare.headers.get('location')).toBe('/jobs/')
  })

  it('refuses request bodies over 1 MB to the CMS, and over 10 MB for uploads, before the CMS reads them', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1)
    const graphql = await fetch(`${origin}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big })
    expect(graphql.status).toBe(413)
    expect((await graphql.json()).errors[0].message).toContain('La solicitud es demasiado grande')
    // Without a declared length (chunked), caddy stops reading at the limit.
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(512 * 1024)))
        controller.close()
      },
    })
    const chunked = await fetch(`${origin}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit)
    expect(chunked.status).toBe(413)
    // An upload (multipart) under 10 MB passes caddy, and the CMS answers (here: not signed in).
    const multipart = { 'Content-Type': 'multipart/form-data; boundary=x' }
    const upload = await fetch(`${origin}/api/media`, { method: 'POST', headers: multipart, body: 'x'.repeat(2 * 1024 * 1024) })
    expect(upload.status).not.toBe(413)
    const tooBig = await fetch(`${origin}/api/media`, { method: 'POST', headers: multipart, body: 'x'.repeat(10_000_001) })
    expect(tooBig.status).toBe(413)
  })
})

describe('the two-host variant (deploy/Caddyfile.two-hosts)', () => {
  it('serves the site on one name and the CMS on the other, with the same limits and headers', async () => {
    const [sitePort, cmsPort] = [await freePort(), await freePort()]
    const cmsOrigin = `http://127.0.0.1:${cmsPort}`
    const twoHosts = await startCaddy({
      port: sitePort,
      config: 'deploy/Caddyfile.two-hosts',
      env: { SITE_ROOT: siteRoot, CMS_UPSTREAM: new URL(cms.url).host, CMS_ADDRESS: cmsOrigin, CMS_ORIGIN: cmsOrigin },
    })
    try {
      const page = await fetch(`${twoHosts.url}/jobs/`)
      expect(page.status).toBe(200)
      // The pledge form on the site's pages may post to the CMS's name.
      expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${cmsOrigin};`)
      // The site's name does not lead to the CMS.
      const admin = await fetch(`${twoHosts.url}/admin/login`)
      expect(admin.status).toBe(404)
      expect(await admin.text()).toContain('<h2 id="not-found-es">')

      const api = await fetch(`${cmsOrigin}/api/regions?limit=1`)
      expect(api.status).toBe(200)
      expect((await api.json()).docs).toHaveLength(1)
      expect(api.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/)
      const big = await fetch(`${cmsOrigin}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: 'x'.repeat(1024 * 1024 + 1),
      })
      expect(big.status).toBe(413)
    } finally {
      await twoHosts.close()
    }
  })
})

it('both files load with production addresses (automatic HTTPS)', () => {
  for (const [config, env] of [
    ['deploy/Caddyfile', { SITE_ADDRESS: 'example.org' }],
    ['deploy/Caddyfile.two-hosts', { SITE_ADDRESS: 'example.org', CMS_ADDRESS: 'cms.example.org', CMS_ORIGIN: 'https://cms.example.org' }],
  ] as const) {
    const output = execFileSync('caddy', ['validate', '--config', join(rootDir, config), '--adapter', 'caddyfile'], {
      cwd: root,
      env: { ...process.env, HOME: root, XDG_DATA_HOME: join(root, 'caddy-data'), XDG_CONFIG_HOME: join(root, 'caddy-config'), SITE_ROOT: siteRoot, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString()
    expect(output, config).toContain('Valid configuration')
  }
})
