/**
 * A job is marked `processing` while it runs. If the CMS is killed meanwhile (a deploy, a crash),
 * Payload never clears the mark and the job is never run again: an employer's confirmation would
 * be lost without a trace. Every few minutes, jobs that have been processing for longer than any
 * job takes are handed back to the queue. An email cut off mid-send may then go out twice; none
 * goes out never.
 */
import type { Payload, TaskConfig } from 'payload'

/** Longer than any job runs: a send waits at most a few minutes for a slow mail server. */
const stalledAfterMs = Number(process.env.JOBS_STALLED_AFTER_MS || 15 * 60_000)

async function releaseStalledJobs(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: new Date(now.getTime() - stalledAfterMs).toISOString() } }] },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  if (docs.length > 0) payload.logger.warn(`Handed ${docs.length} stalled job(s) back to the queue (their process stopped while running them).`)
  return docs.length
}

export const releaseStalledJobsTask: TaskConfig<{ input: Record<string, never>; output: { released: number } }> = {
  slug: 'releaseStalledJobs',
  label: 'Hand jobs cut off by a restart back to the queue',
  schedule: [{ cron: process.env.JOBS_STALLED_CRON || '*/5 * * * *', queue: 'maintenance' }],
  outputSchema: [{ name: 'released', type: 'number' }],
  handler: async ({ req }) => ({ output: { released: await releaseStalledJobs(req.payload) } }),
}
