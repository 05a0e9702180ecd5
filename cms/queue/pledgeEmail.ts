/**
 * Every email an employer gets about its pledge is a job in Payload's queue (queue `emails`):
 * queued with the change that causes it, composed and sent when the job runs, retried with
 * backoff when the mail server fails. A job that fails every attempt stays in the queue with its
 * error, where admins see it (Background jobs, and the admin banner).
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import type { Locale } from '../../content/schema.ts'
import { approvedEmail, type Email, progressReceivedEmail, receivedEmail, rejectedEmail, reminderEmail } from '../pledges/emails.ts'
import { newProgressToken } from '../pledges/codes.ts'
import { slugs } from '../slugs.ts'

const pledgeEmailKinds = ['received', 'approved', 'rejected', 'reminder', 'progressReceived'] as const
export type PledgeEmailKind = (typeof pledgeEmailKinds)[number]
export const emailQueue = 'emails'

const day = 24 * 60 * 60 * 1000
/** How long a progress-report link works: the 30-day reminder window plus 60 days of grace. */
const tokenLifetimeDays = 90

type Pledge = {
  id: number | string
  organizationName: string
  reference?: string | null
  locale?: Locale | null
  status: string
  slug?: string | null
  consentToList?: boolean | null
  renewalDue?: string | null
  reviewNote?: string | null
  contact?: { name?: string | null; email?: string | null } | null
  erasedAt?: string | null
}

export async function queuePledgeEmail(payload: Payload, input: { pledge: number | string; kind: PledgeEmailKind }, req?: PayloadRequest) {
  await payload.jobs.queue({ task: 'pledgeEmail', input: { pledge: String(input.pledge), kind: input.kind }, queue: emailQueue, req })
}

// biome-ignore lint/correctness/noUnusedVariables: read by `??=` below, which Biome does not count.
let pending: NodeJS.Timeout | undefined
/**
 * Sends what is waiting in the email queue a second from now rather than at the queue's next
 * tick, so an employer's confirmation arrives within seconds; the calls of a burst share one run.
 */
export function sendQueuedEmailsSoon(payload: Payload): void {
  pending ??= setTimeout(() => {
    pending = undefined
    payload.jobs
      // One at a time: each send waits on the mail server, and requests are served meanwhile.
      .run({ queue: emailQueue, limit: 50, sequential: true })
      .catch((error) => payload.logger.error({ err: error, msg: 'Sending queued emails failed; the queue tries again later' }))
  }, 1000).unref()
}

async function compose(payload: Payload, pledge: Pledge, kind: PledgeEmailKind, now: Date): Promise<Email> {
  const facts = {
    organizationName: pledge.organizationName,
    reference: pledge.reference ?? String(pledge.id),
    contactName: pledge.contact?.name ?? '',
    locale: pledge.locale ?? 'en',
  }
  switch (kind) {
    case 'received':
      return receivedEmail(facts)
    case 'approved':
      return approvedEmail({ ...facts, slug: pledge.slug ?? '', listed: Boolean(pledge.consentToList), renewalDue: pledge.renewalDue ?? now.toISOString() })
    case 'rejected':
      return rejectedEmail({ ...facts, reason: pledge.reviewNote ?? '' })
    case 'progressReceived':
      return progressReceivedEmail({ ...facts, renewalDue: pledge.renewalDue ?? now.toISOString() })
    case 'reminder': {
      // The link is made when the email is sent; only its hash is kept. A retry makes a new one.
      const { token, hash } = newProgressToken()
      const expiresAt = new Date(now.getTime() + tokenLifetimeDays * day).toISOString()
      await payload.update({
        collection: slugs.pledges,
        id: pledge.id,
        data: { progressTokenHash: hash, progressTokenExpires: expiresAt },
        overrideAccess: true,
        depth: 0,
        context: { preserveReviewDates: true },
      })
      return reminderEmail({ ...facts, renewalDue: pledge.renewalDue ?? now.toISOString(), token, expiresAt })
    }
  }
}

export const pledgeEmailTask: TaskConfig<{ input: { pledge: string; kind: PledgeEmailKind }; output: { sentTo: string } }> = {
  slug: 'pledgeEmail',
  label: 'Email an employer about its pledge',
  inputSchema: [
    { name: 'pledge', type: 'text', required: true },
    { name: 'kind', type: 'select', options: [...pledgeEmailKinds], required: true },
  ],
  outputSchema: [{ name: 'sentTo', type: 'text' }],
  // About 1 minute, then doubling: the last of 8 tries is about 4 hours after the first.
  retries: { attempts: 8, backoff: { type: 'exponential', delay: Number(process.env.EMAIL_RETRY_DELAY_MS || 60_000) } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const pledge = (await payload.findByID({
      collection: slugs.pledges,
      id: input.pledge,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as Pledge | null
    // A pledge deleted or erased meanwhile (cms/pledges/erase.ts) gets no email.
    const to = pledge?.contact?.email
    if (!pledge || !to || pledge.erasedAt) return { output: { sentTo: '' } }
    const email = await compose(payload, pledge, input.kind, new Date())
    await payload.sendEmail({ to, subject: email.subject, text: email.text, html: email.html })
    // Only the domain: the queue is no place for contact details.
    return { output: { sentTo: to.replace(/^[^@]*/, '…') } }
  },
}
