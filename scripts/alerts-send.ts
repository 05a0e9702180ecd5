/**
 * `npm run alerts:send`: runs the daily alert task now (the CMS runs it every day on its own):
 * queues the digests that are due, deletes alerts left unconfirmed for 7 days, and sends the queued emails.
 * `--now 2027-11-01T14:00:00Z` runs as if it were then (to catch up after an outage, or in tests).
 */
import { queueDueDigests } from '../cms/queue/alertEmails.ts'
import { withCms } from './lib/cms.ts'
import { nowArgument, sendQueuedEmails } from './lib/daily-task.ts'

const now = nowArgument('2027-11-01T14:00:00Z')

await withCms('Email alerts', async (payload) => {
  const { queued, deleted } = await queueDueDigests(payload, now)
  console.log(`Digests queued: ${queued}`)
  console.log(`Unconfirmed alerts deleted: ${deleted}`)
  await sendQueuedEmails(payload)
})
