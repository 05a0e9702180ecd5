/**
 * Renewals, once a day in the `maintenance` queue (and by hand: `npm run pledges:remind`). Each
 * approved pledge whose renewal falls due within 30 days gets one reminder with a private
 * progress-report link; a pledge whose renewal date has passed is marked lapsed, which takes it
 * out of the directory at the next site update. Running it twice sends nothing twice: a pledge
 * remembers which renewal date it was reminded about.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { slugs } from '../slugs.ts'
import { queuePledgeEmail } from './pledgeEmail.ts'

const day = 24 * 60 * 60 * 1000
const reminderWindowDays = 30

type Due = { id: number | string; reference?: string | null; renewalDue: string; reminderSentFor?: string | null; erasedAt?: string | null }
export type Renewals = { reminded: string[]; lapsed: string[] }

export async function handleRenewals(payload: Payload, now = new Date(), req?: PayloadRequest): Promise<Renewals> {
  const result: Renewals = { reminded: [], lapsed: [] }
  const { docs } = await payload.find({
    collection: slugs.pledges,
    where: {
      and: [{ status: { equals: 'approved' } }, { renewalDue: { less_than_equal: new Date(now.getTime() + reminderWindowDays * day).toISOString() } }],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { reference: true, renewalDue: true, reminderSentFor: true, erasedAt: true },
    req,
  })
  for (const pledge of docs as unknown as Due[]) {
    const label = pledge.reference ?? String(pledge.id)
    const lapsed = new Date(pledge.renewalDue) <= now
    // An erased pledge has nobody to remind; it still lapses.
    const remind = !pledge.erasedAt && pledge.reminderSentFor !== pledge.renewalDue
    if (!lapsed && !remind) continue
    // System fields only; the review dates stay as the reviewer set them.
    await payload.update({
      collection: slugs.pledges,
      id: pledge.id,
      data: { ...(remind ? { reminderSentFor: pledge.renewalDue } : {}), ...(lapsed ? { status: 'lapsed' } : {}) },
      overrideAccess: true,
      depth: 0,
      context: { preserveReviewDates: true },
      req,
    })
    if (remind) {
      await queuePledgeEmail(payload, { pledge: pledge.id, kind: 'reminder' }, req)
      result.reminded.push(label)
    }
    if (lapsed) result.lapsed.push(label)
  }
  return result
}

export const pledgeRenewalsTask: TaskConfig<{ input: Record<string, never>; output: Renewals }> = {
  slug: 'pledgeRenewals',
  label: 'Remind signatories to renew; lapse overdue pledges',
  // 15:00 UTC: morning across U.S. time zones, every day.
  schedule: [{ cron: '0 15 * * *', queue: 'maintenance' }],
  retries: 2,
  outputSchema: [
    { name: 'reminded', type: 'json' },
    { name: 'lapsed', type: 'json' },
  ],
  handler: async ({ req }) => ({ output: await handleRenewals(req.payload, new Date(), req) }),
}
