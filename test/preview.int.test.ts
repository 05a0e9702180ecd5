/**
 * Preview (issue #6) over real HTTP: the running CMS (`next start`, shared by the integration
 * tests) and the site as `npm start` serves it (`astro dev`). An editor's Preview opens the latest
 * draft on the site's own page, marked and never indexed or cached, in English or Spanish; the
 * draft stays unpublished; nobody else, and no forged or expired link, gets the draft.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signPreviewToken } from '../cms/preview/token.ts'
import { client, login, type Client } from './helpers/http.ts'
import { startDevSite, startPreviewServer, type DevSite } from './helpers/preview-site.ts'

const cmsUrl = inject('cmsUrl')
const cmsEnv = inject('cmsEnv')
const password = 'a-long-staff-password'
const anonymous = client(cmsUrl)
const draftTitle = 'Bilingual Community Health Worker (draft for preview)'
const draftTitleEs = 'Trabajador(a) Comunitario(a) de Salud bilingüe (borrador)'

let admin: Client
let editor: Client
let editorToken: string
let reviewer: Client
let site: DevSite
let job: { id: number; slug: string }
let out: string

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A write on the shared test CMS, tried again while it answers 500: its jobs queue writes every
 * second, and a write made at the same moment can meet SQLITE_BUSY and be rolled back.
 */
async function persist<T extends { status: number }>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const result = await write()
    if (result.status !== 500 || attempt === 10) return result
    await sleep(1_000)
  }
}

/**
 * A staff account and its login token. Tried again until the account can log in: a create that
 * met SQLITE_BUSY can answer 201 and still be rolled back, and logging in writes a session.
 */
async function staff(role: 'editor' | 'reviewer', email: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const created = await persist(() => admin.rest('POST', '/api/users', { body: { email, password, name: `Preview ${role}`, roles: [role] } }))
    try {
      return await login(cmsUrl, email, password)
    } catch (error) {
      if (attempt === 10) throw new Error(`${(error as Error).message} (create answered ${created.status})`)
      await sleep(1_000)
    }
  }
}

/** The oldest document: one the seed created, so it is in the published snapshot (other test files add their own meanwhile). */
const firstId = async (collection: string) => (await admin.rest('GET', `/api/${collection}?limit=1&depth=0&sort=createdAt`)).json.docs[0]
/** What the admin's Preview button does: the CMS checks the user and redirects to the site with a token. */
const openPreview = (who: Client, path: string) => who.rest('GET', path)
const tokenOf = (location: string | null) => new URL(location ?? 'http://x/').searchParams.get('token') ?? ''
const sitePage = async (path: string) => {
  const response = await fetch(`${site.url}${path}`, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, html: await response.text() }
}
const h1 = (html: string) =>
  html
    .match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]
    .replace(/<[^>]+>/g, '')
    .trim()

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  editorToken = await staff('editor', 'editor.preview@portal.test')
  editor = client(cmsUrl, editorToken)
  reviewer = client(cmsUrl, await staff('reviewer', 'reviewer.preview@portal.test'))

  // A new job, saved as a draft only (never published), in English and Spanish.
  const [employer, workerType, region] = [await firstId('organizations'), await firstId('worker-types'), await firstId('regions')]
  const draftJob = {
    title: draftTitle,
    slug: 'preview-draft-job',
    employer: employer.id,
    workerTypes: [workerType.id],
    summary: 'Connect families in the valley with care; a draft nobody outside staff may see.',
    location: { city: 'Fresno', state: 'CA', region: region.id },
    workMode: 'hybrid',
    employmentType: 'full-time',
    pay: { min: 27, max: 31, unit: 'hour', currency: 'USD' },
    howToApply: { url: 'https://example.org/apply/preview' },
    duties: [{ text: 'Visit families at home and walk them through their care plan.' }],
    postedDate: new Date().toISOString(),
    _status: 'draft',
  }
  for (let attempt = 1; !job; attempt++) {
    await persist(() => editor.rest('POST', '/api/job-postings?draft=true', { body: draftJob }))
    job = (await editor.rest('GET', '/api/job-postings?where[slug][equals]=preview-draft-job&draft=true&depth=0')).json.docs[0]
    if (!job && attempt === 10) throw new Error('could not store the draft job')
  }
  const spanishTitle = async () => (await editor.rest('GET', `/api/job-postings/${job.id}?draft=true&locale=es&fallback-locale=none&depth=0`)).json.title
  for (let attempt = 1; (await spanishTitle()) !== draftTitleEs; attempt++) {
    if (attempt === 10) throw new Error('could not store the Spanish draft')
    await persist(() =>
      editor.rest('PATCH', `/api/job-postings/${job.id}?draft=true&locale=es`, {
        body: { title: draftTitleEs, summary: 'Conecte a las familias del valle con la atención médica.', _status: 'draft' },
      }),
    )
  }

  site = await startDevSite({ CMS_URL: cmsUrl, SITE_URL: 'http://localhost:4321' })
}, 600_000)

