/**
 * `POST /api/pledges`: an employer signs the pledge from the public site. Checked with the form's
 * own schema, rate limited, never carrying staff fields, and idempotent as payment APIs are: the
 * same key with the same body gets the first answer and stores nothing new; the same key with a
 * different body is refused (422). A 201 means the pledge is saved: staff can open it at once.
 */
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import type { Locale, PledgeSubmission } from '../../content/schema.ts'
import { slugs } from '../slugs.ts'
import { queuePledgeEmail, sendQueuedEmailsSoon } from '../queue/pledgeEmail.ts'
import { json } from '../http/json.ts'
import { badRequest, parseJson, readBody } from './http.ts'
import { fieldMessages, messages } from './messages.ts'
import { clientAddress, createRateLimiter, rateLimitFromEnv } from '../http/rateLimit.ts'
import { newPledgeReference } from './codes.ts'
import { checkReferences, loadReferences } from './references.ts'
import { idempotencyKeyPattern, localeOf, parseSubmission } from './submission.ts'

const limit = rateLimitFromEnv('PLEDGE_RATE_LIMIT', '5/600')
const limiter = limit && createRateLimiter(limit)

type Stored = {
  id: number | string
  reference: string
  locale?: Locale | null
  submissionHash?: string | null
  commitments?: unknown[] | null
  selfAssessment?: unknown[] | null
}

function accepted(reference: string, locale: Locale, replayed = false): Response {
  return json({ reference, status: 'pending', message: messages.received[locale] }, 201, replayed ? { 'Idempotent-Replayed': 'true' } : {})
}

/** The body as the employer's form sent it, minus the retry key and the honeypot, in a stable form. */
function submissionHash(body: unknown): string {
  const { idempotencyKey: _key, fax: _fax, ...rest } = (body ?? {}) as Record<string, unknown>
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value
  return createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('hex')
}

async function findByKey(payload: Payload, idempotencyKey: string): Promise<Stored | undefined> {
  const { docs } = await payload.find({
    collection: slugs.pledges,
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    select: { reference: true, locale: true, submissionHash: true, commitments: true, selfAssessment: true },
  })
  return docs[0] as Stored | undefined
}

/**
 * The answer to a retry: the first answer if the body is the same, 422 if not. On SQLite a save
 * is several statements without a transaction (Payload's default there), so a CMS killed in the
 * middle can leave a pledge without its lists; the retry, carrying the whole submission, completes it.
 */
async function replay(payload: Payload, stored: Stored, hash: string, body: unknown): Promise<Response> {
  const locale = stored.locale ?? localeOf(body)
  if (stored.submissionHash !== hash) {
    return json({ code: 'idempotency-key-reused', errors: [{ field: '', message: messages.keyReused(stored.reference)[locale] }] }, 422)
  }
  const parsed = parseSubmission(body)
  if (parsed.kind === 'valid' && !isComplete(stored, parsed.submission)) {
    const refs = await loadReferences(payload)
    await payload.update({
      collection: slugs.pledges,
      id: stored.id,
      overrideAccess: true,
      depth: 0,
      data: pledgeData(parsed.submission, refs.regionIds.get(parsed.submission.organization.region)!),
    })
    // The confirmation is queued after the lists are saved: a pledge without them has none yet.
    await queuePledgeEmail(payload, { pledge: stored.id, kind: 'received' })
    sendQueuedEmailsSoon(payload)
  }
  return accepted(stored.reference, locale, true)
}

function isComplete(stored: Stored, s: PledgeSubmission): boolean {
  return (stored.commitments?.length ?? 0) === s.commitments.length && (stored.selfAssessment?.length ?? 0) === (s.selfAssessment?.length ?? 0)
}

function pledgeData(s: PledgeSubmission, region: number | string) {
  return {
    organizationName: s.organization.name,
    organization: { kind: s.organization.kind, region: region as number, chwCount: s.organization.chwCount, website: s.organization.website },
    contact: { ...s.contact, email: s.contact.email.toLowerCase() },
    commitments: s.commitments,
    selfAssessment: s.selfAssessment,
    statement: s.statement,
    consentToList: s.consentToList,
    consentToStatistics: s.consentToStatistics ?? false,
    signerName: s.signerName,
    signerTitle: s.signerTitle,
    agreed: s.agreed,
    locale: s.locale,
  }
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

async function hasPendingDuplicate(payload: Payload, s: PledgeSubmission): Promise<boolean> {
  const { docs } = await payload.find({
    collection: slugs.pledges,
    where: { and: [{ status: { equals: 'pending' } }, { 'contact.email': { equals: s.contact.email.toLowerCase() } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    select: { organizationName: true },
  })
  return docs.some((d) => sameName(String((d as { organizationName: string }).organizationName), s.organization.name))
}

export async function receivePledge(payload: Payload, req: Pick<Request, 'headers'> & { body?: Request['body'] }): Promise<Response> {
  const text = await readBody(req)
  if (text instanceof Response) return text
  const parsedJson = parseJson(text)
  if (!parsedJson.ok) return badRequest([{ field: '', message: messages.notJson.en }])
  const body = parsedJson.value
  const hash = submissionHash(body)

  // A retry is answered before the rate limit: the employer gets its original answer.
  const key = (body as { idempotencyKey?: unknown } | null)?.idempotencyKey
  if (typeof key === 'string' && idempotencyKeyPattern.test(key)) {
    const stored = await findByKey(payload, key)
    if (stored) return replay(payload, stored, hash, body)
  }

  const decision = limiter ? limiter.hit(clientAddress(req.headers)) : { allowed: true as const }
  if (!decision.allowed) {
    return json({ errors: [{ field: '', message: messages.rateLimited(decision.retryAfterSeconds)[localeOf(body)] }] }, 429, {
      'Retry-After': String(decision.retryAfterSeconds),
      // The form runs on the site's origin: without this the browser hides Retry-After from it.
      'Access-Control-Expose-Headers': 'Retry-After',
    })
  }

  const parsed = parseSubmission(body)
  if (parsed.kind === 'honeypot') return badRequest([{ field: 'fax', message: fieldMessages.fax![parsed.locale] }])
  if (parsed.kind === 'invalid') return badRequest(parsed.errors)
  const { submission: s, idempotencyKey } = parsed
  const refs = await loadReferences(payload)
  const referenceErrors = checkReferences(s, refs, s.locale)
  if (referenceErrors.length > 0) return badRequest(referenceErrors)
  if (await hasPendingDuplicate(payload, s)) {
    return json({ code: 'pending-duplicate', message: messages.pendingDuplicate[s.locale] }, 409)
  }

  let reference: string
  try {
    const doc = await payload.create({
      collection: slugs.pledges,
      overrideAccess: true,
      depth: 0,
      data: {
        ...pledgeData(s, refs.regionIds.get(s.organization.region)!),
        status: 'pending',
        reference: newPledgeReference(),
        idempotencyKey,
        submissionHash: hash,
      },
    })
    reference = doc.reference as string
  } catch (error) {
    // Two copies of one submission raced each other: the unique key let only one in.
    const winner = await findByKey(payload, idempotencyKey)
    if (winner) return replay(payload, winner, hash, body)
    throw error
  }
  // The confirmation was queued with the pledge (hooks/queueEmails.ts).
  return accepted(reference, s.locale)
}
