/**
 * Renewal reminders, run from cron (`npm run pledges:remind`). Each approved pledge whose renewal
 * falls due within 30 days gets one email with a private progress-report link; a pledge whose
 * renewal date has passed is marked lapsed, which takes it out of the directory at the next
 * export. Running it twice sends nothing twice: a pledge remembers which renewal date it was
 * reminded about.
 */
import type { Payload } from 'payload'
import type { Locale } from '../../content/schema.ts'
import { slugs } from '../slugs.ts'
import { reminderEmail } from './emails.ts'
import { notify } from './notify.ts'
import { newProgressToken } from './reference.ts'

const day = 24 * 60 * 60 * 1000
export const reminderWindowDays = 30
/** How long a progress-report link works: the 30-day window plus 60 days of grace. */
export const tokenLifetimeDays = 90

type Due = {
  id: number | string
  organizationName: string
  reference?: string | null
  locale?: Locale | null
  renewalDue: string
  reminderSentFor?: string | null
  contact?: { name?: string; email?: string }
}

export type RemindResult = { reminded: string[]; failed: string[]; lapsed: string[] }

export async function remindPledges(payload: Payload, now = new Date()): Promise<RemindResult> {
  // System fields only; the review dates stay as the reviewer set them.
  const save = (id: Due['id'], data: Record<string, unknown>) =>
    payload.update({ collection: slugs.pledges, id, data, overrideAccess: true, depth: 0, context: { preserveReviewDates: true } })
  const result: RemindResult = { reminded: [], failed: [], lapsed: [] }
  const { docs } = await payload.find({
    collection: slugs.pledges,
    where: {
      and: [{ status: { equals: 'approved' } }, { renewalDue: { less_than_equal: new Date(now.getTime() + reminderWindowDays * day).toISOString() } }],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const pledge of docs as unknown as Due[]) {
    const label = pledge.reference ?? String(pledge.id)
    if (pledge.reminderSentFor !== pledge.renewalDue && pledge.contact?.email) {
      const { token, hash } = newProgressToken()
      const expiresAt = new Date(now.getTime() + tokenLifetimeDays * day).toISOString()
      // Claimed before sending, so a second run started meanwhile skips it; released if the
      // email fails, so the next run tries again.
      await save(pledge.id, { reminderSentFor: pledge.renewalDue, progressTokenHash: hash, progressTokenExpires: expiresAt })
      const sent = await notify(
        payload,
        pledge.contact.email,
        reminderEmail({
          organizationName: pledge.organizationName,
          reference: label,
          contactName: pledge.contact.name ?? '',
          locale: pledge.locale ?? 'en',
          renewalDue: pledge.renewalDue,
          token,
          expiresAt,
        }),
      )
      if (sent) result.reminded.push(label)
      else {
        result.failed.push(label)
        await save(pledge.id, { reminderSentFor: null, progressTokenHash: null, progressTokenExpires: null })
      }
    }
    if (new Date(pledge.renewalDue) <= now) {
      await save(pledge.id, { status: 'lapsed' })
      result.lapsed.push(label)
    }
  }
  return result
}