afterAll(async () => {
  await site?.stop()
  if (out) rmSync(out, { recursive: true, force: true })
})

describe('an editor previews a draft', () => {
  it("the admin's Preview button links to the CMS, which sends the signed-in editor on to the site", async () => {
    // As a browser does: the session cookie, on a same-origin navigation.
    const browser = { Cookie: `payload-token=${editorToken}`, 'Sec-Fetch-Site': 'same-origin' }
    const editView = await fetch(`${cmsUrl}/admin/collections/job-postings/${job.id}`, { headers: browser })
    expect(editView.status).toBe(200)
    const button = `${cmsUrl}/api/preview/job-postings/${job.id}?locale=en`
    expect(await editView.text()).toContain(button)
    const click = await fetch(button, { headers: browser, redirect: 'manual' })
    expect(click.status).toBe(302)
    expect(click.headers.get('location')).toMatch(/^http:\/\/site\.portal\.test\/preview\/\?token=/)
  })

  it('opens the draft on the site page, marked as a preview, noindex and never cached', async () => {
    const open = await openPreview(editor, `/api/preview/job-postings/${job.id}?locale=en`)
    expect(open.status).toBe(302)
    const location = open.headers.get('location') ?? ''
    // Without SITE_PREVIEW_URL the preview page is on SITE_URL (the dev server in development).
    expect(location).toMatch(/^http:\/\/site\.portal\.test\/preview\/\?token=[\w-]+\.[\w-]+$/)
    expect(open.headers.get('cache-control')).toContain('no-store')

    const page = await sitePage(`/preview/?token=${encodeURIComponent(tokenOf(location))}`)
    expect(page.status).toBe(200)
    expect(h1(page.html)).toBe(draftTitle)
    expect(page.html).toContain('Visit families at home and walk them through their care plan.')
    expect(page.html).toContain('Fresno')
    // The site's own layout and stylesheet, with the employer from the published snapshot.
    expect(page.html).toMatch(/<header class="site-header">/)
    expect(page.html).toMatch(/<link[^>]+rel="stylesheet"|<style/)
    const employer = (await firstId('organizations')).name as string
    expect(page.html).toContain(employer.replace(/&/g, '&amp;'))
    // Marked, not indexed, not cached, and the token is not passed on to other sites.
    expect(page.html).toContain('Preview — not published.')
    expect(page.html).toContain('<meta name="robots" content="noindex">')
    expect(page.headers.get('x-robots-tag')).toContain('noindex')
    expect(page.headers.get('cache-control')).toContain('no-store')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    // The language switch stays in the preview.
    expect(page.html).toContain(`href="/es/preview/?token=${encodeURIComponent(tokenOf(location))}"`)
  })

  it('opens the Spanish draft under /es/', async () => {
    const open = await openPreview(editor, `/api/preview/job-postings/${job.id}?locale=es`)
    expect(open.status).toBe(302)
    const location = open.headers.get('location') ?? ''
    expect(location).toMatch(/^http:\/\/site\.portal\.test\/es\/preview\/\?token=/)
    const page = await sitePage(`/es/preview/?token=${encodeURIComponent(tokenOf(location))}`)
    expect(page.status).toBe(200)
    expect(page.html).toContain('<html lang="es"')
    expect(h1(page.html)).toBe(draftTitleEs)
    expect(page.html).toContain('Vista previa — sin publicar.')
    expect(page.html).toContain('<meta name="robots" content="noindex">')
  })

  it('shows the latest draft saved over a published toolkit, which the public still sees unchanged', async () => {
    const toolkit = await firstId('toolkits')
    const published = (await anonymous.rest('GET', `/api/toolkits/${toolkit.id}?depth=0`)).json.title
    const saved = await persist(() =>
      editor.rest('PATCH', `/api/toolkits/${toolkit.id}?draft=true`, { body: { title: 'Toolkit title, not yet published', _status: 'draft' } }),
    )
    expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    try {
      const open = await openPreview(editor, `/api/preview/toolkits/${toolkit.id}`)
      const page = await sitePage(`/preview/?token=${encodeURIComponent(tokenOf(open.headers.get('location')))}`)
      expect(page.status).toBe(200)
      expect(h1(page.html)).toBe('Toolkit title, not yet published')
      expect((await anonymous.rest('GET', `/api/toolkits/${toolkit.id}?depth=0`)).json.title).toBe(published)
    } finally {
      // Leave the shared CMS's toolkit as it was: the published version on top again.
      await persist(() => admin.rest('PATCH', `/api/toolkits/${toolkit.id}?draft=true`, { body: { title: published, _status: 'draft' } }))
    }
  })

  it('previews the Framework and a training program', async () => {
    for (const path of ['/api/preview/framework?locale=es', `/api/preview/training-programs/${(await firstId('training-programs')).id}`]) {
      const open = await openPreview(editor, path)
      expect(open.status, path).toBe(302)
      const location = new URL(open.headers.get('location') ?? '')
      const page = await sitePage(`${location.pathname}${location.search}`)
      expect(page.status, path).toBe(200)
      expect(page.html).toMatch(/Preview — not published\.|Vista previa — sin publicar\./)
      expect(page.html).toContain('<meta name="robots" content="noindex">')
    }
  })

  it('says what is missing when the draft does not meet the site contract yet, instead of failing', async () => {
    const incomplete = await persist(() =>
      editor.rest('PATCH', `/api/job-postings/${job.id}?draft=true`, {
        body: { howToApply: { url: null, email: null }, _status: 'draft' },
      }),
    )
    expect(incomplete.status, JSON.stringify(incomplete.json)).toBe(200)
    try {
      const open = await openPreview(editor, `/api/preview/job-postings/${job.id}`)
      const token = tokenOf(open.headers.get('location'))
      const draft = await anonymous.rest('GET', '/api/preview/draft', { headers: { 'X-Preview-Token': token } })
      expect(draft.status).toBe(422)
      expect(draft.json.problems.join('\n')).toMatch(/howToApply/)
      const page = await sitePage(`/preview/?token=${encodeURIComponent(token)}`)
      expect(page.status).toBe(422)
      expect(page.html).toContain('This draft cannot be shown yet')
      expect(page.html).toMatch(/howToApply/)
      expect(page.html).toContain('Preview — not published.')
    } finally {
      await persist(() =>
        editor.rest('PATCH', `/api/job-postings/${job.id}?draft=true`, {
          body: { howToApply: { url: 'https://example.org/apply/preview' }, _status: 'draft' },
        }),
      )
    }
  })
})

