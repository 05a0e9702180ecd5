/**
 * The staff workflow over real HTTP against the running CMS (`next start`): each role can do what
 * it needs and nothing more; the CMS process runs the jobs queue, so a scheduled publish and
 * unpublish fire on time; every version names its author and an earlier one can be restored.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { client, login, type Client } from './helpers/http.ts'
import { seededCms, type RealCms } from './helpers/real-cms.ts'
import { formBody, savedPledge } from './helpers/pledges.ts'

const cmsUrl = inject('cmsUrl')
const cmsEnv = inject('cmsEnv')
const password = 'a-long-staff-password'

let admin: Client
let editor: Client
let reviewer: Client
const anonymous = client(cmsUrl)

async function staff(role: 'editor' | 'reviewer', email: string): Promise<{ api: Client; id: number }> {
  const created = await admin.rest('POST', '/api/users', { body: { email, password, name: `Test ${role}`, roles: [role] } })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  return { api: client(cmsUrl, await login(cmsUrl, email, password)), id: created.json.doc.id }
}

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

type Ref = number | string

/** A complete job as an editor would fill it in, as a draft; `ref` finds a document to refer to. */
async function jobDraft(slug: string, ref: (collection: 'organizations' | 'worker-types' | 'regions') => Promise<Ref>) {
  return {
    title: `Scheduled ${slug}`,
    slug,
    employer: await ref('organizations'),
    workerTypes: [await ref('worker-types')],
    summary: 'A role for a community health worker, published on a schedule.',
    location: { state: 'CA', region: await ref('regions') },
    workMode: 'on-site',
    employmentType: 'full-time',
    pay: { min: 25, unit: 'hour', currency: 'USD' },
    howToApply: { url: 'https://example.org/apply' },
    postedDate: new Date().toISOString(),
    _status: 'draft',
  }
}

/** The editor saves a complete job as a draft over REST. */
async function draftJob(slug: string) {
  const body = await jobDraft(slug, async (collection) => (await admin.rest('GET', `/api/${collection}?limit=1&depth=0`)).json.docs[0].id)
  const created = await editor.rest('POST', '/api/job-postings?draft=true', { body })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  return created.json.doc as { id: number; slug: string }
}

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  const e = await staff('editor', 'editor.workflow@portal.test')
  editor = e.api
  reviewer = (await staff('reviewer', 'reviewer.workflow@portal.test')).api
  process.env.PAYLOAD_SECRET = cmsEnv.PAYLOAD_SECRET
})

describe('roles', () => {
  it('an editor sees only their own account and cannot add staff', async () => {
    const users = await editor.rest('GET', '/api/users?depth=0')
    expect(users.status).toBe(200)
    expect(users.json.docs.map((u: { email: string }) => u.email)).toEqual(['editor.workflow@portal.test'])
    const add = await editor.rest('POST', '/api/users', { body: { email: 'sneaky@portal.test', password, roles: ['admin'] } })
    expect(add.status).toBe(403)
  })

  it('an editor reads pledges but cannot decide them; a reviewer decides but cannot edit a job', async () => {
    const submitted = await anonymous.rest('POST', '/api/pledges', {
      body: formBody(),
      headers: { 'X-Forwarded-For': '10.77.0.1', Origin: inject('siteUrl') },
    })
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(201)
    const saved = await savedPledge(editor, submitted.json.reference)
    expect(saved).toBeDefined()
    const pledgeId = saved!.id

    await editor.rest('PATCH', `/api/pledges/${pledgeId}`, { body: { status: 'approved' } })
    expect((await admin.rest('GET', `/api/pledges/${pledgeId}?depth=0`)).json.status).toBe('pending')

    const approved = await reviewer.rest('PATCH', `/api/pledges/${pledgeId}`, { body: { status: 'approved' } })
    expect(approved.status, JSON.stringify(approved.json)).toBe(200)
    expect(approved.json.doc.status).toBe('approved')

    const job = (await anonymous.rest('GET', '/api/job-postings?limit=1&depth=0')).json.docs[0]
    const edit = await reviewer.rest('PATCH', `/api/job-postings/${job.id}`, { body: { title: 'Reviewer edit' } })
    expect(edit.status).toBe(403)
    const create = await reviewer.rest('POST', '/api/job-postings', { body: { title: 'Reviewer job' } })
    expect(create.status).toBe(403)
  })

  it('nobody outside content staff can run the jobs queue or read the site status', async () => {
    for (const who of [anonymous, reviewer]) {
      expect((await who.rest('GET', '/api/payload-jobs/run')).status).toBe(401)
      expect((await who.rest('GET', '/api/globals/site-status')).status).toBe(403)
    }
    expect((await editor.rest('GET', '/api/globals/site-status')).status).toBe(200)
  })
})

