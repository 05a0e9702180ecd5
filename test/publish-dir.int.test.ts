/**
 * One-server mode (issue #14): with SITE_PUBLISH_DIR the CMS server builds the site itself after a
 * publish, into a new folder, and switches the live site (`current`, a symlink) to it; changes that
 * arrive during a build make one more build, not one each; the last 3 builds are kept; a failed
 * build (content the contract refuses, or `astro build` exiting non-zero) leaves `current` as it
 * was and shows in the Site status until a later publish succeeds. Real CMS (`next start`), real
 * SQLite, real `astro build`s, a static web server serving `current`.
 */
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Client, client, login } from './helpers/http.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'
import { serveStatic } from './helpers/static-server.ts'

let dir: string
let publishDir: string
let cms: RealCms
let admin: Client
let web: { url: string; close: () => Promise<void> }
/** A job on the seeded site, whose English title the tests change. */
let job: { id: number; slug: string }

const current = () => join(publishDir, 'current')
const builds = () => readdirSync(join(publishDir, 'builds')).sort()
const liveBuild = () => readlinkSync(current())
/** Astro's incremental build index, in the publish folder's cache (astro.config.mjs, site/lib/page-keys.ts). */
const cacheIndex = () => join(publishDir, 'cache', 'incremental-build.json')
const cachedPaths = () =>
  Object.values((JSON.parse(readFileSync(cacheIndex(), 'utf8')) as { routes: Record<string, { paths: object }> }).routes).flatMap((r) => Object.keys(r.paths))
    .length
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
const page = async (path: string) => (await fetch(`${web.url}${path}`)).text()
const jobPage = () => page(`/jobs/${job.slug}/`)
/** Lines of the CMS's log that say a site build started, or that one went live. */
const logged = (what: 'started' | 'published') =>
  cms
    .output()
    .split('\n')
    .filter((line) => (what === 'started' ? /Site update after .*: started/ : /: published builds\//).test(line)).length

async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, ms = 180_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

type SiteStatus = { state: 'ok' | 'failed'; problem?: string | null; lastAttemptAt?: string }
const siteStatus = async () => (await admin.rest('GET', '/api/globals/site-status?depth=0')).json as SiteStatus
/** Waits for the next site update recorded after `since` (an ISO time). */
const statusAfter = (since: string) =>
  until('the Site status', async () => {
    const status = await siteStatus()
    return status.lastAttemptAt && status.lastAttemptAt > since ? status : undefined
  })

/** "Publish changes" in the admin: a PATCH of the English title with the published status. */
async function publishTitle(title: string, extra: Record<string, unknown> = {}) {
  const { status, json } = await admin.rest('PATCH', `/api/job-postings/${job.id}?depth=0&locale=en`, {
    body: { title, _status: 'published', ...extra },
  })
  expect(status, JSON.stringify(json)).toBe(200)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chw-publish-dir-'))
  publishDir = join(dir, 'site') // outside the repository, as on a server
  cms = await seededCms({
    dir,
    siteUrl: inject('siteUrl'),
    env: { SITE_PUBLISH_DIR: publishDir, SITE_UPDATE_DEBOUNCE_MS: '300' },
  })
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
  // The CMS builds the first site by itself once it has started.
  await until('the first build', () => existsSync(current()))
  web = await serveStatic(current())
})

afterAll(async () => {
  await web?.close()
  await cms?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('one-server mode', () => {
  it('builds the site at the first start, and the web server serves it from `current`', async () => {
    expect(lstatSync(current()).isSymbolicLink()).toBe(true)
    expect(liveBuild()).toMatch(/^builds\/\d{4}-\d\d-\d\dT[\d-]+Z$/)
    expect(builds()).toHaveLength(1)
    expect(await page('/')).toMatch(/<html lang="en"/)
    // A published job with a page on the seeded site.
    const { json } = await admin.rest('GET', '/api/job-postings?where[_status][equals]=published&depth=0&locale=en&limit=100&sort=slug')
    const shown = (json.docs as { id: number; slug: string; title: string }[]).find((d) => existsSync(join(current(), 'jobs', d.slug, 'index.html')))
    expect(shown).toBeTruthy()
    job = { id: shown!.id, slug: shown!.slug }
    expect(await jobPage()).toContain(escapeHtml(shown!.title))
    expect((await siteStatus()).state).toBe('ok')
    // Later publishes restore the unchanged detail pages from here.
    expect(cachedPaths()).toBeGreaterThan(0)
  })

  it('a publish goes live in a new build; changes during a build make one more build, not one each', async () => {
    const before = liveBuild()
    const started = logged('started')
    await publishTitle('Community health worker, first edit')
    await until('the build to start', () => logged('started') > started, 30_000)
    // Two more publishes while that build runs (a seed-size build takes several seconds).
    await publishTitle('Community health worker, second edit')
    await new Promise((r) => setTimeout(r, 700))
    await publishTitle('Community health worker, third edit')

    await until('the third edit on the site', async () => (await jobPage()).includes('Community health worker, third edit'))
    expect(liveBuild()).not.toBe(before)
    expect(liveBuild()).toMatch(/^builds\//)
    expect(lstatSync(current()).isSymbolicLink()).toBe(true)
    // Give a wrongly queued extra build time to start: there is none.
    await new Promise((r) => setTimeout(r, 3000))
    expect(logged('started') - started).toBe(2)
    expect(logged('published')).toBe(3) // the first start's, and these two
    expect(builds()).toHaveLength(3)
    expect((await siteStatus()).state).toBe('ok')
  })

  it('content the contract refuses builds nothing, keeps the live site and tells staff which field', async () => {
    const before = liveBuild()
    const since = new Date().toISOString()
    // The admin accepts a job with neither an application link nor an email; the site's contract does not.
    await publishTitle('Never shown', { howToApply: { url: null, email: null } })
    const status = await statusAfter(since)
    expect(status.state).toBe('failed')
    expect(status.problem).toMatch(new RegExp(`slug ${job.slug}\\) howToApply: give an application link or email`))
    expect(liveBuild()).toBe(before)
    expect(builds()).toHaveLength(3)
    expect(await jobPage()).toContain('Community health worker, third edit')
  })

  it('a build that fails leaves the live site untouched and is reported; the next good publish clears it', async () => {
    const before = liveBuild()
    const kept = builds()
    // An operator's typo in a setting the site build checks: Astro refuses a SITE_URL that is not a URL.
    const siteUrl = cms.env.SITE_URL!
    await cms.stop()
    cms.env.SITE_URL = 'htp//portal.example.org'
    await cms.start()
    let since = new Date().toISOString()
    await publishTitle('Built with a broken setting', { howToApply: { url: 'https://example.org/apply' } })
    const failed = await statusAfter(since)
    expect(failed.state).toBe('failed')
    expect(failed.problem).toMatch(/^The site build failed \(exit 1\); the live site was not changed\.\nLa compilación del sitio falló/)
    expect(failed.problem).toMatch(/site/i)
    expect(liveBuild()).toBe(before)
    expect(builds()).toEqual(kept) // the failed build's folder is gone
    expect(existsSync(cacheIndex())).toBe(false) // and the cache it may have half rewritten
    expect(await jobPage()).toContain('Community health worker, third edit')

    await cms.stop()
    cms.env.SITE_URL = siteUrl
    await cms.start()
    since = new Date().toISOString()
    await publishTitle('Community health worker, fixed')
    const fixed = await statusAfter(since)
    expect(fixed.state, fixed.problem ?? '').toBe('ok')
    expect(await jobPage()).toContain('Community health worker, fixed')
    expect(cachedPaths()).toBeGreaterThan(0)
    // Four builds so far: the oldest was removed, never the live one.
    expect(builds()).toHaveLength(3)
    expect(builds()).not.toContain(kept[0])
    expect(builds()).toEqual([...kept.slice(1), liveBuild().replace('builds/', '')])
  })
})
