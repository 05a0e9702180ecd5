/** /jobs/region/<region>/feed.xml (and /es/…): one region's open jobs (RSS 2.0). */
import type { APIRoute } from 'astro'
import { jobsRss, rssResponse } from '../../../../../lib/feeds.ts'
import { loadContent } from '../../../../../lib/content.ts'
import { facetFeedPaths, feedOptions, routeFacet } from '../../../../../lib/listing-routes.ts'

export const getStaticPaths = () => facetFeedPaths('jobs', 'region')

export const GET: APIRoute = async (context) => rssResponse(await jobsRss(await loadContent(), feedOptions(context), routeFacet(context.params)))
