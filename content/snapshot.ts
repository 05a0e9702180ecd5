/**
 * Reading and writing the `content/` snapshot: one JSON file per type, validated by the contract.
 * Used by the seed (read), the export (write), the site build and the tests.
 */
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { snapshotFiles, snapshotNames, type Snapshot, type SnapshotName } from './schema.ts'

export const contentDir = dirname(fileURLToPath(import.meta.url))

export function snapshotPath(name: SnapshotName, dir = contentDir): string {
  return join(dir, `${name}.json`)
}

/** The one serialisation of a snapshot file: two-space JSON and a final newline. */
export function serializeSnapshot(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

export class SnapshotError extends Error {
  readonly file: string
  readonly problems: string[]
  constructor(file: string, problems: string[]) {
    super(`${file}:\n  ${problems.join('\n  ')}`)
    this.name = 'SnapshotError'
    this.file = file
    this.problems = problems
  }
}

/** "training-programs[3] (slug intro-course) cost.amount: a paid program needs an amount" */
export function describeIssues(name: string, value: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [index, ...rest] = issue.path
    let where = name
    if (typeof index === 'number' && Array.isArray(value)) {
      const docSlug = (value[index] as { slug?: unknown } | undefined)?.slug
      where += `[${index}]${typeof docSlug === 'string' ? ` (slug ${docSlug})` : ''}`
      if (rest.length) where += ` ${rest.join('.')}`
    } else if (issue.path.length) {
      where += ` ${issue.path.join('.')}`
    }
    return `${where}: ${issue.message}`
  })
}

export function parseSnapshotFile<K extends SnapshotName>(name: K, value: unknown): Snapshot[K] {
  const result = snapshotFiles[name].safeParse(value)
  if (!result.success) throw new SnapshotError(`${name}.json`, describeIssues(name, value, result.error))
  return result.data as Snapshot[K]
}

/**
 * As parseSnapshotFile, for a freshly parsed JSON array nobody else holds: each document is
 * validated on its own and replaced by its parsed copy, so the raw and the parsed snapshot are
 * never both in memory (at 10,000 jobs that was several hundred MB for a moment). Same result,
 * same messages.
 */
function parseSnapshotArrayInPlace<K extends SnapshotName>(name: K, value: unknown[]): Snapshot[K] {
  const element = (snapshotFiles[name] as unknown as z.ZodArray<z.ZodType>).element
  const issues: z.core.$ZodIssue[] = []
  for (let i = 0; i < value.length; i++) {
    const result = element.safeParse(value[i])
    if (result.success) value[i] = result.data
    else issues.push(...result.error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })))
  }
  if (issues.length) throw new SnapshotError(`${name}.json`, describeIssues(name, value, { issues } as z.ZodError))
  return value as Snapshot[K]
}

async function readSnapshotFile<K extends SnapshotName>(name: K, dir = contentDir): Promise<Snapshot[K]> {
  const value = parseJson(name, await readFile(snapshotPath(name, dir), 'utf8'))
  return Array.isArray(value) && snapshotFiles[name].def.type === 'array' ? parseSnapshotArrayInPlace(name, value) : parseSnapshotFile(name, value)
}

/** A separate function, so the file's text is garbage as soon as it is parsed. */
function parseJson(name: SnapshotName, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new SnapshotError(`${name}.json`, [`not valid JSON: ${(error as Error).message}`])
  }
}

const reading = new Map<string, Promise<Snapshot>>()

/**
 * Reads and validates every file, then checks that every slug a document refers to exists.
 * Callers asking for the same folder while a read is under way share it (the site build's two
 * search indexes start together: two copies of a 150 MB snapshot at once was its peak memory).
 * Nothing is kept once it is done, so a later call always reads the files again.
 */
export function readSnapshot(dir = contentDir): Promise<Snapshot> {
  const key = resolve(dir)
  let read = reading.get(key)
  if (!read) {
    read = readSnapshotNow(dir).finally(() => reading.delete(key))
    reading.set(key, read)
  }
  return read
}

async function readSnapshotNow(dir: string): Promise<Snapshot> {
  const entries = await Promise.all(snapshotNames.map(async (name) => [name, await readSnapshotFile(name, dir)]))
  const snapshot = Object.fromEntries(entries) as Snapshot
  const problems = findBrokenReferences(snapshot)
  if (problems.length) throw new SnapshotError('content/', problems)
  return snapshot
}

/**
 * Writes every file of a snapshot atomically (temp file + rename) after validating all of them,
 * so an invalid document leaves the previous snapshot untouched.
 */
export async function writeSnapshot(snapshot: Snapshot, dir = contentDir): Promise<string[]> {
  const texts = validateSnapshot(snapshot)
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const [name, text] of texts) {
    const path = snapshotPath(name, dir)
    const current = await readFile(path, 'utf8').catch(() => null)
    if (current === text) continue
    const temp = `${path}.${process.pid}.tmp`
    await writeFile(temp, text)
    await rename(temp, path)
    written.push(`${name}.json`)
  }
  return written
}

