/**
 * The site's feeds: RSS 2.0 and JSON Feed 1.1 for jobs (all, per region, per worker type) and
 * trainings (all, per region, per worker type), in English and Spanish; the iCalendar files are in
 * calendar.ts.
 *
 * Everything here is a pure function of plain data (the snapshot as arrays and slug maps, a
 * locale, the site URL and the day of the build), so tests build the feeds without Astro. The
 * endpoints under site/pages/[...lang]/ only pass `loadContent()` in and return the result.
 * Closed jobs never appear; jobs are newest first; trainings keep the order they are given.
 * RSS and JSON feeds hold the first `feedItemLimit` items only: a reader wants what is new, and at
 * 10,000 jobs the uncapped jobs feed was 15 MB.
 */
import {
  isJobClosed,
  type JobPosting,
  type LocalizedText,
  type Organization,
  type Region,
  type TrainingProgram,
  type TrainingSession,
  type WorkerType,
} from '../../content/schema.ts'
import { type Feed, type FeedItem, type JsonFeed, toJsonFeed, toRss } from '../../content/feedFormat.ts'
import { richTextToPlain } from '../../content/richTextToPlain.ts'
import { formatDate, formatMoney, localePath, pick, t, tv, type Locale } from './i18n.ts'

// ---------------------------------------------------------------------------------------------
// Inputs

/** The part of `loadContent()` the feeds read (a `Content` fits as it is). */
export type FeedSource = {
  jobPostings: readonly JobPosting[]
  trainingPrograms: readonly TrainingProgram[]
  organizations: ReadonlyMap<string, Organization>
  workerTypeBySlug: ReadonlyMap<string, WorkerType>
  regionBySlug: ReadonlyMap<string, Region>
}

export type FeedOptions = {
  locale: Locale
  /** The site's origin, e.g. `https://chw.example.org` (astro.config.mjs `site`). */
  site: string | URL
  /** `YYYY-MM-DD`: what "closed" and "upcoming" mean. */
  today: string
}

/** A feed of one region or one worker type; none for the whole listing. */
export type ListingFacet = { kind: 'region' | 'worker-type'; slug: string }
export type JobFacet = ListingFacet

// The feed model and RSS / JSON Feed writers live in content/, shared with the CMS's search feeds.
export type { Feed, JsonFeed } from '../../content/feedFormat.ts'

// ---------------------------------------------------------------------------------------------
// URLs

/** `site` + a root-relative path, keeping any path the site URL has. */
export function absoluteUrl(site: string | URL, path: string): string {
  return `${String(site).replace(/\/+$/, '')}${path}`
}

function jobPagePath(locale: Locale, slug: string): string {
  return localePath(locale, `/jobs/${slug}/`)
}

export function trainingPagePath(locale: Locale, slug: string): string {
  return localePath(locale, `/trainings/${slug}/`)
}

/** The listing page a job feed mirrors and the two feed files next to it. */
export function jobFeedPaths(locale: Locale, facet?: JobFacet): { page: string; rss: string; json: string } {
  const page = localePath(locale, facet ? `/jobs/${facet.kind}/${facet.slug}/` : '/jobs/')
  return { page, rss: `${page}feed.xml`, json: `${page}feed.json` }
}

/** The listing page a training feed mirrors and the feed and calendar files next to it. */
export function trainingFeedPaths(locale: Locale, facet?: ListingFacet): { page: string; rss: string; json: string; ics: string } {
  const page = localePath(locale, facet ? `/trainings/${facet.kind}/${facet.slug}/` : '/trainings/')
  return { page, rss: `${page}feed.xml`, json: `${page}feed.json`, ics: `${page}sessions.ics` }
}

// ---------------------------------------------------------------------------------------------
// Selection

/** Items per RSS / JSON feed: the newest jobs, the trainings with the soonest sessions. */
export const feedItemLimit = 100

function newestFirst(a: JobPosting, b: JobPosting): number {
  return b.postedDate.localeCompare(a.postedDate) || a.slug.localeCompare(b.slug)
}

const facetKey = (facet?: JobFacet) => (facet ? `${facet.kind} ${facet.slug}` : '')

