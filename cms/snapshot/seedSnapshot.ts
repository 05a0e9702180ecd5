/**
 * Loads a `content/` snapshot into an empty CMS: taxonomies, organizations, the framework, then
 * trainings, jobs and toolkits, all published, in English then Spanish, keeping their
 * `updatedAt`; then the example pledges of the demo organizations (examplePledges.ts). A database that already has content is left alone, so running it twice changes
 * nothing.
 */
import type { CollectionSlug, Payload } from 'payload'
import type { Locale, Snapshot } from '../../content/schema.ts'
import { slugs } from '../slugs.ts'
import { examplePledges } from './examplePledges.ts'
import {
  coreRoleToCms,
  frameworkToCms,
  hasSpanish,
  type IdLookup,
  jobPostingToCms,
  languageToCms,
  organizationToCms,
  regionToCms,
  sitePagesToCms,
  toolkitToCms,
  trainingProgramToCms,
  withRowIds,
  workerTypeToCms,
} from './toCms.ts'

type Data = Record<string, unknown>
type Log = (message: string) => void

/** Seeding must not trigger publish side effects (snapshot rewrites, build hooks, emails). */
const seedContext = { seeding: true, disableRevalidate: true, preserveReviewDates: true }

const contentCollections = [
  slugs.workerTypes,
  slugs.regions,
  slugs.languages,
  slugs.coreRoles,
  slugs.organizations,
  slugs.trainingPrograms,
  slugs.jobPostings,
  slugs.toolkits,
] as const

async function hasContent(payload: Payload): Promise<boolean> {
  for (const collection of contentCollections) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return true
  }
  const framework = await payload.findGlobal({ slug: slugs.framework, depth: 0, overrideAccess: true })
  return Array.isArray(framework.areas) && framework.areas.length > 0
}

export type SeedResult = { seeded: false } | { seeded: true; counts: Record<string, number> }

/**
 * The contact, privacy and accessibility pages, whenever they have never been published: also in a
 * database seeded before they existed, which the site cannot be built without.
 */
async function seedSitePages(payload: Payload, pages: Snapshot['site-pages'], log: Log): Promise<void> {
  const current = await payload.findGlobal({ slug: slugs.sitePages, depth: 0, overrideAccess: true })
  if (current._status === 'published') return
  const options = { slug: slugs.sitePages, draft: false, depth: 0, overrideAccess: true, context: seedContext } as const
  await payload.updateGlobal({ ...options, data: { ...sitePagesToCms(pages, 'en'), _status: 'published' } as never, locale: 'en' })
  if (hasSpanish(pages)) await payload.updateGlobal({ ...options, data: { ...sitePagesToCms(pages, 'es'), _status: 'published' } as never, locale: 'es' })
  await payload.db.updateGlobal({ slug: slugs.sitePages, data: { updatedAt: pages.updatedAt } })
  log('Seeded the contact, privacy and accessibility pages')
}

export async function seedSnapshot(payload: Payload, snapshot: Snapshot, log: Log = () => {}): Promise<SeedResult> {
  await seedSitePages(payload, snapshot['site-pages'], log)
  if (await hasContent(payload)) {
    log('The database already has content: nothing seeded.')
    return { seeded: false }
  }
  const versioned = new Set<string>([slugs.trainingPrograms, slugs.jobPostings, slugs.toolkits])
  const counts: Record<string, number> = {}

  async function createAll<T extends { slug: string; updatedAt?: string }>(
    collection: CollectionSlug,
    docs: T[],
    toCms: (doc: T, locale: Locale) => Data,
  ): Promise<Map<string, number | string>> {
    const ids = new Map<string, number | string>()
    for (const doc of docs) {
      const status = versioned.has(collection) ? { _status: 'published' } : {}
      let saved = (await payload.create({
        collection,
        data: { ...toCms(doc, 'en'), ...status } as never,
        locale: 'en',
        draft: false,
        depth: 0,
        overrideAccess: true,
        context: seedContext,
      })) as unknown as Data
      if (hasSpanish(doc)) {
        saved = (await payload.update({
          collection,
          id: saved.id as number | string,
          data: { ...withRowIds(toCms(doc, 'es'), saved), ...status } as never,
          locale: 'es',
          draft: false,
          depth: 0,
          overrideAccess: true,
          context: seedContext,
        })) as unknown as Data
      }
      if (doc.updatedAt) {
        // Saving stamps "now"; the snapshot's date is the real last edit, and the round trip keeps it.
        await payload.db.updateOne({ collection, id: saved.id as number | string, data: { updatedAt: doc.updatedAt } })
      }
      ids.set(doc.slug, saved.id as number | string)
    }
    counts[collection] = docs.length
    log(`Seeded ${docs.length} ${collection}`)
    return ids
  }

  const lookup = {} as IdLookup
  lookup.workerTypes = await createAll(slugs.workerTypes, snapshot['worker-types'], workerTypeToCms)
  lookup.regions = await createAll(slugs.regions, snapshot.regions, regionToCms)
  lookup.languages = await createAll(slugs.languages, snapshot.languages, languageToCms)
  lookup.coreRoles = await createAll(slugs.coreRoles, snapshot['core-roles'], coreRoleToCms)
  lookup.organizations = await createAll(slugs.organizations, snapshot.organizations, (d, l) => organizationToCms(d, l, lookup))

  const framework = snapshot.framework
  let savedFramework = (await payload.updateGlobal({
    slug: slugs.framework,
    data: { ...frameworkToCms(framework, 'en', lookup), _status: 'published' } as never,
    locale: 'en',
    draft: false,
    depth: 0,
    overrideAccess: true,
    context: seedContext,
  })) as unknown as Data
  if (hasSpanish(framework)) {
    savedFramework = (await payload.updateGlobal({
      slug: slugs.framework,
      data: { ...withRowIds(frameworkToCms(framework, 'es', lookup), savedFramework), _status: 'published' } as never,
      locale: 'es',
      draft: false,
      depth: 0,
      overrideAccess: true,
      context: seedContext,
    })) as unknown as Data
  }
  await payload.db.updateGlobal({ slug: slugs.framework, data: { updatedAt: framework.updatedAt } })
  log(`Seeded the framework (${framework.areas.length} areas)`)

  await createAll(slugs.trainingPrograms, snapshot['training-programs'], (d, l) => trainingProgramToCms(d, l, lookup))
  await createAll(slugs.jobPostings, snapshot['job-postings'], (d, l) => jobPostingToCms(d, l, lookup))
  await createAll(slugs.toolkits, snapshot.toolkits, (d, l) => toolkitToCms(d, l, lookup))

  const examples = examplePledges(snapshot.organizations, framework, lookup.regions)
  for (const data of examples) {
    await payload.create({ collection: slugs.pledges, data: data as never, depth: 0, overrideAccess: true, context: { ...seedContext, skipSiteUpdate: true } })
  }
  if (examples.length) log(`Seeded ${examples.length} example pledges`)
  const real = snapshot.signatories.filter((s) => !s.example).length
  if (real) {
    // Pledges hold private contact details that only the CMS has; the public directory file cannot
    // recreate them. Signatories come back when staff approve pledges again.
    log(`Skipped ${real} signatories: pledges are not restored from the public snapshot.`)
  }
  return { seeded: true, counts }
}
