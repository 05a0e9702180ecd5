/**
 * The published, open listings that match a search (content/listingSearch.ts), newest first, as
 * snapshot documents: what a search feed and an alert digest show. Filters the database can
 * answer go into the query; words, languages and pay are matched on the documents, in batches,
 * until `limit` are found, so the cost stays bounded by the batches read.
 */
import type { Payload, Where } from 'payload'
import type { JobPosting, TrainingProgram } from '../../content/schema.ts'
import { type ListingSearch, jobMatches, trainingMatches } from '../../content/listingSearch.ts'
import { slugs } from '../slugs.ts'
import { jobPostingFromCms, type RawDoc, type SlugLookup, trainingProgramFromCms } from '../snapshot/fromCms.ts'

export type Terms = {
  lookup: SlugLookup
  /** slug → { en, es } names, for feed tags. */
  names: Record<'regions' | 'workerTypes', Map<string, { en: string; es?: string }>>
  organizationNames: Map<string, string>
  /** Region slug → its state, for the `state` filter (nationwide regions have none, as in the site's search). */
  regionStates: Map<string, string>
}

/** The taxonomies and organisations (small collections) that listings refer to. */
export async function loadTerms(payload: Payload): Promise<Terms> {
  const all = async (collection: 'worker-types' | 'regions' | 'languages' | 'core-roles' | 'organizations') =>
    (await payload.find({ collection, locale: 'all', depth: 0, pagination: false, overrideAccess: true })).docs as RawDoc[]
  const [workerTypes, regions, languages, coreRoles, organizations] = await Promise.all([
    all(slugs.workerTypes),
    all(slugs.regions),
    all(slugs.languages),
    all(slugs.coreRoles),
    all(slugs.organizations),
  ])
  const ids = (docs: RawDoc[]) => new Map(docs.map((d) => [String(d.id), String(d.slug)]))
  const named = (docs: RawDoc[]) =>
    new Map(docs.map((d) => [String(d.slug), typeof d.name === 'string' ? { en: d.name } : (d.name as { en: string; es?: string })]))
  return {
    lookup: { workerTypes: ids(workerTypes), regions: ids(regions), languages: ids(languages), coreRoles: ids(coreRoles), organizations: ids(organizations) },
    names: { regions: named(regions), workerTypes: named(workerTypes) },
    organizationNames: new Map(organizations.map((o) => [String(o.slug), String(o.name)])),
    regionStates: new Map(regions.filter((r) => r.kind !== 'national' && r.state).map((r) => [String(r.slug), String(r.state)])),
  }
}

/** The first filter whose slug names no term, for a 400 that says which. */
export function unknownTerm(search: ListingSearch, terms: Terms): 'region' | 'worker-type' | 'language' | undefined {
  const has = (map: Map<string, string>, slug: string) => [...map.values()].includes(slug)
  const f = search.filters
  if (f.region && !has(terms.lookup.regions, f.region)) return 'region'
  if (f['worker-type'] && !has(terms.lookup.workerTypes, f['worker-type'])) return 'worker-type'
  if (f.language && !has(terms.lookup.languages, f.language)) return 'language'
  return undefined
}

const idOf = (map: Map<string, string>, slug: string | undefined) => {
  if (!slug) return undefined
  for (const [id, s] of map) if (s === slug) return id
  return undefined
}

export type FoundListings =
  | { kind: 'jobs'; jobPostings: { job: JobPosting; firstPublishedAt?: string }[] }
  | { kind: 'trainings'; trainingPrograms: { training: TrainingProgram; firstPublishedAt?: string }[] }

const batchSize = 200
/** At most this many documents are read for one search (the rest are older). */
const maxScanned = 5000

/**
 * Matching listings, newest first. `since` and `until` keep only those first published in that
 * period (an alert's digest: after `since`, up to `until`); `today` (YYYY-MM-DD) decides which jobs are closed.
 */
export async function findListings(
  payload: Payload,
  search: ListingSearch,
  terms: Terms,
  options: { limit: number; today: string; since?: string; until?: string },
): Promise<FoundListings> {
  const f = search.filters
  const and: Where[] = [{ _status: { equals: 'published' } }]
  if (options.since) and.push({ firstPublishedAt: { greater_than: options.since } })
  if (options.until) and.push({ firstPublishedAt: { less_than_equal: options.until } })
  const regionId = idOf(terms.lookup.regions, f.region)
  const workerTypeId = idOf(terms.lookup.workerTypes, f['worker-type'])
  if (search.kind === 'jobs') {
    and.push({ closed: { not_equals: true } })
    and.push({ or: [{ closingDate: { exists: false } }, { closingDate: { greater_than_equal: `${options.today}T00:00:00.000Z` } }] })
    if (regionId) and.push({ 'location.region': { equals: regionId } })
    if (workerTypeId) and.push({ workerTypes: { in: [workerTypeId] } })
    if (f['work-mode']) and.push({ workMode: { equals: f['work-mode'] } })
    if (f['employment-type']) and.push({ employmentType: { equals: f['employment-type'] } })
    if (f['no-degree']) and.push({ 'requirements.degreeRequired': { not_equals: true } })
  } else {
    if (regionId) and.push({ regions: { in: [regionId] } })
    if (workerTypeId) and.push({ workerTypes: { in: [workerTypeId] } })
    if (f.format) and.push({ format: { equals: f.format } })
    if (f.cost) and.push({ 'cost.type': { equals: f.cost } })
    if (f.stipend) and.push({ 'cost.stipendOffered': { equals: true } })
    if (f.certified) and.push({ 'certification.approved': { equals: true } })
  }
  const stateOf = (region: string) => terms.regionStates.get(region)
  const jobs: { job: JobPosting; firstPublishedAt?: string }[] = []
  const trainings: { training: TrainingProgram; firstPublishedAt?: string }[] = []
  const found = () => jobs.length + trainings.length
  for (let page = 1; found() < options.limit && (page - 1) * batchSize < maxScanned; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: search.kind === 'jobs' ? slugs.jobPostings : slugs.trainingPrograms,
      where: { and },
      sort: search.kind === 'jobs' ? ['-postedDate', '-createdAt'] : ['-createdAt'],
      locale: 'all',
      depth: 0,
      draft: false,
      limit: batchSize,
      page,
      overrideAccess: true,
    })
    for (const doc of docs as RawDoc[]) {
      if (found() >= options.limit) break
      const firstPublishedAt = doc.firstPublishedAt ? String(doc.firstPublishedAt) : undefined
      try {
        if (search.kind === 'jobs') {
          const job = jobPostingFromCms(doc, terms.lookup)
          if (jobMatches(job, search, terms.organizationNames.get(job.employer), stateOf)) jobs.push({ job, firstPublishedAt })
        } else {
          const training = trainingProgramFromCms(doc, terms.lookup)
          if (trainingMatches(training, search, terms.organizationNames.get(training.provider), stateOf)) trainings.push({ training, firstPublishedAt })
        }
      } catch {
        // A listing whose references are broken is left out (the snapshot export reports it to staff).
      }
    }
    if (!hasNextPage) break
  }
  return search.kind === 'jobs' ? { kind: 'jobs', jobPostings: jobs } : { kind: 'trainings', trainingPrograms: trainings }
}
