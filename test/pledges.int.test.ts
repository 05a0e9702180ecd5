/**
 * The pledge over real HTTP (a seeded CMS under `next start`, see helpers/cms-server.ts): what an
 * employer's form sends, every way it can go wrong, review, the directory export and renewal.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type Client, client, login } from './helpers/http.ts'
import { formBody, validSubmission } from './helpers/pledges.ts'

const cmsUrl = inject('cmsUrl')
const mailDir = inject('mailDir')
const cmsEnv = inject('cmsEnv')
let admin: Client
let reviewer: Client
const anonymous = client(cmsUrl)

let address = 0
/** Each call looks like a different visitor, so the rate limit only bites where a test wants it. */
const visitor = () => ({ 'X-Forwarded-For': `10.1.${Math.floor(++address / 250)}.${address % 250}` })

function submit(body: unknown, headers: Record<string, string> = visitor()) {
  return anonymous.rest('POST', '/api/pledges', { body, headers })
}

/** Pledges matching, as staff see them at this moment (a 201 means the pledge is saved). */
async function storedBy(field: string, value: string) {
  const { json } = await admin.rest('GET', `/api/pledges?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=10`)
  return json.docs as Record<string, any>[]
}

/** The .eml files sent to `to`, waiting a little: emails are sent by the jobs queue after the answer. */
async function mailTo(to: string, atLeast = 1): Promise<string[]> {
  for (let i = 0; i < 50; i++) {
    const found = (() => {
      try {
        return readdirSync(mailDir)
          .filter((f) => f.endsWith('.eml'))
          .map((f) => readFileSync(join(mailDir, f), 'utf8'))
          .filter((m) => m.includes(`To: ${to}`))
      } catch {
        return []
      }
    })()
    if (found.length >= atLeast) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  return []
}

/** Quoted-printable soft line breaks and escapes undone, enough to search a message's text. */
const decoded = (eml: string) => eml.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))

async function script(name: string, args: string[] = []) {
  const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', [`scripts/${name}.ts`, ...args], {
    env: { ...process.env, ...cmsEnv },
  })
  return stdout
}

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  const email = `pledge-reviewer-${Date.now()}@portal.test`
  await admin.rest('POST', '/api/users', { body: { email, password: 'a-long-test-password', roles: ['reviewer'] } })
  reviewer = client(cmsUrl, await login(cmsUrl, email, 'a-long-test-password'))
})

