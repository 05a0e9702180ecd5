/**
 * The yearly progress report. The renewal reminder carries a private link with a token; only
 * its hash is stored. GET /api/pledges/progress?token=… tells the form which areas to ask about;
 * POST /api/pledges/progress saves the report, renews the pledge for a year, spends the token and
 * emails the employer a receipt.
 */
import type { Endpoint, Payload } from 'payload'
import { progressReportSubmission, type Locale } from '../../../content/schema.ts'
import { json } from '../../http/json.ts'
import { badRequest, parseJson, readBody } from '../http.ts'
import { messages } from '../messages.ts'
import { hashToken } from '../codes.ts'
import { fieldMessage, localeOf } from '../submission.ts'
import { queuePledgeEmail, sendQueuedEmailsSoon } from '../../queue/pledgeEmail.ts'
import { slugs } from '../../slugs.ts'

const year = 365 * 24 * 60 * 60 * 1000

type PledgeWithToken = {
  id: number | string
  organizationName: string
  locale?: Locale
  status: string
  renewalDue?: string | null
  progressTokenExpires?: string | null
  commitments?: { area: string }[] | null
  progressReports?: unknown[] | null
}

async function findByToken(payload: Payload, token: unknown): Promise<PledgeWithToken | undefined> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return undefined
  const { docs } = await payload.find({
    collection: slugs.pledges,
    where: { progressTokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs[0] as PledgeWithToken | undefined
}

/** 404 for a token we never issued, 410 for one that expired; both say what to do next. */
function tokenProblem(pledge: PledgeWithToken | undefined, locale: Locale, now = new Date()): Response | undefined {
  if (!pledge) return json({ message: messages.tokenUnknown[locale] }, 404)
  const expires = pledge.progressTokenExpires ? new Date(pledge.progressTokenExpires) : undefined
  if (!expires || expires <= now || !['approved', 'lapsed'].includes(pledge.status)) {
    return json({ message: messages.tokenExpired[locale] }, 410)
  }
  return undefined
}

export const progressForm: Endpoint = {
  path: '/progress',
  method: 'get',
  handler: async (req) => {
    const token = new URL(req.url ?? '', 'http://cms').searchParams.get('token')
    const pledge = await findByToken(req.payload, token)
    const locale = pledge?.locale ?? 'en'
    const problem = tokenProblem(pledge, locale)
    if (problem) return problem
    return json(
      {
        organizationName: pledge!.organizationName,
        areas: [...new Set((pledge!.commitments ?? []).map((c) => c.area))],
        renewalDue: pledge!.renewalDue,
        locale,
      },
      200,
    )
  },
}

export const submitProgress: Endpoint = {
  path: '/progress',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(req)
    if (body instanceof Response) return body
    const parsedJson = parseJson(body)
    if (!parsedJson.ok) return badRequest([{ field: '', message: messages.notJson.en }])
    const token = (parsedJson.value as { token?: unknown } | null)?.token
    const pledge = await findByToken(req.payload, token)
    const locale = pledge?.locale ?? localeOf(parsedJson.value)
    const problem = tokenProblem(pledge, locale)
    if (problem) return problem

    const result = progressReportSubmission.safeParse(parsedJson.value)
    if (!result.success) {
      return badRequest(
        result.error.issues.map((issue) => {
          const field = issue.path.map(String).join('.')
          return { field, message: fieldMessage(field, locale, issue.message) }
        }),
      )
    }
    const now = new Date()
    const due = pledge!.renewalDue ? new Date(pledge!.renewalDue) : now
    await req.payload.update({
      collection: slugs.pledges,
      id: pledge!.id,
      overrideAccess: true,
      depth: 0,
      context: { preserveReviewDates: true },
      data: {
        progressReports: [...((pledge!.progressReports ?? []) as object[]), { submittedAt: now.toISOString(), entries: result.data.reports }],
        // Renewed for a year from when it was due (or from today, if it had already lapsed).
        renewalDue: new Date(Math.max(due.getTime(), now.getTime()) + year).toISOString(),
        status: 'approved',
        // The link is single-use: spend it (the hash stays, so a second use hears "already used").
        progressTokenExpires: null,
      },
    })
    // The employer gets a receipt with the new renewal date.
    await queuePledgeEmail(req.payload, { pledge: pledge!.id, kind: 'progressReceived' }, req)
    sendQueuedEmailsSoon(req.payload)
    return json({ message: messages.reportReceived[locale] }, 201)
  },
}
