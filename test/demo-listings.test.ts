import { describe, it, expect } from 'vitest'
import type { z } from 'zod'
import { isJobClosed, jobPosting, organization, trainingProgram } from '../content/schema.ts'
import { parseSnapshotFile } from '../content/snapshot.ts'
import {
  DEMO_CORE_ROLES,
  DEMO_DEFAULTS,
  DEMO_LANGUAGES,
  DEMO_REGIONS,
  DEMO_WORKER_TYPES,
  demoOrganizations,
  generateJobPostings,
  generateTrainingPrograms,
} from '../scripts/lib/demo-listings.ts'

const options = { seed: DEMO_DEFAULTS.seed, today: DEMO_DEFAULTS.today }
const jobs = generateJobPostings(DEMO_DEFAULTS.jobCount, options)
const trainings = generateTrainingPrograms(DEMO_DEFAULTS.trainingCount, options)
const organizations = demoOrganizations()
const today = DEMO_DEFAULTS.today

/** Every key path where an object's keys are not in the order its schema shape declares them. */
function keyOrderProblems(schema: z.ZodType, value: unknown, path = ''): string[] {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType } }).def
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
    return value === undefined ? [] : keyOrderProblems(def.innerType!, value, path)
  }
  if (def.type === 'pipe') return keyOrderProblems(def.in!, value, path)
  if (def.type === 'array' && Array.isArray(value)) {
    return value.flatMap((item, i) => keyOrderProblems(def.element!, item, `${path}[${i}]`))
  }
  if (def.type === 'object' && value && typeof value === 'object') {
    const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape
    const record = value as Record<string, unknown>
    const declared = Object.keys(shape).filter((k) => k in record)
    const actual = Object.keys(record)
    const problems: string[] = []
    // Rich text is a loose object: only its declared keys must come first.
    if (actual.slice(0, declared.length).join() !== declared.join()) {
      problems.push(`${path || '.'}: keys ${actual.join(',')} not in schema order ${declared.join(',')}`)
    }
    for (const key of declared) {
      if (record[key] === undefined || record[key] === null) problems.push(`${path}.${key}: null or undefined instead of omitted`)
      else problems.push(...keyOrderProblems(shape[key], record[key], `${path}.${key}`))
    }
    return problems
  }
  return []
}

function localizedTexts(value: unknown, out: { en: string; es?: string }[] = []): { en: string; es?: string }[] {
  if (Array.isArray(value)) value.forEach((v) => localizedTexts(v, out))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.en === 'string') out.push(record as { en: string; es?: string })
    else Object.values(record).forEach((v) => localizedTexts(v, out))
  }
  return out
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out))
  return out
}

