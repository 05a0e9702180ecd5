/**
 * What `GET /api/health` reports: whether the database answers, whether the jobs queue is
 * running, and how the last site update went. States and timestamps only: no error text, no
 * counts, nothing about any person or document.
 */
import type { Payload, Where } from 'payload'
import { slugs } from '../slugs.ts'

export type HealthReport = {
  /** `down`: the database does not answer. `degraded`: it does, but the queue is late or the last site update failed. */
  status: 'ok' | 'degraded' | 'down'
  checkedAt: string
  database: { status: 'ok' | 'failed' }
  /**
   * `late`: a job has been due for longer than JOBS_LATE_AFTER_MS without running, or no CMS has
   * checked the queue's schedules for that long: nothing is running the queue.
   */
  jobs: { status: 'ok' | 'late' | 'unknown'; lastCheckedAt: string | null; oldestLateJobDueAt: string | null }
  /** `none`: the CMS has not updated the site yet. */
  siteUpdate: { status: 'ok' | 'failed' | 'none' | 'unknown'; lastAttemptAt: string | null; lastSuccessAt: string | null }
}

/** The queue runs due jobs every JOBS_CRON tick (10 s); this long without it means it is not running. */
const jobsLateAfterMs = () => Number(process.env.JOBS_LATE_AFTER_MS || 10 * 60_000)
/** A database that has not answered by then counts as down (SQLite waits up to 10 s for a lock). */
const databaseTimeoutMs = 5_000

/** A job the queue would run now (Payload's own criteria) that has been due since before `since`. */
function lateJobs(since: string): Where {
  return {
    and: [
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
      { or: [{ waitUntil: { less_than: since } }, { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: since } }] }] },
    ],
  }
}

/** When any CMS last checked the queue's schedules: Payload records it on every tick of the queue's cron. */
function lastScheduleCheck(stats: unknown): string | null {
  const queues = (stats as { scheduledRuns?: { queues?: Record<string, { tasks?: Record<string, { lastScheduledRun?: string }> }> } })?.scheduledRuns?.queues
  const times = Object.values(queues ?? {}).flatMap((queue) => Object.values(queue.tasks ?? {}).map((task) => task.lastScheduledRun))
  return (
    times
      .filter((t): t is string => typeof t === 'string')
      .sort()
      .at(-1) ?? null
  )
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

export async function healthReport(payload: Payload, now = new Date()): Promise<HealthReport> {
  const checkedAt = now.toISOString()
  const lateSince = new Date(now.getTime() - jobsLateAfterMs()).toISOString()
  const read = () =>
    Promise.all([
      // A table written once per deploy: answered from the database file itself, where the
      // queue's frequent writes could still be served from SQLite's write-ahead log.
      payload.count({ collection: 'payload-migrations', overrideAccess: true }),
      payload.findGlobal({ slug: slugs.siteStatus, depth: 0, overrideAccess: true }),
      payload.find({
        collection: 'payload-jobs',
        where: lateJobs(lateSince),
        sort: 'createdAt',
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { waitUntil: true, createdAt: true },
      }),
      payload.findGlobal({ slug: 'payload-jobs-stats', depth: 0, overrideAccess: true }),
    ])
  let answers: Awaited<ReturnType<typeof read>>
  try {
    answers = await withTimeout(read(), databaseTimeoutMs)
  } catch (error) {
    // The reason goes to the server's log only: it may name files or settings.
    payload.logger.error({ err: error, msg: 'Health check: the database did not answer' })
    return {
      status: 'down',
      checkedAt,
      database: { status: 'failed' },
      jobs: { status: 'unknown', lastCheckedAt: null, oldestLateJobDueAt: null },
      siteUpdate: { status: 'unknown', lastAttemptAt: null, lastSuccessAt: null },
    }
  }
  const [, siteStatus, late, jobStats] = answers
  const lateJob = late.docs[0] as { waitUntil?: string | null; createdAt: string } | undefined
  const lastCheckedAt = lastScheduleCheck(jobStats.stats)
  const jobsLate = lateJob !== undefined || lastCheckedAt === null || lastCheckedAt < lateSince
  const siteUpdate = siteStatus.state === 'ok' || siteStatus.state === 'failed' ? siteStatus.state : 'none'
  return {
    status: jobsLate || siteUpdate === 'failed' ? 'degraded' : 'ok',
    checkedAt,
    database: { status: 'ok' },
    jobs: {
      status: jobsLate ? 'late' : 'ok',
      lastCheckedAt,
      oldestLateJobDueAt: lateJob ? (lateJob.waitUntil ?? lateJob.createdAt) : null,
    },
    siteUpdate: { status: siteUpdate, lastAttemptAt: siteStatus.lastAttemptAt ?? null, lastSuccessAt: siteStatus.lastSuccessAt ?? null },
  }
}
