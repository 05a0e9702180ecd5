/** /trainings/feed.xml and /es/trainings/feed.xml: training programs (RSS 2.0). */
import type { APIRoute } from 'astro'
import { rssResponse, trainingsRss } from '../../../lib/feeds.ts'
import { loadContent } from '../../../lib/content.ts'
import { langPaths } from '../../../lib/i18n.ts'
import { feedOptions } from '../../../lib/listing-routes.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async (context) => rssResponse(await trainingsRss(await loadContent(), feedOptions(context)))
