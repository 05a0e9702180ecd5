/**
 * The benchmarks' large corpus: a size of N is N job postings, N/5 training programs and N/50
 * toolkits, on the real snapshot's taxonomies, framework and signatories (real toolkits repeated
 * under suffixed slugs; real and demo organizations; generated jobs and trainings).
 */
import type { Snapshot } from '../../content/schema.ts'
import { DEMO_DEFAULTS, demoOrganizations, generateJobPostings, generateTrainingPrograms } from '../lib/demo-listings.ts'

export const counts = (size: number) => ({ jobs: size, trainings: Math.round(size / 5), toolkits: Math.round(size / 50) })

/** Dates (closing dates, sessions) are placed relative to `today` (YYYY-MM-DD). */
export function corpus(real: Snapshot, size: number, today: string): Snapshot {
  const n = counts(size)
  const options = { seed: DEMO_DEFAULTS.seed, today }
  const toolkits = Array.from({ length: n.toolkits }, (_, i) => {
    const base = real.toolkits[i % real.toolkits.length]
    const copy = Math.floor(i / real.toolkits.length) + 1
    if (copy === 1) return base
    return {
      ...base,
      slug: `${base.slug}-${copy}`,
      title: { ...base.title, en: `${base.title.en} (${copy})`, ...(base.title.es ? { es: `${base.title.es} (${copy})` } : {}) },
    }
  })
  return {
    ...real,
    organizations: [...real.organizations.filter((o) => !o.example), ...demoOrganizations()],
    'job-postings': generateJobPostings(n.jobs, options),
    'training-programs': generateTrainingPrograms(n.trainings, options),
    toolkits,
  }
}
