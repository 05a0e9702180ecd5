/**
 * Payload's jobs queue, run by the CMS process itself: scheduled publish and unpublish (queued by
 * the admin's "Schedule publish" button) and the daily listing sweep. JOBS_CRON sets how often the
 * queue is checked (every minute by default; tests use every second); JOBS_AUTORUN=off stops this
 * process from running jobs (e.g. when a separate worker runs `npx payload jobs:run`).
 */
import type { Config, Payload } from 'payload'
import { isEditor } from '../access/isEditor.ts'
import { expireListingsTask } from './expireListings.ts'

export const jobs: NonNullable<Config['jobs']> = {
  // Queueing, running and cancelling jobs over REST is for content staff only (the default is any
  // signed-in user, and running jobs is open to anyone).
  access: { queue: isEditor, run: isEditor, cancel: isEditor },
  tasks: [expireListingsTask],
  autoRun: [{ cron: process.env.JOBS_CRON || '* * * * *', allQueues: true, limit: 50 }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'off',
  deleteJobOnComplete: true,
}

/**
 * The queue's crons start only in the CMS server (Next sets NEXT_RUNTIME), never in scripts such
 * as the seed or the export, which must exit when done. Payload itself starts them only for admin
 * page requests; this starts them when the server initialises Payload, whatever the first request
 * was, and marks Payload's cache so the admin does not start a second set.
 */
export async function startJobsQueue(payload: Payload): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOBS_AUTORUN === 'off') return
  const cache = (globalThis as { _payload?: Map<string, { initializedCrons?: boolean }> })._payload?.get('default')
  if (cache?.initializedCrons) return
  if (cache) cache.initializedCrons = true
  await payload._initializeCrons()
}
