/**
 * The snapshot as pages use it: open jobs newest first, trainings by next session, lookups by
 * slug. Everything here comes from content/ through Astro's content collections; the site never
 * talks to the CMS or a database.
 */
import { type CollectionKey, getCollection } from 'astro:content'
import {
  framework as frameworkSchema,
  snapshotFiles,
  isJobClosed,
  type CoreRole,
  type Framework,
  type JobPosting,
  type Language,
  type Organization,
  type Region,
  type Signatory,
  type Toolkit,
  type TrainingProgram,
  type TrainingSession,
  type WorkerType,
} from '../../content/schema.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The day the site is built: what "closed" and "upcoming" mean. PORTAL_TODAY fixes it for tests. */
export const today: string = process.env.PORTAL_TODAY || new Date().toISOString().slice(0, 10)

export type Content = {
  trainingPrograms: TrainingProgram[]
  jobPostings: JobPosting[]
  openJobs: JobPosting[]
  toolkits: Toolkit[]
  organizations: Map<string, Organization>
  workerTypes: WorkerType[]
  regions: Region[]
  languages: Language[]
  coreRoles: CoreRole[]
  signatories: Signatory[]
  framework: Framework
  workerTypeBySlug: Map<string, WorkerType>
  regionBySlug: Map<string, Region>
  languageBySlug: Map<string, Language>
  coreRoleBySlug: Map<string, CoreRole>
}

/** A snapshot file, from the working directory (the repository root) like Astro's loaders. */
function readContentFile(name: string): unknown {
  return JSON.parse(readFileSync(resolve(process.env.PORTAL_CONTENT_DIR || 'content', name), 'utf8'))
}

const bySlugMap = <T extends { slug: string }>(items: T[]) => new Map(items.map((item) => [item.slug, item]))
const byOrder = <T extends { order: number; slug: string }>(a: T, b: T) => a.order - b.order || a.slug.localeCompare(b.slug)

let cached: Promise<Content> | undefined

export function loadContent(): Promise<Content> {
  cached ??= (async () => {
    const data = async <T>(name: CollectionKey) =>
      (await getCollection(name)).map((entry) => entry.data as T)
    const [trainingPrograms, jobPostings, toolkits, organizations, workerTypes, regions, languages, coreRoles] =
      await Promise.all([
        data<TrainingProgram>('trainingPrograms'),
        data<JobPosting>('jobPostings'),
        data<Toolkit>('toolkits'),
        data<Organization>('organizations'),
        data<WorkerType>('workerTypes'),
        data<Region>('regions'),
        data<Language>('languages'),
        data<CoreRole>('coreRoles'),
      ])
    const signatories = snapshotFiles.signatories.parse(readContentFile('signatories.json')) as Signatory[]
    const sortedTrainings = [...trainingPrograms].sort(byNextSession)
    const sortedJobs = [...jobPostings].sort(newestFirst)
    return {
      trainingPrograms: sortedTrainings,
      jobPostings: sortedJobs,
      openJobs: sortedJobs.filter((job) => !isJobClosed(job, today)),
      toolkits: [...toolkits].sort((a, b) => a.title.en.localeCompare(b.title.en)),
      organizations: bySlugMap(organizations),
      workerTypes: workerTypes.sort(byOrder),
      regions: regions.sort(byOrder),
      languages: languages.sort(byOrder),
      coreRoles: coreRoles.sort(byOrder),
      signatories: [...signatories].sort((a, b) => a.organizationName.localeCompare(b.organizationName)),
      framework: frameworkSchema.parse(readContentFile('framework.json')),
      workerTypeBySlug: bySlugMap(workerTypes),
      regionBySlug: bySlugMap(regions),
      languageBySlug: bySlugMap(languages),
      coreRoleBySlug: bySlugMap(coreRoles),
    }
  })()
  return cached
}

export { isJobClosed }
export const isClosed = (job: JobPosting) => isJobClosed(job, today)

function newestFirst(a: JobPosting, b: JobPosting): number {
  return b.postedDate.localeCompare(a.postedDate) || a.slug.localeCompare(b.slug)
}

const relatedIndexes = new WeakMap<Content, { byRegion: Map<string, JobPosting[]>; byWorkerType: Map<string, JobPosting[]>; rank: Map<JobPosting, number> }>()

/**
 * Up to `limit` open jobs in the same region or for the same worker type, newest first. Indexed
 * once per build: scanning every job for every job page made large builds quadratic.
 */
export function relatedJobs(content: Content, job: JobPosting, limit = 3): JobPosting[] {
  let index = relatedIndexes.get(content)
  if (!index) {
    const byRegion = new Map<string, JobPosting[]>()
    const byWorkerType = new Map<string, JobPosting[]>()
    const add = (map: Map<string, JobPosting[]>, key: string, j: JobPosting) => map.set(key, [...(map.get(key) ?? []), j])
    for (const j of content.openJobs) {
      add(byRegion, j.location.region, j)
      for (const w of j.workerTypes) add(byWorkerType, w, j)
    }
    index = { byRegion, byWorkerType, rank: new Map(content.openJobs.map((j, i) => [j, i])) }
    relatedIndexes.set(content, index)
  }
  const lists = [index.byRegion.get(job.location.region) ?? [], ...job.workerTypes.map((w) => index.byWorkerType.get(w) ?? [])]
  const candidates = new Set(lists.flatMap((list) => list.filter((j) => j.slug !== job.slug).slice(0, limit)))
  return [...candidates].sort((a, b) => (index.rank.get(a) ?? 0) - (index.rank.get(b) ?? 0)).slice(0, limit)
}

/** Sessions that have not ended yet, soonest first. */
export function upcomingSessions(training: TrainingProgram): TrainingSession[] {
  return training.sessions
    .filter((s) => (s.endDate ?? s.startDate) >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
}

export function nextSession(training: TrainingProgram): TrainingSession | undefined {
  return upcomingSessions(training)[0]
}

/** Past: it had sessions and all of them are over (self-paced programs never are). */
export function isPastTraining(training: TrainingProgram): boolean {
  return training.sessions.length > 0 && upcomingSessions(training).length === 0
}

/** Upcoming sessions first (soonest first), then self-paced programs, then past ones. */
function byNextSession(a: TrainingProgram, b: TrainingProgram): number {
  const rank = (t: TrainingProgram) => (nextSession(t) ? 0 : t.sessions.length === 0 ? 1 : 2)
  const next = (t: TrainingProgram) => nextSession(t)?.startDate ?? '9999'
  return rank(a) - rank(b) || next(a).localeCompare(next(b)) || a.slug.localeCompare(b.slug)
}

/** Pay as an hourly figure, to compare hourly, monthly and yearly pay on one filter. */
export function hourlyPay(pay: JobPosting['pay']): number {
  const factor = { hour: 1, month: 12 / 2080, year: 1 / 2080 }[pay.unit]
  return Math.round(pay.min * factor * 100) / 100
}