describe('signing the pledge', () => {
  it('stores a valid submission as pending, answers with a reference and emails a confirmation', async () => {
    const submission = validSubmission()
    const response = await submit(formBody(submission))
    expect(response.status).toBe(201)
    expect(response.json.reference).toMatch(/^PLG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(response.json.status).toBe('pending')
    // Nothing private comes back, not even the submitter's own details.
    expect(JSON.stringify(response.json)).not.toContain(submission.contact.email)
    expect(JSON.stringify(response.json)).not.toContain('555-0123')

    const [stored] = await storedBy('reference', response.json.reference)
    expect(stored).toMatchObject({
      organizationName: submission.organization.name,
      status: 'pending',
      consentToList: true,
      locale: 'en',
      contact: { email: submission.contact.email, phone: '(707) 555-0123' },
      organization: { kind: 'clinic', chwCount: 4 },
    })
    expect(stored!.commitments.map((c: { area: string }) => c.area)).toEqual(['hiring', 'pay-and-benefits'])
    expect(stored!.approvedAt ?? null).toBeNull()
    // The retry key is the CMS's business, not even staff see it.
    expect(stored).not.toHaveProperty('idempotencyKey')

    const [mail] = await mailTo(submission.contact.email)
    expect(mail).toBeDefined()
    expect(decoded(mail!)).toContain(response.json.reference)
    expect(mail).toMatch(/Subject: We received your Framework pledge/)
  })

  it('answers and emails in Spanish when the employer signed in Spanish', async () => {
    const submission = validSubmission({ locale: 'es' })
    const response = await submit(formBody(submission))
    expect(response.status).toBe(201)
    expect(response.json.message).toMatch(/Recibimos su compromiso/)
    const [mail] = await mailTo(submission.contact.email)
    expect(mail).toMatch(/Subject: =\?UTF-8\?|Subject: Recibimos/)
    expect(decoded(mail!)).toContain('Gracias por firmar')
  })
})

describe('bad input gets a message per field and stores nothing', () => {
  const cases: [string, (s: any) => void, string][] = [
    ['no organization name', (s) => (s.organization.name = ''), 'organization.name'],
    ['an unknown kind of organization', (s) => (s.organization.kind = 'bank'), 'organization.kind'],
    ['a region that does not exist', (s) => (s.organization.region = 'atlantis'), 'organization.region'],
    ['a website that is not a web address', (s) => (s.organization.website = 'javascript:alert(1)'), 'organization.website'],
    ['a negative number of CHWs', (s) => (s.organization.chwCount = -1), 'organization.chwCount'],
    ['an email without @', (s) => (s.contact.email = 'rosa.example.org'), 'contact.email'],
    ['letters in the phone', (s) => (s.contact.phone = 'call me'), 'contact.phone'],
    ['no commitments', (s) => (s.commitments = []), 'commitments'],
    ['a recommendation from another area', (s) => (s.commitments[0].recommendations = ['fair-pay-scale']), 'commitments.0.recommendations'],
    ['the same area twice', (s) => (s.commitments[1] = { ...s.commitments[0] }), 'commitments.1.area'],
    ['no agreement', (s) => (s.agreed = false), 'agreed'],
    ['no signature', (s) => (s.signerName = ' '), 'signerName'],
    ['a language we do not offer', (s) => (s.locale = 'fr'), 'locale'],
    ['no idempotency key', (s) => delete s.idempotencyKey, 'idempotencyKey'],
  ]

  it.each(cases)('%s', async (_, spoil, field) => {
    const body: any = formBody()
    spoil(body)
    const response = await submit(body)
    expect(response.status).toBe(400)
    const error = response.json.errors.find((e: { field: string }) => e.field === field)
    expect(error?.message, JSON.stringify(response.json)).toMatch(/\w{3}/)
    expect(await storedBy('organizationName', body.organization.name)).toEqual([])
  })

  it('speaks Spanish to a Spanish form', async () => {
    const body: any = formBody(validSubmission({ locale: 'es' }))
    body.contact.email = 'no-es-correo'
    const response = await submit(body)
    expect(response.json.errors).toContainEqual({ field: 'contact.email', message: expect.stringMatching(/correo electrónico/) })
  })

  it('refuses staff-only fields instead of storing them', async () => {
    for (const [field, value] of Object.entries({
      status: 'approved',
      approvedAt: '2020-01-01T00:00:00.000Z',
      renewalDue: '2099-01-01T00:00:00.000Z',
      slug: 'self-approved',
      reference: 'PLG-AAAA-AAAA',
      reviewNote: 'approved by myself',
    })) {
      const body = { ...formBody(), [field]: value }
      const response = await submit(body)
      expect(response.status, field).toBe(400)
      expect(response.json.errors.map((e: { field: string }) => e.field)).toContain(field)
      expect(await storedBy('organizationName', body.organization.name)).toEqual([])
    }
  })

  it('turns away a bot that fills the honeypot', async () => {
    const body = { ...formBody(), fax: '555-0199' }
    const response = await submit(body)
    expect(response.status).toBe(400)
    expect(await storedBy('organizationName', body.organization.name)).toEqual([])
  })

  it('refuses bodies that are too large, not JSON, or not sent as JSON', async () => {
    const huge = { ...formBody(), statement: 'x'.repeat(100_000) }
    expect((await submit(huge)).status).toBe(413)
    const raw = (body: string, type: string) => fetch(`${cmsUrl}/api/pledges`, { method: 'POST', headers: { 'Content-Type': type, ...visitor() }, body })
    expect((await raw('{"organization":', 'application/json')).status).toBe(400)
    expect((await raw('organization=x', 'application/x-www-form-urlencoded')).status).toBe(415)
  })

  it('refuses a body too large that does not say its length (chunked) with a 413, and stores nothing', async () => {
    const body = { ...formBody(), statement: 'x'.repeat(200_000) }
    const bytes = new TextEncoder().encode(JSON.stringify(body))
    // Sent in pieces with no Content-Length: the CMS can only find out by reading.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 16_384) controller.enqueue(bytes.subarray(i, i + 16_384))
        controller.close()
      },
    })
    const response = await fetch(`${cmsUrl}/api/pledges`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...visitor() },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ errors: [{ field: '', message: 'The form sent too much data.' }] })
    expect(await storedBy('organizationName', body.organization.name)).toEqual([])
    // The connection the client keeps for its next request still works (it was reset before).
    const next = formBody()
    const again = await fetch(`${cmsUrl}/api/pledges`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...visitor() },
      body: JSON.stringify(next),
    })
    expect(again.status).toBe(201)
  })
})

