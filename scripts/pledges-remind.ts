/**
 * `npm run pledges:remind`: runs the daily renewal task now (the CMS runs it every day on its own):
 * queues renewal reminders (each once), marks overdue pledges lapsed, and sends the queued emails.
 */
import { parseArgs } from 'node:util'
import { emailQueue } from '../cms/queue/pledgeEmail.ts'
import { handleRenewals } from '../cms/queue/pledgeRenewals.ts'
import { withCms } from './lib/cms.ts'

// --now 2027-11-01 runs as if it were that day (to catch up after an outage, or in tests).
const { values } = parseArgs({ options: { now: { type: 'string' } } })
const now = values.now ? new Date(values.now) : new Date()
if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date such as 2027-11-01, not "${values.now}"`)

await withCms('Pledge reminders', async (payload) => {
  const { reminded, lapsed } = await handleRenewals(payload, now)
  console.log(`Reminders queued: ${reminded.length}${reminded.length ? ` (${reminded.join(', ')})` : ''}`)
  console.log(`Marked lapsed: ${lapsed.length}${lapsed.length ? ` (${lapsed.join(', ')})` : ''}`)
  await payload.jobs.run({ queue: emailQueue, limit: 1000 })
  const { totalDocs: waiting } = await payload.count({
    collection: 'payload-jobs',
    // Emails the running CMS's own queue is sending at this moment are not failures.
    where: { and: [{ queue: { equals: emailQueue } }, { completedAt: { exists: false } }, { processing: { not_equals: true } }] },
  })
  if (waiting > 0) {
    console.error(`${waiting} email(s) could not be sent yet; the CMS's queue retries them (admins see failures under Background jobs).`)
    process.exitCode = 1
  }
})
