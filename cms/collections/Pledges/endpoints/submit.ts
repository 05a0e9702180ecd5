/**
 * POST /api/pledges: an employer signs the pledge from the public site. Replaces Payload's
 * generic create so every submission is checked with the form's own schema, rate limited,
 * idempotent (a retry with the same key returns the first answer and stores nothing new) and
 * never carries staff fields.
 */
import type { Endpoint, Payload } from 'payload'
import type { Locale, PledgeSubmission } from '../../../../content/schema.ts'
import { receivedEmail } from '../../../pledges/emails.ts'
import { badRequest, json, parseJson, readBody } from '../../../pledges/http.ts'
import { fieldMessages, messages } from '../../../pledges/messages.ts'
import { notify } from '../../../pledges/notify.ts'
import { clientAddress, createRateLimiter, rateLimitFromEnv } from '../../../pledges/rateLimit.ts'
import { oneAtATime } from '../../../pledges/oneAtATime.ts'
import { newPledgeReference } from '../../../pledges/reference.ts'
import { checkReferences, loadReferences } from '../../../pledges/references.ts'
import { parseSubmission } from '../../../pledges/submission.ts'
import { slugs } from '../../../slugs.ts'

const limit = rateLimitFromEnv()
const limiter = limit && createRateLimiter(limit)
/** New pledges are saved one at a time (see oneAtATime.ts); reads are not queued. */
const saving = oneAtATime()

type Stored = { id: number | string; reference: string; status: string; locale?: Locale }

function accepted(doc: Stored, locale: Locale, replayed: boolean): Response {
  return json(
    { reference: doc.reference, status: 'pending', message: messages.received[locale], ...(replayed ? { replayed: true } : {}) },
    replayed ? 200 : 201,
  )
}

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

async function pendingDuplicate(payload: Payload, s: PledgeSubmission): Promise<boolean> {
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

export const submitPledge: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const body = await readBody(req)
    if (body instanceof Response) return body

    if (limiter) {
      const decision = limiter.hit(clientAddress(req.headers))
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
    const earlier = await findByKey(payload, idempotencyKey)
    if (earlier) return accepted(earlier, locale, true)

    const refs = await loadReferences(payload)
    const referenceErrors = checkReferences(s, refs, locale)
    if (referenceErrors.length > 0) return badRequest(referenceErrors)
    if (await pendingDuplicate(payload, s)) {
      return json({ code: 'pending-duplicate', message: messages.pendingDuplicate[locale] }, 409)
    }

    let doc: Stored
    try {
      doc = (await saving(() => payload.create({
        collection: slugs.pledges,
        overrideAccess: true,
        depth: 0,
        data: {
          organizationName: s.organization.name,
          organization: {
            kind: s.organization.kind,
            region: refs.regionIds.get(s.organization.region) as number,
            chwCount: s.organization.chwCount,
            website: s.organization.website,
          },
          contact: { ...s.contact, email: s.contact.email.toLowerCase() },
          commitments: s.commitments,
          selfAssessment: s.selfAssessment,
          statement: s.statement,
          consentToList: s.consentToList,
          signerName: s.signerName,
          signerTitle: s.signerTitle,
          agreed: s.agreed,
          locale,
          status: 'pending',
          reference: newPledgeReference(),
          idempotencyKey,
        },
      }))) as unknown as Stored
    } catch (error) {
      // Two copies of one submission raced each other: the unique key let only one in.
      const winner = await findByKey(payload, idempotencyKey)
      if (winner) return accepted(winner, locale, true)
      throw error
    }

    void notify(
      payload,
      s.contact.email,
      receivedEmail({ organizationName: s.organization.name, reference: doc.reference, contactName: s.contact.name, locale }),
    )
    return accepted(doc, locale, false)
  },
}

function parseSubmissionLocale(body: string): Locale {
  return /"locale"\s*:\s*"es"/.test(body) ? 'es' : 'en'
}
