/** /jobs/worker-type/<worker-type>/feed.json (and /es/…): open jobs for one worker type (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { loadContent, today } from '../../../../../lib/content.ts'
import { facetPaths, jobsJsonFeed, jsonFeedResponse } from '../../../../../lib/feeds.ts'
import { langFromParam } from '../../../../../lib/i18n.ts'

export const getStaticPaths = async () => facetPaths('workerType', (await loadContent()).workerTypes)

export const GET: APIRoute = async ({ params, site }) =>
  jsonFeedResponse(
    jobsJsonFeed(
      await loadContent(),
      { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today },
      { kind: 'worker-type', slug: params.workerType! },
    ),
  )
