/**
 * What happens to a pledge submission, whichever route it came in by (the fast route
 * `app/(payload)/api/pledges/route.ts`, or Payload's endpoint in `collections/Pledges/endpoints/`):
 * checked with the form's own schema, rate limited, idempotent (a retry with the same key
 * returns the first answer and stores nothing new), never carrying staff fields.
 *
 * On SQLite the submission is acknowledged once it is durably in the intake (intake/store.ts),
 * and saved as a pledge just after (intake/drain.ts). On MongoDB it is saved directly.
 */
import type { Payload } from 'payload'
import type { Locale, PledgeSubmission } from '../../content/schema.ts'
import { slugs } from '../slugs.ts'
import { receivedEmail } from './emails.ts'
import { badRequest, json, parseJson, readBody } from './http.ts'
import { pledgeIntake } from './intake/index.ts'
import { fieldMessages, messages } from './messages.ts'
import { notify } from './notify.ts'
import { newPledgeData } from './pledgeData.ts'
import { oneAtATime } from './oneAtATime.ts'
import { clientAddress, createRateLimiter, rateLimitFromEnv } from './rateLimit.ts'
import { newPledgeReference } from './reference.ts'
import { checkReferences, loadReferences } from './references.ts'
import { type FieldError, parseSubmission } from './submission.ts'

type Shared = { limiter?: ReturnType<typeof createRateLimiter> | null; saving?: ReturnType<typeof oneAtATime> }
// One rate limit per process, whichever route bundle loaded this module.
const shared: Shared = ((globalThis as Record<symbol, Shared>)[Symbol.for('chw-portal.pledge-receive')] ??= {})
function limiter() {
  if (shared.limiter === undefined) {
    const limit = rateLimitFromEnv()
    shared.limiter = limit && createRateLimiter(limit)
  }
  return shared.limiter
}

function accepted(reference: string, locale: Locale, replayed: boolean): Response {
  return json(
    { reference, status: 'pending', message: messages.received[locale], ...(replayed ? { replayed: true } : {}) },
    replayed ? 200 : 201,
  )
}

const pendingDuplicate = (locale: Locale) => json({ code: 'pending-duplicate', message: messages.pendingDuplicate[locale] }, 409)

export async function receivePledge(payload: Payload, req: Pick<Request, 'headers'> & { body?: Request['body'] }): Promise<Response> {
  const body = await readBody(req)
  if (body instanceof Response) return body

  const limit = limiter()
  if (limit) {
    const decision = limit.hit(clientAddress(req.headers))
    if (!decision.allowed) {
      const locale = parseSubmissionLocale(body)
      return json({ errors: [{ field: '', message: messages.rateLimited(decision.retryAfterSeconds)[locale] }] }, 429, {
        'Retry-After': String(decision.retryAfterSeconds),
        // The form runs on the site's origin: without this the browser hides Retry-After from it.
        'Access-Control-Expose-Headers': 'Retry-After',
      })
    }
  }

  const parsedJson = parseJson(body)
  if (!parsedJson.ok) return badRequest([{ field: '', message: messages.notJson.en }])
  const parsed = parseSubmission(parsedJson.value)
  if (parsed.kind === 'honeypot') {
    return badRequest([{ field: 'fax', message: fieldMessages.fax![parsed.locale] }])
  }
  if (parsed.kind === 'invalid') return badRequest(parsed.errors)

  const { submission: s, idempotencyKey } = parsed
  const locale = s.locale
  const refs = await loadReferences(payload)
  const referenceErrors = checkReferences(s, refs, locale)

  const intake = pledgeIntake(payload)
  if (!intake) {
    return saveDirectly(payload, s, idempotencyKey, referenceErrors, refs.regionIds)
  }
  if (referenceErrors.length > 0) {
    // A retry is answered as the first time even if, say, its region has been removed since.
    const earlier = intake.replayOf(idempotencyKey)
    return earlier ? accepted(earlier, locale, true) : badRequest(referenceErrors)
  }
  const result = await intake.accept({ idempotencyKey, submission: s })
  if (result.kind === 'pending-duplicate') return pendingDuplicate(locale)
  return accepted(result.reference, locale, result.kind === 'replayed')
}

// MongoDB: no intake, the pledge is saved before the answer (as before the intake existed).

type Stored = { id: number | string; reference: string; status: string; locale?: Locale }

async function findByKey(payload: Payload, idempotencyKey: string): Promise<Stored | undefined> {
  const { docs } = await payload.find({
    collection: slugs.pledges,
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { reference: true, status: true, locale: true },
  })
  return docs[0] as Stored | undefined
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

async function saveDirectly(
  payload: Payload,
  s: PledgeSubmission,
  idempotencyKey: string,
  referenceErrors: FieldError[],
  regionIds: Map<string, number | string>,
): Promise<Response> {
  const locale = s.locale
  const earlier = await findByKey(payload, idempotencyKey)
  if (earlier) return accepted(earlier.reference, locale, true)
  if (referenceErrors.length > 0) return badRequest(referenceErrors)
  if (await hasPendingDuplicate(payload, s)) return pendingDuplicate(locale)

  // New pledges are saved one at a time (see oneAtATime.ts); reads are not queued.
  shared.saving ??= oneAtATime()
  let doc: Stored
  try {
    doc = (await shared.saving(() =>
      payload.create({
        collection: slugs.pledges,
        overrideAccess: true,
        depth: 0,
        data: newPledgeData(s, regionIds.get(s.organization.region) as number, newPledgeReference(), idempotencyKey),
      }),
    )) as unknown as Stored
  } catch (error) {
    // Two copies of one submission raced each other: the unique key let only one in.
    const winner = await findByKey(payload, idempotencyKey)
    if (winner) return accepted(winner.reference, locale, true)
    throw error
  }

  void notify(
    payload,
    s.contact.email,
    receivedEmail({ organizationName: s.organization.name, reference: doc.reference, contactName: s.contact.name, locale }),
  )
  return accepted(doc.reference, locale, false)
}

function parseSubmissionLocale(body: string): Locale {
  return /"locale"\s*:\s*"es"/.test(body) ? 'es' : 'en'
}
