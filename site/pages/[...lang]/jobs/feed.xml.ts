/** /jobs/feed.xml and /es/jobs/feed.xml: open jobs, newest first (RSS 2.0). */
import type { APIRoute } from 'astro'
import { loadContent, today } from '../../../lib/content.ts'
import { jobsRss, rssResponse } from '../../../lib/feeds.ts'
import { langFromParam, langPaths } from '../../../lib/i18n.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async ({ params, site }) =>
  rssResponse(await jobsRss(await loadContent(), { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today }))
