/** /jobs/region/<region>/feed.json (and /es/…): one region's open jobs (JSON Feed 1.1). */
import type { APIRoute } from 'astro'
import { loadContent, today } from '../../../../../lib/content.ts'
import { facetPaths, jobsJsonFeed, jsonFeedResponse } from '../../../../../lib/feeds.ts'
import { langFromParam } from '../../../../../lib/i18n.ts'

export const getStaticPaths = async () => facetPaths('region', (await loadContent()).regions)

export const GET: APIRoute = async ({ params, site }) =>
  jsonFeedResponse(
    jobsJsonFeed(
      await loadContent(),
      { locale: langFromParam(params.lang), site: site ?? import.meta.env.SITE, today },
      { kind: 'region', slug: params.region! },
    ),
  )
