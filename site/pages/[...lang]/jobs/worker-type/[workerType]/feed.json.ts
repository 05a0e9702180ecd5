/** /jobs/worker-type/<worker-type>/feed.json (and /es/…): open jobs for one worker type (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { jobsJsonFeed, jsonFeedResponse } from '../../../../../lib/feeds.ts'
import { loadContent } from '../../../../../lib/content.ts'
import { facetFeedPaths, feedOptions, routeFacet } from '../../../../../lib/listing-routes.ts'

export const getStaticPaths = () => facetFeedPaths('jobs', 'worker-type')

export const GET: APIRoute = async (context) => jsonFeedResponse(jobsJsonFeed(await loadContent(), feedOptions(context), routeFacet(context.params)))
