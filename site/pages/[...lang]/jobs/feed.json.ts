/** /jobs/feed.json and /es/jobs/feed.json: open jobs, newest first (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { jobsJsonFeed, jsonFeedResponse } from '../../../lib/feeds.ts'
import { loadContent } from '../../../lib/content.ts'
import { langPaths } from '../../../lib/i18n.ts'
import { feedOptions } from '../../../lib/listing-routes.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async (context) => jsonFeedResponse(jobsJsonFeed(await loadContent(), feedOptions(context)))
