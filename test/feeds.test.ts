/**
 * The feeds built from the real snapshot for a fixed day: RSS 2.0 that parses, JSON Feed 1.1 with
 * its required fields, an iCalendar file with one VEVENT per weekly schedule or dated meeting, no closed job in any
 * job feed, and Spanish text in the Spanish feeds.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { Window } from 'happy-dom'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isJobClosed, type JobPosting, type Locale, type Snapshot, type TrainingProgram } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { demoOrganizations, generateJobPostings, generateTrainingPrograms } from '../scripts/lib/demo-listings.ts'
import {
  feedItemLimit,
  feedJobs,
  jobsJsonFeed,
  jobsRss,
  trainingsJsonFeed,
  trainingsRss,
  upcomingSessionsOn,
  type FeedOptions,
  type FeedSource,
  type JobFacet,
  type ListingFacet,
  type JsonFeed,
} from '../site/lib/feeds.ts'
import { trainingEvents, trainingsCalendar } from '../site/lib/calendar.ts'

const today = '2026-11-25'
const site = 'https://chw.example.org'
const locales: Locale[] = ['en', 'es']
const options = (locale: Locale): FeedOptions => ({ locale, site, today })

let snapshot: Snapshot
let source: FeedSource
let jobs: JobPosting[]

const bySlug = <T extends { slug: string }>(items: T[]) => new Map(items.map((item) => [item.slug, item]))

/** The seed's listings are all examples; most tests read them as real ones (examples are tested apart). */
const asReal = <T extends { example: boolean }>(items: T[]) => items.map((item) => ({ ...item, example: false }))
let examples: Snapshot

beforeAll(async () => {
  examples = await readSnapshot()
  snapshot = { ...examples, 'job-postings': asReal(examples['job-postings']), 'training-programs': asReal(examples['training-programs']) }
  jobs = snapshot['job-postings']
  source = {
    jobPostings: jobs,
    trainingPrograms: snapshot['training-programs'],
    organizations: bySlug(snapshot.organizations),
    workerTypeBySlug: bySlug(snapshot['worker-types']),
    regionBySlug: bySlug(snapshot.regions),
  }
})

type RssItem = { title: string; link: string; guid: { '#text': string }; description: string; pubDate: string; category?: string | string[] }
type Rss = { rss: { '@_version': string; channel: { title: string; link: string; description: string; language: string; item?: RssItem | RssItem[] } } }

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' })

function parseRss(xml: string) {
  const doc = parser.parse(xml) as Rss
  const channel = doc.rss.channel
  return { version: doc.rss['@_version'], channel, items: (channel.item ?? []) as RssItem[] }
}

const isAbsoluteUrl = (value: string) => /^https?:\/\//.test(value) && new URL(value).href === value
const isIsoInstant = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))

const jobUrl = (locale: Locale, slug: string) => `${site}${locale === 'es' ? '/es' : ''}/jobs/${slug}/`
const facets = (): JobFacet[] => [
  ...snapshot.regions.map((r) => ({ kind: 'region' as const, slug: r.slug })),
  ...snapshot['worker-types'].map((w) => ({ kind: 'worker-type' as const, slug: w.slug })),
]

