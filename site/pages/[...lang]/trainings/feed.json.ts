/** /trainings/feed.json and /es/trainings/feed.json: training programs (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { jsonFeedResponse, trainingsJsonFeed } from '../../../lib/feeds.ts'
import { loadContent } from '../../../lib/content.ts'
import { langPaths } from '../../../lib/i18n.ts'
import { feedOptions } from '../../../lib/listing-routes.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async (context) => jsonFeedResponse(trainingsJsonFeed(await loadContent(), feedOptions(context)))
