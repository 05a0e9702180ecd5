/**
 * A closed job's "similar open jobs" and an open job's related jobs come from per-build groups;
 * they must be exactly what a plain scan of every open job gives, on the build benchmark's 1k
 * corpus (many regions and worker types, a share of closed jobs).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isJobClosed, type JobPosting } from '../content/schema.ts'
import { readSnapshot, writeSnapshot } from '../content/snapshot.ts'
import { corpus } from '../scripts/bench/corpus.ts'
import { DEMO_DEFAULTS } from '../scripts/lib/demo-listings.ts'

const today = DEMO_DEFAULTS.today
const dir = mkdtempSync(join(tmpdir(), 'chw-similar-jobs-'))
let lib: typeof import('../site/lib/content.ts')
let content: Awaited<ReturnType<typeof lib.loadContent>>

beforeAll(async () => {
  await writeSnapshot(corpus(await readSnapshot(), 1_000, today), dir)
  // site/lib/content.ts reads the folder and the day from the environment.
  process.env.PORTAL_CONTENT_DIR = dir
  process.env.PORTAL_TODAY = today
  lib = await import('../site/lib/content.ts')
  content = await lib.loadContent()
}, 60_000)

afterAll(() => {
  delete process.env.PORTAL_CONTENT_DIR
  rmSync(dir, { recursive: true, force: true })
})

/** The scan the groups replace: every open job for each worker type, stopping once the region has enough. */
function scanSimilar(job: JobPosting, limit = 5): string[] {
  const sameRegion = new Set<JobPosting>()
  const elsewhere = new Set<JobPosting>()
  for (const workerType of job.workerTypes) {
    for (const candidate of content.openJobs.filter((j) => j.workerTypes.includes(workerType))) {
      if (sameRegion.size >= limit) break
      if (candidate.slug === job.slug) continue
      if (candidate.location.region === job.location.region) sameRegion.add(candidate)
      else if (elsewhere.size < limit) elsewhere.add(candidate)
    }
  }
  const rank = (j: JobPosting) => content.openJobs.indexOf(j)
  const byRank = (a: JobPosting, b: JobPosting) => rank(a) - rank(b)
  return [...[...sameRegion].sort(byRank), ...[...elsewhere].sort(byRank)].slice(0, limit).map((j) => j.slug)
}

describe('similar open jobs', () => {
  it('are, for every closed job, what a scan of every open job finds', () => {
    const closed = content.jobPostings.filter((job) => isJobClosed(job, today))
    expect(closed.length).toBeGreaterThan(50)
    let fromElsewhere = 0
    for (const job of closed) {
      const similar = lib.similarOpenJobs(content, job)
      expect(
        similar.map((j) => j.slug),
        job.slug,
      ).toEqual(scanSimilar(job))
      if (similar.some((j) => j.location.region !== job.location.region)) fromElsewhere += 1
    }
    // Both halves are exercised: jobs whose region has too few similar ones get some from elsewhere.
    expect(fromElsewhere).toBeGreaterThan(0)
    expect(fromElsewhere).toBeLessThan(closed.length)
  })

  it('are open, for a worker type the job was for, and never the job itself', () => {
    for (const job of content.jobPostings.filter((j) => isJobClosed(j, today)).slice(0, 100)) {
      for (const similar of lib.similarOpenJobs(content, job)) {
        expect(isJobClosed(similar, today)).toBe(false)
        expect(similar.slug).not.toBe(job.slug)
        expect(similar.workerTypes.some((w) => job.workerTypes.includes(w))).toBe(true)
      }
    }
  })
})
