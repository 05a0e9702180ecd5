/** /trainings/worker-type/<workerType>/feed.json (and /es/…): one worker type's trainings (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { jsonFeedResponse, trainingsJsonFeed } from '../../../../../lib/feeds.ts'
import { loadContent } from '../../../../../lib/content.ts'
import { facetFeedPaths, feedOptions, routeFacet } from '../../../../../lib/listing-routes.ts'

export const getStaticPaths = () => facetFeedPaths('trainings', 'worker-type')

export const GET: APIRoute = async (context) => jsonFeedResponse(trainingsJsonFeed(await loadContent(), feedOptions(context), routeFacet(context.params)))
