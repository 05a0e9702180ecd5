/** /jobs/worker-type/<worker-type>/feed.xml (and /es/…): open jobs for one worker type (RSS 2.0). */
import type { APIRoute } from 'astro'
import { loadContent, today } from '../../../../../lib/content.ts'
import { facetPaths, jobsRss, rssResponse } from '../../../../../lib/feeds.ts'
import { langFromParam } from '../../../../../lib/i18n.ts'

export const getStaticPaths = async () => facetPaths('workerType', (await loadContent()).workerTypes)

export const GET: APIRoute = async ({ params, site }) =>
  rssResponse(
    await jobsRss(
      await loadContent(),
      { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today },
      { kind: 'worker-type', slug: params.workerType! },
    ),
  )