/**
 * Checks every file against the contract and every slug reference; returns each file's text as it
 * would be written. Throws a SnapshotError naming the document and field of each problem.
 */
export function validateSnapshot(snapshot: Snapshot): (readonly [SnapshotName, string])[] {
  const parsed = parseSnapshot(snapshot)
  return snapshotNames.map((name) => [name, serializeSnapshot(parsed[name])] as const)
}

/**
 * Checks a whole snapshot held in memory (one entry per file, as the CMS serves it at
 * /api/snapshot): every file against the contract, then every slug reference. Returns the parsed
 * copy, which holds nothing the contract does not name.
 */
export function parseSnapshot(value: unknown): Snapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SnapshotError('snapshot', [`expected an object with one entry per file (${snapshotNames.join(', ')})`])
  }
  const entries = value as Record<string, unknown>
  const snapshot = Object.fromEntries(snapshotNames.map((name) => [name, parseSnapshotFile(name, entries[name])])) as Snapshot
  const problems = findBrokenReferences(snapshot)
  if (problems.length) throw new SnapshotError('content/', problems)
  return snapshot
}

/** Every slug reference that points at nothing, as "file[i] (slug x) field: unknown y". */
export function findBrokenReferences(s: Snapshot): string[] {
  const known = {
    workerTypes: new Set(s['worker-types'].map((d) => d.slug)),
    regions: new Set(s.regions.map((d) => d.slug)),
    languages: new Set(s.languages.map((d) => d.slug)),
    coreRoles: new Set(s['core-roles'].map((d) => d.slug)),
    organizations: new Set(s.organizations.map((d) => d.slug)),
    frameworkAreas: new Set(s.framework.areas.map((a) => a.slug)),
    recommendations: new Map(s.framework.areas.map((a) => [a.slug, new Set(a.recommendations.map((r) => r.slug))])),
  }
  const problems: string[] = []
  const check = (file: string, index: number, docSlug: string, field: string, set: Set<string>, values: (string | undefined)[]) => {
    for (const value of values) {
      if (value !== undefined && !set.has(value)) problems.push(`${file}[${index}] (slug ${docSlug}) ${field}: unknown ${value}`)
    }
  }
  const duplicates = (file: string, slugs: string[]) => {
    const seen = new Set<string>()
    for (const value of slugs) {
      if (seen.has(value)) problems.push(`${file}: slug ${value} is used twice`)
      seen.add(value)
    }
  }
  for (const name of snapshotNames) {
    const file = s[name]
    if (Array.isArray(file))
      duplicates(
        name,
        (file as { slug: string }[]).map((d) => d.slug),
      )
  }
  s.organizations.forEach((o, i) => check('organizations', i, o.slug, 'region', known.regions, [o.region]))
  s['training-programs'].forEach((t, i) => {
    check('training-programs', i, t.slug, 'provider', known.organizations, [t.provider])
    check('training-programs', i, t.slug, 'workerTypes', known.workerTypes, t.workerTypes)
    check('training-programs', i, t.slug, 'coreRoles', known.coreRoles, t.coreRoles)
    check('training-programs', i, t.slug, 'languages', known.languages, t.languages)
    check('training-programs', i, t.slug, 'regions', known.regions, t.regions)
  })
  s['job-postings'].forEach((j, i) => {
    check('job-postings', i, j.slug, 'employer', known.organizations, [j.employer])
    check('job-postings', i, j.slug, 'workerTypes', known.workerTypes, j.workerTypes)
    check('job-postings', i, j.slug, 'languages', known.languages, [...j.languages.required, ...j.languages.preferred])
    check('job-postings', i, j.slug, 'location.region', known.regions, [j.location.region])
  })
  s.toolkits.forEach((t, i) => {
    check('toolkits', i, t.slug, 'frameworkAreas', known.frameworkAreas, t.frameworkAreas)
    check(
      'toolkits',
      i,
      t.slug,
      'sources.organization',
      known.organizations,
      t.sources.map((d) => d.organization),
    )
  })
  check(
    'framework',
    0,
    'framework',
    'sources.organization',
    known.organizations,
    s.framework.sources.map((d) => d.organization),
  )
  s.signatories.forEach((p, i) => {
    check('signatories', i, p.slug, 'region', known.regions, [p.region])
    for (const c of p.commitments) {
      check('signatories', i, p.slug, `commitments.${c.area}`, known.recommendations.get(c.area) ?? new Set(), c.recommendations)
    }
  })
  s.adoption.areas.forEach((a, i) => {
    check(
      'adoption.areas',
      i,
      a.area,
      'recommendations',
      known.recommendations.get(a.area) ?? new Set(),
      a.recommendations.map((r) => r.slug),
    )
  })
  return problems
}
