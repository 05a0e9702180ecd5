/**
 * The snapshot as pages use it: open jobs newest first, trainings by next session, lookups by
 * slug, and the per-build indexes listings and detail pages share. Everything comes from content/,
 * read and validated once per build by the zod contract (content/snapshot.ts); the site never
 * talks to the CMS or a database.
 *
 * Why not Astro's content collections: at 10,000 jobs the content layer parsed, validated, stored
 * and serialized the 150 MB snapshot into its data store and handed every page copies of it; that
 * was a fifth of the build time and most of its memory. One validated copy in memory is enough.
 */
import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  isJobClosed,
  type Adoption,
  snapshotNames,
  type CoreRole,
  type Framework,
  type JobPosting,
  type Language,
  type Organization,
  type Region,
  type Signatory,
  type SitePages,
  type Snapshot,
  type Toolkit,
  type TrainingProgram,
  type TrainingSession,
  type WorkerType,
} from '../../content/schema.ts'
import { readSnapshot } from '../../content/snapshot.ts'

/** The day the site is built: what "closed" and "upcoming" mean. PORTAL_TODAY fixes it for tests. */
export const today: string = process.env.PORTAL_TODAY || new Date().toISOString().slice(0, 10)

/** Slugs of the terms that have at least one item, so no facet link or option leads to nothing. */
export type UsedTerms = { regions: Set<string>; workerTypes: Set<string>; languages: Set<string> }

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
  /** Adoption statistics aggregated by the CMS export (groups of 5 or more only). */
  adoption: Adoption
  framework: Framework
  /** The contact, privacy and accessibility pages. */
  sitePages: SitePages
  workerTypeBySlug: Map<string, WorkerType>
  regionBySlug: Map<string, Region>
  languageBySlug: Map<string, Language>
  coreRoleBySlug: Map<string, CoreRole>
  /** Open jobs and trainings per region and per worker type, in listing order. */
  openJobsByRegion: Map<string, JobPosting[]>
  openJobsByWorkerType: Map<string, JobPosting[]>
  trainingsByRegion: Map<string, TrainingProgram[]>
  trainingsByWorkerType: Map<string, TrainingProgram[]>
  usedByOpenJobs: UsedTerms
  usedByTrainings: UsedTerms
}

/** content/ by default; PORTAL_CONTENT_DIR builds another snapshot (the build benchmark's corpora). */
const contentDir = () => resolve(process.env.PORTAL_CONTENT_DIR || 'content')

const bySlugMap = <T extends { slug: string }>(items: T[]) => new Map(items.map((item) => [item.slug, item]))
const byOrder = <T extends { order: number; slug: string }>(a: T, b: T) => a.order - b.order || a.slug.localeCompare(b.slug)

/** Items grouped by each key they have, keeping the items' order. */
function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

// Sorted copies: the snapshot itself stays in file order for the search index, which shares it.
function readContent(snapshot: Snapshot): Content {
  const workerTypes = [...snapshot['worker-types']].sort(byOrder)
  const regions = [...snapshot.regions].sort(byOrder)
  const languages = [...snapshot.languages].sort(byOrder)
  const coreRoles = [...snapshot['core-roles']].sort(byOrder)
  const trainingPrograms = sortByNextSession([...snapshot['training-programs']])
  const jobPostings = [...snapshot['job-postings']].sort(newestFirst)
  const openJobs = jobPostings.filter((job) => !isJobClosed(job, today))
  const jobLanguages = (j: JobPosting) => [...j.languages.required, ...j.languages.preferred]
  return {
    trainingPrograms,
    jobPostings,
    openJobs,
    toolkits: [...snapshot.toolkits].sort((a, b) => a.title.en.localeCompare(b.title.en)),
    organizations: bySlugMap(snapshot.organizations),
    workerTypes,
    regions,
    languages,
    coreRoles,
    signatories: [...snapshot.signatories].sort((a, b) => a.organizationName.localeCompare(b.organizationName)),
    adoption: snapshot.adoption,
    framework: snapshot.framework,
    sitePages: snapshot['site-pages'],
    workerTypeBySlug: bySlugMap(workerTypes),
    regionBySlug: bySlugMap(regions),
    languageBySlug: bySlugMap(languages),
    coreRoleBySlug: bySlugMap(coreRoles),
    openJobsByRegion: groupBy(openJobs, (j) => [j.location.region]),
    openJobsByWorkerType: groupBy(openJobs, (j) => j.workerTypes),
    trainingsByRegion: groupBy(trainingPrograms, (p) => p.regions),
    trainingsByWorkerType: groupBy(trainingPrograms, (p) => p.workerTypes),
    usedByOpenJobs: {
      regions: new Set(openJobs.map((j) => j.location.region)),
      workerTypes: new Set(openJobs.flatMap((j) => j.workerTypes)),
      languages: new Set(openJobs.flatMap(jobLanguages)),
    },
    usedByTrainings: {
      regions: new Set(trainingPrograms.flatMap((p) => p.regions)),
      workerTypes: new Set(trainingPrograms.flatMap((p) => p.workerTypes)),
      languages: new Set(trainingPrograms.flatMap((p) => p.languages)),
    },
  }
}

let cached: { snapshot: Promise<Snapshot>; content: Promise<Content>; stamp: string } | undefined

/** When the snapshot files last changed; only checked where they change under us (development, the preview server). */
const snapshotStamp = () =>
  import.meta.env.DEV || import.meta.env.PORTAL_LIVE_SNAPSHOT ? snapshotNames.map((name) => statSync(join(contentDir(), `${name}.json`)).mtimeMs).join() : ''

