/** /jobs/feed.json and /es/jobs/feed.json: open jobs, newest first (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { loadContent, today } from '../../../lib/content.ts'
import { jobsJsonFeed, jsonFeedResponse } from '../../../lib/feeds.ts'
import { langFromParam, langPaths } from '../../../lib/i18n.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async ({ params, site }) =>
  jsonFeedResponse(jobsJsonFeed(await loadContent(), { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today }))