describe('job feeds', () => {
  it('has closed jobs in the snapshot, so the closed-job checks mean something', () => {
    expect(jobs.some((job) => isJobClosed(job, today))).toBe(true)
  })

  it.each(locales)('RSS (%s) parses, with channel title, link and absolute item links, newest first', async (locale) => {
    const { version, channel, items } = parseRss(await jobsRss(source, options(locale)))
    expect(version).toBe('2.0')
    expect(channel.title).toBeTruthy()
    expect(channel.link).toBe(`${site}${locale === 'es' ? '/es' : ''}/jobs/`)
    expect(channel.language).toBe(locale)
    const open = jobs.filter((job) => !isJobClosed(job, today))
    expect(items).toHaveLength(open.length)
    for (const item of items) {
      expect(isAbsoluteUrl(item.link)).toBe(true)
      expect(item.guid['#text']).toBe(item.link)
      expect(item.title).toBeTruthy()
      expect(item.description).toBeTruthy()
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
      expect(item.category?.length).toBeGreaterThan(0)
    }
    const dates = items.map((item) => Date.parse(item.pubDate))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  it.each(locales)('JSON Feed (%s) has the 1.1 fields, absolute ids and ISO dates', (locale) => {
    const feed = jobsJsonFeed(source, options(locale))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBeTruthy()
    expect(feed.language).toBe(locale)
    expect(isAbsoluteUrl(feed.home_page_url)).toBe(true)
    expect(feed.feed_url).toBe(`${site}${locale === 'es' ? '/es' : ''}/jobs/feed.json`)
    expect(feed.items.length).toBeGreaterThan(0)
    for (const item of feed.items) {
      expect(item.id).toBe(item.url)
      expect(isAbsoluteUrl(item.url)).toBe(true)
      expect(item.title && item.content_text && item.summary).toBeTruthy()
      expect(isIsoInstant(item.date_published)).toBe(true)
      expect(isIsoInstant(item.date_modified)).toBe(true)
      expect(item.tags.length).toBeGreaterThan(0)
    }
    // JSON round trip: nothing undefined or non-serialisable.
    expect(JSON.parse(JSON.stringify(feed))).toEqual(feed)
  })

  it('never lists a closed job, in the main feed or any facet feed, in either language', async () => {
    const closedUrls = new Set(jobs.filter((job) => isJobClosed(job, today)).flatMap((job) => locales.map((locale) => jobUrl(locale, job.slug))))
    expect(closedUrls.size).toBeGreaterThan(0)
    for (const locale of locales) {
      for (const facet of [undefined, ...facets()]) {
        const rssLinks = parseRss(await jobsRss(source, options(locale), facet)).items.map((item) => item.link)
        const jsonIds = jobsJsonFeed(source, options(locale), facet).items.map((item) => item.id)
        for (const url of [...rssLinks, ...jsonIds]) expect(closedUrls.has(url), `${url} is closed`).toBe(false)
      }
    }
  })

  it('lists exactly the open jobs of each region and worker type', async () => {
    for (const facet of facets()) {
      const expected = jobs
        .filter((job) => !isJobClosed(job, today))
        .filter((job) => (facet.kind === 'region' ? job.location.region === facet.slug : job.workerTypes.includes(facet.slug)))
        .map((job) => jobUrl('en', job.slug))
        .sort()
      const feed = jobsJsonFeed(source, options('en'), facet)
      expect(feed.items.map((item) => item.id).sort()).toEqual(expected)
      expect(feed.feed_url).toBe(`${site}/jobs/${facet.kind}/${facet.slug}/feed.json`)
      expect(feed.home_page_url).toBe(`${site}/jobs/${facet.kind}/${facet.slug}/`)
      const rss = parseRss(await jobsRss(source, options('es'), facet))
      expect(rss.items).toHaveLength(expected.length)
      expect(rss.channel.link).toBe(`${site}/es/jobs/${facet.kind}/${facet.slug}/`)
    }
    // Per-facet feeds together cover every open job at least once.
    const covered = new Set(facets().flatMap((facet) => feedJobs(jobs, today, facet).map((job) => job.slug)))
    expect(covered).toEqual(new Set(feedJobs(jobs, today).map((job) => job.slug)))
  })

  it('names the region or worker type in a facet feed title', () => {
    const region = snapshot.regions[0]
    expect(jobsJsonFeed(source, options('en'), { kind: 'region', slug: region.slug }).title).toContain(region.name.en)
    const type = snapshot['worker-types'][0]
    expect(jobsJsonFeed(source, options('es'), { kind: 'worker-type', slug: type.slug }).title).toContain(type.name.es ?? type.name.en)
  })

  it('gives Spanish titles and summaries in the Spanish feeds where the snapshot has them', async () => {
    const open = feedJobs(jobs, today)
    const es = jobsJsonFeed(source, options('es'))
    const en = jobsJsonFeed(source, options('en'))
    expect(es.title).not.toBe(en.title)
    expect(es.items.map((item) => item.title)).toEqual(open.map((job) => job.title.es ?? job.title.en))
    expect(es.items.map((item) => item.summary)).toEqual(open.map((job) => job.summary.es ?? job.summary.en))
    expect(es.items.every((item) => item.url.startsWith(`${site}/es/jobs/`))).toBe(true)
    const rss = parseRss(await jobsRss(source, options('es')))
    expect(rss.channel.title).toBe(es.title)
    expect(rss.items.map((item) => item.title)).toEqual(es.items.map((item) => item.title))
  })

  it('falls back to English where the Spanish text is missing', () => {
    const job = feedJobs(jobs, today)[0]
    const englishOnly: JobPosting = { ...job, title: { en: job.title.en }, summary: { en: job.summary.en } }
    const feed = jobsJsonFeed({ ...source, jobPostings: [englishOnly] }, options('es'))
    expect(feed.items[0].title).toBe(job.title.en)
    expect(feed.items[0].summary).toBe(job.summary.en)
    expect(feed.items[0].language).toBe('en')
  })

  it('says a fictional job is an example in its title and its summary; a real one’s title is its own', () => {
    for (const locale of locales) {
      const fictional = jobsJsonFeed({ ...source, jobPostings: examples['job-postings'] }, options(locale)).items
      expect(fictional.length).toBeGreaterThan(0)
      for (const item of fictional) {
        expect(item.title).toMatch(locale === 'en' ? /^Example: / : /^Ejemplo: /)
        expect(item.summary).toMatch(locale === 'en' ? /^Example listing:/ : /^(Anuncio de ejemplo|Example listing):/)
      }
      const real = jobsJsonFeed(source, options(locale)).items
      expect(real.some((item) => /^(Example|Ejemplo): /.test(item.title))).toBe(false)
    }
  })

  it('says a fictional training is an example in its feed and calendar titles', async () => {
    const fictional = { ...source, trainingPrograms: examples['training-programs'] }
    for (const locale of locales) {
      const prefix = locale === 'en' ? /^Example: / : /^Ejemplo: /
      for (const item of trainingsJsonFeed(fictional, options(locale)).items) expect(item.title).toMatch(prefix)
      for (const item of parseRss(await trainingsRss(fictional, options(locale))).items) expect(item.title).toMatch(prefix)
      const events = new ICAL.Component(ICAL.parse(trainingsCalendar(fictional, options(locale)))).getAllSubcomponents('vevent')
      expect(events.length).toBeGreaterThan(0)
      for (const vevent of events) expect(new ICAL.Event(vevent).summary).toMatch(prefix)
    }
  })
})

describe('training feeds', () => {
  it.each(locales)('RSS (%s) lists every training in the given order with absolute links', async (locale) => {
    const { channel, items } = parseRss(await trainingsRss(source, options(locale)))
    expect(channel.title).toBeTruthy()
    expect(channel.link).toBe(`${site}${locale === 'es' ? '/es' : ''}/trainings/`)
    expect(items.map((item) => item.link)).toEqual(snapshot['training-programs'].map((t) => `${site}${locale === 'es' ? '/es' : ''}/trainings/${t.slug}/`))
    for (const item of items) {
      expect(isAbsoluteUrl(item.link)).toBe(true)
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
    }
  })

  it.each(locales)('JSON Feed (%s) has the 1.1 fields and ISO dates', (locale) => {
    const feed: JsonFeed = trainingsJsonFeed(source, options(locale))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBeTruthy()
    expect(feed.items).toHaveLength(snapshot['training-programs'].length)
    for (const item of feed.items) {
      expect(item.id).toBeTruthy()
      expect(isAbsoluteUrl(item.id)).toBe(true)
      expect(isIsoInstant(item.date_published)).toBe(true)
      expect(isIsoInstant(item.date_modified)).toBe(true)
    }
    if (locale === 'es') {
      expect(feed.items.map((item) => item.title)).toEqual(snapshot['training-programs'].map((t) => t.title.es ?? t.title.en))
    }
  })
})

describe('training sessions calendar', () => {
  const upcoming = () => snapshot['training-programs'].flatMap((training) => trainingEvents(training, today).map(({ event }) => ({ training, event })))

  it.each(locales)('parses (%s) into one VEVENT per weekly schedule and per dated meeting of the upcoming sessions', (locale) => {
    const expected = upcoming()
    expect(expected.length).toBeGreaterThan(0)
    const calendar = new ICAL.Component(ICAL.parse(trainingsCalendar(source, options(locale))))
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events).toHaveLength(expected.length)
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length)
    for (const [i, { training, event: expectedEvent }] of expected.entries()) {
      const event = events[i]
      expect(event.uid).toBe(expectedEvent.uid)
      expect(event.summary).toBe(locale === 'es' ? (training.title.es ?? training.title.en) : training.title.en)
      // Every seed session says when it meets: timed events in the session's zone, none all day.
      expect(event.startDate.isDate).toBe(false)
      expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(expectedEvent.allDay ? undefined : expectedEvent.timeZone)
      expect(event.description).toContain(training.registrationUrl)
      expect(event.description).toContain(snapshot.organizations.find((o) => o.slug === training.provider)!.name)
      const url = event.component.getFirstPropertyValue('url')
      expect(url).toBe(`${site}${locale === 'es' ? '/es' : ''}/trainings/${training.slug}/`)
    }
  })

  it('leaves out sessions that ended before today', () => {
    const training = snapshot['training-programs'][0]
    const past = { ...training, sessions: [{ startDate: '2020-01-01', endDate: '2020-02-01' }] }
    const ics = trainingsCalendar({ ...source, trainingPrograms: [past] }, options('en'))
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(0)
  })

  it('is the same file on every build of the same snapshot', () => {
    expect(trainingsCalendar(source, options('en'))).toBe(trainingsCalendar(source, options('en')))
  })
})

