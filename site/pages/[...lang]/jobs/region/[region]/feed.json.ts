/** /jobs/region/<region>/feed.json (and /es/…): one region's open jobs (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { jobsJsonFeed, jsonFeedResponse } from '../../../../../lib/feeds.ts'
import { loadContent } from '../../../../../lib/content.ts'
import { facetFeedPaths, feedOptions, routeFacet } from '../../../../../lib/listing-routes.ts'

export const getStaticPaths = () => facetFeedPaths('jobs', 'region')

export const GET: APIRoute = async (context) => jsonFeedResponse(jobsJsonFeed(await loadContent(), feedOptions(context), routeFacet(context.params)))
