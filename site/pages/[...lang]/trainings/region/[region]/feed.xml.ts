/** /trainings/region/<region>/feed.xml (and /es/…): one region's trainings (RSS 2.0). */
import type { APIRoute } from 'astro'
import { rssResponse, trainingsRss } from '../../../../../lib/feeds.ts'
import { loadContent } from '../../../../../lib/content.ts'
import { facetFeedPaths, feedOptions, routeFacet } from '../../../../../lib/listing-routes.ts'

export const getStaticPaths = () => facetFeedPaths('trainings', 'region')

export const GET: APIRoute = async (context) => rssResponse(await trainingsRss(await loadContent(), feedOptions(context), routeFacet(context.params)))
