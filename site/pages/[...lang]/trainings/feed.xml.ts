/** /trainings/feed.xml and /es/trainings/feed.xml: training programs (RSS 2.0). */
import type { APIRoute } from 'astro'
import { loadContent, today } from '../../../lib/content.ts'
import { rssResponse, trainingsRss } from '../../../lib/feeds.ts'
import { langFromParam, langPaths } from '../../../lib/i18n.ts'

export const getStaticPaths = () => [...langPaths()]

export const GET: APIRoute = async ({ params, site }) =>
  rssResponse(await trainingsRss(await loadContent(), { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today }))
