/**
 * The jobs and trainings listing routes, one shape for all six: the whole listing
 * (`/jobs/[...page]`) and one page per region and per worker type (`/jobs/region/[region]/[...page]`),
 * each paginated and in both languages; and the feed endpoints beside them (feed.xml, feed.json,
 * sessions.ics), of the whole listing or of one term.
 * Only terms with items get a listing page, so no facet page is empty.
 */
import type { APIContext } from 'astro'
import type { JobPosting, LocalizedText, TrainingProgram } from '../../content/schema.ts'
import { type Content, loadContent, today } from './content.ts'
import { type PageFeeds, jobPageFeeds, trainingPageFeeds } from './feed-links.ts'
import type { FeedOptions, ListingFacet } from './feeds.ts'
import { type Locale, langFromParam, langPaths, t, text } from './i18n.ts'
import { type Page, listingPaths, listingTitle, pagePath } from './pagination.ts'

export type ListingKind = 'jobs' | 'trainings'
export type FacetKind = ListingFacet['kind']
export type Term = { slug: string; name: LocalizedText }
type Listed = JobPosting | TrainingProgram

/** The route parameter of each facet's folder: `region/[region]`, `worker-type/[workerType]`. */
const facetParams = { region: 'region', 'worker-type': 'workerType' } as const

const facetTerms = (content: Content, facet: FacetKind): readonly Term[] => (facet === 'region' ? content.regions : content.workerTypes)

/** The terms of a facet that have items in the listing, with those items. */
function facetListings(content: Content, kind: ListingKind, facet: FacetKind): { term: Term; items: readonly Listed[] }[] {
  const byTerm: ReadonlyMap<string, readonly Listed[]> =
    kind === 'jobs'
      ? facet === 'region'
        ? content.openJobsByRegion
        : content.openJobsByWorkerType
      : facet === 'region'
        ? content.trainingsByRegion
        : content.trainingsByWorkerType
  return facetTerms(content, facet)
    .filter((term) => byTerm.has(term.slug))
    .map((term) => ({ term, items: byTerm.get(term.slug)! }))
}

/** getStaticPaths of a listing route: every page of the whole listing, or of each term's listing. */
export async function listingPagePaths(kind: ListingKind, facet?: FacetKind) {
  const content = await loadContent()
  if (!facet) return listingPaths<Listed, object>([{ items: kind === 'jobs' ? content.openJobs : content.trainingPrograms }])
  return listingPaths(facetListings(content, kind, facet).map(({ term, items }) => ({ params: { [facetParams[facet]]: term.slug }, items, props: { term } })))
}

/**
 * getStaticPaths of a facet's feed endpoints (feed.xml, feed.json, sessions.ics). Trainings: the
 * terms that have a listing page, as a feed mirrors a page. Jobs: every term, so a subscriber's
 * feed goes on when a region's last job closes.
 */
export async function facetFeedPaths(kind: ListingKind, facet: FacetKind) {
  const content = await loadContent()
  const terms = kind === 'jobs' ? facetTerms(content, facet) : facetListings(content, kind, facet).map(({ term }) => term)
  const param = facetParams[facet]
  return langPaths().flatMap(({ params: { lang } }) => terms.map((term) => ({ params: { lang, [param]: term.slug } })))
}

/** A feed endpoint's options: the request's language, the site's URL, the day of the build. */
export const feedOptions = ({ params, site }: Pick<APIContext, 'params' | 'site'>): FeedOptions => ({
  locale: langFromParam(params.lang),
  site: site ?? import.meta.env.SITE,
  today,
})

/** The facet a feed endpoint's route names (`region/[region]`, `worker-type/[workerType]`); none for the whole listing. */
export function routeFacet(params: APIContext['params']): ListingFacet | undefined {
  if (params.region) return { kind: 'region', slug: params.region }
  if (params.workerType) return { kind: 'worker-type', slug: params.workerType }
  return undefined
}

export type ListingPageProps = {
  heading: string
  /** The locale-free path of the listing's first page. */
  path: string
  /** This page's own path (`…/page/2/` after the first). */
  pagePath: string
  title: string
  description: string
  feeds: PageFeeds
  /** The region or worker type of a facet page; none on the whole listing. */
  facet?: ListingFacet
}

/** What a listing page shows around its items: heading, paths, title and feeds. */
export function listingPageProps(locale: Locale, kind: ListingKind, page: Page<unknown>, facet?: { kind: FacetKind; term: Term }): ListingPageProps {
  const heading = facet
    ? t(locale, `${kind}.${facet.kind === 'region' ? 'byRegion' : 'byWorkerType'}`, { name: text(facet.term.name, locale) })
    : t(locale, `${kind}.title`)
  const path = facet ? `/${kind}/${facet.kind}/${facet.term.slug}/` : `/${kind}/`
  const listingFacet = facet && { kind: facet.kind, slug: facet.term.slug }
  return {
    heading,
    path,
    pagePath: pagePath(path, page.number),
    title: listingTitle(locale, heading, page),
    description: t(locale, `${kind}.lead`),
    feeds: kind === 'jobs' ? jobPageFeeds(locale, listingFacet, heading) : trainingPageFeeds(locale, listingFacet, heading),
    facet: listingFacet,
  }
}

/** The props of a listing body (JobListing, TrainingListing, and ListingBody with its kind). */
export type ListingBodyProps<T extends Listed> = Pick<ListingPageProps, 'heading' | 'path' | 'feeds' | 'facet'> & {
  locale: Locale
  content: Content
  page: Page<T>
}

/** What a listing body derives from its props. */
export function listingBodyState({ locale, page, facet }: ListingBodyProps<Listed>) {
  return {
    count: (n: number) => t(locale, n === 1 ? 'common.count.one' : 'common.count.other', { n }),
    /** The whole listing, not a facet page: it has the filter form. */
    section: !facet,
    paginated: page.count > 1,
    /** A facet page's own filter, for its alert. */
    alertFilter: facet ? { [facet.kind]: facet.slug } : {},
  }
}
