/**
 * `npm run pledges:remind`: runs the daily renewal task now (the CMS runs it every day on its own):
 * queues renewal reminders (each once), marks overdue pledges lapsed, and sends the queued emails.
 * `--now 2027-11-01` runs as if it were that day (to catch up after an outage, or in tests).
 */
import { handleRenewals } from '../cms/queue/pledgeRenewals.ts'
import { withCms } from './lib/cms.ts'
import { nowArgument, sendQueuedEmails } from './lib/daily-task.ts'

const now = nowArgument('2027-11-01')

await withCms('Pledge reminders', async (payload) => {
  const { reminded, lapsed } = await handleRenewals(payload, now)
  console.log(`Reminders queued: ${reminded.length}${reminded.length ? ` (${reminded.join(', ')})` : ''}`)
  console.log(`Marked lapsed: ${lapsed.length}${lapsed.length ? ` (${lapsed.join(', ')})` : ''}`)
  await sendQueuedEmails(payload)
})
