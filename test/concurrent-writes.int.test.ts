/**
 * Everything that writes, at once, on SQLite over real HTTP (`next start`, transactions off as
 * Payload's default for SQLite, so every write of the process goes through one connection):
 * 20 staff saves of drafts, a 500-row CSV import, 50 pledges, the jobs queue checked every
 * second, and Payload's forgot-password (which writes outside its own operation's transaction)
 * in the middle of it. Nothing answers 5xx, every write is really stored, forgot-password answers
 * at once, every email is written, and the CMS logs no lock error.
 *
 * The failure this guards against: with `transactionOptions: {}` libsql gives each transaction a
 * connection of its own and waits for a lock synchronously, so two writers in one process block
 * each other until one fails with SQLITE_BUSY (forgot-password answered 500 after ~20 s, staff
 * saves 500, the queue SQLITE_BUSY).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Refs, validDocument } from './helpers/access-matrix.ts'
import { type Client, client, login } from './helpers/http.ts'
import { csvLine, requiredJobCells } from './helpers/listings.ts'
import { formBody, validSubmission } from './helpers/pledges.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

const password = 'a-long-staff-password'
const run = `${process.pid}${Date.now() % 100000}`
const importRows = 500
const pledgeCount = 50

let dir: string
let cms: RealCms
let admin: Client
let editors: Client[]
let anonymous: Client
let refs: Refs
/** Staff who only ask for a password reset: one alone, one during the storm. */
const forgetful = { alone: `forgot-alone-${run}@portal.test`, storm: `forgot-storm-${run}@portal.test` }

/** Every answer the test got from the CMS, to check that none was a 5xx. */
const answers: { what: string; status: number }[] = []
async function call(who: Client, what: string, method: string, path: string, options?: Parameters<Client['rest']>[2]) {
  const response = await who.rest(method, path, options)
  answers.push({ what, status: response.status })
  return response
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; start: number; end: number }> {
  const start = performance.now()
  const value = await work()
  const end = performance.now()
  return { value, ms: end - start, start, end }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** The .eml files in the CMS's mail folder, read now. */
function mails(): { name: string; text: string }[] {
  try {
    return readdirSync(cms.mailDir)
      .filter((f) => f.endsWith('.eml'))
      .map((name) => ({ name, text: readFileSync(join(cms.mailDir, name), 'utf8') }))
  } catch {
    return []
  }
}

/** Quoted-printable soft line breaks and escapes undone, enough to search a message's text. */
const decoded = (eml: string) => eml.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))

function forgotPassword(email: string, what: string) {
  return timed(() => call(anonymous, what, 'POST', '/api/users/forgot-password', { body: { email } }))
}

// The CSV in the example file's columns (as csv.int.test.ts builds it), one job per row.
const exampleHeader = readFileSync('content/examples/jobs.csv', 'utf8').split('\n')[0]!
const importSlug = (i: number) => `storm-import-${run}-${i}`
function jobRow(slug: string): string {
  return csvLine(exampleHeader.split(','), {
    slug,
    title: `Storm import job ${slug}`,
    title_es: `Empleo importado ${slug}`,
    summary: 'A job imported while everything else writes.',
    summary_es: 'Un empleo importado mientras todo lo demás escribe.',
    duties: 'First duty | Second duty',
    ...requiredJobCells,
  })
}
const importCsv = `${[exampleHeader, ...Array.from({ length: importRows }, (_, i) => jobRow(importSlug(i)))].join('\n')}\n`

/** A staff save: what it sends, and how to check that its change is stored. */
type Save = { what: string; who: Client; method: 'POST' | 'PATCH'; collection: string; id?: number | string; body: Record<string, unknown> }