describe('retries and repeats', () => {
  it('answers a retry with the first answer and stores one pledge, and sends one confirmation', async () => {
    const body = formBody()
    const first = await submit(body)
    const again = await submit(body)
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.json).toEqual(first.json)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await storedBy('organizationName', body.organization.name)).toHaveLength(1)
    await mailTo(body.contact.email)
    await new Promise((r) => setTimeout(r, 1000))
    expect(await mailTo(body.contact.email)).toHaveLength(1)
  })

  it('refuses the same key with a different body (422), and stores nothing new', async () => {
    const body = formBody()
    const first = await submit(body)
    expect(first.status).toBe(201)
    const changed = { ...body, organization: { ...body.organization, name: `${body.organization.name} (changed)` } }
    const reused = await submit(changed)
    expect(reused.status).toBe(422)
    expect(reused.json.code).toBe('idempotency-key-reused')
    expect(reused.json.errors[0].message).toContain(first.json.reference)
    expect(await storedBy('organizationName', changed.organization.name)).toEqual([])
    expect((await storedBy('organizationName', body.organization.name))[0]!.organizationName).toBe(body.organization.name)
  })

  it('answers a retry of an accepted submission even when its address is over the rate limit', async () => {
    const from = { 'X-Forwarded-For': '10.98.98.98' }
    const body = formBody()
    expect((await submit(body, from)).status).toBe(201)
    for (let i = 0; i < 4; i++) expect((await submit(formBody(), from)).status).toBe(201)
    expect((await submit(formBody(), from)).status).toBe(429)
    const retry = await submit(body, from)
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
  })

  it('completes a pledge that a crash left without its lists when the employer retries', async () => {
    const body = formBody()
    const first = await submit(body)
    expect(first.status).toBe(201)
    const [saved] = await storedBy('reference', first.json.reference)
    // What a CMS killed between the statements of a save leaves behind (SQLite saves run
    // without a transaction): the pledge's row, without its commitments and self-assessment.
    const db = new DatabaseSync(cmsEnv.DATABASE_URI!.slice('file:'.length), { timeout: 10_000 })
    db.prepare('DELETE FROM pledges_commitments WHERE _parent_id = ?').run(saved!.id)
    db.prepare('DELETE FROM pledges_self_assessment WHERE _parent_id = ?').run(saved!.id)
    db.close()
    expect((await storedBy('reference', first.json.reference))[0]!.commitments).toEqual([])

    const retry = await submit(body)
    expect(retry.status).toBe(201)
    expect(retry.json).toEqual(first.json)
    const [completed] = await storedBy('reference', first.json.reference)
    expect(completed!.commitments.map((c: { area: string; recommendations: string[] }) => [c.area, c.recommendations])).toEqual(
      body.commitments.map((c) => [c.area, c.recommendations]),
    )
    expect(completed!.selfAssessment).toHaveLength(body.selfAssessment!.length)
  })

  it('stores one pledge when copies of a submission race each other', async () => {
    const body = formBody()
    const answers = await Promise.all(Array.from({ length: 6 }, () => submit(body)))
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 201])
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(5)
    expect(new Set(answers.map((a) => a.json.reference)).size).toBe(1)
    expect(await storedBy('organizationName', body.organization.name)).toHaveLength(1)
  })

  it('tells the employer when the same organization and email already wait for review', async () => {
    const submission = validSubmission()
    expect((await submit(formBody(submission))).status).toBe(201)
    const louder = { ...submission, organization: { ...submission.organization, name: submission.organization.name.toUpperCase() } }
    const repeat = await submit(formBody(louder))
    expect(repeat.status).toBe(409)
    expect(repeat.json.code).toBe('pending-duplicate')
    expect(await storedBy('contact.email', submission.contact.email)).toHaveLength(1)
  })

  it('limits each address to five submissions in ten minutes, with Retry-After', async () => {
    const from = { 'X-Forwarded-For': '10.99.99.99' }
    for (let i = 0; i < 5; i++) expect((await submit(formBody(), from)).status).toBe(201)
    const body = formBody()
    const limited = await submit(body, from)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // The form, on the site's origin, can only read it if CORS exposes it.
    expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After')
    expect(await storedBy('organizationName', body.organization.name)).toEqual([])
    // Another address is unaffected.
    expect((await submit(formBody())).status).toBe(201)
  })
})

