/**
 * Feed items (content/feedFormat.ts) for the CMS's search feeds and alert digests, with the same
 * fields as the site's static feeds: the detail page's URL on the public site, title and summary in
 * the reader's language (English where there is no translation), key facts as text, tags.
 */
import type { Feed, FeedItem } from '../../content/feedFormat.ts'
import { type ListingKind, type ListingSearch, listingSearchParams } from '../../content/listingSearch.ts'
import type { JobPosting, Locale, LocalizedText, TrainingProgram } from '../../content/schema.ts'
import type { FoundListings, Terms } from './findListings.ts'

type Text = Record<Locale, string>

const labels = {
  employer: { en: 'Employer', es: 'Empleador' },
  location: { en: 'Location', es: 'Ubicación' },
  pay: { en: 'Pay', es: 'Pago' },
  posted: { en: 'Posted', es: 'Publicado' },
  provider: { en: 'Provider', es: 'Proveedor' },
  cost: { en: 'Cost', es: 'Costo' },
  free: { en: 'Free', es: 'Gratis' },
  register: { en: 'Register', es: 'Inscripción' },
  example: { en: 'Example:', es: 'Ejemplo:' },
  perUnit: { hour: { en: 'an hour', es: 'por hora' }, month: { en: 'a month', es: 'al mes' }, year: { en: 'a year', es: 'al año' } },
} satisfies Record<string, Text | Record<string, Text>>

const feedTitles: Record<ListingKind, Text> = {
  jobs: { en: 'CHW Portal: jobs matching your search', es: 'Portal CHW: empleos que coinciden con su búsqueda' },
  trainings: { en: 'CHW Portal: trainings matching your search', es: 'Portal CHW: capacitaciones que coinciden con su búsqueda' },
}
const feedDescriptions: Record<ListingKind, Text> = {
  jobs: {
    en: 'Open Community Health Worker jobs that match these filters, newest first.',
    es: 'Empleos abiertos para Trabajadores Comunitarios de Salud que coinciden con estos filtros, los más nuevos primero.',
  },
  trainings: {
    en: 'Community Health Worker trainings that match these filters, newest first.',
    es: 'Capacitaciones para Trabajadores Comunitarios de Salud que coinciden con estos filtros, las más nuevas primero.',
  },
}

const pick = (text: LocalizedText, locale: Locale) => ({ value: (locale === 'es' && text.es) || text.en, fallback: locale === 'es' && !text.es })
const money = (n: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: n % 1 ? 2 : 0 }).format(n)
const lines = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n')

/** The listing page on the site with the same filters, in the reader's language. */
export function listingPageUrl(siteUrl: string, search: ListingSearch, locale: Locale): string {
  const query = listingSearchParams(search).toString()
  return `${siteUrl}${locale === 'es' ? '/es' : ''}/${search.kind}/${query ? `?${query}` : ''}`
}

function jobFeedItem(job: JobPosting, terms: Terms, siteUrl: string, locale: Locale, firstPublishedAt?: string): FeedItem {
  const title = pick(job.title, locale)
  const summary = pick(job.summary, locale)
  const employer = terms.organizationNames.get(job.employer)
  const region = terms.names.regions.get(job.location.region)
  const place = [job.location.city ?? job.location.county, job.location.state].filter(Boolean).join(', ')
  const pay = `${money(job.pay.min, locale)}${job.pay.max && job.pay.max !== job.pay.min ? `–${money(job.pay.max, locale)}` : ''} ${labels.perUnit[job.pay.unit][locale]}`
  return {
    url: `${siteUrl}${locale === 'es' ? '/es' : ''}/jobs/${job.slug}/`,
    title: job.example ? `${labels.example[locale]} ${title.value}` : title.value,
    summary: summary.value,
    contentText: [
      summary.value,
      lines(
        employer && `${labels.employer[locale]}: ${employer}`,
        `${labels.location[locale]}: ${place}${region ? ` (${pick(region, locale).value})` : ''}`,
        `${labels.pay[locale]}: ${pay}`,
        `${labels.posted[locale]}: ${job.postedDate}`,
      ),
    ].join('\n\n'),
    published: firstPublishedAt ? new Date(firstPublishedAt).toISOString() : `${job.postedDate}T00:00:00.000Z`,
    modified: new Date(job.updatedAt).toISOString(),
    tags: tagsOf(job.workerTypes, [job.location.region], terms, locale),
    language: title.fallback && summary.fallback ? 'en' : locale,
    authors: employer ? [{ name: employer }] : [],
  }
}

function trainingFeedItem(training: TrainingProgram, terms: Terms, siteUrl: string, locale: Locale, firstPublishedAt?: string): FeedItem {
  const title = pick(training.title, locale)
  const summary = pick(training.summary, locale)
  const provider = terms.organizationNames.get(training.provider)
  const cost = training.cost.type === 'free' || training.cost.amount === undefined ? labels.free[locale] : money(training.cost.amount, locale)
  return {
    url: `${siteUrl}${locale === 'es' ? '/es' : ''}/trainings/${training.slug}/`,
    title: training.example ? `${labels.example[locale]} ${title.value}` : title.value,
    summary: summary.value,
    contentText: [
      summary.value,
      lines(
        provider && `${labels.provider[locale]}: ${provider}`,
        `${labels.cost[locale]}: ${cost}`,
        `${labels.register[locale]}: ${training.registrationUrl}`,
      ),
    ].join('\n\n'),
    published: new Date(firstPublishedAt ?? training.updatedAt).toISOString(),
    modified: new Date(training.updatedAt).toISOString(),
    tags: tagsOf(training.workerTypes, training.regions, terms, locale),
    language: title.fallback && summary.fallback ? 'en' : locale,
    authors: provider ? [{ name: provider }] : [],
  }
}

function tagsOf(workerTypes: string[], regions: string[], terms: Terms, locale: Locale): string[] {
  const names = [...workerTypes.map((s) => terms.names.workerTypes.get(s)), ...regions.map((s) => terms.names.regions.get(s))].flatMap((n) =>
    n ? [pick(n, locale).value] : [],
  )
  return [...new Set(names)]
}

export function feedItems(found: FoundListings, terms: Terms, siteUrl: string, locale: Locale): FeedItem[] {
  return found.kind === 'jobs'
    ? found.jobPostings.map(({ job, firstPublishedAt }) => jobFeedItem(job, terms, siteUrl, locale, firstPublishedAt))
    : found.trainingPrograms.map(({ training, firstPublishedAt }) => trainingFeedItem(training, terms, siteUrl, locale, firstPublishedAt))
}

/** The feed of one search; `feedUrl` is this feed's own address without its extension. */
export function searchFeed(search: ListingSearch, items: FeedItem[], urls: { siteUrl: string; feedUrl: string; query: string }, locale: Locale): Feed {
  const suffix = urls.query ? `?${urls.query}` : ''
  return {
    title: feedTitles[search.kind][locale],
    description: feedDescriptions[search.kind][locale],
    language: locale,
    homePageUrl: listingPageUrl(urls.siteUrl, search, locale),
    rssUrl: `${urls.feedUrl}.xml${suffix}`,
    jsonUrl: `${urls.feedUrl}.json${suffix}`,
    items,
  }
}
