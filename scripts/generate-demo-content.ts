/**
 * Writes the clearly fictional demo listings into `content/`:
 *
 *   content/job-postings.json       36 example jobs (about 6 closed), sorted by slug
 *   content/training-programs.json  18 example trainings, sorted by slug
 *   content/organizations.json      keeps every real organization (`example: false`) and replaces
 *                                   all example ones with the demo organizations, sorted by slug
 *
 * The day is fixed so the output is reproducible: open jobs close between January and September
 * 2027 and most training sessions are in 2027. organizations.json is never created here: if it is
 * missing the demo organizations are not written and the script exits with status 1.
 *
 *   node scripts/generate-demo-content.ts
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import type { Organization } from '../content/schema.ts'
import { parseSnapshotFile, serializeSnapshot, snapshotPath } from '../content/snapshot.ts'
import { compare, demoOrganizations, generateJobPostings, generateTrainingPrograms } from './lib/demo-listings.ts'

const TODAY = '2026-11-25'
const SEED = 20261125
const JOB_COUNT = 36
const TRAINING_COUNT = 18

async function writeIfChanged(path: string, text: string): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => null)
  if (current === text) return false
  const temp = `${path}.${process.pid}.tmp`
  await writeFile(temp, text)
  await rename(temp, path)
  return true
}

/** Slugs the taxonomy files define, where they exist yet; undefined when a file is missing. */
async function knownSlugs(name: 'worker-types' | 'regions' | 'languages' | 'core-roles'): Promise<Set<string> | undefined> {
  const path = snapshotPath(name)
  if (!existsSync(path)) return undefined
  const docs = parseSnapshotFile(name, JSON.parse(await readFile(path, 'utf8')))
  return new Set(docs.map((d) => d.slug))
}

async function main(): Promise<void> {
  const options = { seed: SEED, today: TODAY }
  const jobs = parseSnapshotFile(
    'job-postings',
    generateJobPostings(JOB_COUNT, options).sort((a, b) => compare(a.slug, b.slug)),
  )
  const trainings = parseSnapshotFile(
    'training-programs',
    generateTrainingPrograms(TRAINING_COUNT, options).sort((a, b) => compare(a.slug, b.slug)),
  )
  const examples = demoOrganizations()
  const exampleSlugs = new Set(examples.map((o) => o.slug))

  // References to taxonomies written elsewhere: check them when those files exist.
  const problems: string[] = []
  const skipped: string[] = []
  const check = async (name: 'worker-types' | 'regions' | 'languages' | 'core-roles', refs: [string, string[]][]) => {
    const known = await knownSlugs(name)
    if (!known) return void skipped.push(`${name}.json`)
    for (const [doc, values] of refs) {
      for (const value of values) if (!known.has(value)) problems.push(`${doc}: unknown ${name} slug ${value}`)
    }
  }
  await check('worker-types', [
    ...jobs.map((j) => [j.slug, j.workerTypes] as [string, string[]]),
    ...trainings.map((t) => [t.slug, t.workerTypes] as [string, string[]]),
  ])
  await check('regions', [
    ...jobs.map((j) => [j.slug, [j.location.region]] as [string, string[]]),
    ...trainings.map((t) => [t.slug, t.regions] as [string, string[]]),
    ...examples.map((o) => [o.slug, o.region ? [o.region] : []] as [string, string[]]),
  ])
  await check('languages', [
    ...jobs.map((j) => [j.slug, [...j.languages.required, ...j.languages.preferred]] as [string, string[]]),
    ...trainings.map((t) => [t.slug, t.languages] as [string, string[]]),
  ])
  await check(
    'core-roles',
    trainings.map((t) => [t.slug, t.coreRoles] as [string, string[]]),
  )
  for (const ref of [...jobs.map((j) => j.employer), ...trainings.map((t) => t.provider)]) {
    if (!exampleSlugs.has(ref)) problems.push(`unknown demo organization ${ref}`)
  }
  if (problems.length) throw new Error(`demo content refers to unknown slugs:\n  ${problems.join('\n  ')}`)

  const written: string[] = []
  if (await writeIfChanged(snapshotPath('job-postings'), serializeSnapshot(jobs))) written.push('job-postings.json')
  if (await writeIfChanged(snapshotPath('training-programs'), serializeSnapshot(trainings))) written.push('training-programs.json')

  // Organizations: keep the real ones, replace the examples.
  const orgPath = snapshotPath('organizations')
  let orgMessage: string
  if (!existsSync(orgPath)) {
    orgMessage = 'organizations.json does not exist yet: demo organizations NOT written; run this again once it does'
    process.exitCode = 1
  } else {
    const current = JSON.parse(await readFile(orgPath, 'utf8')) as Organization[]
    if (!Array.isArray(current)) throw new Error('organizations.json is not an array')
    const real = current.filter((o) => o.example === false)
    const clashes = real.filter((o) => exampleSlugs.has(o.slug)).map((o) => o.slug)
    if (clashes.length) throw new Error(`real organizations use demo slugs: ${clashes.join(', ')}`)
    const merged = parseSnapshotFile(
      'organizations',
      [...real, ...examples].sort((a, b) => compare(a.slug, b.slug)),
    )
    if (await writeIfChanged(orgPath, serializeSnapshot(merged))) written.push('organizations.json')
    orgMessage = `organizations: ${real.length} real + ${examples.length} example (${current.length - real.length} example entries replaced)`
  }

  const closed = jobs.filter((j) => j.closed || (j.closingDate !== undefined && j.closingDate < TODAY)).length
  console.log(`jobs: ${jobs.length} (${closed} closed), trainings: ${trainings.length}, today ${TODAY}, seed ${SEED}`)
  console.log(orgMessage)
  if (skipped.length) console.log(`reference check skipped (not written yet): ${skipped.join(', ')}`)
  console.log(written.length ? `wrote ${written.join(', ')}` : 'content already up to date')
}

await main()
