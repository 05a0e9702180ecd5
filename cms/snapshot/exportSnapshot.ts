/**
 * Reads the published content out of the CMS as a snapshot, and writes it to `content/`.
 * Used by `npm run export`, the site updates after a publish and `GET /api/snapshot`: drafts,
 * unpublished documents, private pledge fields and pending pledges never reach the snapshot (the
 * adoption statistics are counts of groups, cms/snapshot/adoption.ts).
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import type { Snapshot } from '../../content/schema.ts'
import { SnapshotError, writeSnapshot } from '../../content/snapshot.ts'
import { oldestClosingDayKept } from '../listings/expiry.ts'
import { slugs } from '../slugs.ts'
import { adoptionFromPledges, type CountedPledge } from './adoption.ts'
import {
  coreRoleFromCms,
  frameworkFromCms,
  jobPostingFromCms,
  languageFromCms,
  organizationFromCms,
  type RawDoc,
  regionFromCms,
  signatoryFromCms,
  sitePagesFromCms,
  type SlugLookup,
  toolkitFromCms,
  trainingProgramFromCms,
  workerTypeFromCms,
} from './fromCms.ts'

const published: Where = { _status: { equals: 'published' } }

async function findAll(payload: Payload, collection: CollectionSlug, where?: Where): Promise<RawDoc[]> {
  const { docs } = await payload.find({
    collection,
    where,
    locale: 'all',
    depth: 0,
    draft: false,
    pagination: false,
    overrideAccess: true,
  })
  return docs as RawDoc[]
}

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
const byOrderThenSlug = (a: { slug: string; order: number }, b: { slug: string; order: number }) => a.order - b.order || bySlug(a, b)

const slugMap = (docs: RawDoc[]) => new Map(docs.map((d) => [String(d.id), String(d.slug)]))

export async function readSnapshotFromCms(payload: Payload, now = new Date()): Promise<Snapshot> {
  const [workerTypes, regions, languages, coreRoles, organizations] = await Promise.all([
    findAll(payload, slugs.workerTypes),
    findAll(payload, slugs.regions),
    findAll(payload, slugs.languages),
    findAll(payload, slugs.coreRoles),
    findAll(payload, slugs.organizations),
  ])
  const lookup: SlugLookup = {
    workerTypes: slugMap(workerTypes),
    regions: slugMap(regions),
    languages: slugMap(languages),
    coreRoles: slugMap(coreRoles),
    organizations: slugMap(organizations),
  }
  const [trainingPrograms, jobPostings, toolkits, approvedPledges] = await Promise.all([
    findAll(payload, slugs.trainingPrograms, published),
    // A job past its closing date stays for closedJobKeptDays (the site shows it as closed, by its
    // closing date, whether or not the daily sweep has marked it yet), then leaves the snapshot.
    findAll(payload, slugs.jobPostings, {
      and: [published, { or: [{ closingDate: { exists: false } }, { closingDate: { greater_than_equal: `${oldestClosingDayKept(now)}T00:00:00.000Z` } }] }],
    }),
    findAll(payload, slugs.toolkits, published),
    // Approved and not past renewal: the directory takes those that agreed to be listed, the
    // adoption statistics those that agreed to be counted.
    findAll(payload, slugs.pledges, {
      and: [{ status: { equals: 'approved' } }, { renewalDue: { greater_than: now.toISOString() } }],
    }),
  ])
  const framework = (await payload.findGlobal({
    slug: slugs.framework,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
  })) as RawDoc
  if (framework._status !== 'published') {
    throw new SnapshotError('framework.json', ['framework: the Framework global has not been published yet; publish it in the admin first'])
  }
  const sitePages = (await payload.findGlobal({ slug: slugs.sitePages, locale: 'all', depth: 0, draft: false, overrideAccess: true })) as RawDoc
  if (sitePages._status !== 'published') {
    throw new SnapshotError('site-pages.json', ['site-pages: the Site pages global has not been published yet; run npm run seed, or publish it in the admin'])
  }

  const publishedFramework = frameworkFromCms(framework, lookup)
  return {
    'worker-types': workerTypes.map(workerTypeFromCms).sort(byOrderThenSlug),
    regions: regions.map(regionFromCms).sort(byOrderThenSlug),
    languages: languages.map(languageFromCms).sort(byOrderThenSlug),
    'core-roles': coreRoles.map(coreRoleFromCms).sort(byOrderThenSlug),
    organizations: organizations.map((d) => organizationFromCms(d, lookup)).sort(bySlug),
    'training-programs': trainingPrograms.map((d) => trainingProgramFromCms(d, lookup)).sort(bySlug),
    'job-postings': jobPostings.map((d) => jobPostingFromCms(d, lookup)).sort(bySlug),
    toolkits: toolkits.map((d) => toolkitFromCms(d, lookup)).sort(bySlug),
    framework: publishedFramework,
    signatories: approvedPledges
      .filter((d) => d.consentToList === true)
      .map((d) => signatoryFromCms(d, lookup))
      .sort(bySlug),
    adoption: adoptionFromPledges(approvedPledges as CountedPledge[], publishedFramework, now),
    'site-pages': sitePagesFromCms(sitePages),
  }
}

/** Validates everything first; on any problem nothing is written and the error names the document. */
export async function exportSnapshot(payload: Payload, dir?: string, now = new Date()): Promise<string[]> {
  return writeSnapshot(await readSnapshotFromCms(payload, now), dir)
}
