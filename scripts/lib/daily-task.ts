/** What the scripts that run a daily CMS task now share (pledges:remind, alerts:send). */
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { emailQueue } from '../../cms/queue/pledgeEmail.ts'

/** The task's `--now` (to catch up after an outage, or in tests), or the real time. */
export function nowArgument(example: string): Date {
  const { values } = parseArgs({ options: { now: { type: 'string' } } })
  const now = values.now ? new Date(values.now) : new Date()
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date such as ${example}, not "${values.now}"`)
  return now
}

/** Sends the queued emails now; any left unsent (the queue retries them) make the script exit 1. */
export async function sendQueuedEmails(payload: Payload): Promise<void> {
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
}
