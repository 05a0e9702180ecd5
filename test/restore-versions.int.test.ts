/**
 * Restoring a version over real HTTP (the request the admin's Restore button sends): a draft
 * version of a live job becomes the job's draft and the published job stays on the site; a
 * published version is published again, as before; "restore as draft" never unpublishes.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { client, login, type Client } from './helpers/http.ts'
import { jobPostingBody } from './helpers/listings.ts'

const cmsUrl = inject('cmsUrl')
const run = `${process.pid}${Date.now() % 100000}`
let admin: Client
let editor: Client
const anonymous = client(cmsUrl)

type Job = { id: number; title: string; _status: string }

/** A published job with a draft saved over it: versions "<slug> live" (published), "<slug> draft" (draft). */
async function liveJobWithDraft(slug: string): Promise<{ id: number; versions: Record<string, { id: number }> }> {
  const body = await jobPostingBody(admin, { title: `${slug} live`, slug, summary: 'A role for a community health worker, to restore versions of.' })
  const created = await editor.rest('POST', '/api/job-postings', { body })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  const id = created.json.doc.id as number
  const draft = await editor.rest('PATCH', `/api/job-postings/${id}?draft=true`, { body: { title: `${slug} draft`, _status: 'draft' } })
  expect(draft.status, JSON.stringify(draft.json)).toBe(200)
  // Published again with a third title, so each earlier version is a real choice.
  const again = await editor.rest('PATCH', `/api/job-postings/${id}`, { body: { title: `${slug} newest`, _status: 'published' } })
  expect(again.status, JSON.stringify(again.json)).toBe(200)
  const { json } = await editor.rest('GET', `/api/job-postings/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0&limit=20`)
  const versions: Record<string, { id: number }> = {}
  for (const v of json.docs as { id: number; version: { title: string; _status: string } }[]) versions[`${v.version.title}|${v.version._status}`] ??= v
  return { id, versions }
}

/** What the site's export reads (published only), and what the admin's form shows (the newest version). */
async function liveAndLatest(id: number): Promise<{ live: Job; latest: Job }> {
  const live = (await anonymous.rest('GET', `/api/job-postings/${id}?depth=0`)).json as Job
  const latest = (await editor.rest('GET', `/api/job-postings/${id}?depth=0&draft=true`)).json as Job
  return { live, latest }
}

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  const email = `restore-editor-${run}@portal.test`
  const made = await admin.rest('POST', '/api/users', { body: { email, password: 'a-long-staff-password', roles: ['editor'] } })
  expect(made.status, JSON.stringify(made.json)).toBe(201)
  editor = client(cmsUrl, await login(cmsUrl, email, 'a-long-staff-password'))
})

describe('restoring a version of a live job', () => {
  it('a draft version becomes the draft; the published job stays on the site', async () => {
    const slug = `restore-draft-${run}`
    const { id, versions } = await liveJobWithDraft(slug)
    const draftVersion = versions[`${slug} draft|draft`]
    expect(draftVersion).toBeDefined()

    // As the admin's "Restore this version" sends it for a draft version.
    const restored = await editor.rest('POST', `/api/job-postings/versions/${draftVersion!.id}?draft=false`, { headers: { 'Accept-Language': 'en' } })
    expect(restored.status, JSON.stringify(restored.json)).toBe(200)
    expect(restored.json.message).toMatch(/draft/i)
    expect(restored.json.message).toMatch(/published version stays on the site/i)

    const { live, latest } = await liveAndLatest(id)
    expect(live._status).toBe('published')
    expect(live.title).toBe(`${slug} newest`)
    expect(latest._status).toBe('draft')
    expect(latest.title).toBe(`${slug} draft`)
  })

  it('says so in Spanish to staff who use the admin in Spanish', async () => {
    const slug = `restore-es-${run}`
    const { versions } = await liveJobWithDraft(slug)
    const restored = await editor.rest('POST', `/api/job-postings/versions/${versions[`${slug} draft|draft`]!.id}`, { headers: { 'Accept-Language': 'es' } })
    expect(restored.status).toBe(200)
    expect(restored.json.message).toMatch(/borrador/)
  })

  it('a published version is published again, replacing the live one', async () => {
    const slug = `restore-live-${run}`
    const { id, versions } = await liveJobWithDraft(slug)
    const restored = await editor.rest('POST', `/api/job-postings/versions/${versions[`${slug} live|published`]!.id}?draft=false`)
    expect(restored.status, JSON.stringify(restored.json)).toBe(200)
    const { live, latest } = await liveAndLatest(id)
    expect(live.title).toBe(`${slug} live`)
    expect(live._status).toBe('published')
    expect(latest.title).toBe(`${slug} live`)
  })

  it('"restore as draft" of a published version keeps the live job as it is', async () => {
    const slug = `restore-as-draft-${run}`
    const { id, versions } = await liveJobWithDraft(slug)
    const restored = await editor.rest('POST', `/api/job-postings/versions/${versions[`${slug} live|published`]!.id}?draft=true`)
    expect(restored.status, JSON.stringify(restored.json)).toBe(200)
    const { live, latest } = await liveAndLatest(id)
    expect(live.title).toBe(`${slug} newest`)
    expect(live._status).toBe('published')
    expect(latest.title).toBe(`${slug} live`)
    expect(latest._status).toBe('draft')
  })

  it('still checks who may restore', async () => {
    const slug = `restore-access-${run}`
    const { versions } = await liveJobWithDraft(slug)
    const versionId = versions[`${slug} draft|draft`]!.id
    expect((await anonymous.rest('POST', `/api/job-postings/versions/${versionId}`)).status).toBe(403)
    expect((await editor.rest('POST', '/api/job-postings/versions/999999999')).status).toBe(404)
  })
})
