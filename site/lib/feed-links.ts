/**
 * The feeds a listing page offers, as root-relative links: shown in its "Follow" line and
 * announced in its <head> (`<link rel="alternate">`), so a feed reader finds this page's own feed.
 */
import { jobFeedPaths, trainingFeedPaths, type ListingFacet } from './feeds.ts'
import { t, type Locale } from './i18n.ts'

export type PageFeeds = {
  /** What a feed reader calls the subscription. */
  title: string
  rss: string
  json: string
  /** An iCalendar file of the listing's upcoming sessions (trainings only). */
  ics?: string
}

/** A facet page's feeds are named after its heading ("Jobs in Solano County"). */
const feedTitle = (locale: Locale, heading: string | undefined, whole: 'feed.jobs.title' | 'feed.trainings.title') =>
  heading ? `${t(locale, 'site.name')}: ${heading}` : t(locale, whole)

export function jobPageFeeds(locale: Locale, facet?: ListingFacet, heading?: string): PageFeeds {
  const { rss, json } = jobFeedPaths(locale, facet)
  return { title: feedTitle(locale, facet && heading, 'feed.jobs.title'), rss, json }
}

export function trainingPageFeeds(locale: Locale, facet?: ListingFacet, heading?: string): PageFeeds {
  const { rss, json, ics } = trainingFeedPaths(locale, facet)
  return { title: feedTitle(locale, facet && heading, 'feed.trainings.title'), rss, json, ics }
}
