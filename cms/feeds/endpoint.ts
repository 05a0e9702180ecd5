/**
 * `GET /api/feeds/jobs.xml` (and `jobs.json`, `trainings.xml`, `trainings.json`): an RSS 2.0 or
 * JSON Feed of exactly what a listing shows for any filters, by the listing form's own parameter
 * names (`?region=…&worker-type=…&q=…`), `lang=es` for Spanish. Anonymous, published and open
 * listings only, at most `searchFeedLimit` items, cacheable for a few minutes. A parameter that
 * is not a filter, or a value that is not one of the choices, is a 400 that says which.
 * The site's own static feeds stay as they are; the listing pages link here for filtered views.
 */
import type { Endpoint } from 'payload'
import { toJsonFeed, toRss } from '../../content/feedFormat.ts'
import { type ListingKind, listingSearchParams, parseListingSearch, type SearchError } from '../../content/listingSearch.ts'
import type { Locale } from '../../content/schema.ts'
import { cmsUrl, siteUrl } from '../env.ts'
import { findListings, loadTerms, unknownTerm } from './findListings.ts'
import { feedItems, searchFeed } from './items.ts'
import { json } from '../http/json.ts'

const searchFeedLimit = 50
/** Seconds a reader, proxy or CDN may reuse a feed. */
const maxAgeSeconds = 300

const files: Record<string, { kind: ListingKind; format: 'rss' | 'json' }> = {
  'jobs.xml': { kind: 'jobs', format: 'rss' },
  'jobs.json': { kind: 'jobs', format: 'json' },
  'trainings.xml': { kind: 'trainings', format: 'rss' },
  'trainings.json': { kind: 'trainings', format: 'json' },
}

const unknownTermMessages: Record<string, Record<Locale, string>> = {
  region: {
    en: 'There is no region with this name. Choose one from the listing’s filters.',
    es: 'No hay ninguna región con ese nombre. Elija una de los filtros del listado.',
  },
  'worker-type': {
    en: 'There is no worker type with this name. Choose one from the listing’s filters.',
    es: 'No hay ningún tipo de trabajador con ese nombre. Elija uno de los filtros del listado.',
  },
  language: {
    en: 'There is no language with this name. Choose one from the listing’s filters.',
    es: 'No hay ningún idioma con ese nombre. Elija uno de los filtros del listado.',
  },
}

function refuse(status: number, errors: SearchError[], locale: Locale): Response {
  return json({ errors: errors.map((e) => ({ field: e.field, message: e.message[locale], messages: e.message })) }, status)
}

export const searchFeedEndpoint: Endpoint = {
  path: '/feeds/:file',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', cmsUrl)
    const lang = url.searchParams.get('lang') ?? 'en'
    const locale: Locale = lang === 'es' ? 'es' : 'en'
    const file = files[String(req.routeParams?.file ?? '')]
    if (!file) {
      return refuse(
        404,
        [
          {
            field: '',
            message: {
              en: 'There is no such feed. Use jobs.xml, jobs.json, trainings.xml or trainings.json.',
              es: 'No existe ese feed. Use jobs.xml, jobs.json, trainings.xml o trainings.json.',
            },
          },
        ],
        locale,
      )
    }
    if (lang !== 'en' && lang !== 'es') {
      return refuse(400, [{ field: 'lang', message: { en: '“lang” is “en” or “es”.', es: '“lang” es “en” o “es”.' } }], locale)
    }
    const parsed = parseListingSearch(file.kind, url.searchParams, ['lang'])
    if (!parsed.ok) return refuse(400, parsed.errors, locale)
    const terms = await loadTerms(req.payload)
    const unknown = unknownTerm(parsed.search, terms)
    if (unknown) return refuse(400, [{ field: unknown, message: unknownTermMessages[unknown]! }], locale)

    const found = await findListings(req.payload, parsed.search, terms, { limit: searchFeedLimit, today: new Date().toISOString().slice(0, 10) })
    const query = listingSearchParams(parsed.search)
    if (locale === 'es') query.set('lang', 'es')
    const feed = searchFeed(
      parsed.search,
      feedItems(found, terms, siteUrl, locale),
      { siteUrl, feedUrl: `${cmsUrl}/api/feeds/${file.kind}`, query: query.toString() },
      locale,
    )
    const headers = { 'Cache-Control': `public, max-age=${maxAgeSeconds}`, 'Access-Control-Allow-Origin': '*' }
    return file.format === 'rss'
      ? new Response(await toRss(feed), { headers: { ...headers, 'Content-Type': 'application/rss+xml; charset=utf-8' } })
      : Response.json(toJsonFeed(feed), { headers: { ...headers, 'Content-Type': 'application/feed+json; charset=utf-8' } })
  },
}
