/**
 * The pledge intake's own rules, on real SQLite files: durable group commit, replay, the
 * pending-duplicate rule across submissions not yet saved as pledges and pledges waiting for
 * review, nothing lost when the process stops between acknowledging and saving, and the drainer
 * saving a burst after acknowledging it.
 * The CMS file here holds only the columns of Payload's `pledges` table that the intake reads;
 * the HTTP tests (pledges.int.test.ts, pledge-intake.int.test.ts) run it against the real schema.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Libsql from 'libsql'
import type { Payload } from 'payload'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Drainer, startDrainer } from '../cms/pledges/intake/drain.ts'
import { intakeFileFor, PledgeIntake } from '../cms/pledges/intake/store.ts'
import { formBody, validSubmission } from './helpers/pledges.ts'

let dir: string
let cmsFile: string
// The stand-in CMS file is written with libsql, as Payload writes the real one (the intake reads it
// with libsql too: one copy of SQLite per file in a process).
let cms: Libsql.Database
const open: PledgeIntake[] = []
const intake = () => {
  const i = new PledgeIntake(cmsFile)
  open.push(i)
  return i
}
const entry = (s = validSubmission(), key = formBody(s).idempotencyKey) => ({ idempotencyKey: key, submission: s })

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chw-intake-'))
  cmsFile = join(dir, 'portal.db')
  cms = new Libsql(cmsFile)
  cms.exec(`PRAGMA journal_mode = WAL;
    CREATE TABLE pledges (id INTEGER PRIMARY KEY, organization_name TEXT, contact_email TEXT, status TEXT, reference TEXT UNIQUE, idempotency_key TEXT UNIQUE)`)
})

afterEach(() => {
  for (const i of open.splice(0)) i.close()
  cms.close()
  rmSync(dir, { recursive: true, force: true })
})

it('keeps its table in a file beside the CMS database', () => {
  expect(intakeFileFor('/srv/.data/portal.db')).toBe('/srv/.data/portal.pledge-intake.db')
  expect(intakeFileFor('/srv/data/cms')).toBe('/srv/data/cms.pledge-intake.db')
  expect(intake().file).toBe(join(dir, 'portal.pledge-intake.db'))
})

it('commits submissions that arrive together in one batch and gives each its own reference', async () => {
  const i = intake()
  const entries = Array.from({ length: 50 }, () => entry())
  const results = await Promise.all(entries.map((e) => i.accept(e)))
  expect(results.every((r) => r.kind === 'accepted')).toBe(true)
  const references = results.map((r) => (r as { reference: string }).reference)
  expect(new Set(references).size).toBe(50)
  for (const r of references) expect(r).toMatch(/^PLG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
  expect(i.counts()).toEqual({ total: 50, waiting: 50, unmailed: 0 })
})

it('answers a retry, even one racing the first copy, with the first reference', async () => {
  const i = intake()
  const e = entry()
  const [first, ...copies] = await Promise.all(Array.from({ length: 5 }, () => i.accept(e)))
  expect(first!.kind).toBe('accepted')
  for (const c of copies) expect(c).toEqual({ kind: 'replayed', reference: (first as { reference: string }).reference })
  expect(await i.accept(e)).toEqual({ kind: 'replayed', reference: (first as { reference: string }).reference })
  expect(i.counts().total).toBe(1)
})

it('replays a key of a pledge saved before the intake existed', async () => {
  const e = entry()
  cms.prepare("INSERT INTO pledges (organization_name, contact_email, status, reference, idempotency_key) VALUES (?, ?, 'approved', 'PLG-OLD0-0001', ?)")
    .run(e.submission.organization.name, e.submission.contact.email, e.idempotencyKey)
  expect(await intake().accept(e)).toEqual({ kind: 'replayed', reference: 'PLG-OLD0-0001' })
})

it('refuses a second submission of an organization and email while the first waits, saved or not', async () => {
  const i = intake()
  const s = validSubmission()
  const louder = { ...s, organization: { ...s.organization, name: `  ${s.organization.name.toUpperCase()} ` } }
  const [first, racing] = await Promise.all([i.accept(entry(s)), i.accept(entry(louder))])
  expect(first!.kind).toBe('accepted')
  expect(racing!.kind).toBe('pending-duplicate')

  // Saved as a pending pledge: still a duplicate.
  const row = i.nextToDrain()!
  cms.prepare("INSERT INTO pledges (organization_name, contact_email, status, reference, idempotency_key) VALUES (?, ?, 'pending', ?, ?)")
    .run(s.organization.name, s.contact.email.toLowerCase(), row.reference, row.idempotencyKey)
  i.markDrained(row.seq, 1)
  expect((await i.accept(entry(louder))).kind).toBe('pending-duplicate')

  // Reviewed: the organization may sign again.
  cms.exec("UPDATE pledges SET status = 'rejected'")
  expect((await i.accept(entry(louder))).kind).toBe('accepted')
  // Same email, another organization: not a duplicate.
  expect((await i.accept(entry({ ...s, organization: { ...s.organization, name: 'Another Clinic' } }))).kind).toBe('accepted')
})

it('keeps every acknowledged submission across a restart, oldest first, until it is drained and emailed', async () => {
  const first = intake()
  const results = await Promise.all(Array.from({ length: 20 }, () => first.accept(entry())))
  // No close(): the process dies here. Only what was committed counts.
  const again = new PledgeIntake(cmsFile)
  open.push(again)
  expect(again.counts()).toEqual({ total: 20, waiting: 20, unmailed: 0 })
  const row = again.nextToDrain()!
  expect(row.reference).toBe((results[0] as { reference: string }).reference)
  expect(row.submission.organization.name).toMatch(/^Pledge Test Clinic/)

  again.markFailed(row.seq, new Error('database busy'), Date.now() + 60_000)
  expect(again.nextToDrain()!.seq).not.toBe(row.seq)

  again.markDrained(row.seq, 7)
  expect(again.counts()).toMatchObject({ waiting: 19, unmailed: 1 })
  expect(again.toEmail().map((r) => r.seq)).toEqual([row.seq])
  again.markEmailed(row.seq)
  expect(again.counts()).toMatchObject({ waiting: 19, unmailed: 0 })
})

it('gives a reference no pledge already has', async () => {
  const i = intake()
  const results = await Promise.all(Array.from({ length: 200 }, () => i.accept(entry())))
  const taken = cms.prepare('SELECT COUNT(*) AS n FROM pledges').get() as { n: number }
  expect(taken.n).toBe(0)
  expect(new Set(results.map((r) => (r as { reference: string }).reference)).size).toBe(200)
})

describe('the drainer during a burst', () => {
  // Stands in for Payload: the drainer's saves and emails are recorded, nothing else.
  const saved: { at: number; reference: string }[] = []
  const payload = {
    find: async () => ({ docs: [{ id: 1, slug: 'sonoma-county' }] }),
    findGlobal: async () => ({ areas: [] }),
    create: async ({ data }: { data: { reference: string } }) => {
      saved.push({ at: Date.now(), reference: data.reference })
      return { id: saved.length }
    },
    sendEmail: async () => {},
    logger: { info() {}, warn() {}, error() {} },
  } as unknown as Payload
  const drainers: Drainer[] = []
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

  /** Submits one pledge every 10 ms for `ms`; returns the references and when the burst ended. */
  async function burst(i: PledgeIntake, ms: number) {
    const references: string[] = []
    const started = Date.now()
    while (Date.now() - started < ms) {
      const result = await i.accept(entry())
      if (result.kind === 'accepted') references.push(result.reference)
      await sleep(10)
    }
    return { references, ended: Date.now() }
  }

  beforeEach(() => {
    saved.length = 0
  })
  afterEach(async () => {
    for (const d of drainers.splice(0)) await d.stop()
  })

  it('acknowledges a burst first and saves every submission of it just after', async () => {
    const i = intake()
    const drainer = startDrainer(payload, i, { busyWindowMs: 500, maxDeferMs: 10_000 })
    drainers.push(drainer)
    const { references, ended } = await burst(i, 400)
    expect(references.length).toBeGreaterThan(5)
    expect(saved).toEqual([])
    await drainer.idle()
    expect(saved.map((s) => s.reference)).toEqual(references)
    expect(saved[0]!.at).toBeGreaterThanOrEqual(ended)
  })

  it('is started at once when nothing waits, and after a restart only once the first waiting pledge is saved', async () => {
    const quiet = startDrainer(payload, intake())
    drainers.push(quiet)
    await quiet.started
    expect(saved).toEqual([])

    // Left by a crash: acknowledged, not yet saved. The first save is held until `release`.
    const before = intake()
    const left = await before.accept(entry())
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const slow = { ...payload, create: async (args: never) => (await held, payload.create(args)) } as unknown as Payload
    const restarted = startDrainer(slow, intake())
    drainers.push(restarted)
    let started = false
    void restarted.started.then(() => (started = true))
    await sleep(100)
    expect(started).toBe(false)
    release()
    await restarted.started
    expect(saved.map((s) => s.reference)).toEqual([(left as { reference: string }).reference])
  })

  it('does not hold a submission back longer than maxDeferMs while submissions keep arriving', async () => {
    const i = intake()
    const drainer = startDrainer(payload, i, { busyWindowMs: 500, maxDeferMs: 200 })
    drainers.push(drainer)
    const { references, ended } = await burst(i, 2_000)
    expect(saved.length).toBeGreaterThan(0)
    expect(saved[0]!.at).toBeLessThan(ended)
    await drainer.idle()
    expect(saved.map((s) => s.reference)).toEqual(references)
  })
})
