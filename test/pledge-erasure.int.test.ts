/**
 * Erasing a pledge's personal data on request (POST /api/pledges/:id/erase, cms/pledges/erase.ts),
 * against the real CMS over HTTP: only admins may; the contact, signer and notes go; an approved
 * pledge keeps its public directory entry (in the snapshot a site build fetches); the erasure is
 * recorded; twice is harmless. Then, through the Local API on its own SQLite file, that an email
 * queued for the pledge is not sent once it is erased.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Client, client, login } from './helpers/http.ts'
import { formBody, validSubmission } from './helpers/pledges.ts'

const cmsUrl = inject('cmsUrl')
const anonymous = client(cmsUrl)
let admin: Client
let reviewer: Client
let editor: Client
let adminEmail: string

let address = 0
const visitor = () => ({ 'X-Forwarded-For': `10.77.${Math.floor(++address / 250)}.${address % 250}` })

async function submitted(overrides: Parameters<typeof validSubmission>[0] = {}) {
  const submission = validSubmission(overrides)
  const { status, json } = await anonymous.rest('POST', '/api/pledges', { body: formBody(submission), headers: visitor() })
  expect(status).toBe(201)
  const { json: found } = await admin.rest('GET', `/api/pledges?where[reference][equals]=${json.reference}&depth=0`)
  return { submission, id: found.docs[0].id as number, reference: json.reference as string }
}

const pledge = async (id: number) => (await admin.rest('GET', `/api/pledges/${id}?depth=0`)).json
const snapshot = async () =>
  (await client(cmsUrl).rest('GET', '/api/snapshot', { headers: { Authorization: 'Bearer test-site-build-token-not-for-production' } })).json

async function staff(role: 'reviewer' | 'editor'): Promise<Client> {
  const email = `erasure-${role}-${Date.now()}@portal.test`
  const { status } = await admin.rest('POST', '/api/users', { body: { email, password: 'a-long-test-password', roles: [role] } })
  expect(status).toBe(201)
  return client(cmsUrl, await login(cmsUrl, email, 'a-long-test-password'))
}

beforeAll(async () => {
  adminEmail = inject('adminEmail')
  admin = client(cmsUrl, await login(cmsUrl, adminEmail, inject('adminPassword')))
  reviewer = await staff('reviewer')
  editor = await staff('editor')
})

describe('an approved pledge', () => {
  let approved: Awaited<ReturnType<typeof submitted>>

  beforeAll(async () => {
    approved = await submitted()
    const { status } = await reviewer.rest('PATCH', `/api/pledges/${approved.id}`, { body: { status: 'approved' } })
    expect(status).toBe(200)
  })

  it('cannot be erased by a reviewer, an editor or an anonymous caller, and nothing changes', async () => {
    const before = await pledge(approved.id)
    for (const [who, caller] of [
      ['reviewer', reviewer],
      ['editor', editor],
      ['anonymous', anonymous],
    ] as const) {
      const { status, json } = await caller.rest('POST', `/api/pledges/${approved.id}/erase`)
      expect(status, who).toBe(403)
      expect(json.message, who).toMatch(/Only administrators/)
    }
    expect(await pledge(approved.id)).toEqual(before)
  })

  it('loses its contact, signer and tokens when an admin erases it, keeps its directory entry, and records who and when', async () => {
    const started = Date.now()
    const { status, json } = await admin.rest('POST', `/api/pledges/${approved.id}/erase`)
    expect(status).toBe(200)
    expect(json).toMatchObject({ alreadyErased: false, keptPublicRecord: true, message: expect.stringMatching(/public directory entry stays/) })

    const after = await pledge(approved.id)
    expect(after.contact).toMatchObject({ name: '', title: '', email: '' })
    expect(after.contact.phone ?? null).toBeNull()
    expect(after.signerName).toBe('')
    expect(after.signerTitle).toBe('')
    expect(new Date(after.erasedAt).getTime()).toBeGreaterThanOrEqual(started - 1000)
    expect(after.erasedBy).toContain(adminEmail)
    // The public record stays as it was.
    expect(after.status).toBe('approved')
    expect(after.organizationName).toBe(approved.submission.organization.name)
    expect(after.statement).toBe(approved.submission.statement)
    // Nothing that was erased is left anywhere in the pledge, nor in the erasure's record.
    const { contact, signerName, signerTitle } = approved.submission
    for (const secret of [contact.email, contact.name, contact.title, contact.phone!, signerName, signerTitle]) {
      expect(JSON.stringify(after)).not.toContain(secret)
      expect(JSON.stringify(json)).not.toContain(secret)
    }
    // A search on the old email finds nothing.
    const { json: search } = await admin.rest('GET', `/api/pledges?where[contact.email][equals]=${encodeURIComponent(contact.email)}`)
    expect(search.totalDocs).toBe(0)

    // The snapshot a site build fetches still lists the organization.
    const signatory = (await snapshot()).signatories.find((s: { slug: string }) => s.slug === after.slug)
    expect(signatory).toMatchObject({ organizationName: approved.submission.organization.name, statement: approved.submission.statement })
  })

  it('is erased only once: a second erasure changes nothing', async () => {
    const before = await pledge(approved.id)
    const { status, json } = await admin.rest('POST', `/api/pledges/${approved.id}/erase`)
    expect(status).toBe(200)
    expect(json).toMatchObject({ alreadyErased: true, erasedAt: before.erasedAt, message: expect.stringMatching(/already erased/) })
    expect(await pledge(approved.id)).toEqual(before)
  })

  it('answers an admin in Spanish when the admin uses Spanish', async () => {
    const { json } = await admin.rest('POST', `/api/pledges/${approved.id}/erase`, { headers: { 'Accept-Language': 'es' } })
    expect(json.message).toMatch(/ya se habían borrado/)
  })
})

describe('a pending pledge', () => {
  it('loses its organization details too, is closed as rejected, stays out of the directory and cannot be approved afterwards', async () => {
    const pending = await submitted()
    const { status, json } = await admin.rest('POST', `/api/pledges/${pending.id}/erase`)
    expect(status).toBe(200)
    expect(json.keptPublicRecord).toBe(false)
    const after = await pledge(pending.id)
    expect(after.status).toBe('rejected')
    expect(after.organizationName).toBe(`Erased pledge ${pending.reference}`)
    expect(after.organization.website ?? null).toBeNull()
    expect(after.statement ?? null).toBeNull()
    expect(after.contact.email).toBe('')
    for (const secret of [pending.submission.organization.name, pending.submission.contact.email, pending.submission.statement!]) {
      expect(JSON.stringify(after)).not.toContain(secret)
    }
    const approve = await reviewer.rest('PATCH', `/api/pledges/${pending.id}`, { body: { status: 'approved' } })
    expect(approve.status).toBe(400)
    expect((await pledge(pending.id)).status).toBe('rejected')
    expect(JSON.stringify((await snapshot()).signatories)).not.toContain(pending.reference)
  })

  it('answers 404 for a pledge that does not exist', async () => {
    expect((await admin.rest('POST', '/api/pledges/999999/erase')).status).toBe(404)
  })
})

describe('emails queued for an erased pledge (Local API)', () => {
  const mailDir = mkdtempSync(join(tmpdir(), 'chw-erasure-mail-'))
  let cms: import('./helpers/cms.ts').TestCms

  beforeAll(async () => {
    process.env.MAIL_DIR = mailDir
    const { openTestCms } = await import('./helpers/cms.ts')
    cms = await openTestCms('erasure')
    const { seedSnapshot } = await import('../cms/snapshot/seedSnapshot.ts')
    const { readSnapshot } = await import('../content/snapshot.ts')
    await seedSnapshot(cms.payload, await readSnapshot())
  })
  afterAll(async () => {
    await cms?.close()
  })

  it('are dropped, and none is sent', async () => {
    const { payload } = cms
    const { submitPledgeData } = await localPledge()
    const region = (await payload.find({ collection: 'regions', limit: 1, depth: 0 })).docs[0]!
    const created = (await payload.create({ collection: 'pledges', data: submitPledgeData(region.id) as never, overrideAccess: true, depth: 0 })) as {
      id: number
    }
    // Creating it queued the confirmation; a renewal reminder waits too.
    const { queuePledgeEmail } = await import('../cms/queue/pledgeEmail.ts')
    await queuePledgeEmail(payload, { pledge: created.id, kind: 'reminder' })
    const jobsFor = async () =>
      (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'pledgeEmail' } }, pagination: false, depth: 0 })).docs.filter(
        (job) => (job.input as { pledge?: string }).pledge === String(created.id),
      )
    expect((await jobsFor()).length).toBe(2)

    const { erasePledge } = await import('../cms/pledges/erase.ts')
    const result = await erasePledge(payload, created.id, 'admin@portal.test')
    expect(result?.alreadyErased).toBe(false)
    expect(await jobsFor()).toEqual([])
    // The queue's own send (a second after the pledge was saved) finds nothing to send.
    await payload.jobs.run({ queue: 'emails', limit: 50 })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const sent = readdirSync(mailDir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => readFileSync(join(mailDir, f), 'utf8'))
    expect(sent.filter((m) => m.includes('erasure-local@example.org'))).toEqual([])
  })
})

/** A pledge as the CMS stores it, for the Local API. */
async function localPledge() {
  return {
    submitPledgeData: (region: number | string) => ({
      organizationName: 'Erasure Local Clinic',
      organization: { kind: 'clinic', region, chwCount: 2 },
      contact: { name: 'Local Contact', title: 'Director', email: 'erasure-local@example.org' },
      commitments: [{ area: 'hiring', recommendations: ['no-degree-required'] }],
      consentToList: true,
      signerName: 'Local Signer',
      signerTitle: 'Chief Executive Officer',
      agreed: true,
      locale: 'en',
      reference: 'PLG-ERAS-LOCL',
    }),
  }
}
