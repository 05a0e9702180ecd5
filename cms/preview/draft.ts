/**
 * The latest draft of one document in the snapshot's shape, converted by the export's own
 * converters (cms/snapshot/fromCms.ts) and validated by the contract, so the preview shows exactly
 * what the site would show once it is published, or says why it could not be published yet.
 */
import type { Payload } from 'payload'
import type { z } from 'zod'
import { framework, jobPosting, toolkit, trainingProgram } from '../../content/schema.ts'
import { describeIssues } from '../../content/snapshot.ts'
import { slugs } from '../slugs.ts'
import { frameworkFromCms, jobPostingFromCms, type RawDoc, type SlugLookup, toolkitFromCms, trainingProgramFromCms } from '../snapshot/fromCms.ts'
import type { PreviewTarget } from './token.ts'

type Converter = { convert: (doc: RawDoc, lookup: SlugLookup) => unknown; schema: z.ZodType }

const converters: Record<PreviewTarget['kind'], Converter> = {
  'job-postings': { convert: jobPostingFromCms, schema: jobPosting },
  'training-programs': { convert: trainingProgramFromCms, schema: trainingProgram },
  toolkits: { convert: toolkitFromCms, schema: toolkit },
  framework: { convert: frameworkFromCms, schema: framework },
}

export type DraftResult =
  | { state: 'ok'; kind: PreviewTarget['kind']; item: unknown }
  | { state: 'not-found' }
  /** The draft does not meet the contract yet: what is missing or wrong, field by field. */
  | { state: 'invalid'; problems: string[] }

/** id → slug of the documents drafts refer to (ids only: no need for the whole directory). */
async function readSlugLookup(payload: Payload): Promise<SlugLookup> {
  const ids = async (collection: 'worker-types' | 'regions' | 'languages' | 'core-roles' | 'organizations') => {
    const { docs } = await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true, select: { slug: true } })
    return new Map(docs.map((doc) => [String(doc.id), String((doc as { slug?: unknown }).slug)]))
  }
  const [workerTypes, regions, languages, coreRoles, organizations] = await Promise.all([
    ids(slugs.workerTypes),
    ids(slugs.regions),
    ids(slugs.languages),
    ids(slugs.coreRoles),
    ids(slugs.organizations),
  ])
  return { workerTypes, regions, languages, coreRoles, organizations }
}

async function readLatestVersion(payload: Payload, target: PreviewTarget): Promise<RawDoc | null> {
  if (target.kind === 'framework') {
    return (await payload.findGlobal({ slug: slugs.framework, draft: true, locale: 'all', depth: 0, overrideAccess: true })) as RawDoc
  }
  if (target.id === undefined) return null
  return (await payload.findByID({
    collection: target.kind,
    id: target.id,
    draft: true,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as RawDoc | null
}

export async function readDraft(payload: Payload, target: PreviewTarget): Promise<DraftResult> {
  const doc = await readLatestVersion(payload, target)
  if (!doc) return { state: 'not-found' }
  const { convert, schema } = converters[target.kind]
  let item: unknown
  try {
    item = convert(doc, await readSlugLookup(payload))
  } catch (error) {
    // A missing or broken reference (an employer not chosen yet, a deleted region…).
    return { state: 'invalid', problems: [error instanceof Error ? error.message : String(error)] }
  }
  const parsed = schema.safeParse(item)
  if (!parsed.success) return { state: 'invalid', problems: describeIssues(target.kind, item, parsed.error) }
  return { state: 'ok', kind: target.kind, item: parsed.data }
}
