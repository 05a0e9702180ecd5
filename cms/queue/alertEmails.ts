/**
 * Email alerts in Payload's jobs queue (cms/alerts/):
 * - `alertConfirmation` (queue `emails`): the double opt-in email; the link's token is made when
 *   the email is sent and only its hash kept (a retry makes a new one).
 * - `alertDigests` (every day): queues one `alertDigest` per confirmed alert that is due (daily:
 *   last email 20 hours ago or more; weekly: 6 days 20 hours), and deletes alerts left
 *   unconfirmed for 7 days.
 * - `alertDigest` (queue `emails`): the listings first published between the alert's last digest
 *   and the job's `until`, one email with RFC 8058 one-click unsubscribe headers; none if nothing
 *   is new. `lastSentAt` moves to `until` only after the send succeeded: a failed send is retried
 *   with the same listings, and a digest already sent is never sent again.
 */
import type { Payload, TaskConfig } from 'payload'
import { siteUrl } from '../env.ts'
import { findListings, loadTerms } from '../feeds/findListings.ts'
import { feedItems, listingPageUrl } from '../feeds/items.ts'
import { alertEmails } from '../alerts/messages.ts'
import { alertLinks, confirmLink, describeAlert, searchOf, type StoredAlert, unconfirmedDays } from '../alerts/store.ts'
import { newConfirmToken } from '../alerts/tokens.ts'
import { slugs } from '../slugs.ts'
import { emailQueue } from './pledgeEmail.ts'

const hour = 60 * 60 * 1000
const day = 24 * hour
/** A digest is due this long after the last one: a little under its period, so a late run still sends. */
const dueAfter = { daily: 20 * hour, weekly: 7 * day - 4 * hour }
/** Listings in one digest; the email links to the listing for the rest. */
const digestItemLimit = 20

const retries = { attempts: 8, backoff: { type: 'exponential' as const, delay: Number(process.env.EMAIL_RETRY_DELAY_MS || 60_000) } }

const loadAlert = async (payload: Payload, id: string) =>
  (await payload.findByID({ collection: slugs.alerts, id, depth: 0, overrideAccess: true, disableErrors: true })) as StoredAlert | null

export async function queueAlertConfirmation(payload: Payload, alert: number | string) {
  await payload.jobs.queue({ task: 'alertConfirmation', input: { alert: String(alert) }, queue: emailQueue })
}

export const alertConfirmationTask: TaskConfig<{ input: { alert: string }; output: { sent: boolean } }> = {
  slug: 'alertConfirmation',
  label: 'Email alert: confirmation',
  inputSchema: [{ name: 'alert', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries,
  handler: async ({ input, req }) => {
    const { payload } = req
    const alert = await loadAlert(payload, input.alert)
    // Deleted or confirmed meanwhile: nothing to send.
    if (!alert || alert.confirmedAt) return { output: { sent: false } }
    const { token, hash } = newConfirmToken()
    await payload.update({ collection: slugs.alerts, id: alert.id, data: { confirmTokenHash: hash }, overrideAccess: true, depth: 0 })
    const l = alert.locale
    await payload.sendEmail({
      to: alert.email,
      subject: alertEmails.confirm.subject(alert.kind)[l],
      text: alertEmails.confirm.text({ kind: alert.kind, frequency: alert.frequency, search: await describeAlert(payload, alert), link: confirmLink(token) })[
        l
      ],
    })
    return { output: { sent: true } }
  },
}

/** Sends one alert's digest for the period up to `until`; the number of listings sent (0: no email). */
async function sendDigest(payload: Payload, id: string, until: string): Promise<number> {
  const alert = await loadAlert(payload, id)
  if (!alert?.confirmedAt || !alert.lastSentAt || alert.lastSentAt >= until) return 0
  const search = searchOf(alert)
  const terms = await loadTerms(payload)
  const found = await findListings(payload, search, terms, { limit: digestItemLimit, today: until.slice(0, 10), since: alert.lastSentAt, until })
  const items = feedItems(found, terms, siteUrl, alert.locale)
  if (items.length === 0) return 0
  const l = alert.locale
  const t = alertEmails.digest
  const links = alertLinks(payload, alert)
  const body = [
    t.intro(await describeAlert(payload, alert, terms))[l],
    ...items.map((item) => `${item.title}\n${item.url}\n${item.summary}`),
    `${t.more[l]}\n${listingPageUrl(siteUrl, search, l)}`,
    `${t.manage[l]}\n${links.manage}`,
    `${t.unsubscribe[l]}\n${links.unsubscribe}`,
  ].join('\n\n')
  await payload.sendEmail({
    to: alert.email,
    subject: t.subject(alert.kind, items.length)[l],
    text: body,
    headers: { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  })
  // Only after the send: a failure above leaves the period to the retry.
  await payload.update({ collection: slugs.alerts, id: alert.id, data: { lastSentAt: until }, overrideAccess: true, depth: 0 })
  return items.length
}

export const alertDigestTask: TaskConfig<{ input: { alert: string; until: string }; output: { listings: number } }> = {
  slug: 'alertDigest',
  label: 'Email alert: digest',
  inputSchema: [
    { name: 'alert', type: 'text', required: true },
    { name: 'until', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'listings', type: 'number' }],
  retries,
  handler: async ({ input, req }) => ({ output: { listings: await sendDigest(req.payload, input.alert, input.until) } }),
}

/** Queues the digests due at `now` and deletes stale unconfirmed alerts; how many of each. */
export async function queueDueDigests(payload: Payload, now = new Date()): Promise<{ queued: number; deleted: number }> {
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString()
  const { docs } = await payload.find({
    collection: slugs.alerts,
    where: {
      and: [
        { confirmedAt: { exists: true } },
        {
          or: [
            { and: [{ frequency: { equals: 'daily' } }, { lastSentAt: { less_than_equal: before(dueAfter.daily) } }] },
            { and: [{ frequency: { equals: 'weekly' } }, { lastSentAt: { less_than_equal: before(dueAfter.weekly) } }] },
          ],
        },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const until = now.toISOString()
  for (const alert of docs) {
    await payload.jobs.queue({ task: 'alertDigest', input: { alert: String(alert.id), until }, queue: emailQueue })
  }
  const { docs: deleted } = await payload.delete({
    collection: slugs.alerts,
    where: { and: [{ confirmedAt: { exists: false } }, { createdAt: { less_than: before(unconfirmedDays * day) } }] },
    overrideAccess: true,
  })
  return { queued: docs.length, deleted: deleted.length }
}

export const alertDigestsTask: TaskConfig<{ input: Record<string, never>; output: { queued: number; deleted: number } }> = {
  slug: 'alertDigests',
  label: 'Email alerts: queue the digests due today',
  inputSchema: [],
  outputSchema: [
    { name: 'queued', type: 'number' },
    { name: 'deleted', type: 'number' },
  ],
  // 14:00 UTC is morning across the United States.
  schedule: [{ cron: '0 14 * * *', queue: 'maintenance' }],
  handler: async ({ req }) => ({ output: await queueDueDigests(req.payload) }),
}