const openByFacet = new WeakMap<readonly JobPosting[], Map<string, Map<string, JobPosting[]>>>()

/**
 * The open jobs of a list, newest first, for all and for each region and worker type: sorted and
 * grouped once per list and day, not once per feed (there are a hundred feeds at 10k jobs).
 */
function openJobsByFacet(jobs: readonly JobPosting[], today: string): Map<string, JobPosting[]> {
  let byDay = openByFacet.get(jobs)
  if (!byDay) openByFacet.set(jobs, (byDay = new Map()))
  let groups = byDay.get(today)
  if (groups) return groups
  groups = new Map()
  for (const job of jobs.filter((j) => !isJobClosed(j, today)).sort(newestFirst)) {
    const facets: JobFacet[] = [{ kind: 'region', slug: job.location.region }, ...job.workerTypes.map((slug) => ({ kind: 'worker-type' as const, slug }))]
    for (const key of new Set(['', ...facets.map(facetKey)])) {
      const group = groups.get(key)
      if (group) group.push(job)
      else groups.set(key, [job])
    }
  }
  byDay.set(today, groups)
  return groups
}

/** Open jobs (of one facet), newest first. */
export function feedJobs(jobs: readonly JobPosting[], today: string, facet?: JobFacet): JobPosting[] {
  return [...(openJobsByFacet(jobs, today).get(facetKey(facet)) ?? [])]
}

/** Trainings (of one facet), in the order given. */
export function feedTrainings(trainings: readonly TrainingProgram[], facet?: ListingFacet): readonly TrainingProgram[] {
  if (!facet) return trainings
  return trainings.filter((training) => (facet.kind === 'region' ? training.regions : training.workerTypes).includes(facet.slug))
}

/** Sessions that have not ended by `today`, soonest first (as `upcomingSessions` in content.ts). */
export function upcomingSessionsOn(training: TrainingProgram, today: string): TrainingSession[] {
  return training.sessions.filter((s) => (s.endDate ?? s.startDate) >= today).sort((a, b) => a.startDate.localeCompare(b.startDate))
}

// ---------------------------------------------------------------------------------------------
// Text

const dayInstant = (day: string) => `${day}T00:00:00.000Z`
const instant = (value: string) => new Date(value).toISOString()

const exampleMarkers = [t('en', 'common.example'), t('es', 'common.example')].map((notice) => notice.split(':')[0])

/**
 * The summary in `locale` (or English). A fictional listing keeps its "Example listing:" opening;
 * one whose summary lacks it gets the example notice in front, so no reader takes it for real.
 */
export function summaryOf(item: { summary: LocalizedText; example: boolean }, locale: Locale) {
  const summary = pick(item.summary, locale)
  if (item.example && !exampleMarkers.some((marker) => summary.value.startsWith(marker))) {
    return { ...summary, value: `${t(locale, 'common.example')} ${summary.value}` }
  }
  return summary
}

/** A fictional listing's title says so in every feed and calendar: "Example: …". */
export function titleOf(item: { title: LocalizedText; example: boolean }, locale: Locale) {
  const title = pick(item.title, locale)
  return item.example ? { ...title, value: `${t(locale, 'common.examplePrefix')} ${title.value}` } : title
}

const names = <T extends { name: LocalizedText }>(slugs: readonly string[], map: ReadonlyMap<string, T>, locale: Locale) =>
  slugs
    .map((slug) => map.get(slug))
    .filter((term) => term !== undefined)
    .map((term) => pick(term.name, locale).value)

const unique = (values: string[]) => [...new Set(values)]

function payText(pay: JobPosting['pay'], locale: Locale): string {
  const unit = tv(locale, 'payUnit', pay.unit)
  return pay.max !== undefined && pay.max !== pay.min
    ? t(locale, 'jobs.payRange', { min: formatMoney(pay.min, locale), max: formatMoney(pay.max, locale), unit })
    : t(locale, 'jobs.payFrom', { min: formatMoney(pay.min, locale), unit })
}

const paragraphs = (...parts: (string | undefined | false)[]) => parts.filter((part) => part).join('\n\n')
const lines = (...parts: (string | undefined | false)[]) => parts.filter((part) => part).join('\n')