async function firstId(collection: string) {
  const { json } = await admin.rest('GET', `/api/${collection}?limit=1&depth=0`)
  return json.docs[0].id as number
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chw-storm-'))
  cms = await seededCms({ dir, siteUrl: inject('siteUrl'), env: { JOBS_CRON: '* * * * * *' } })
  anonymous = client(cms.url)
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
  editors = []
  for (const [i, email] of [`storm-editor-a-${run}@portal.test`, `storm-editor-b-${run}@portal.test`].entries()) {
    const made = await admin.rest('POST', '/api/users', { body: { email, password, name: `Storm editor ${i}`, roles: ['editor'] } })
    expect(made.status, JSON.stringify(made.json)).toBe(201)
    editors.push(client(cms.url, await login(cms.url, email, password)))
  }
  for (const email of Object.values(forgetful)) {
    const made = await admin.rest('POST', '/api/users', { body: { email, password, name: 'Forgetful editor', roles: ['editor'] } })
    expect(made.status, JSON.stringify(made.json)).toBe(201)
  }
  refs = {
    region: await firstId('regions'),
    organization: await firstId('organizations'),
    workerType: await firstId('worker-types'),
    language: await firstId('languages'),
  }
}, 600_000)

afterAll(async () => {
  // Throws if the CMS logged an uncaught exception or unhandled rejection (see real-cms.ts).
  await cms?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('every writer at once, on SQLite', () => {
  let aloneKnown: number
  let aloneUnknown: number

  it('forgot-password alone answers 200 within 1 s and writes the reset email', async () => {
    const known = await forgotPassword(forgetful.alone, 'forgot-password alone (staff)')
    const unknown = await forgotPassword(`nobody-alone-${run}@portal.test`, 'forgot-password alone (unknown)')
    aloneKnown = known.ms
    aloneUnknown = unknown.ms
    console.log(`forgot-password alone: staff email ${known.ms.toFixed(0)} ms, unknown email ${unknown.ms.toFixed(0)} ms`)
    expect(known.value.status, JSON.stringify(known.value.json)).toBe(200)
    expect(unknown.value.status, JSON.stringify(unknown.value.json)).toBe(200)
    expect(known.ms).toBeLessThan(1000)
    expect(unknown.ms).toBeLessThan(1000)
    // The email is sent before the answer.
    expect(mails().filter((m) => m.text.includes(`To: ${forgetful.alone}`))).toHaveLength(1)
  })

  it('20 staff saves, a 500-row import, 50 pledges, the queue and forgot-password: all stored, nothing 5xx, no lock errors', async () => {
    // Documents the PATCHes change: a published job and training program each (a draft on top
    // of a published document is a new version), and drafts.
    const existing: Record<string, (number | string)[]> = { 'job-postings': [], 'training-programs': [] }
    for (const collection of Object.keys(existing)) {
      for (let i = 0; i < 5; i++) {
        const body = validDocument(collection, refs)
        if (i % 2) body._status = 'draft'
        const made = await admin.rest('POST', `/api/${collection}${i % 2 ? '?draft=true' : ''}`, { body })
        expect(made.status, JSON.stringify(made.json)).toBe(201)
        existing[collection]!.push(made.json.doc.id)
      }
    }
    const staff = [admin, ...editors]
    const saves: Save[] = []
    for (const collection of ['job-postings', 'training-programs']) {
      for (let i = 0; i < 5; i++) {
        saves.push({
          what: `create ${collection} draft ${i}`,
          who: staff[i % staff.length]!,
          method: 'POST',
          collection,
          body: { ...validDocument(collection, refs), title: `Storm new ${collection} ${run}-${i}`, _status: 'draft' },
        })
        saves.push({
          what: `edit ${collection} ${i} as a draft`,
          who: staff[(i + 1) % staff.length]!,
          method: 'PATCH',
          collection,
          id: existing[collection]![i],
          body: { title: `Storm edit ${collection} ${run}-${i}`, _status: 'draft' },
        })
      }
    }
    expect(saves).toHaveLength(20)

    const submissions = Array.from({ length: pledgeCount }, () => validSubmission())
    const form = new FormData()
    form.set('file', new Blob([importCsv], { type: 'text/csv' }), 'jobs.csv')
    form.set('collection', 'job-postings')
    form.set('mode', 'all')
    form.set('status', 'draft')

    const mailsBefore = mails().length
    const stormStart = performance.now()
    const importing = timed(() => call(editors[0]!, 'CSV import', 'POST', '/api/csv-import', { form }))
    const saving = Promise.all(
      saves.map((save) =>
        timed(() =>
          call(save.who, save.what, save.method, `/api/${save.collection}${save.id === undefined ? '' : `/${save.id}`}?draft=true&depth=0`, {
            body: save.body,
          }),
        ),
      ),
    )
    const pledging = Promise.all(
      submissions.map((submission, i) =>
        timed(() =>
          call(anonymous, `pledge ${i}`, 'POST', '/api/pledges', {
            body: formBody(submission),
            headers: { 'X-Forwarded-For': `10.250.${Math.floor(i / 250)}.${(i % 250) + 1}` },
          }),
        ),
      ),
    )
    // In the middle of it all: the saves and pledges are in flight, the import is writing.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const [forgotKnown, forgotUnknown] = await Promise.all([
      forgotPassword(forgetful.storm, 'forgot-password in the storm (staff)'),
      forgotPassword(`nobody-storm-${run}@portal.test`, 'forgot-password in the storm (unknown)'),
    ])
    const resetMailAtAnswer = mails().filter((m) => m.text.includes(`To: ${forgetful.storm}`)).length
    const [imported, saved, pledged] = await Promise.all([importing, saving, pledging])
    const stormEnd = performance.now()

    const saveMs = saved.map((s) => s.ms).sort((a, b) => a - b)
    const pledgeMs = pledged.map((p) => p.ms).sort((a, b) => a - b)
    const window = (t: { start: number; end: number }) => `${seconds(t.start - stormStart)}–${seconds(t.end - stormStart)}`
    console.log(
      [
        `storm: ${seconds(stormEnd - stormStart)} in all`,
        `  CSV import of ${importRows} rows: ${seconds(imported.ms)}`,
        `  20 staff saves: ${seconds(saveMs[0]!)} fastest, ${seconds(saveMs[10]!)} median, ${seconds(saveMs.at(-1)!)} slowest`,
        `  ${pledgeCount} pledges: ${seconds(pledgeMs[0]!)} fastest, ${seconds(pledgeMs[25]!)} median, ${seconds(pledgeMs.at(-1)!)} slowest`,
        `  forgot-password in the storm: staff email ${forgotKnown.ms.toFixed(0)} ms (at ${window(forgotKnown)} into the storm), unknown email ${forgotUnknown.ms.toFixed(0)} ms`,
        `  forgot-password alone, before: staff email ${aloneKnown?.toFixed(0)} ms, unknown email ${aloneUnknown?.toFixed(0)} ms`,
      ].join('\n'),
    )

    // Nothing answered 5xx.
    expect(answers.filter((a) => a.status >= 500)).toEqual([])

    // Forgot-password: 200 within a second, and the reset email was written before the answer.
    expect(forgotKnown.value.status, JSON.stringify(forgotKnown.value.json)).toBe(200)
    expect(forgotUnknown.value.status, JSON.stringify(forgotUnknown.value.json)).toBe(200)
    // Soft: a slow answer fails the test, and the checks below still run and report.
    expect.soft(forgotKnown.ms, 'forgot-password (staff email) in the storm, ms').toBeLessThan(1000)
    expect.soft(forgotUnknown.ms, 'forgot-password (unknown email) in the storm, ms').toBeLessThan(1000)
    expect(resetMailAtAnswer).toBe(1)
    const reset = mails().find((m) => m.text.includes(`To: ${forgetful.storm}`))!
    expect(decoded(reset.text)).toMatch(/reset\/[0-9a-f]{40}/)

    // Every staff save answered 2xx, and its change is stored (the latest draft).
    for (const [i, save] of saves.entries()) {
      const { status, json } = saved[i]!.value
      expect(status, `${save.what}: ${JSON.stringify(json)}`).toBe(save.method === 'POST' ? 201 : 200)
      const id = save.id ?? json.doc.id
      const stored = await call(admin, `read back ${save.what}`, 'GET', `/api/${save.collection}/${id}?draft=true&depth=0`)
      expect(stored.status).toBe(200)
      expect(stored.json.title, save.what).toBe(save.body.title)
      expect(stored.json._status, save.what).toBe('draft')
    }

    // The import saved all 500 rows, and they are in the database.
    expect(imported.value.status, JSON.stringify(imported.value.json).slice(0, 2000)).toBe(200)
    expect(imported.value.json).toMatchObject({ saved: true, rowCount: importRows, created: importRows, updated: 0, problems: [] })
    expect(imported.value.json.rows.filter((r: { saved: boolean }) => r.saved)).toHaveLength(importRows)
    const importedCount = await call(admin, 'count imported', 'GET', `/api/job-postings?where[slug][like]=storm-import-${run}-&draft=true&depth=0&limit=1`)
    expect(importedCount.json.totalDocs).toBe(importRows)
    const slugs = await call(
      admin,
      'imported slugs',
      'GET',
      `/api/job-postings?where[slug][like]=storm-import-${run}-&draft=true&depth=0&limit=0&pagination=false&select[slug]=true`,
    )
    expect(new Set(slugs.json.docs.map((d: { slug: string }) => d.slug))).toEqual(new Set(Array.from({ length: importRows }, (_, i) => importSlug(i))))

    // All 50 pledges were accepted, and each is stored exactly once.
    for (const [i, p] of pledged.entries()) expect(p.value.status, `pledge ${i}: ${JSON.stringify(p.value.json)}`).toBe(201)
    const references = pledged.map((p) => p.value.json.reference as string)
    expect(new Set(references).size).toBe(pledgeCount)
    for (const [i, reference] of references.entries()) {
      const { json } = await call(admin, `pledge ${reference}`, 'GET', `/api/pledges?where[reference][equals]=${encodeURIComponent(reference)}&depth=0`)
      expect(json.totalDocs, reference).toBe(1)
      expect(json.docs[0].contact.email).toBe(submissions[i]!.contact.email.toLowerCase())
    }

    // The queue sends every confirmation, once each.
    const confirmation = (i: number) => (m: { text: string }) => m.text.includes(`To: ${submissions[i]!.contact.email}`)
    const drainStart = performance.now()
    const deadline = drainStart + 180_000
    let waiting = pledgeCount
    for (;;) {
      const now = mails()
      waiting = submissions.filter((_, i) => !now.some(confirmation(i))).length
      if (waiting === 0 || performance.now() > deadline) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const drained = performance.now()
    console.log(
      `queue: the last of ${pledgeCount} confirmations written ${seconds(drained - stormEnd)} after the storm ended ` +
        `(${seconds(drained - stormStart)} after it began); ${mails().length - mailsBefore} emails in the storm`,
    )
    expect(waiting, 'confirmations never written').toBe(0)
    // Two more queue ticks, so an email sent twice would show.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    const all = mails()
    for (const [i, reference] of references.entries()) {
      const sent = all.filter(confirmation(i))
      expect(sent.length, `confirmations of ${reference}`).toBe(1)
      expect(decoded(sent[0]!.text)).toContain(reference)
    }
    const failedJobs = await call(admin, 'failed jobs', 'GET', '/api/payload-jobs?where[hasError][equals]=true&depth=0&limit=5')
    expect(failedJobs.status).toBe(200)
    expect(failedJobs.json.docs).toEqual([])
    const waitingJobs = await call(admin, 'waiting email jobs', 'GET', '/api/payload-jobs?where[queue][equals]=emails&depth=0&limit=5')
    expect(waitingJobs.json.totalDocs).toBe(0)

    // And nothing answered 5xx after either, nor did the CMS log a lock or an uncaught error.
    expect(answers.filter((a) => a.status >= 500)).toEqual([])
    const log = cms.output()
    const bad = log.split('\n').filter((line) => /SQLITE_BUSY|database is locked|uncaughtException|unhandledRejection|\bERROR\b|⨯/i.test(line))
    expect(bad).toEqual([])
  }, 600_000)
})
