/**
 * The site follows the CMS: publishing, unpublishing and deleting rewrite content/ (development),
 * or call the build hook once per burst (production); an invalid document stops the update, keeps
 * the previous snapshot and is reported in the Site status global. Expired jobs and past trainings.
 * Real SQLite file, Payload's Local API (the hooks are the same as over HTTP).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSnapshot } from '../content/snapshot.ts'
import { expireListings } from '../cms/queue/expireListings.ts'
import { siteUpdateSettled } from '../cms/publishing/siteUpdate.ts'
import { exportSnapshot, readSnapshotFromCms } from '../cms/snapshot/exportSnapshot.ts'
import { seedSnapshot } from '../cms/snapshot/seedSnapshot.ts'
import { openTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let payload: Payload
let out: string
const savedEnv = { ...process.env }

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const noon = (iso: string) => `${iso}T12:00:00.000Z`
const files = () => Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))
const exportedJobs = () =>
  JSON.parse(readFileSync(join(out, 'job-postings.json'), 'utf8')) as { slug: string; title: { en: string }; closed: boolean; closingDate?: string }[]
const siteStatus = () => payload.findGlobal({ slug: 'site-status', overrideAccess: true })

/** A published copy of the collection's first published document, with `data` on top, so no test depends on the demo's dates. */
async function publishedCopy(collection: 'job-postings' | 'training-programs', data: Record<string, unknown>) {
  const { docs } = await payload.find({ collection, where: { _status: { equals: 'published' } }, limit: 1, depth: 0, sort: 'slug' })
  const copy = JSON.parse(JSON.stringify(docs[0]), (key, value) => (key === 'id' ? undefined : value))
  return payload.create({ collection, data: { ...copy, ...data, _status: 'published' } as never })
}

/** A published job open for at least another month. */
const openJob = (suffix: string) =>
  publishedCopy('job-postings', {
    slug: `staff-test-${suffix}`,
    title: `Staff test ${suffix}`,
    postedDate: noon(day(-10)),
    closingDate: noon(day(40)),
    closed: false,
  })

/** A published training whose one session is three weeks away. */
const upcomingTraining = (suffix: string) =>
  publishedCopy('training-programs', {
    slug: `staff-test-${suffix}`,
    title: `Staff test ${suffix}`,
    sessions: [{ startDate: noon(day(20)), endDate: noon(day(22)) }],
    past: false,
  })

beforeAll(async () => {
  cms = await openTestCms('site-updates')
  payload = cms.payload
  await seedSnapshot(payload, await readSnapshot())
  out = mkdtempSync(join(tmpdir(), 'chw-site-updates-'))
  await exportSnapshot(payload, out)
  Object.assign(process.env, { PORTAL_AUTO_EXPORT: '1', PORTAL_CONTENT_DIR: out, SITE_UPDATE_DEBOUNCE_MS: '150' })
})

afterAll(async () => {
  await siteUpdateSettled()
  for (const key of ['PORTAL_AUTO_EXPORT', 'PORTAL_CONTENT_DIR', 'SITE_UPDATE_DEBOUNCE_MS', 'SITE_BUILD_HOOK_URL']) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
  await cms?.close()
  rmSync(out, { recursive: true, force: true })
})