const authorOf = (org: Organization | undefined) => (org ? [{ name: org.name, ...(org.website ? { url: org.website } : {}) }] : [])

// ---------------------------------------------------------------------------------------------
// Jobs

function jobItem(job: JobPosting, source: FeedSource, { locale, site }: FeedOptions): FeedItem {
  const title = titleOf(job, locale)
  const summary = summaryOf(job, locale)
  const employer = source.organizations.get(job.employer)
  const region = source.regionBySlug.get(job.location.region)
  const regionName = region ? pick(region.name, locale).value : undefined
  const place = [job.location.city ?? job.location.county, job.location.state].filter(Boolean).join(', ')
  const description = job.description ? richTextToPlain(pick(job.description, locale).value) : ''
  return {
    url: absoluteUrl(site, jobPagePath(locale, job.slug)),
    title: title.value,
    summary: summary.value,
    contentText: paragraphs(
      summary.value,
      lines(
        employer && `${t(locale, 'jobs.employer')}: ${employer.name}`,
        `${t(locale, 'jobs.location')}: ${place}${regionName ? ` (${regionName})` : ''}`,
        `${t(locale, 'jobs.workMode')}: ${tv(locale, 'workMode', job.workMode)}`,
        `${t(locale, 'jobs.employmentType')}: ${tv(locale, 'employmentType', job.employmentType)}`,
        `${t(locale, 'jobs.pay')}: ${payText(job.pay, locale)}`,
        `${t(locale, 'jobs.posted')}: ${formatDate(job.postedDate, locale)}`,
        job.closingDate && `${t(locale, 'jobs.closes')}: ${formatDate(job.closingDate, locale)}`,
      ),
      description,
    ),
    published: dayInstant(job.postedDate),
    modified: instant(job.updatedAt),
    tags: unique([...names(job.workerTypes, source.workerTypeBySlug, locale), ...(regionName ? [regionName] : [])]),
    language: title.fallback && summary.fallback ? 'en' : locale,
    authors: authorOf(employer),
  }
}

/**
 * A job is in the main feed and in each of its region's and worker types' feeds, in RSS and JSON:
 * its item is built once per source, language and site and reused (a tenth of a 10k build before).
 */
const jobItems = new WeakMap<FeedSource, WeakMap<JobPosting, Map<string, FeedItem>>>()

function sharedJobItem(job: JobPosting, source: FeedSource, options: FeedOptions): FeedItem {
  let bySource = jobItems.get(source)
  if (!bySource) jobItems.set(source, (bySource = new WeakMap()))
  let byOptions = bySource.get(job)
  if (!byOptions) bySource.set(job, (byOptions = new Map()))
  const key = `${options.locale} ${String(options.site)}`
  let item = byOptions.get(key)
  if (!item) byOptions.set(key, (item = jobItem(job, source, options)))
  return item
}

function facetName(source: FeedSource, locale: Locale, facet: ListingFacet): string {
  const term = facet.kind === 'region' ? source.regionBySlug.get(facet.slug) : source.workerTypeBySlug.get(facet.slug)
  return term ? pick(term.name, locale).value : facet.slug
}

/** The newest open jobs (up to feedItemLimit): of all, or of one region or one worker type. */
function jobsFeed(source: FeedSource, options: FeedOptions, facet?: JobFacet): Feed {
  const { locale, site } = options
  const paths = jobFeedPaths(locale, facet)
  const title = facet
    ? `${t(locale, 'site.name')}: ${t(locale, facet.kind === 'region' ? 'jobs.byRegion' : 'jobs.byWorkerType', { name: facetName(source, locale, facet) })}`
    : t(locale, 'feed.jobs.title')
  return {
    title,
    description: t(locale, 'feed.jobs.description'),
    language: locale,
    homePageUrl: absoluteUrl(site, paths.page),
    rssUrl: absoluteUrl(site, paths.rss),
    jsonUrl: absoluteUrl(site, paths.json),
    items: feedJobs(source.jobPostings, options.today, facet)
      .slice(0, feedItemLimit)
      .map((job) => sharedJobItem(job, source, options)),
  }
}

// ---------------------------------------------------------------------------------------------
// Trainings