describe('training feeds per region and worker type', () => {
  const trainingFacets = (): ListingFacet[] => [
    ...snapshot.regions.map((r) => ({ kind: 'region' as const, slug: r.slug })),
    ...snapshot['worker-types'].map((w) => ({ kind: 'worker-type' as const, slug: w.slug })),
  ]

  it('lists exactly the trainings of each region and worker type, in RSS, JSON Feed and the calendar', async () => {
    let nonEmpty = 0
    for (const facet of trainingFacets()) {
      const expected = snapshot['training-programs'].filter((t) => (facet.kind === 'region' ? t.regions : t.workerTypes).includes(facet.slug))
      if (expected.length && expected.length < snapshot['training-programs'].length) nonEmpty++
      const urls = expected.map((t) => `${site}/trainings/${t.slug}/`)
      const json = trainingsJsonFeed(source, options('en'), facet)
      expect(json.items.map((item) => item.url)).toEqual(urls)
      expect(json.home_page_url).toBe(`${site}/trainings/${facet.kind}/${facet.slug}/`)
      expect(json.feed_url).toBe(`${site}/trainings/${facet.kind}/${facet.slug}/feed.json`)
      expect(parseRss(await trainingsRss(source, options('en'), facet)).items.map((item) => item.link)).toEqual(urls)
      const events = new ICAL.Component(ICAL.parse(trainingsCalendar(source, options('en'), facet))).getAllSubcomponents('vevent')
      expect(events.map((vevent) => new ICAL.Event(vevent).uid)).toEqual(expected.flatMap((t) => trainingEvents(t, today).map(({ event }) => event.uid)))
    }
    expect(nonEmpty).toBeGreaterThan(3)
  })

  it('names the region or worker type in the feed title', () => {
    const region = snapshot['training-programs'][0].regions[0]
    const name = snapshot.regions.find((r) => r.slug === region)!.name
    expect(trainingsJsonFeed(source, options('en'), { kind: 'region', slug: region }).title).toContain(name.en)
    expect(trainingsJsonFeed(source, options('es'), { kind: 'region', slug: region }).title).toContain(name.es ?? name.en)
  })
})

