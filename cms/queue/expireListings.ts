/**
 * The daily sweep: closes published jobs whose closing date has passed and marks published
 * trainings past once their last session is over (the save hooks in cms/listings/expiry.ts set
 * the flags; saving is enough). Documents with an unpublished draft on top are left alone: saving
 * would publish someone's unfinished draft, and the hooks catch them when staff publish.
 */
import type { Payload, TaskConfig } from 'payload'
import { slugs } from '../slugs.ts'
import { allSessionsOver, isPastClosingDate, todayIso } from '../listings/expiry.ts'

type Expired = { closedJobs: string[]; pastTrainings: string[]; skippedDrafts: string[] }

async function hasPendingDraft(payload: Payload, collection: 'job-postings' | 'training-programs', id: number | string) {
  const latest = await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })
  return latest._status === 'draft'
}

export async function expireListings(payload: Payload, now = new Date()): Promise<Expired> {
  const today = todayIso(now)
  const context = { systemChange: 'closing dates', today }
  const result: Expired = { closedJobs: [], pastTrainings: [], skippedDrafts: [] }

  const jobs = await payload.find({
    collection: slugs.jobPostings,
    where: { and: [{ _status: { equals: 'published' } }, { closed: { not_equals: true } }, { closingDate: { exists: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const job of jobs.docs) {
    if (!isPastClosingDate(job as { closingDate?: unknown }, today)) continue
    if (await hasPendingDraft(payload, slugs.jobPostings, job.id)) {
      result.skippedDrafts.push(`${slugs.jobPostings}/${job.slug ?? job.id}`)
      continue
    }
    await payload.update({ collection: slugs.jobPostings, id: job.id, data: {}, overrideAccess: true, context })
    result.closedJobs.push(job.slug ?? String(job.id))
  }

  const trainings = await payload.find({
    collection: slugs.trainingPrograms,
    where: { and: [{ _status: { equals: 'published' } }, { past: { not_equals: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const training of trainings.docs) {
    if (!allSessionsOver(training as { sessions?: { startDate?: unknown; endDate?: unknown }[] }, today)) continue
    if (await hasPendingDraft(payload, slugs.trainingPrograms, training.id)) {
      result.skippedDrafts.push(`${slugs.trainingPrograms}/${training.slug ?? training.id}`)
      continue
    }
    await payload.update({ collection: slugs.trainingPrograms, id: training.id, data: {}, overrideAccess: true, context })
    result.pastTrainings.push(training.slug ?? String(training.id))
  }
  return result
}

export const expireListingsTask: TaskConfig<{ input: Record<string, never>; output: Expired }> = {
  slug: 'expireListings',
  label: 'Close expired jobs and mark past trainings',
  // Shortly after midnight UTC (evening before in U.S. time zones), every day.
  schedule: [{ cron: '5 0 * * *', queue: 'maintenance' }],
  retries: 2,
  outputSchema: [
    { name: 'closedJobs', type: 'json' },
    { name: 'pastTrainings', type: 'json' },
    { name: 'skippedDrafts', type: 'json' },
  ],
  handler: async ({ req }) => ({ output: await expireListings(req.payload) }),
}
