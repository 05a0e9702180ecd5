/**
 * Long listings split into pages: `/jobs/` is page 1, `/jobs/page/2/` page 2, and the same under
 * each region and worker-type page and under /es/. At 10,000 jobs one listing was 10 MB of HTML,
 * too much for a phone on a slow connection; 50 cards is about 60 KB. A listing that fits on one
 * page is exactly what it was before, with no page links.
 */
import { langPaths, t, type Locale } from './i18n.ts'

/** Items per page. PORTAL_PAGE_SIZE lowers it, so tests can paginate the small seeded snapshot. */
const pageSize: number = Number(process.env.PORTAL_PAGE_SIZE) || 50

export type Page<T> = {
  items: T[]
  /** 1-based. */
  number: number
  /** How many pages the listing has. */
  count: number
  /** How many items the whole listing has. */
  total: number
  /** The 1-based position of the page's first item in the whole listing. */
  first: number
}

/** The listing cut into pages of `size`; an empty listing is one empty page. */
export function paginate<T>(items: readonly T[], size = pageSize): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    first: i * size + 1,
  }))
}

/** `/jobs/` + 1 → `/jobs/`; `/jobs/` + 3 → `/jobs/page/3/` (locale-free, like every page path). */
export function pagePath(listingPath: string, number: number): string {
  return number === 1 ? listingPath : `${listingPath}page/${number}/`
}

/**
 * getStaticPaths of a listing route `…/[...page].astro`: every page of every listing given, in both
 * languages. The rest parameter is empty for page 1 (`/jobs/`) and `page/2` for page 2.
 */
export function listingPaths<T, Extra extends object>(listings: { params?: Record<string, string>; items: readonly T[]; props?: Extra }[]) {
  return langPaths().flatMap(({ params: { lang } }) =>
    listings.flatMap(({ params, items, props }) =>
      paginate(items).map((page) => ({
        params: { lang, ...params, page: page.number === 1 ? undefined : `page/${page.number}` },
        props: { ...(props as Extra), page },
      })),
    ),
  )
}

/** The page title of a listing: "Jobs" on page 1, "Jobs (page 2 of 9)" after. */
export function listingTitle(locale: Locale, heading: string, page: Page<unknown>): string {
  return page.number === 1 ? heading : `${heading} (${t(locale, 'pagination.status', { page: page.number, pages: page.count })})`
}