function current() {
  const stamp = snapshotStamp()
  if (!cached || cached.stamp !== stamp) {
    const snapshot = readSnapshot(contentDir())
    cached = { snapshot, content: snapshot.then(readContent), stamp }
  }
  return cached
}

/** The snapshot, read once per build (in development, again after a snapshot file changes). */
export const loadContent = (): Promise<Content> => current().content

/** The validated snapshot as read, in file order: the same read as loadContent's (a second copy of 150 MB at 10k is slow). */
export const loadSnapshot = (): Promise<Snapshot> => current().snapshot

export { isJobClosed }
export const isClosed = (job: JobPosting) => isJobClosed(job, today)

function newestFirst(a: JobPosting, b: JobPosting): number {
  return b.postedDate.localeCompare(a.postedDate) || a.slug.localeCompare(b.slug)
}

const jobRanks = new WeakMap<Content, Map<JobPosting, number>>()

/** Each open job's place in the listing, computed once per build. */
function openJobRank(content: Content): Map<JobPosting, number> {
  let rank = jobRanks.get(content)
  if (!rank) jobRanks.set(content, (rank = new Map(content.openJobs.map((j, i) => [j, i]))))
  return rank
}

/**
 * Up to `limit` open jobs in the same region or for the same worker type, newest first. Uses the
 * per-build groups: scanning every job for every job page made large builds quadratic.
 */
export function relatedJobs(content: Content, job: JobPosting, limit = 3): JobPosting[] {
  const rank = openJobRank(content)
  const lists = [content.openJobsByRegion.get(job.location.region) ?? [], ...job.workerTypes.map((w) => content.openJobsByWorkerType.get(w) ?? [])]
  const candidates = new Set(
    lists.flatMap((list) =>
      list
        .slice(0, limit + 1)
        .filter((j) => j.slug !== job.slug)
        .slice(0, limit),
    ),
  )
  return [...candidates].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)).slice(0, limit)
}

const byWorkerTypeInRegion = new WeakMap<Content, Map<string, JobPosting[]>>()

/** Open jobs per worker type and region ("<worker type> <region>"), in listing order, once per build. */
function openJobsByWorkerTypeInRegion(content: Content): Map<string, JobPosting[]> {
  let groups = byWorkerTypeInRegion.get(content)
  if (!groups) byWorkerTypeInRegion.set(content, (groups = groupBy(content.openJobs, (j) => j.workerTypes.map((w) => `${w} ${j.location.region}`))))
  return groups
}

/**
 * For a closed job's page: up to `limit` open jobs for a worker type it was for, those in its region
 * first, newest first within each. Reads only per-build groups, a few entries of each: scanning a
 * worker type's jobs for those in one region was most of the cost of a closed job's page.
 */
export function similarOpenJobs(content: Content, job: JobPosting, limit = 5): JobPosting[] {
  const inRegion = openJobsByWorkerTypeInRegion(content)
  const sameRegion = new Set<JobPosting>()
  for (const workerType of job.workerTypes) {
    for (const candidate of inRegion.get(`${workerType} ${job.location.region}`) ?? []) {
      if (sameRegion.size >= limit) break
      if (candidate.slug !== job.slug) sameRegion.add(candidate)
    }
  }
  // Only needed when the region has too few; the jobs skipped here are the few in the region.
  const elsewhere = new Set<JobPosting>()
  for (const workerType of sameRegion.size < limit ? job.workerTypes : []) {
    for (const candidate of content.openJobsByWorkerType.get(workerType) ?? []) {
      if (elsewhere.size >= limit) break
      if (candidate.location.region !== job.location.region) elsewhere.add(candidate)
    }
  }
  const rank = openJobRank(content)
  const byRank = (a: JobPosting, b: JobPosting) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)
  return [...[...sameRegion].sort(byRank), ...[...elsewhere].sort(byRank)].slice(0, limit)
}

/** Up to `limit` trainings that are not past, for a worker type this one is for, in listing order. */
export function relatedTrainings(content: Content, training: TrainingProgram, limit = 3): TrainingProgram[] {
  const related = new Set<TrainingProgram>()
  for (const candidate of content.trainingPrograms) {
    if (related.size === limit) break
    if (candidate.slug === training.slug || isPastTraining(candidate)) continue
    if (candidate.workerTypes.some((w) => training.workerTypes.includes(w))) related.add(candidate)
  }
  return [...related]
}

/** Sessions that have not ended yet, soonest first. */
export function upcomingSessions(training: TrainingProgram): TrainingSession[] {
  return training.sessions.filter((s) => (s.endDate ?? s.startDate) >= today).sort((a, b) => a.startDate.localeCompare(b.startDate))
}

export function nextSession(training: TrainingProgram): TrainingSession | undefined {
  return upcomingSessions(training)[0]
}

/** Past: it had sessions and all of them are over (self-paced programs never are). */
export function isPastTraining(training: TrainingProgram): boolean {
  return training.sessions.length > 0 && upcomingSessions(training).length === 0
}

/** Upcoming sessions first (soonest first), then self-paced programs, then past ones. */
function sortByNextSession(trainings: TrainingProgram[]): TrainingProgram[] {
  // Keys computed once per program, not once per comparison.
  const key = new Map(
    trainings.map((t) => {
      const next = nextSession(t)
      return [t, { rank: next ? 0 : t.sessions.length === 0 ? 1 : 2, next: next?.startDate ?? '9999' }]
    }),
  )
  return trainings.sort((a, b) => {
    const ka = key.get(a)!
    const kb = key.get(b)!
    return ka.rank - kb.rank || ka.next.localeCompare(kb.next) || a.slug.localeCompare(b.slug)
  })
}
