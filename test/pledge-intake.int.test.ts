/**
 * The pledge intake with a real CMS of its own (seeded SQLite, `cms/server.ts`) that this file
 * crashes: submissions acknowledged just before a SIGKILL become pledges after the restart,
 * with the references the employers were given, each saved and emailed once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type Client, client, login } from './helpers/http.ts'
import { formBody, validSubmission } from './helpers/pledges.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

const dir = mkdtempSync(join(tmpdir(), 'chw-intake-crash-'))
let cms: RealCms
let admin: Client
let address = 0
const submit = (body: unknown) =>
  client(cms.url).rest('POST', '/api/pledges', { body, headers: { 'X-Forwarded-For': `10.2.${Math.floor(++address / 250)}.${address % 250}` } })

async function pledgesWith(references: string[]): Promise<Record<string, any>[]> {
  const where = references.map((r, i) => `where[reference][in][${i}]=${r}`).join('&')
  const { status, json } = await admin.rest('GET', `/api/pledges?${where}&depth=0&limit=1000`)
  expect(status).toBe(200)
  return json.docs
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 200))
  }
}

const mailsTo = (to: string) => {
  try {
    return readdirSync(cms.mailDir).filter((f) => f.endsWith('.eml') && readFileSync(join(cms.mailDir, f), 'utf8').includes(`To: ${to}`))
  } catch {
    return []
  }
}

beforeAll(async () => {
  cms = await seededCms({ dir, siteUrl: 'http://site.portal.test' })
  admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
})

afterAll(async () => {
  await cms?.stop()
  rmSync(dir, { recursive: true, force: true })
})

it('saves every submission acknowledged before a SIGKILL after the restart, once, with its reference, and emails it once', async () => {
  const bodies = Array.from({ length: 60 }, () => formBody())
  const answers = await Promise.all(bodies.map(submit))
  expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 201))
  await cms.stop('SIGKILL')

  // Acknowledged, not all saved as pledges yet: what the restart has to finish.
  const intake = new DatabaseSync(join(dir, 'portal.pledge-intake.db'), { readOnly: true })
  const { waiting } = intake.prepare('SELECT COUNT(*) - COUNT(drained_at) AS waiting FROM pledge_intake').get() as { waiting: number }
  intake.close()
  expect(waiting).toBeGreaterThan(0)

  await cms.start()
  const references = answers.map((a) => a.json.reference as string)
  const saved = await eventually(() => pledgesWith(references), (docs) => docs.length >= references.length)
  expect(saved).toHaveLength(references.length)
  for (const [i, body] of bodies.entries()) {
    const pledge = saved.find((d) => d.reference === references[i])
    expect(pledge, references[i]).toMatchObject({ organizationName: body.organization.name, status: 'pending', contact: { email: body.contact.email } })
  }

  // A retry after the restart gets the first answer.
  const retry = await submit(bodies[0])
  expect(retry.status).toBe(200)
  expect(retry.json).toMatchObject({ reference: references[0], replayed: true })

  const mailed = await eventually(async () => bodies.map((b) => mailsTo(b.contact.email).length), (n) => n.every((c) => c >= 1))
  expect(mailed).toEqual(bodies.map(() => 1))
})

it('refuses a second pledge of an organization and email while the first waits, before and after it is saved', async () => {
  const s = validSubmission()
  const first = await submit(formBody(s))
  expect(first.status).toBe(201)
  expect((await submit(formBody(s))).status).toBe(409)
  await eventually(() => pledgesWith([first.json.reference]), (docs) => docs.length === 1)
  const again = await submit(formBody({ ...s, organization: { ...s.organization, name: s.organization.name.toUpperCase() } }))
  expect(again.status).toBe(409)
  expect(again.json.code).toBe('pending-duplicate')
})

it('shows a new pledge to staff within a second or two', async () => {
  const started = Date.now()
  const { json } = await submit(formBody())
  const docs = await eventually(() => pledgesWith([json.reference]), (d) => d.length === 1, 10_000)
  expect(docs).toHaveLength(1)
  expect(Date.now() - started).toBeLessThan(2_000)
})

it('limits a client that sends no X-Forwarded-For by its own address, as Next.js would, and lets the site read Retry-After', async () => {
  const direct = client(cms.url)
  const headers = { Origin: 'http://site.portal.test' }
  const answers = []
  for (let i = 0; i < 6; i++) answers.push(await direct.rest('POST', '/api/pledges', { body: formBody(), headers }))
  expect(answers.slice(0, 5).map((a) => a.status)).toEqual([201, 201, 201, 201, 201])
  const limited = answers[5]!
  expect(limited.status).toBe(429)
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(limited.headers.get('access-control-allow-origin')).toBe('http://site.portal.test')
  expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After')
  // Another address is not affected.
  expect((await submit(formBody())).status).toBe(201)
})