describe('scheduled publishing, run by the CMS process', () => {
  // A CMS of its own whose queue is checked every second (the shared one keeps the production
  // schedule, every minute), so the test waits seconds, not a minute.
  let scheduler: RealCms
  let schedulerDir: string
  let scheduling: Payload
  beforeAll(async () => {
    schedulerDir = mkdtempSync(join(tmpdir(), 'chw-schedule-'))
    scheduler = await seededCms({ dir: schedulerDir, siteUrl: inject('siteUrl'), env: { JOBS_CRON: '* * * * * *' } })
    // The test's own Payload on that database, to queue jobs as the admin's Schedule button does
    // (the config picks its database from DATABASE_URI when first imported).
    process.env.DATABASE_URI = scheduler.env.DATABASE_URI
    const { getPayload } = await import('payload')
    const { default: config } = await import('../cms/payload.config.ts')
    scheduling = await getPayload({ config })
  })
  afterAll(async () => {
    await scheduling?.destroy()
    await scheduler?.stop()
    rmSync(schedulerDir, { recursive: true, force: true })
  })

  it('publishes a draft at the scheduled time, then unpublishes it', async () => {
    // Writes go through the test's own Payload (another process, which waits its turn properly);
    // the server itself only runs its queue.
    const editorUser = await scheduling.create({
      collection: 'users',
      data: { email: 'scheduler@portal.test', password, name: 'Test editor', roles: ['editor'] } as never,
    })
    const job = (await scheduling.create({
      collection: 'job-postings',
      draft: true,
      user: { ...editorUser, collection: 'users' } as never,
      overrideAccess: false,
      data: (await jobDraft('scheduled-by-editor', async (collection) => (await scheduling.find({ collection, limit: 1, depth: 0 })).docs[0]!.id)) as never,
    })) as unknown as { id: number; slug: string }
    const schedulerEditorId = editorUser.id
    const publicJob = async (slug: string) =>
      (await client(scheduler.url).rest('GET', `/api/job-postings?where[slug][equals]=${slug}&depth=0`)).json.docs[0] as { title: string } | undefined
    expect(await publicJob(job.slug)).toBeUndefined()

    const schedule = (type: 'publish' | 'unpublish', inMs: number) =>
      scheduling.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: 'job-postings', value: String(job.id) }, user: { relationTo: 'users', value: schedulerEditorId } },
        waitUntil: new Date(Date.now() + inMs),
      } as never)

    await schedule('publish', 2_000)
    const published = await until('the scheduled publish', () => publicJob(job.slug))
    expect(published.title).toBe('Scheduled scheduled-by-editor')
    const doc = await scheduling.findByID({ collection: 'job-postings', id: job.id, depth: 0 })
    expect(doc.lastEditedBy).toBe('Test editor <scheduler@portal.test>')

    await schedule('unpublish', 1_000)
    await until('the scheduled unpublish', async () => ((await publicJob(job.slug)) ? undefined : true))
  })
})

describe('versions', () => {
  it('each version names who saved it, and an earlier one can be restored', async () => {
    const job = await draftJob('versioned-job')
    await editor.rest('PATCH', `/api/job-postings/${job.id}`, { body: { title: 'First published title', _status: 'published' } })
    await admin.rest('PATCH', `/api/job-postings/${job.id}`, { body: { title: 'Second title' } })

    const versions = await editor.rest('GET', `/api/job-postings/versions?where[parent][equals]=${job.id}&sort=-updatedAt&depth=0`)
    expect(versions.status).toBe(200)
    const authors = versions.json.docs.map((v: { version: { title: string; lastEditedBy: string } }) => [v.version.title, v.version.lastEditedBy])
    expect(authors).toContainEqual(['Second title', 'Administrator <admin@portal.test>'])
    expect(authors).toContainEqual(['First published title', 'Test editor <editor.workflow@portal.test>'])

    const first = versions.json.docs.find((v: { version: { title: string } }) => v.version.title === 'First published title')
    const restored = await editor.rest('POST', `/api/job-postings/versions/${first.id}`)
    expect(restored.status, JSON.stringify(restored.json)).toBe(200)
    const now = (await admin.rest('GET', `/api/job-postings/${job.id}?depth=0`)).json
    expect(now.title).toBe('First published title')

    // Anonymous visitors never see the version history nor who edited.
    expect((await anonymous.rest('GET', `/api/job-postings/versions?where[parent][equals]=${job.id}`)).status).toBe(403)
    const visible = (await anonymous.rest('GET', `/api/job-postings/${job.id}?depth=0`)).json
    expect(visible.lastEditedBy).toBeUndefined()
  })
})