describe('demo listings', () => {
  it('is deterministic for a seed and day, and changes with the seed', () => {
    expect(generateJobPostings(50, options)).toEqual(generateJobPostings(50, options))
    expect(generateTrainingPrograms(30, options)).toEqual(generateTrainingPrograms(30, options))
    expect(demoOrganizations()).toEqual(organizations)
    expect(generateJobPostings(50, { ...options, seed: 7 })).not.toEqual(generateJobPostings(50, options))
    expect(generateTrainingPrograms(30, { ...options, seed: 7 })).not.toEqual(generateTrainingPrograms(30, options))
  })

  it('is prefix-stable: a larger run starts with the smaller one', () => {
    expect(generateJobPostings(200, options).slice(0, jobs.length)).toEqual(jobs)
    expect(generateTrainingPrograms(100, options).slice(0, trainings.length)).toEqual(trainings)
  })

  it('rejects a malformed day', () => {
    expect(() => generateJobPostings(1, { today: '2026-13-01' })).toThrow()
    expect(() => generateTrainingPrograms(1, { today: 'tomorrow' })).toThrow()
  })

  it('passes the schema, with keys in schema order and optional fields omitted', () => {
    expect(() => parseSnapshotFile('job-postings', jobs)).not.toThrow()
    expect(() => parseSnapshotFile('training-programs', trainings)).not.toThrow()
    expect(() => parseSnapshotFile('organizations', organizations)).not.toThrow()
    const problems = [
      ...jobs.flatMap((j) => keyOrderProblems(jobPosting, j, j.slug)),
      ...trainings.flatMap((t) => keyOrderProblems(trainingProgram, t, t.slug)),
      ...organizations.flatMap((o) => keyOrderProblems(organization, o, o.slug)),
    ]
    expect(problems).toEqual([])
    // Serialising the parsed document gives the same bytes: nothing is reordered or dropped.
    expect(JSON.stringify(parseSnapshotFile('job-postings', jobs))).toBe(JSON.stringify(jobs))
    expect(JSON.stringify(parseSnapshotFile('training-programs', trainings))).toBe(JSON.stringify(trainings))
  })

  it('scales to 10,000 jobs and 2,000 trainings with unique slugs, all valid', { timeout: 60_000 }, () => {
    const start = performance.now()
    const manyJobs = generateJobPostings(10_000, options)
    const manyTrainings = generateTrainingPrograms(2_000, options)
    const elapsed = performance.now() - start
    expect(new Set(manyJobs.map((j) => j.slug)).size).toBe(10_000)
    expect(new Set(manyTrainings.map((t) => t.slug)).size).toBe(2_000)
    expect(() => parseSnapshotFile('job-postings', manyJobs)).not.toThrow()
    expect(() => parseSnapshotFile('training-programs', manyTrainings)).not.toThrow()
    // A guard against pathological slowdowns only: typically about a second on a busy machine.
    expect(elapsed).toBeLessThan(15_000)
  })

  it('marks everything as a fictional example', () => {
    for (const o of organizations) {
      expect(o.example).toBe(true)
      expect(o.name.startsWith('Example ')).toBe(true)
      expect(o.slug.startsWith('example-')).toBe(true)
      expect(o.description?.en).toMatch(/fictional example organization/)
      expect(o.description?.es).toMatch(/ficticia de ejemplo/)
    }
    const orgSlugs = new Set(organizations.map((o) => o.slug))
    for (const j of jobs) {
      expect(j.example).toBe(true)
      expect(j.summary.en.startsWith('Example listing:')).toBe(true)
      expect(j.summary.es?.startsWith('Anuncio de ejemplo:')).toBe(true)
      expect(JSON.stringify(j.description)).toMatch(/demonstration posting/)
      expect(JSON.stringify(j.description)).toMatch(/anuncio de demostración/)
      expect(orgSlugs.has(j.employer)).toBe(true)
    }
    for (const t of trainings) {
      expect(t.example).toBe(true)
      expect(t.summary.en.startsWith('Example listing:')).toBe(true)
      expect(t.summary.es?.startsWith('Anuncio de ejemplo:')).toBe(true)
      expect(orgSlugs.has(t.provider)).toBe(true)
      if (t.certification.body) expect(t.certification.body).toMatch(/^Example .*\(demo\)$/)
    }
  })

  it('uses only example.org for links and addresses', () => {
    const all = [...jobs, ...trainings, ...generateJobPostings(500, options), ...generateTrainingPrograms(200, options)]
    for (const value of strings(all)) {
      for (const url of value.match(/https?:\/\/[^\s"]+/g) ?? []) expect(new URL(url).hostname).toBe('example.org')
      for (const email of value.match(/[^\s"@]+@[^\s"@]+/g) ?? []) expect(email.endsWith('@example.org')).toBe(true)
    }
    for (const j of jobs) expect(j.howToApply.url ?? j.howToApply.email).toBeTruthy()
  })

  it('gives every reader-facing text a Spanish version', () => {
    const missing = localizedTexts([...jobs, ...trainings, ...organizations]).filter((t) => !t.es?.trim())
    expect(missing).toEqual([])
  })

  it('keeps pay, dates and locations realistic', () => {
    for (const j of generateJobPostings(2_000, options)) {
      const { min, max = min, unit } = j.pay
      expect(max).toBeGreaterThanOrEqual(min)
      if (unit === 'hour') expect([min >= 20, max <= 38]).toEqual([true, true])
      if (unit === 'year') expect([min >= 42_000, max <= 78_000]).toEqual([true, true])
      expect(j.postedDate < today).toBe(true)
      expect(j.updatedAt.slice(0, 10) >= j.postedDate).toBe(true)
      expect(j.updatedAt.slice(0, 10) < today).toBe(true)
      if (!isJobClosed(j, today) && j.closingDate) {
        expect(j.closingDate >= '2027-01-01' && j.closingDate <= '2027-09-30').toBe(true)
      }
      if (j.workMode === 'remote') expect(j.location).toEqual({ state: 'US', region: 'national-remote' })
      if (j.location.region === 'national-remote') expect(j.workMode).toBe('remote')
      expect(j.duties.length).toBeGreaterThanOrEqual(3)
      expect(j.duties.length).toBeLessThanOrEqual(5)
      expect(j.requirements.other.length).toBeLessThanOrEqual(2)
      if (j.workMode === 'remote') expect(JSON.stringify([j.title, j.summary, j.duties])).not.toMatch(/home visit|door to door/i)
      if (j.employmentType === 'internship') expect(j.requirements.degreeRequired).toBe(false)
    }
  })

  it('closes about six of the 36 default jobs, some by staff and some by date', () => {
    const closed = jobs.filter((j) => isJobClosed(j, today))
    expect(closed.length).toBe(6)
    expect(closed.some((j) => j.closed)).toBe(true)
    expect(closed.some((j) => !j.closed && j.closingDate! < today)).toBe(true)
    expect(jobs.some((j) => !isJobClosed(j, today) && j.closingDate === undefined)).toBe(true)
  })

  it('puts most training sessions in 2027, with two or three programs entirely past', () => {
    const sessions = trainings.flatMap((t) => t.sessions)
    const in2027 = sessions.filter((s) => s.startDate.startsWith('2027'))
    expect(in2027.length / sessions.length).toBeGreaterThan(0.6)
    const past = trainings.filter((t) => t.sessions.length > 0 && t.sessions.every((s) => (s.endDate ?? s.startDate) < today))
    expect(past.length).toBeGreaterThanOrEqual(2)
    expect(past.length).toBeLessThanOrEqual(3)
    expect(trainings.some((t) => t.sessions.length === 0)).toBe(true)
    for (const t of trainings) {
      for (const s of t.sessions) if (s.applicationDeadline) expect(s.applicationDeadline < s.startDate).toBe(true)
    }
  })

  describe('covers every filter value in the default sets', () => {
    const openJobs = jobs.filter((j) => !isJobClosed(j, today))
    const jobFilters: Record<string, [string[], (j: (typeof jobs)[number]) => string[]]> = {
      region: [DEMO_REGIONS, (j) => [j.location.region]],
      'worker type': [[...DEMO_WORKER_TYPES], (j) => j.workerTypes],
      'work mode': [['on-site', 'hybrid', 'remote'], (j) => [j.workMode]],
      'employment type': [['full-time', 'part-time', 'contract', 'temporary', 'per-diem', 'internship'], (j) => [j.employmentType]],
      language: [[...DEMO_LANGUAGES], (j) => [...j.languages.required, ...j.languages.preferred]],
      'pay unit': [['hour', 'month', 'year'], (j) => [j.pay.unit]],
      'degree required': [['true', 'false'], (j) => [String(j.requirements.degreeRequired)]],
    }
    for (const [name, [values, get]] of Object.entries(jobFilters)) {
      it(`jobs: ${name}`, () => {
        expect(values.filter((v) => !jobs.some((j) => get(j).includes(v)))).toEqual([])
        // Also among open jobs, which is what the job board shows by default.
        expect(values.filter((v) => !openJobs.some((j) => get(j).includes(v)))).toEqual([])
      })
    }

    const trainingFilters: Record<string, [string[], (t: (typeof trainings)[number]) => string[]]> = {
      'worker type': [[...DEMO_WORKER_TYPES], (t) => t.workerTypes],
      region: [DEMO_REGIONS, (t) => t.regions],
      language: [[...DEMO_LANGUAGES], (t) => t.languages],
      'core role': [[...DEMO_CORE_ROLES], (t) => t.coreRoles],
      format: [['online', 'in-person', 'hybrid'], (t) => [t.format]],
      pace: [['self-paced', 'cohort'], (t) => [t.pace]],
      cost: [['free', 'paid'], (t) => [t.cost.type]],
      stipend: [['true', 'false'], (t) => [String(t.cost.stipendOffered)]],
      'certification approved': [['true', 'false'], (t) => [String(t.certification.approved)]],
    }
    for (const [name, [values, get]] of Object.entries(trainingFilters)) {
      it(`trainings: ${name}`, () => {
        expect(values.filter((v) => !trainings.some((t) => get(t).includes(v)))).toEqual([])
      })
    }
  })
})