describe('in development, changes rewrite content/', () => {
  it('publishing a new job adds it, and a published edit shows', async () => {
    const job = await openJob('publish')
    await siteUpdateSettled()
    expect(exportedJobs().map((j) => j.slug)).toContain('staff-test-publish')
    await payload.update({ collection: 'job-postings', id: job.id, data: { title: 'Staff test, new title' } })
    await siteUpdateSettled()
    expect(exportedJobs().find((j) => j.slug === 'staff-test-publish')?.title.en).toBe('Staff test, new title')
    expect((await siteStatus()).state).toBe('ok')
  })

  it('a draft saved over a published job changes nothing the site shows', async () => {
    const job = await openJob('draft')
    await siteUpdateSettled()
    const before = files()
    await payload.update({ collection: 'job-postings', id: job.id, data: { title: 'Not ready yet' }, draft: true })
    await siteUpdateSettled()
    expect(files()).toEqual(before)
  })

  it('unpublishing takes a job off even with an unpublished draft on top', async () => {
    const job = await openJob('unpublish-drafted')
    await payload.update({ collection: 'job-postings', id: job.id, data: { title: 'Work in progress' }, draft: true })
    await siteUpdateSettled()
    expect(exportedJobs().map((j) => j.slug)).toContain('staff-test-unpublish-drafted')
    // The admin's Unpublish: the document goes back to draft.
    await payload.update({ collection: 'job-postings', id: job.id, data: { _status: 'draft' } })
    await siteUpdateSettled()
    expect(exportedJobs().map((j) => j.slug)).not.toContain('staff-test-unpublish-drafted')
  })

  it('unpublishing and deleting take the job off', async () => {
    const job = await openJob('unpublish')
    await siteUpdateSettled()
    await payload.update({ collection: 'job-postings', id: job.id, data: { _status: 'draft' } })
    await siteUpdateSettled()
    expect(exportedJobs().map((j) => j.slug)).not.toContain('staff-test-unpublish')
    await payload.update({ collection: 'job-postings', id: job.id, data: { _status: 'published' } })
    await siteUpdateSettled()
    expect(exportedJobs().map((j) => j.slug)).toContain('staff-test-unpublish')
    await payload.delete({ collection: 'job-postings', id: job.id })
    await siteUpdateSettled()
    expect(exportedJobs().map((j) => j.slug)).not.toContain('staff-test-unpublish')
  })

  it('an invalid document stops the update, keeps the previous snapshot and tells staff which field', async () => {
    const job = await openJob('invalid')
    await siteUpdateSettled()
    const before = files()
    // The admin accepts a job with neither an application link nor an email; the site's contract does not.
    await payload.update({ collection: 'job-postings', id: job.id, data: { title: 'Changed', howToApply: { url: null, email: null } } as never })
    await siteUpdateSettled()
    expect(files()).toEqual(before)
    const failed = await siteStatus()
    expect(failed.state).toBe('failed')
    expect(failed.problem).toMatch(/job-postings\[\d+\] \(slug staff-test-invalid\) howToApply: give an application link or email/)
    expect(failed.trigger).toContain('job-postings/staff-test-invalid')

    await payload.update({ collection: 'job-postings', id: job.id, data: { howToApply: { url: 'https://example.org/apply' } } as never })
    await siteUpdateSettled()
    const fixed = await siteStatus()
    expect(fixed.state).toBe('ok')
    expect(exportedJobs().find((j) => j.slug === 'staff-test-invalid')?.title.en).toBe('Changed')
  })
})