describe('what the public can never do', () => {
  let id: number
  beforeAll(async () => {
    const { json } = await submit(formBody())
    id = (await storedBy('reference', json.reference))[0]!.id
  })

  it('cannot list, read, change or delete pledges over REST', async () => {
    expect((await anonymous.rest('GET', '/api/pledges')).status).toBe(403)
    expect([403, 404]).toContain((await anonymous.rest('GET', `/api/pledges/${id}`)).status)
    expect((await anonymous.rest('PATCH', `/api/pledges/${id}`, { body: { status: 'approved' } })).status).toBe(403)
    expect((await anonymous.rest('DELETE', `/api/pledges/${id}`)).status).toBe(403)
    expect((await anonymous.rest('GET', '/api/pledges/count')).status).toBe(403)
    const [stored] = await storedBy('id', String(id))
    expect(stored!.status).toBe('pending')
  })

  it('cannot create, read, change or delete pledges over GraphQL', async () => {
    const attempts = [
      '{ Pledges { docs { id contact { email phone } } } }',
      `{ Pledge(id: ${id}) { id organizationName } }`,
      `mutation { createPledge(data: { organizationName: "Bot", organization: { kind: clinic, region: 1, chwCount: 1 }, contact: { name: "Bot", title: "Bot", email: "bot@example.org" }, commitments: [{ area: hiring, recommendations: ["no-degree-required"] }], signerName: "Bot", signerTitle: "Bot", agreed: true, status: approved }) { id } }`,
      `mutation { updatePledge(id: ${id}, data: { status: approved }) { id } }`,
      `mutation { deletePledge(id: ${id}) { id } }`,
    ]
    for (const query of attempts) {
      const { data, errors } = await anonymous.graphql(query)
      expect(errors?.[0]?.message, query).toMatch(/not allowed/i)
      expect(JSON.stringify(data ?? {}), query).not.toContain('@')
    }
    expect(await storedBy('organizationName', 'Bot')).toEqual([])
  })
})