describe('the draft stays unpublished', () => {
  it('is not in the public API or in the export', async () => {
    const listed = await anonymous.rest('GET', `/api/job-postings?where[slug][equals]=${job.slug}&depth=0`)
    expect(listed.json.docs).toEqual([])
    expect((await anonymous.rest('GET', `/api/job-postings/${job.id}?depth=0`)).status).toBeGreaterThanOrEqual(400)
    expect((await anonymous.rest('GET', `/api/job-postings/${job.id}?depth=0&draft=true`)).status).toBeGreaterThanOrEqual(400)

    out = mkdtempSync(join(tmpdir(), 'chw-preview-export-'))
    await promisify(execFile)('node_modules/.bin/tsx', ['scripts/export-content.ts', '--out', out], { env: { ...process.env, ...cmsEnv } })
    const jobs = readFileSync(join(out, 'job-postings.json'), 'utf8')
    expect(jobs).not.toContain(job.slug)
    expect(jobs).not.toContain(draftTitle)
  })
})

describe('nobody else gets the draft', () => {
  it('an anonymous visitor cannot mint a preview, nor read a draft without a token', async () => {
    const open = await openPreview(anonymous, `/api/preview/job-postings/${job.id}`)
    expect(open.status).toBe(401)
    expect(open.headers.get('location')).toBeNull()
    const draft = await anonymous.rest('GET', '/api/preview/draft')
    expect(draft.status).toBe(401)
    expect(JSON.stringify(draft.json)).not.toContain(draftTitle)
    const page = await sitePage('/preview/')
    expect(page.status).toBe(401)
    expect(page.html).not.toContain(draftTitle)
  })

  it('a reviewer (not content staff) cannot mint a preview', async () => {
    const open = await openPreview(reviewer, `/api/preview/job-postings/${job.id}`)
    expect(open.status).toBe(403)
    expect(open.headers.get('location')).toBeNull()
    expect((await openPreview(reviewer, '/api/preview/framework')).status).toBe(403)
  })

  it('a forged, altered or expired token gets 401 and no draft content', async () => {
    const forged = signPreviewToken({ kind: 'job-postings', id: String(job.id) }, 'not-the-cms-secret')
    const expired = signPreviewToken({ kind: 'job-postings', id: String(job.id) }, cmsEnv.PAYLOAD_SECRET!, Date.now() - 16 * 60_000)
    const fresh = tokenOf((await openPreview(editor, `/api/preview/toolkits/${(await firstId('toolkits')).id}`)).headers.get('location'))
    const altered = `${Buffer.from(JSON.stringify({ k: 'job-postings', id: String(job.id), exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url')}.${fresh.split('.')[1]}`
    for (const [name, token] of [
      ['forged', forged],
      ['expired', expired],
      ['altered', altered],
    ] as const) {
      const draft = await anonymous.rest('GET', '/api/preview/draft', { headers: { 'X-Preview-Token': token } })
      expect(draft.status, name).toBe(401)
      expect(JSON.stringify(draft.json), name).not.toContain(draftTitle)
      const page = await sitePage(`/preview/?token=${encodeURIComponent(token)}`)
      expect(page.status, name).toBe(401)
      expect(page.html, name).not.toContain(draftTitle)
      expect(page.html, name).toContain(name === 'expired' ? 'This preview link has expired.' : 'This preview link is not valid.')
    }
  })

  it('an unknown document or kind mints nothing', async () => {
    expect((await openPreview(editor, '/api/preview/job-postings/999999')).status).toBe(404)
    expect((await openPreview(editor, `/api/preview/pledges/${job.id}`)).status).toBe(404)
  })
})

