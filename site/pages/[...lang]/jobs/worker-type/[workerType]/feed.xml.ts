/** /jobs/worker-type/<worker-type>/feed.xml (and /es/…): open jobs for one worker type (RSS 2.0). */
import type { APIRoute } from 'astro'
import { jobsRss, rssResponse } from '../../../../../lib/feeds.ts'
import { loadContent } from '../../../../../lib/content.ts'
import { facetFeedPaths, feedOptions, routeFacet } from '../../../../../lib/listing-routes.ts'

export const getStaticPaths = () => facetFeedPaths('jobs', 'worker-type')

export const GET: APIRoute = async (context) => rssResponse(await jobsRss(await loadContent(), feedOptions(context), routeFacet(context.params)))