describe('feed length', () => {
  it('an RSS or JSON feed holds the newest feedItemLimit jobs, or the first feedItemLimit trainings; iCalendar every meeting', async () => {
    const manyJobs = generateJobPostings(300, { today })
    const manyTrainings = generateTrainingPrograms(150, { today })
    const big: FeedSource = {
      ...source,
      jobPostings: manyJobs,
      trainingPrograms: manyTrainings,
      organizations: bySlug([...snapshot.organizations, ...demoOrganizations()]),
    }
    const open = feedJobs(manyJobs, today)
    expect(open.length).toBeGreaterThan(feedItemLimit)
    const newest = open.slice(0, feedItemLimit).map((job) => jobUrl('en', job.slug))
    expect(jobsJsonFeed(big, options('en')).items.map((item) => item.url)).toEqual(newest)
    expect(parseRss(await jobsRss(big, options('en'))).items.map((item) => item.link)).toEqual(newest)
    expect(trainingsJsonFeed(big, options('es')).items.map((item) => item.url)).toEqual(
      manyTrainings.slice(0, feedItemLimit).map((p) => `${site}/es/trainings/${p.slug}/`),
    )
    const events = manyTrainings.flatMap((p) => trainingEvents(p, today))
    expect(events.length).toBeGreaterThan(feedItemLimit)
    const ics = new ICAL.Component(ICAL.parse(trainingsCalendar(big, options('en'))))
    expect(ics.getAllSubcomponents('vevent')).toHaveLength(events.length)
  })
})

