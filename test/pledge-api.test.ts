/**
 * The pledge form's submit logic against a real HTTP server implementing the CMS contract: every
 * answer becomes the right outcome, and the idempotency key survives exactly as long as it should
 * (retries reuse it; success or an edit after a rejection starts a new one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PledgeSubmission } from '../content/schema.ts'
import { type KeyState, keyAfterEdit, keyAfterOutcome, keyForAttempt, parseRetryAfter, postPledge, submitPledge } from '../site/lib/pledge/pledge-api.ts'
import { loadProgress, sendProgress, validateProgress } from '../site/lib/pledge/progress-api.ts'
import { type PledgeCms, startPledgeCms } from './helpers/pledge-cms.ts'

let cms: PledgeCms

beforeAll(async () => {
  cms = await startPledgeCms()
})
afterAll(async () => {
  await cms.close()
})

let n = 0
function submission(overrides: Partial<PledgeSubmission> = {}): PledgeSubmission {
  n++
  return {
    organization: { name: `Clinica Test ${n}`, kind: 'clinic', region: 'sonoma-county', chwCount: 4 },
    contact: { name: 'Ana Pérez', title: 'Director', email: `ana${n}@example.org` },
    commitments: [{ area: 'hiring', recommendations: ['no-degree-required'] }],
    consentToList: true,
    signerName: 'Ana Pérez',
    signerTitle: 'Director',
    agreed: true,
    locale: 'es',
    ...overrides,
  }
}
const key = () => crypto.randomUUID()

describe('postPledge', () => {
  it('201: confirmed with the reference; the server gets the submission, the key and the honeypot as typed', async () => {
    const body = { ...submission(), idempotencyKey: key(), fax: '' }
    const outcome = await postPledge(cms.url, body)
    expect(outcome).toMatchObject({ kind: 'confirmed', replayed: false })
    expect(outcome.kind === 'confirmed' && outcome.reference).toMatch(/^PLG-/)
    const last = cms.received.at(-1)!
    expect(last.headers['content-type']).toBe('application/json')
    expect(last.body).toEqual(body)
  })

  it('200: a replay of the same key is the same confirmation', async () => {
    const body = { ...submission(), idempotencyKey: key(), fax: '' }
    const first = await postPledge(`${cms.url}/`, body) // a trailing slash in the configured URL is fine
    const again = await postPledge(cms.url, body)
    expect(again).toEqual({ ...first, kind: 'confirmed', replayed: true, message: 'already received' })
    expect([...cms.pledges.values()].filter((p) => first.kind === 'confirmed' && p.reference === first.reference)).toHaveLength(1)
  })

  it('400: the field problems, with dotted paths', async () => {
    const bad = { ...submission(), contact: { name: 'Ana', title: 'Director', email: 'not-an-email' } }
    const outcome = await postPledge(cms.url, { ...bad, idempotencyKey: key(), fax: '' })
    expect(outcome.kind).toBe('invalid')
    expect(outcome.kind === 'invalid' && outcome.errors.map((e) => e.field)).toEqual(['contact.email'])
  })

  it('409: a pledge for the same organisation and email is already pending', async () => {
    const pledge = submission()
    expect((await postPledge(cms.url, { ...pledge, idempotencyKey: key(), fax: '' })).kind).toBe('confirmed')
    const outcome = await postPledge(cms.url, { ...pledge, idempotencyKey: key(), fax: '' })
    expect(outcome).toEqual({ kind: 'duplicate', message: 'a pledge is already pending' })
  })

  it('413 and 415 and other 4xx are definite rejections', async () => {
    const huge = { ...submission(), statement: 'x'.repeat(70 * 1024), idempotencyKey: key(), fax: '' }
    expect(await postPledge(cms.url, huge)).toEqual({ kind: 'too-large' })
    cms.respondNext({ status: 415 }, { status: 403, body: { message: 'origin not allowed' } })
    expect(await postPledge(cms.url, { ...submission(), idempotencyKey: key(), fax: '' })).toEqual({ kind: 'unsupported' })
    expect(await postPledge(cms.url, { ...submission(), idempotencyKey: key(), fax: '' })).toEqual({
      kind: 'rejected',
      status: 403,
      message: 'origin not allowed',
    })
  })

  it('429: says when to try again (Retry-After in seconds or as a date)', async () => {
    cms.respondNext({ status: 429, headers: { 'Retry-After': '120' } })
    expect(await postPledge(cms.url, { ...submission(), idempotencyKey: key(), fax: '' })).toEqual({ kind: 'rate-limited', retryAfterSeconds: 120 })
    const now = Date.parse('2026-11-25T10:00:00Z')
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:01:30 GMT', now)).toBe(90)
    expect(parseRetryAfter(null)).toBeUndefined()
    expect(parseRetryAfter('soon')).toBeUndefined()
  })

  it('5xx and a timeout mean the portal could not be reached', async () => {
    cms.respondNext({ status: 503 })
    expect(await postPledge(cms.url, { ...submission(), idempotencyKey: key(), fax: '' })).toEqual({ kind: 'unreachable', reason: 'server', status: 503 })
    // A server that never answers: the request is abandoned at the deadline.
    cms.respondNext({ status: 0, hang: true })
    expect(await postPledge(cms.url, { ...submission(), idempotencyKey: key(), fax: '' }, { timeoutMs: 300 })).toEqual({
      kind: 'unreachable',
      reason: 'timeout',
    })
  })
})

describe('the idempotency key', () => {
  it('connection refused: the key is kept, and the retry with the same key is stored once', async () => {
    const pledge = submission()
    let saved: KeyState = {}
    const persist = (state: KeyState) => (saved = state)
    await cms.stop()
    const first = await submitPledge(cms.url, pledge, '', saved, persist)
    expect(first.outcome).toEqual({ kind: 'unreachable', reason: 'network' })
    expect(saved.idempotencyKey).toBe(first.idempotencyKey)
    await cms.start()
    const before = cms.received.length
    const retry = await submitPledge(cms.url, pledge, '', saved, persist)
    expect(retry.outcome.kind).toBe('confirmed')
    expect(retry.idempotencyKey).toBe(first.idempotencyKey)
    expect(cms.received.slice(before).map((r) => r.body.idempotencyKey)).toEqual([first.idempotencyKey])
    // After a success the next submission gets a new key.
    expect(saved).toEqual({})
  })

  it('is persisted before the request leaves (a reload mid-request retries with it)', async () => {
    const states: KeyState[] = []
    await submitPledge(cms.url, submission(), '', {}, (s) => states.push(s))
    expect(states[0].idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    expect(cms.received.at(-1)!.body.idempotencyKey).toBe(states[0].idempotencyKey)
  })

  it('is replaced only after an edit that follows a definite rejection', () => {
    const attempt = keyForAttempt({}, () => 'k1')
    expect(attempt.idempotencyKey).toBe('k1')
    expect(keyForAttempt(attempt, () => 'k2').idempotencyKey).toBe('k1')
    // Unreachable or rate-limited: retry with the same key, even after edits.
    const kept = keyAfterOutcome(attempt, { kind: 'unreachable', reason: 'network' })
    expect(keyAfterEdit(kept)).toEqual({ idempotencyKey: 'k1' })
    expect(keyAfterEdit(keyAfterOutcome(attempt, { kind: 'rate-limited' }))).toEqual({ idempotencyKey: 'k1' })
    // A 4xx: resending unchanged reuses it; editing starts a new attempt.
    const rejected = keyAfterOutcome(attempt, { kind: 'invalid', errors: [] })
    expect(keyForAttempt(rejected, () => 'k2').idempotencyKey).toBe('k1')
    expect(keyForAttempt(keyAfterEdit(rejected), () => 'k3').idempotencyKey).toBe('k3')
    // Success: a new key next time.
    expect(keyForAttempt(keyAfterOutcome(attempt, { kind: 'confirmed', reference: 'r', message: '', replayed: false }), () => 'k4').idempotencyKey).toBe('k4')
  })
})

describe('the progress report', () => {
  it('loads what a link may report on, in the framework order, and says when a link is gone', async () => {
    cms.progressTokens.set('token-one-0123456789abcdef', {
      organizationName: 'Clínica',
      areas: ['pay-and-benefits', 'hiring', 'not-an-area'],
      renewalDue: '2027-01-01T00:00:00.000Z',
    })
    cms.progressTokens.set('token-used-0123456789abcdef', 'gone')
    expect(await loadProgress(cms.url, 'token-one-0123456789abcdef')).toEqual({
      kind: 'ready',
      target: { organizationName: 'Clínica', areas: ['hiring', 'pay-and-benefits'], renewalDue: '2027-01-01T00:00:00.000Z' },
    })
    expect(await loadProgress(cms.url, 'nope')).toEqual({ kind: 'gone', message: 'server: unknown link' })
    expect(await loadProgress(cms.url, 'token-used-0123456789abcdef')).toEqual({ kind: 'gone', message: 'server: link expired' })
    cms.respondNext({ status: 503 })
    expect(await loadProgress(cms.url, 'token-one-0123456789abcdef')).toEqual({ kind: 'unreachable' })
  })

  it('sends the reports once; the link is then used up', async () => {
    cms.progressTokens.set('token-two-0123456789abcdef', { organizationName: 'Clínica', areas: ['hiring'], renewalDue: '2027-01-01T00:00:00.000Z' })
    expect(validateProgress(['hiring', 'training'], { hiring: 'fully' }, { training: 'x'.repeat(1001) })).toEqual({
      'reports.1.rating': 'rating',
      'reports.1.note': 'note',
    })
    const invalid = await sendProgress(cms.url, 'token-two-0123456789abcdef', [{ area: 'hiring', rating: 'great' as never }])
    expect(invalid.kind === 'invalid' && invalid.errors.map((e) => e.field)).toEqual(['reports.0.rating'])
    expect(await sendProgress(cms.url, 'token-two-0123456789abcdef', [{ area: 'hiring', rating: 'fully', note: 'Done.' }])).toEqual({
      kind: 'saved',
      message: 'thanks',
    })
    expect(cms.reports.at(-1)).toEqual({ token: 'token-two-0123456789abcdef', reports: [{ area: 'hiring', rating: 'fully', note: 'Done.' }] })
    expect((await sendProgress(cms.url, 'token-two-0123456789abcdef', [{ area: 'hiring', rating: 'fully' }])).kind).toBe('gone')
  })
})