function sessionText(session: TrainingSession, locale: Locale): string {
  const days =
    session.endDate && session.endDate !== session.startDate
      ? `${formatDate(session.startDate, locale)} – ${formatDate(session.endDate, locale)}`
      : formatDate(session.startDate, locale)
  return [
    days,
    session.schedule && pick(session.schedule, locale).value,
    session.applicationDeadline && t(locale, 'trainings.applyBy', { date: formatDate(session.applicationDeadline, locale) }),
  ]
    .filter(Boolean)
    .join('; ')
}

function trainingItem(training: TrainingProgram, source: FeedSource, { locale, site, today }: FeedOptions): FeedItem {
  const title = titleOf(training, locale)
  const summary = summaryOf(training, locale)
  const provider = source.organizations.get(training.provider)
  const sessions = upcomingSessionsOn(training, today)
  const description = training.description ? richTextToPlain(pick(training.description, locale).value) : ''
  return {
    url: absoluteUrl(site, trainingPagePath(locale, training.slug)),
    title: title.value,
    summary: summary.value,
    contentText: paragraphs(
      summary.value,
      lines(
        provider && `${t(locale, 'trainings.provider')}: ${provider.name}`,
        `${t(locale, 'trainings.format')}: ${tv(locale, 'format', training.format)} · ${tv(locale, 'pace', training.pace)}`,
        `${t(locale, 'trainings.cost')}: ${
          training.cost.type === 'free' || training.cost.amount === undefined ? t(locale, 'cost.free') : formatMoney(training.cost.amount, locale)
        }`,
        training.hours !== undefined && `${t(locale, 'trainings.hours')}: ${t(locale, 'trainings.hoursValue', { n: training.hours })}`,
        training.sessions.length === 0
          ? t(locale, 'trainings.noSessions')
          : sessions.length > 0
            ? `${t(locale, 'trainings.sessions')}: ${sessions.map((s) => sessionText(s, locale)).join(' | ')}`
            : t(locale, 'trainings.pastSessions'),
        `${t(locale, 'trainings.register')}: ${training.registrationUrl}`,
      ),
      description,
    ),
    published: instant(training.updatedAt),
    modified: instant(training.updatedAt),
    tags: unique([...names(training.workerTypes, source.workerTypeBySlug, locale), ...names(training.regions, source.regionBySlug, locale)]),
    language: title.fallback && summary.fallback ? 'en' : locale,
    authors: authorOf(provider),
  }
}

/** Training programs (up to feedItemLimit; of all, or of one region or worker type) in the order given (the site lists them by next session). */
function trainingsFeed(source: FeedSource, options: FeedOptions, facet?: ListingFacet): Feed {
  const { locale, site } = options
  const paths = trainingFeedPaths(locale, facet)
  return {
    title: facet
      ? `${t(locale, 'site.name')}: ${t(locale, facet.kind === 'region' ? 'trainings.byRegion' : 'trainings.byWorkerType', { name: facetName(source, locale, facet) })}`
      : t(locale, 'feed.trainings.title'),
    description: t(locale, 'feed.trainings.description'),
    language: locale,
    homePageUrl: absoluteUrl(site, paths.page),
    rssUrl: absoluteUrl(site, paths.rss),
    jsonUrl: absoluteUrl(site, paths.json),
    items: feedTrainings(source.trainingPrograms, facet)
      .slice(0, feedItemLimit)
      .map((training) => trainingItem(training, source, options)),
  }
}

export const jobsRss = (source: FeedSource, options: FeedOptions, facet?: JobFacet) => toRss(jobsFeed(source, options, facet))
export const jobsJsonFeed = (source: FeedSource, options: FeedOptions, facet?: JobFacet) => toJsonFeed(jobsFeed(source, options, facet))
export const trainingsRss = (source: FeedSource, options: FeedOptions, facet?: ListingFacet) => toRss(trainingsFeed(source, options, facet))
export const trainingsJsonFeed = (source: FeedSource, options: FeedOptions, facet?: ListingFacet) => toJsonFeed(trainingsFeed(source, options, facet))

// ---------------------------------------------------------------------------------------------
// Responses, for the endpoints

export const rssResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })

export const jsonFeedResponse = (feed: JsonFeed) =>
  new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } })
