/** /trainings/feed.json and /es/trainings/feed.json: training programs (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { loadContent, today } from '../../../lib/content.ts'
import { jsonFeedResponse, trainingsJsonFeed } from '../../../lib/feeds.ts'
import { langFromParam, langPaths } from '../../../lib/i18n.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async ({ params, site }) =>
  jsonFeedResponse(trainingsJsonFeed(await loadContent(), { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today }))
