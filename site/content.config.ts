/**
 * The site's content collections: the JSON snapshot in content/, typed and validated by the same
 * zod contract the CMS export uses. Entries are keyed by slug. (The framework and the signatories
 * are read in site/lib/content.ts: one is a single document, the other is often empty, which Astro
 * would warn about on every build.)
 */
import { defineCollection } from 'astro:content'
import { file } from 'astro/loaders'
import {
  coreRole,
  jobPosting,
  language,
  organization,
  region,
  toolkit,
  trainingProgram,
  workerType,
} from '../content/schema.ts'

/** content/<name>.json is an array; Astro's file loader wants an object keyed by id. */
const bySlug = (text: string) =>
  Object.fromEntries((JSON.parse(text) as { slug: string }[]).map((entry) => [entry.slug, entry]))

/** content/ by default; PORTAL_CONTENT_DIR builds another snapshot (the build benchmark's corpora). */
export const contentDir = process.env.PORTAL_CONTENT_DIR || 'content'

const fromSnapshot = (name: string) => file(`${contentDir}/${name}.json`, { parser: bySlug })

export const collections = {
  trainingPrograms: defineCollection({ loader: fromSnapshot('training-programs'), schema: trainingProgram }),
  jobPostings: defineCollection({ loader: fromSnapshot('job-postings'), schema: jobPosting }),
  toolkits: defineCollection({ loader: fromSnapshot('toolkits'), schema: toolkit }),
  organizations: defineCollection({ loader: fromSnapshot('organizations'), schema: organization }),
  workerTypes: defineCollection({ loader: fromSnapshot('worker-types'), schema: workerType }),
  regions: defineCollection({ loader: fromSnapshot('regions'), schema: region }),
  languages: defineCollection({ loader: fromSnapshot('languages'), schema: language }),
  coreRoles: defineCollection({ loader: fromSnapshot('core-roles'), schema: coreRole }),
}
