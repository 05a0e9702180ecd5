/**
 * Seed and export through the Local API on a real SQLite file: content/ round-trips byte for byte
 * (less the demo jobs whose closing date is more than 90 days past: those leave the export; the ones
 * past it more recently come back marked closed),
 * seeding twice changes nothing, drafts and invalid documents never reach a snapshot, and the first
 * admin is created from the environment (or, in development only, generated).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotNames } from '../content/schema.ts'
import { contentDir, readSnapshot, serializeSnapshot, SnapshotError, snapshotPath } from '../content/snapshot.ts'
import { ensureFirstAdmin } from '../cms/firstAdmin.ts'
import { exportSnapshot } from '../cms/snapshot/exportSnapshot.ts'
import { seedSnapshot } from '../cms/snapshot/seedSnapshot.ts'
import { openTestCms, type TestCms } from './helpers/cms.ts'

const today = new Date().toISOString().slice(0, 10)
/**
 * The export runs as of a fixed day, after content/'s example pledges were approved. They renew a
 * year after approval, on fixed dates, and the export leaves out pledges past renewal: as of the
 * real day this test would start failing in September 2027. (Renewal and the adoption figures'
 * dates are tested in pledges.int and adoption.test.)
 */
const exportedOn = new Date('2026-12-01T12:00:00.000Z')
/** The first closing day that export keeps: closed jobs stay 90 days after their closing date. */
const oldestKept = new Date(exportedOn.getTime() - 90 * 86_400_000).toISOString().slice(0, 10)

/**
 * content/<name>.json as that export writes it: jobs closed more than 90 days before it drop out, and
 * the CMS has marked closed the ones whose closing date has passed since the snapshot was written.
 */
function expectedExport(name: string): string {
  const text = readFileSync(snapshotPath(name as never, contentDir), 'utf8')
  if (name !== 'job-postings') return text
  const jobs = (JSON.parse(text) as { closed: boolean; closingDate?: string }[]).filter((j) => !j.closingDate || j.closingDate >= oldestKept)
  for (const job of jobs) if (job.closingDate && job.closingDate < today) job.closed = true
  return serializeSnapshot(jobs)
}

let cms: TestCms
let payload: Payload
let out: string

const counts = async () => {
  const result: Record<string, number> = {}
  for (const collection of ['worker-types', 'organizations', 'training-programs', 'job-postings', 'toolkits'] as const) {
    result[collection] = (await payload.count({ collection })).totalDocs
    if (collection === 'training-programs' || collection === 'job-postings' || collection === 'toolkits') {
      result[`${collection} versions`] = (await payload.findVersions({ collection, limit: 1 })).totalDocs
    }
  }
  return result
}

beforeAll(async () => {
  cms = await openTestCms('seed-export')
  payload = cms.payload
  out = mkdtempSync(join(tmpdir(), 'chw-export-'))
  const result = await seedSnapshot(payload, await readSnapshot())
  expect(result.seeded).toBe(true)
})

afterAll(async () => {
  await cms?.close()
  rmSync(out, { recursive: true, force: true })
})

describe('seed then export', () => {
  it('reproduces content/ byte for byte, less the jobs closed more than 90 days ago', async () => {
    const written = await exportSnapshot(payload, out, exportedOn)
    expect(written.sort()).toEqual(snapshotNames.map((n) => `${n}.json`).sort())
    for (const name of snapshotNames) {
      expect(readFileSync(snapshotPath(name, out), 'utf8'), `${name}.json`).toBe(expectedExport(name))
    }
    const exported = JSON.parse(readFileSync(snapshotPath('job-postings', out), 'utf8')) as { closingDate?: string }[]
    expect(exported.every((j) => !j.closingDate || j.closingDate >= oldestKept)).toBe(true)
  })

  it('changes nothing when seeding a second time', async () => {
    const before = await counts()
    const again = await seedSnapshot(payload, await readSnapshot())
    expect(again.seeded).toBe(false)
    expect(await counts()).toEqual(before)
  })

  it('keeps drafts and unpublished documents out of the export', async () => {
    const [job] = (await payload.find({ collection: 'job-postings', limit: 1, depth: 0 })).docs
    // A copy of a seeded job (without its row ids) saved only as a draft.
    const copy = JSON.parse(JSON.stringify(job), (key, value) => (key === 'id' ? undefined : value))
    const draft = await payload.create({
      collection: 'job-postings',
      data: { ...copy, slug: 'draft-only-job', title: 'Draft only', _status: 'draft' },
      draft: true,
    })
    // A published job with a newer unpublished draft exports its published version.
    await payload.update({ collection: 'job-postings', id: job.id, data: { title: 'Unpublished new title' }, draft: true })
    await exportSnapshot(payload, out, exportedOn)
    const exported = readFileSync(snapshotPath('job-postings', out), 'utf8')
    expect(exported).not.toContain('draft-only-job')
    expect(exported).not.toContain('Unpublished new title')
    expect(exported).toBe(expectedExport('job-postings'))
    await payload.delete({ collection: 'job-postings', id: draft.id })
  })

  it('stops on an invalid document, names it and the field, and writes nothing', async () => {
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))
    const [job] = (await payload.find({ collection: 'job-postings', limit: 1, depth: 0, sort: 'slug' })).docs
    // The admin accepts a job with neither an application link nor an email; the contract does not.
    await payload.update({ collection: 'job-postings', id: job.id, data: { howToApply: { url: null, email: null } } as never })
    const error = await exportSnapshot(payload, out, exportedOn).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SnapshotError)
    expect((error as Error).message).toMatch(new RegExp(`job-postings\\[\\d+\\] \\(slug ${job.slug}\\) howToApply: give an application link or email`))
    const after = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))
    expect(after).toEqual(before)
  })
})

describe('the first admin', () => {
  it('is not created when staff accounts exist', async () => {
    await payload.create({ collection: 'users', data: { email: 'someone@portal.test', password: 'a-long-test-password', roles: ['editor'] } })
    expect(await ensureFirstAdmin(payload, { ADMIN_EMAIL: 'x@portal.test', ADMIN_PASSWORD: 'a-long-password' })).toEqual({ created: false })
  })

  it('comes from ADMIN_EMAIL and ADMIN_PASSWORD, and can sign in as an admin', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const result = await ensureFirstAdmin(payload, { ADMIN_EMAIL: 'boss@portal.test', ADMIN_PASSWORD: 'a-long-admin-password' })
    expect(result).toEqual({ created: true, email: 'boss@portal.test' })
    const login = await payload.login({ collection: 'users', data: { email: 'boss@portal.test', password: 'a-long-admin-password' } })
    expect(login.user?.roles).toEqual(['admin'])
  })

  it('is generated and printed in development, refused in production', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    await expect(ensureFirstAdmin(payload, { NODE_ENV: 'production' })).rejects.toThrow(/Set ADMIN_EMAIL and ADMIN_PASSWORD/)
    await expect(ensureFirstAdmin(payload, { ADMIN_EMAIL: 'only@portal.test' })).rejects.toThrow(/both/)
    const result = await ensureFirstAdmin(payload, { NODE_ENV: 'development' })
    expect(result.created && result.generatedPassword).toBeTruthy()
    if (!result.created || !result.generatedPassword) return
    const login = await payload.login({ collection: 'users', data: { email: result.email, password: result.generatedPassword } })
    expect(login.user?.roles).toEqual(['admin'])
  })
})
