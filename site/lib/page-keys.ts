/**
 * cacheKeys for Astro's incremental build (PORTAL_BUILD_CACHE_DIR, astro.config.mjs): a detail page
 * is restored from the previous build when its key and its code are unchanged, so a key must cover
 * everything the page's output depends on. Astro hashes the code; the key hashes the data:
 * - the shared digest: the whole snapshot except the three per-item collections, the build's
 *   "today" (closed jobs, past sessions) and the environment that changes output;
 * - the item itself, and the other items it shows (a job's related or similar open jobs, a
 *   training's related trainings), as they are rendered.
 * A change to anything shared re-renders every keyed page; an item's edit re-renders its own pages
 * and those that show it.
 */
import { createHash } from 'node:crypto'
import { snapshotNames, type JobPosting, type Snapshot, type Toolkit, type TrainingProgram } from '../../content/schema.ts'
import { isClosed, loadSnapshot, relatedJobs, relatedTrainings, similarOpenJobs, today, type Content } from './content.ts'

/** Keyed per item, not in the shared digest: the pages of one item do not read the others (except as hashed below). */
const perItem = new Set<string>(['job-postings', 'training-programs', 'toolkits'])

/** Environment that pages render (URLs, page size); paths such as PORTAL_OUT_DIR or PORTAL_CONTENT_DIR do not. */
const outputEnv = ['SITE_URL', 'CMS_URL', 'PUBLIC_CMS_URL', 'PORTAL_PAGE_SIZE'] as const

const hash = (...parts: string[]) => {
  const h = createHash('sha256')
  for (const part of parts) h.update(part).update('\0')
  return h.digest('base64url')
}

/** The shared digest of a snapshot; exported for its test. */
export function sharedDigest(snapshot: Snapshot, day: string = today, env: Record<string, string | undefined> = process.env): string {
  const parts = snapshotNames.filter((name) => !perItem.has(name)).map((name) => `${name}=${JSON.stringify(snapshot[name])}`)
  return hash(...parts, `today=${day}`, ...outputEnv.map((name) => `${name}=${env[name] ?? ''}`))
}

let shared: Promise<string> | undefined

/** Once per build. */
const currentDigest = () => (shared ??= loadSnapshot().then((snapshot) => sharedDigest(snapshot)))

const json = (value: unknown) => JSON.stringify(value)

export async function jobPageKey(job: JobPosting, content: Content): Promise<string> {
  const shown = isClosed(job) ? similarOpenJobs(content, job) : relatedJobs(content, job)
  return hash(await currentDigest(), json(job), ...shown.map(json))
}

export async function trainingPageKey(training: TrainingProgram, content: Content): Promise<string> {
  return hash(await currentDigest(), json(training), ...relatedTrainings(content, training).map(json))
}

/** A toolkit page, and a training's calendar file: the item and shared content only. */
export async function itemKey(item: Toolkit | TrainingProgram): Promise<string> {
  return hash(await currentDigest(), json(item))
}