describe('in production, the preview server (npm run build:preview)', () => {
  let server: DevSite | undefined
  let dir: string
  afterAll(async () => {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('renders the draft with the site stylesheet, and serves nothing but previews', async () => {
    // Inside the repository: the server bundle imports its dependencies from node_modules.
    mkdirSync('.data', { recursive: true })
    dir = mkdtempSync(join('.data', 'preview-server-test-'))
    server = await startPreviewServer(resolve(dir, 'out'), { CMS_URL: cmsUrl, SITE_URL: 'http://localhost:4321' })
    const open = await openPreview(editor, `/api/preview/job-postings/${job.id}?locale=es`)
    const location = new URL(open.headers.get('location') ?? '')
    const response = await fetch(`${server.url}${location.pathname}${location.search}`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(h1(html)).toBe(draftTitleEs)
    expect(html).toContain('Vista previa — sin publicar.')
    const stylesheet = html.match(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/)?.[1]
    expect(stylesheet).toBeTruthy()
    expect((await fetch(`${server.url}${stylesheet}`)).status).toBe(200)
    for (const path of ['/', '/jobs/', `/jobs/${job.slug}/`, '/es/preview/x/']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404)
    }
    const anonymousPage = await fetch(`${server.url}/preview/`)
    expect(anonymousPage.status).toBe(401)
    expect(await anonymousPage.text()).not.toContain(draftTitle)
  })
})