describe('review, directory and renewal', () => {
  it('emails the decision, exports approved consenting signatories without private fields, and renews once a year', async () => {
    const listed = validSubmission({ locale: 'es' })
    const unlisted = validSubmission({ consentToList: false })
    const rejected = validSubmission()
    const refs: Record<string, string> = {}
    for (const [name, s] of Object.entries({ listed, unlisted, rejected })) refs[name] = (await submit(formBody(s))).json.reference
    const idOf = async (name: string) => (await storedBy('reference', refs[name]!))[0]!.id

    for (const name of ['listed', 'unlisted']) {
      const { status, json } = await reviewer.rest('PATCH', `/api/pledges/${await idOf(name)}`, { body: { status: 'approved' } })
      expect(status).toBe(200)
      expect(json.doc.slug).toBeTruthy()
    }
    const reason = 'We could not confirm that the organization employs CHWs.'
    const silent = await reviewer.rest('PATCH', `/api/pledges/${await idOf('rejected')}`, { body: { status: 'rejected' } })
    expect(silent.status).toBe(400)
    expect(JSON.stringify(silent.json)).toMatch(/reviewNote|Say why/)
    await reviewer.rest('PATCH', `/api/pledges/${await idOf('rejected')}`, { body: { status: 'rejected', reviewNote: reason } })

    const approvalMail = decoded((await mailTo(listed.contact.email, 2)).find((m) => m.includes('aprobado')) ?? '')
    expect(approvalMail).toContain('/es/pledge/signatories/')
    const rejectionMail = decoded((await mailTo(rejected.contact.email, 2)).find((m) => m.includes('About your Framework pledge')) ?? '')
    expect(rejectionMail).toContain(reason)

    // The directory: only the approved pledge that agreed to be listed, and only public fields.
    const out = mkdtempSync(join(tmpdir(), 'chw-pledge-export-'))
    await script('export-content', ['--out', out])
    const signatories = readFileSync(join(out, 'signatories.json'), 'utf8')
    expect(signatories).toContain(listed.organization.name)
    expect(signatories).not.toContain(unlisted.organization.name)
    expect(signatories).not.toContain(rejected.organization.name)
    for (const secret of [listed.contact.email, listed.contact.phone!, listed.signerName, listed.contact.name, 'idempotencyKey', 'selfAssessment']) {
      expect(signatories).not.toContain(secret)
    }

    // Renewal: ten days before it is due, one reminder however often cron runs.
    const [approved] = await storedBy('reference', refs.listed!)
    const due = new Date(approved!.renewalDue)
    const tenDaysBefore = new Date(due.getTime() - 10 * 86_400_000).toISOString()
    expect(await script('pledges-remind', ['--now', tenDaysBefore])).toMatch(new RegExp(`Reminders queued: \\d+ \\(.*${refs.listed}`))
    expect(await script('pledges-remind', ['--now', tenDaysBefore])).not.toContain(refs.listed)
    const reminders = (await mailTo(listed.contact.email, 3)).filter((m) => m.includes('renovar'))
    expect(reminders).toHaveLength(1)
    const token = /token=([A-Za-z0-9_-]+)/.exec(decoded(reminders[0]!))?.[1]
    expect(token).toBeTruthy()

    // The private link: shows what to report on, accepts one report, renews, then is spent.
    const form = await anonymous.rest('GET', `/api/pledges/progress?token=${token}`)
    expect(form.status).toBe(200)
    expect(form.json).toMatchObject({ organizationName: listed.organization.name, areas: ['hiring', 'pay-and-benefits'], locale: 'es' })
    expect(JSON.stringify(form.json)).not.toContain('@')
    const report = { token, reports: [{ area: 'hiring', rating: 'fully', note: 'Dropped the degree requirement.' }] }
    const sent = await anonymous.rest('POST', '/api/pledges/progress', { body: report })
    expect(sent.status).toBe(201)
    const [renewed] = await storedBy('reference', refs.listed!)
    expect(new Date(renewed!.renewalDue).getTime() - due.getTime()).toBe(365 * 86_400_000)
    expect(renewed!.progressReports[0].entries[0]).toMatchObject({ area: 'hiring', rating: 'fully' })
    const receipt = decoded((await mailTo(listed.contact.email, 4)).find((m) => m.includes('informe de avance')) ?? '')
    expect(receipt).toContain(listed.organization.name)
    expect((await anonymous.rest('POST', '/api/pledges/progress', { body: report })).status).toBe(410)
    expect((await anonymous.rest('GET', '/api/pledges/progress?token=not-a-token-we-ever-issued')).status).toBe(404)

    // A pledge nobody renews lapses and leaves the directory at the next export.
    const [unlistedDoc] = await storedBy('reference', refs.unlisted!)
    const afterDue = new Date(new Date(unlistedDoc!.renewalDue).getTime() + 86_400_000).toISOString()
    expect(await script('pledges-remind', ['--now', afterDue])).toMatch(new RegExp(`Marked lapsed: \\d+ \\(.*${refs.unlisted}`))
    expect((await storedBy('reference', refs.unlisted!))[0]!.status).toBe('lapsed')
  }, 300_000)
})
