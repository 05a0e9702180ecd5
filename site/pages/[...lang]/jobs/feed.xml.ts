/** /jobs/feed.xml and /es/jobs/feed.xml: open jobs, newest first (RSS 2.0). */
import type { APIRoute } from 'astro'
import { jobsRss, rssResponse } from '../../../lib/feeds.ts'
import { loadContent } from '../../../lib/content.ts'
import { langPaths } from '../../../lib/i18n.ts'
import { feedOptions } from '../../../lib/listing-routes.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async (context) => rssResponse(await jobsRss(await loadContent(), feedOptions(context)))
