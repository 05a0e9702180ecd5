/** /trainings/worker-type/<workerType>/feed.xml (and /es/…): one worker type's trainings (RSS 2.0). */
import type { APIRoute } from 'astro'
import { loadContent, today } from '../../../../../lib/content.ts'
import { facetPaths, trainingsRss, rssResponse } from '../../../../../lib/feeds.ts'
import { langFromParam } from '../../../../../lib/i18n.ts'

// The terms that have a listing page: a feed mirrors a page.
export const getStaticPaths = async () => {
  const content = await loadContent()
  return facetPaths(
    'workerType',
    content.workerTypes.filter((term) => content.trainingsByWorkerType.has(term.slug)),
  )
}

export const GET: APIRoute = async ({ params, site }) =>
  rssResponse(
    await trainingsRss(
      await loadContent(),
      { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today },
      { kind: 'worker-type', slug: params.workerType! },
    ),
  )
