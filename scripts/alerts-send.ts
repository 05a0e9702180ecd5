/**
 * `npm run alerts:send`: runs the daily alert task now (the CMS runs it every day on its own):
 * queues the digests that are due, deletes alerts left unconfirmed for 7 days, and sends the queued emails.
 */
import { parseArgs } from 'node:util'
import { queueDueDigests } from '../cms/queue/alertEmails.ts'
import { emailQueue } from '../cms/queue/pledgeEmail.ts'
import { withCms } from './lib/cms.ts'

// --now 2027-11-01T14:00:00Z runs as if it were then (to catch up after an outage, or in tests).
const { values } = parseArgs({ options: { now: { type: 'string' } } })
const now = values.now ? new Date(values.now) : new Date()
if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date such as 2027-11-01T14:00:00Z, not "${values.now}"`)

await withCms('Email alerts', async (payload) => {
  const { queued, deleted } = await queueDueDigests(payload, now)
  console.log(`Digests queued: ${queued}`)
  console.log(`Unconfirmed alerts deleted: ${deleted}`)
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
