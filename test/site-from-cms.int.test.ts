/**
 * The site builds from the CMS over HTTP (issue #14): GET /api/snapshot answers only a build
 * holding SITE_BUILD_TOKEN, with the export exactly as `npm run export` writes it, a strong ETag
 * and 304 when nothing changed, and 409 with the problems when the content fails the contract; `npm run build:site` with PORTAL_CONTENT_URL builds the site from
 * it with no database and no admin build, into an out dir outside the repository; and
 * `npm run build:cms` right after the admin was built builds nothing.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Snapshot } from '../content/schema.ts'
import { snapshotNames } from '../content/schema.ts'
import { serializeSnapshot, snapshotPath } from '../content/snapshot.ts'
import { rootDir } from '../scripts/lib/processes.ts'
import { type Client, client, login } from './helpers/http.ts'

const cmsUrl = inject('cmsUrl')
const cmsEnv = inject('cmsEnv')
const token = cmsEnv.SITE_BUILD_TOKEN!
const snapshotUrl = `${cmsUrl}/api/snapshot`
const dirs: string[] = []
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

/** Runs an npm entry point as npm would (the project's Node first on PATH); resolves with its exit code and output. */
function runScript(command: 'node' | 'tsx', script: string, env: Record<string, string>, args: string[] = []) {
  const bin = resolve(rootDir, 'node_modules/.bin')
  const { PORTAL_CONTENT_DIR: _, DATABASE_URI: __, ...inherited } = process.env
  const child = spawn(join(bin, command), [script, ...args], {
    cwd: rootDir,
    env: { ...inherited, PATH: `${bin}:${process.env.PATH}`, ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise<{ status: number | null; output: string }>((done) => child.on('close', (status) => done({ status, output })))
}

const getSnapshot = (headers: Record<string, string> = {}) => fetch(snapshotUrl, { headers: { Authorization: `Bearer ${token}`, ...headers } })

let admin: Client
/** A published job whose English title the tests change, and its title before. */
let job: { id: number; slug: string; title: string }
let firstEtag: string

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
})

afterAll(async () => {
  if (job) await admin.rest('PATCH', `/api/job-postings/${job.id}?locale=en`, { body: { title: job.title } })
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('GET /api/snapshot', () => {
  it('answers 401 with a clear message without a token or with a wrong one', async () => {
    for (const [headers, message] of [
      [{}, /SITE_BUILD_TOKEN is missing/],
      [{ Authorization: 'Bearer not-the-token' }, /SITE_BUILD_TOKEN is wrong/],
      [{ Authorization: `JWT ${token}` }, /SITE_BUILD_TOKEN is missing/],
    ] as const) {
      const response = await fetch(snapshotUrl, { headers })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(response.headers.get('etag')).toBeNull()
      const body = await response.json()
      expect(body.message).toMatch(message)
      expect(JSON.stringify(body)).not.toContain('job-postings')
    }
  })

  it('serves exactly what npm run export writes, with a strong ETag, not for shared caches', async () => {
    const out = tempDir('chw-export-compare-')
    const exported = await runScript('tsx', 'scripts/export-content.ts', cmsEnv, ['--out', out])
    expect(exported.status, exported.output).toBe(0)
    const response = await getSnapshot()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toMatch(/private/)
    firstEtag = response.headers.get('etag')!
    expect(firstEtag).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
    const snapshot = (await response.json()) as Snapshot
    expect(Object.keys(snapshot)).toEqual(snapshotNames)
    for (const name of snapshotNames) {
      expect(serializeSnapshot(snapshot[name]), `${name}.json`).toBe(readFileSync(snapshotPath(name, out), 'utf8'))
    }
    const [first] = snapshot['job-postings']
    const { json } = await admin.rest('GET', `/api/job-postings?depth=0&locale=en&where[slug][equals]=${first.slug}`)
    job = { id: json.docs[0].id, slug: first.slug, title: json.docs[0].title }
  })

  it('answers 304 to If-None-Match while nothing changed, and 200 with a new ETag after a publish', async () => {
    const unchanged = await getSnapshot({ 'If-None-Match': firstEtag })
    expect(unchanged.status).toBe(304)
    expect(unchanged.headers.get('etag')).toBe(firstEtag)
    expect(await unchanged.text()).toBe('')

    const title = `Snapshot test ${Date.now()}`
    const saved = await admin.rest('PATCH', `/api/job-postings/${job.id}?locale=en`, { body: { title } })
    expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    const changed = await getSnapshot({ 'If-None-Match': firstEtag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(firstEtag)
    const snapshot = (await changed.json()) as Snapshot
    expect(snapshot['job-postings'].find((j) => j.slug === job.slug)?.title.en).toBe(title)
  })
})

describe('npm run build:site with PORTAL_CONTENT_URL', () => {
  it('says the token is wrong, and builds nothing', async () => {
    const out = tempDir('chw-site-refused-')
    const { status, output } = await runScript('node', 'scripts/build-site.ts', {
      PORTAL_CONTENT_URL: cmsUrl,
      SITE_BUILD_TOKEN: 'not-the-token',
      PORTAL_OUT_DIR: out,
    })
    expect(status).not.toBe(0)
    expect(output).toContain('SITE_BUILD_TOKEN is wrong or missing')
    expect(existsSync(join(out, 'index.html'))).toBe(false)
  })

  it('builds the published content into an out dir outside the repository, with no database and no admin build', async () => {
    const out = join(tempDir('chw-site-from-cms-'), 'site')
    const nowhere = join(tempDir('chw-no-db-'), 'missing', 'portal.db')
    const adminBuilt = statSync(join(rootDir, 'cms/.next/BUILD_ID')).mtimeMs
    const { status, output } = await runScript('node', 'scripts/build-site.ts', {
      PORTAL_CONTENT_URL: cmsUrl,
      SITE_BUILD_TOKEN: token,
      PORTAL_OUT_DIR: out,
      DATABASE_URI: `file:${nowhere}`,
      SITE_URL: 'http://site.portal.test',
    })
    expect(status, output).toBe(0)
    expect(output).toMatch(/Fetched and validated the snapshot/)
    // The page shows the title just published in the CMS, which content/ does not have.
    const page = readFileSync(join(out, 'jobs', job.slug, 'index.html'), 'utf8')
    expect(page).toContain('Snapshot test ')
    expect(existsSync(join(out, 'es', 'jobs', job.slug, 'index.html'))).toBe(true)
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(true)
    expect(existsSync(nowhere)).toBe(false)
    expect(statSync(join(rootDir, 'cms/.next/BUILD_ID')).mtimeMs).toBe(adminBuilt)
    expect(readFileSync(join(rootDir, 'content', 'job-postings.json'), 'utf8')).not.toContain('Snapshot test ')
  })
})

describe('GET /api/snapshot when published content does not pass the contract', () => {
  it('answers 409 naming the document and the field, and sends none of the snapshot', async () => {
    const path = `/api/job-postings/${job.id}?locale=en&depth=0`
    const { howToApply } = (await admin.rest('GET', path)).json
    // The admin accepts a job with neither an application link nor an email; the site's contract does not.
    expect((await admin.rest('PATCH', path, { body: { howToApply: { url: null, email: null } } })).status).toBe(200)
    try {
      const response = await getSnapshot()
      expect(response.status).toBe(409)
      expect(response.headers.get('etag')).toBeNull()
      const body = await response.json()
      expect(Object.keys(body).sort()).toEqual(['message', 'problems'])
      expect(body.problems.join('\n')).toMatch(new RegExp(`job-postings\\[\\d+\\] \\(slug ${job.slug}\\) howToApply`))
    } finally {
      expect((await admin.rest('PATCH', path, { body: { howToApply: { url: howToApply.url, email: howToApply.email } } })).status).toBe(200)
    }
    expect((await getSnapshot()).status).toBe(200)
  })
})

describe('npm run build:cms', () => {
  it('builds nothing right after the admin was built (npm start, the test setup)', async () => {
    const adminBuilt = statSync(join(rootDir, 'cms/.next/BUILD_ID')).mtimeMs
    const { status, output } = await runScript('node', 'scripts/build-cms.ts', {})
    expect(status, output).toBe(0)
    expect(output).toMatch(/up to date/)
    expect(output).not.toMatch(/Building the CMS admin/)
    expect(statSync(join(rootDir, 'cms/.next/BUILD_ID')).mtimeMs).toBe(adminBuilt)
  })
})