describe('expiring listings', () => {
  it('a job past its closing date is closed when saved and stays in the export, closed, for 90 days; a later date reopens it', async () => {
    const job = await openJob('expire')
    const expired = await payload.update({ collection: 'job-postings', id: job.id, data: { closingDate: noon(day(-1)) } })
    expect(expired.closed).toBe(true)
    expect(expired.closedAutomaticallyOn?.slice(0, 10)).toBe(day(0))
    await siteUpdateSettled()
    // Its page stays, saying it is closed (the site keeps closed jobs out of listings, search, feeds and the sitemap).
    expect(exportedJobs().find((j) => j.slug === 'staff-test-expire')).toMatchObject({ closed: true, closingDate: day(-1) })
    const slugsOn = async (offset: number) =>
      (await readSnapshotFromCms(payload, new Date(Date.now() + offset * 86_400_000)))['job-postings'].map((j) => j.slug)
    expect(await slugsOn(89)).toContain('staff-test-expire')
    expect(await slugsOn(91)).not.toContain('staff-test-expire')

    const extended = await payload.update({ collection: 'job-postings', id: job.id, data: { closingDate: noon(day(30)) } })
    expect(extended.closed).toBe(false)
    expect(extended.closedAutomaticallyOn ?? null).toBeNull()
    await siteUpdateSettled()
    expect(exportedJobs().map((j) => j.slug)).toContain('staff-test-expire')
  })

  it('a job staff closed by hand stays closed when its date moves', async () => {
    const job = await openJob('filled')
    await payload.update({ collection: 'job-postings', id: job.id, data: { closed: true } })
    const moved = await payload.update({ collection: 'job-postings', id: job.id, data: { closingDate: noon(day(50)) } })
    expect(moved.closed).toBe(true)
  })

  it('the daily sweep closes jobs and marks trainings past, and leaves documents with a pending draft alone', async () => {
    const open = await openJob('sweep')
    const drafted = await openJob('sweep-draft')
    const training = await upcomingTraining('sweep-training')
    expect(training.past).toBe(false)
    await payload.update({ collection: 'job-postings', id: drafted.id, data: { summary: 'Unfinished edit' }, draft: true })
    await siteUpdateSettled()

    // Run the sweep as if it were a year from now: the job's closing date and every dated session are over.
    const nextYear = new Date(Date.now() + 365 * 86_400_000)
    const result = await expireListings(payload, nextYear)
    expect(result.closedJobs).toContain('staff-test-sweep')
    expect(result.skippedDrafts).toContain('job-postings/staff-test-sweep-draft')

    const closed = await payload.findByID({ collection: 'job-postings', id: open.id, depth: 0 })
    expect(closed.closed).toBe(true)
    expect(closed.lastEditedBy).toBe('System (closing dates)')
    // The draft on top was neither published nor lost.
    const latest = await payload.findByID({ collection: 'job-postings', id: drafted.id, depth: 0, draft: true })
    expect(latest._status).toBe('draft')
    expect(latest.summary).toBe('Unfinished edit')

    const trainings = (await payload.find({ collection: 'training-programs', pagination: false, depth: 0 })).docs
    const dated = trainings.filter((t) => (t.sessions ?? []).length > 0)
    const selfPaced = trainings.filter((t) => (t.sessions ?? []).length === 0)
    expect(dated.length).toBeGreaterThan(0)
    for (const t of dated) {
      if (t._status === 'published') expect(t.past, t.slug ?? '').toBe(true)
    }
    for (const t of selfPaced) expect(t.past, t.slug ?? '').toBe(false)
    // Past trainings are kept, not deleted.
    expect(result.pastTrainings).toContain('staff-test-sweep-training')
    expect((await payload.findByID({ collection: 'training-programs', id: training.id, depth: 0 })).past).toBe(true)
  })
})

describe('in production, changes call the build hook', () => {
  let server: Server
  let calls = 0
  let answer = 200

  beforeAll(async () => {
    await siteUpdateSettled()
    server = createServer((request, response) => {
      if (request.method === 'POST') calls++
      response.writeHead(answer).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address() as { port: number }
    process.env.SITE_BUILD_HOOK_URL = `http://127.0.0.1:${address.port}/hook`
    process.env.SITE_UPDATE_DEBOUNCE_MS = '400'
  })

  afterAll(async () => {
    await siteUpdateSettled()
    delete process.env.SITE_BUILD_HOOK_URL
    await new Promise((resolve) => server.close(resolve))
  })

  it('calls it once for a burst of changes (a bulk import)', async () => {
    for (let i = 0; i < 8; i++) await openJob(`burst-${i}`)
    await siteUpdateSettled()
    expect(calls).toBe(1)
  })

  it('starts no build for a draft, nor for an invalid document, which staff are told about', async () => {
    const { docs } = await payload.find({ collection: 'job-postings', where: { slug: { equals: 'staff-test-burst-0' } }, depth: 0 })
    await payload.update({ collection: 'job-postings', id: docs[0]!.id, data: { title: 'Draft only' }, draft: true })
    await siteUpdateSettled()
    expect(calls).toBe(1)

    // Publishing (as the admin's Publish button does) with neither an application link nor an email.
    await payload.update({ collection: 'job-postings', id: docs[0]!.id, data: { _status: 'published', howToApply: { url: null, email: null } } as never })
    await siteUpdateSettled()
    expect(calls).toBe(1)
    expect((await siteStatus()).state).toBe('failed')
    await payload.update({ collection: 'job-postings', id: docs[0]!.id, data: { howToApply: { email: 'jobs@example.org' } } as never })
    await siteUpdateSettled()
    expect(calls).toBe(2)
    expect((await siteStatus()).state).toBe('ok')
  })

  it('reports a build hook that refuses', async () => {
    answer = 500
    await openJob('hook-down')
    await siteUpdateSettled()
    expect(calls).toBe(3)
    const status = await siteStatus()
    expect(status.state).toBe('failed')
    expect(status.problem).toBe('the build hook answered 500 Internal Server Error')
  })
})