/**
 * Text staff type or a CSV brings in is text, in every feed: a reader must show exactly the
 * characters that were typed, and no markup, property or event may come out of them.
 *
 * RSS: the XML is read with a real parser, and an item's <description>, which readers take as
 * HTML, is then read with an HTML parser (happy-dom): it must hold text nodes only, whose text is
 * the summary. Titles and categories are plain text in RSS 2.0 (no HTML), so their XML-decoded
 * value is the text itself. JSON Feed has content_text and summary (plain text), never
 * content_html. iCalendar TEXT values must come back from ical.js as typed (line breaks as \n),
 * with no extra event or property.
 */
describe('hostile text in the feeds', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '</description><script>alert(1)</script>',
    'Benefits ]]> <b>bold</b> <![CDATA[x]]>',
    'Already escaped: &lt;b&gt;not bold&lt;/b&gt;',
    'Salud &amp; Bienestar, Tom & Jerry, &#60;i&#62; &copy',
    'Quotes "double" and \'single\' <a href="javascript:alert(1)">click</a>',
    '<!-- comment --> <style>body{display:none}</style> &',
  ]

  const xmlParser = new XMLParser({
    ignoreAttributes: false,
    trimValues: false,
    parseTagValue: false,
    isArray: (name) => name === 'item' || name === 'category',
  })

  let window: Window

  beforeAll(() => {
    window = new Window()
  })

  afterAll(async () => {
    await window.happyDOM.close()
  })

  /** What a reader shows for a string it renders as HTML; throws if any markup came through. */
  function htmlAsText(html: string): string {
    const page = `<!doctype html><html><body>${html}</body></html>`
    const doc = new window.DOMParser().parseFromString(page, 'text/html')
    const nodes = [...doc.body.childNodes]
    expect(nodes.map((node) => node.nodeName)).toEqual(nodes.map(() => '#text'))
    return doc.body.textContent ?? ''
  }

  /** RSS parsed with a real XML parser; it must be well-formed first. */
  function readRss(xml: string) {
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = xmlParser.parse(xml) as Rss
    return { channel: doc.rss.channel, items: (doc.rss.channel.item ?? []) as RssItem[] }
  }

  const esText = (value: string) => `${value} (es)`

  /** One open job per hostile string, newest first in `hostile` order, not an example listing. */
  function hostileJobs(): JobPosting[] {
    const model = feedJobs(jobs, today)[0]
    return hostile.map((text, i) => ({
      ...model,
      slug: `hostile-job-${i}`,
      title: { en: text, es: esText(text) },
      summary: { en: text, es: esText(text) },
      postedDate: `2026-11-${String(20 - i).padStart(2, '0')}`,
      closingDate: undefined,
      closed: false,
      example: false,
    }))
  }

  const hostileSession = {
    startDate: '2027-01-10',
    endDate: '2027-01-12',
    timeZone: 'America/Los_Angeles' as const,
    meetings: [{ date: '2027-01-10', startTime: '09:00', endTime: '12:00' }],
  }

  function hostileTrainings(): TrainingProgram[] {
    const model = snapshot['training-programs'].find((training) => upcomingSessionsOn(training, today).length > 0)!
    return hostile.map((text, i) => ({
      ...model,
      slug: `hostile-training-${i}`,
      title: { en: text, es: esText(text) },
      summary: { en: text, es: esText(text) },
      sessions: [{ ...hostileSession, schedule: { en: text, es: esText(text) } }],
      example: false,
    }))
  }

  const hostileSource = (): FeedSource => ({ ...source, jobPostings: hostileJobs(), trainingPrograms: hostileTrainings() })
  const expected = (locale: Locale) => hostile.map((text) => (locale === 'es' ? esText(text) : text))

  it.each(locales)('job RSS (%s), main and facet feeds: a reader sees each summary as typed, and no tag', async (locale) => {
    const hostileJob = hostileJobs()[0]
    const feeds = [undefined, { kind: 'region' as const, slug: hostileJob.location.region }, { kind: 'worker-type' as const, slug: hostileJob.workerTypes[0] }]
    for (const facet of feeds) {
      const { items } = readRss(await jobsRss(hostileSource(), options(locale), facet))
      expect(items.map((item) => item.link)).toEqual(hostile.map((_, i) => jobUrl(locale, `hostile-job-${i}`)))
      expect(items.map((item) => htmlAsText(item.description))).toEqual(expected(locale))
      // Decoded once, the description has no "<" at all: no HTML parser can find a tag in it.
      for (const item of items) expect(item.description).not.toContain('<')
      expect(items.map((item) => item.title)).toEqual(expected(locale))
    }
  })

  it.each(locales)('training RSS (%s): a reader sees each summary as the text typed, and no tag', async (locale) => {
    const { items } = readRss(await trainingsRss(hostileSource(), options(locale)))
    expect(items.map((item) => htmlAsText(item.description))).toEqual(expected(locale))
    for (const item of items) expect(item.description).not.toContain('<')
    expect(items.map((item) => item.title)).toEqual(expected(locale))
  })

  it.each(locales)('JSON Feeds (%s) carry the text as plain text (content_text, summary), never content_html', (locale) => {
    const feeds = [jobsJsonFeed(hostileSource(), options(locale)), trainingsJsonFeed(hostileSource(), options(locale))]
    for (const feed of feeds) {
      const parsed = JSON.parse(JSON.stringify(feed)) as JsonFeed
      expect(parsed.items.map((item) => item.title)).toEqual(expected(locale))
      expect(parsed.items.map((item) => item.summary)).toEqual(expected(locale))
      for (const [i, item] of parsed.items.entries()) {
        expect(Object.keys(item)).not.toContain('content_html')
        expect(item.content_text.startsWith(`${expected(locale)[i]}\n\n`)).toBe(true)
      }
    }
  })

  it('iCalendar keeps commas, semicolons, backslashes and line breaks as text: no property or event injected', () => {
    const injection =
      'Evil, title; with \\ backslash\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected\r\nSUMMARY:injected\n' + 'DTSTART:20270101\rATTACH:https://evil.example/x'
    const texts = [...hostile, injection]
    const trainings = texts.map((text, i) => ({
      ...hostileTrainings()[0],
      slug: `hostile-training-${i}`,
      title: { en: text },
      summary: { en: text },
    }))
    trainings[trainings.length - 1].sessions = [{ ...hostileSession, schedule: { en: injection } }]
    const ics = trainingsCalendar({ ...source, trainingPrograms: trainings }, options('en'))
    const calendar = new ICAL.Component(ICAL.parse(ics))
    const vevents = calendar.getAllSubcomponents('vevent')
    expect(vevents).toHaveLength(texts.length)
    const eventProperties = [...['uid', 'sequence', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'url', 'last-modified']].sort()
    // iCalendar TEXT has one kind of line break.
    const asRead = (text: string) => text.replace(/\r\n|\r/g, '\n')
    for (const [i, vevent] of vevents.entries()) {
      const event = new ICAL.Event(vevent)
      expect(event.uid).toBe(`hostile-training-${i}-2027-01-10T0900@chw-portal`)
      expect(event.summary).toBe(asRead(texts[i]))
      expect(event.description).toContain(asRead(texts[i]))
      expect(
        vevent
          .getAllProperties()
          .map((property) => property.name)
          .sort(),
      ).toEqual(eventProperties)
    }
    expect(calendar.getAllProperties().map((property) => property.name)).not.toContain('attach')
    // Unfolded, every content line is a property of its own: none starts with injected text, and
    // each SUMMARY is the title escaped as RFC 5545 (3.3.11) says.
    const contentLines = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean)
    const rfc5545Text = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n')
    expect(contentLines.filter((line) => line.startsWith('SUMMARY:'))).toEqual(texts.map((text) => `SUMMARY:${rfc5545Text(text)}`))
    expect(contentLines.filter((line) => /^(BEGIN|END):VEVENT$/.test(line))).toHaveLength(2 * texts.length)
    expect(contentLines.filter((line) => /^(UID:injected|SUMMARY:injected|DTSTART:2027|ATTACH)/.test(line))).toEqual([])
  })
})
