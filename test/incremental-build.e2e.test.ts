/**
 * Incremental builds (PORTAL_BUILD_CACHE_DIR, site/lib/page-keys.ts) give exactly the site a full
 * build gives. From the seed snapshot: one build fills a fresh cache; then each change below, made
 * on top of the previous ones, is built twice: incrementally (same cache, a new out dir) and from
 * scratch (no cache). Every file of the two must be byte-identical, and an item's edit must restore
 * the pages it does not touch instead of rendering them.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { isJobClosed, type JobPosting, type Snapshot } from '../content/schema.ts'
import { readSnapshot, writeSnapshot } from '../content/snapshot.ts'
import { rootDir } from '../scripts/lib/processes.ts'
import { testToday } from './helpers/site-server.ts'

const work = mkdtempSync(join(tmpdir(), 'chw-incremental-'))
const cacheDir = join(work, 'cache')
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** What Astro's cache manifest says decides a restore, besides each path's cacheKey. */
type CacheState = { configHash: string; lockfileHash: string; routes: Record<string, string> }
type Build = { out: string; log: string; restored: string[]; cache?: CacheState }
let builds = 0

/** `astro build` of `snapshot` into a new folder, with the shared cache or without any. */
async function build(snapshot: Snapshot, today: string, cached: boolean): Promise<Build> {
  const id = String(++builds)
  const contentDir = join(work, `content-${id}`)
  const out = join(work, `out-${id}`)
  await writeSnapshot(snapshot, contentDir)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(rootDir, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'http://localhost:4321',
    PORTAL_TODAY: today,
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_OUT_DIR: out,
  }
  if (cached) env.PORTAL_BUILD_CACHE_DIR = cacheDir
  else delete env.PORTAL_BUILD_CACHE_DIR
  const log = await new Promise<string>((resolve, reject) => {
    const child = spawn('astro', ['build'], { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let text = ''
    child.stdout.on('data', (chunk) => (text += chunk))
    child.stderr.on('data', (chunk) => (text += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`astro build exited with ${code}:\n${text.slice(-4000)}`))))
  })
  // Astro colours its log when CI is set (piccolore), even into a pipe.
  const restored = [...stripVTControlCharacters(log).matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1])
  return { out, log, restored, cache: cached ? cacheState() : undefined }
}

function cacheState(): CacheState {
  const manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8'))
  const routes = Object.fromEntries(
    Object.entries(manifest.routes as Record<string, { dependencyHash: string }>).map(([route, r]) => [route, r.dependencyHash]),
  )
  return { configHash: manifest.configHash, lockfileHash: manifest.lockfileHash, routes }
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** Every file byte-identical; the names of those that differ, for the failure message. */
function expectSameSite(incremental: string, full: string) {
  const names = files(full)
  expect(files(incremental)).toEqual(names)
  const differing = names.filter((name) => !readFileSync(join(incremental, name)).equals(readFileSync(join(full, name))))
  expect(differing).toEqual([])
}

const jobPage = (slug: string) => `/jobs/${slug}/index.html`
const html = (b: Build, path: string) => readFileSync(join(b.out, path), 'utf8')

describe('incremental site build', () => {
  let snapshot: Snapshot
  let today = testToday
  let keyedPages = 0

  /** Builds the current snapshot both ways, checks they are the same site, and returns the incremental one. */
  async function both(): Promise<Build> {
    const incremental = await build(snapshot, today, true)
    const full = await build(snapshot, today, false)
    expectSameSite(incremental.out, full.out)
    expect(full.restored).toEqual([])
    return incremental
  }

  it('fills the cache on a first build, and restores every keyed page when nothing changed', async () => {
    snapshot = await readSnapshot()
    const first = await build(snapshot, today, true)
    expect(first.restored).toEqual([])
    const again = await both()
    // If nothing was restored, these say why: Astro drops the whole cache when the config or the
    // lockfile hash changed, and a route's pages when its code's hash changed.
    expect(again.cache).toEqual(first.cache)
    keyedPages = again.restored.length
    // Jobs, trainings and toolkits in two languages at least; listings, feeds, search and the sitemap are never keyed.
    expect(keyedPages).toBeGreaterThanOrEqual(2 * (snapshot['job-postings'].length + snapshot['training-programs'].length + snapshot.toolkits.length))
    expect(again.restored).not.toContain('/jobs/index.html')
  })

  const openJobs = () =>
    snapshot['job-postings'].filter((j) => !isJobClosed(j, today)).sort((a, b) => b.postedDate.localeCompare(a.postedDate) || a.slug.localeCompare(b.slug))

  it("re-renders an edited job's pages and those that show it, and restores the rest", async () => {
    // The newest open job is among other jobs' related jobs, so their pages change too.
    const edited = openJobs()[0]
    edited.title = { en: `${edited.title.en} (edited)`, es: `${edited.title.es ?? edited.title.en} (editado)` }
    const b = await both()
    expect(b.restored.length).toBeGreaterThan(0)
    expect(b.restored.length).toBeLessThan(keyedPages)
    expect(b.restored).not.toContain(jobPage(edited.slug))
    expect(html(b, jobPage(edited.slug))).toContain('(edited)')
  })

  it("re-renders after an organization's name changes", async () => {
    const employer = snapshot.organizations.find((o) => openJobs().some((j) => j.employer === o.slug))!
    employer.name = `${employer.name} Renamed`
    const b = await both()
    const job = openJobs().find((j) => j.employer === employer.slug)!
    expect(html(b, jobPage(job.slug))).toContain(`${employer.name}`)
  })

  it('re-renders after a region label changes', async () => {
    const region = snapshot.regions.find((r) => openJobs().some((j) => j.location.region === r.slug))!
    region.name = { en: `${region.name.en} Area`, es: `Zona ${region.name.es ?? region.name.en}` }
    const b = await both()
    const job = openJobs().find((j) => j.location.region === region.slug)!
    expect(html(b, jobPage(job.slug))).toContain(`${region.name.en}`)
  })

  it('drops a deleted job and re-renders the pages that showed it', async () => {
    const deleted = openJobs()[1]
    snapshot['job-postings'] = snapshot['job-postings'].filter((j) => j.slug !== deleted.slug)
    const b = await both()
    expect(files(b.out)).not.toContain(jobPage(deleted.slug).slice(1))
    expect(b.restored.length).toBeGreaterThan(0)
  })

  it('adds a new job, newest of all, shown on other jobs’ pages', async () => {
    const model = openJobs()[0]
    const added: JobPosting = structuredClone(model)
    added.slug = `${model.slug}-added`
    added.title = { en: 'Added community health worker', es: 'Promotor de salud añadido' }
    added.postedDate = today
    snapshot['job-postings'].push(added)
    const b = await both()
    expect(b.restored).not.toContain(jobPage(added.slug))
    expect(html(b, jobPage(added.slug))).toContain('Added community health worker')
    expect(b.restored.length).toBeGreaterThan(0)
  })

  it('closes a job when "today" passes its closing date', async () => {
    const closing = openJobs()
      .filter((j) => j.closingDate !== undefined)
      .sort((a, b) => a.closingDate!.localeCompare(b.closingDate!))[0]
    const before = html(await build(snapshot, today, true), jobPage(closing.slug))
    const next = new Date(`${closing.closingDate}T00:00:00Z`)
    next.setUTCDate(next.getUTCDate() + 1)
    today = next.toISOString().slice(0, 10)
    const b = await both()
    expect(html(b, jobPage(closing.slug))).not.toBe(before)
    expect(html(b, jobPage(closing.slug))).toContain('noindex')
  })
})
