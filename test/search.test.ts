/**
 * The search index and queries, on the real snapshot: what is indexed, both languages in each
 * index, Spanish stemming and accents, stop words, prefix matching as you type, typo tolerance,
 * partial matches, filter words, ranking and facets.
 */
import { describe, expect, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { buildSearchIndex, fieldBoosts, serializeSearchIndex } from '../site/lib/search/build-index.ts'
import { highlight } from '../site/lib/search/query.ts'
import { removeWords } from '../site/lib/search/text.ts'
import { withinEdits } from '../site/lib/search/typos.ts'
import { loadAllFiles, searchLoaded as search } from './helpers/search.ts'

const today = '2026-11-25'
const snapshot = await readSnapshot()
// Through JSON, as the browser gets it.
const roundTrip = (locale: 'en' | 'es') => loadAllFiles(serializeSearchIndex(buildSearchIndex(snapshot, locale, today)))
const en = roundTrip('en')
const es = roundTrip('es')
const roundTripEn = en
const roundTripEs = es

describe('the index', () => {
  const file = buildSearchIndex(snapshot, 'en', today)
  const types = en.type

  it('holds open jobs, all trainings, toolkits and the framework areas, and no closed job', () => {
    const urls = file.rows.flat().map((row) => row[0])
    const open = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
    const closed = snapshot['job-postings'].filter((j) => isJobClosed(j, today))
    for (const job of open) expect(urls).toContain(`/jobs/${job.slug}/`)
    for (const job of closed) expect(urls).not.toContain(`/jobs/${job.slug}/`)
    const count = (type: number) => types.filter((t) => t === type).length
    expect(urls.length).toBe(types.length)
    expect(count(1)).toBe(snapshot['training-programs'].length)
    expect(count(2)).toBe(snapshot.toolkits.length)
    expect(count(3)).toBe(8)
  })

  it("indexes title, organization, tags and summary, title boosted most, and the other language's below its own", () => {
    expect(file.root.fields).toEqual(['title', 'organization', 'tags', 'summary', 'title_', 'tags_', 'summary_'])
    expect(Math.max(...Object.values(fieldBoosts))).toBe(fieldBoosts.title)
    expect(fieldBoosts.title_).toBeLessThan(fieldBoosts.title)
    expect(fieldBoosts.tags_).toBeLessThan(fieldBoosts.tags)
    expect(fieldBoosts.summary_).toBeLessThan(fieldBoosts.summary)
  })

  it('has a content-hashed name that changes with the content', () => {
    const [a] = serializeSearchIndex(file)
    expect(a.name).toMatch(/^en\.[0-9a-f]{10}\.json$/)
    const fewer = { ...snapshot, 'training-programs': snapshot['training-programs'].slice(1) }
    expect(serializeSearchIndex(buildSearchIndex(fewer, 'en', today))[0].name).not.toBe(a.name)
    expect(serializeSearchIndex(buildSearchIndex(snapshot, 'en', today))[0].name).toBe(a.name)
  })
})

describe('queries', () => {
  it('finds doula trainings by "doula"', () => {
    const { results } = search(en, 'doula', { type: 'training' })
    expect(results.length).toBeGreaterThan(0)
    const doulaTrainings = snapshot['training-programs'].filter((p) => p.workerTypes.includes('doula'))
    for (const p of doulaTrainings) expect(results.map((r) => r.url)).toContain(`/trainings/${p.slug}/`)
  })

  it('matches the last word as a prefix while typing', () => {
    expect(search(en, 'comm').total).toBeGreaterThan(0)
    expect(search(en, 'navig').results.some((r) => /navigat/i.test(r.title))).toBe(true)
  })

  it('tolerates typos when exact words find little: "comunity", "capacitacion"', () => {
    const typo = search(en, 'comunity')
    expect(typo.fuzzy).toBe(true)
    expect(typo.results.some((r) => /community/i.test(r.title))).toBe(true)
    const accent = search(es, 'capacitacion')
    expect(accent.total).toBeGreaterThan(0)
    expect(accent.results.some((r) => /capacitaci[oó]n/i.test(r.title + r.summary))).toBe(true)
  })

  it('stems Spanish: "trabajo" finds "trabajos" and "trabajador"', () => {
    expect(search(es, 'trabajo').total).toBeGreaterThan(0)
    expect(search(es, 'promotores').results.some((r) => /promotor/i.test(r.title + r.summary))).toBe(true)
  })

  it('requires every word', () => {
    const both = search(en, 'doula sonoma')
    const doula = search(en, 'doula')
    expect(both.total).toBeLessThan(doula.total)
  })

  it('ranks title matches first', () => {
    const { results } = search(en, 'navigator')
    expect(results[0].title).toMatch(/navigat/i)
  })

  it('filters by facet and counts each facet within the query', () => {
    const all = search(en, '')
    const region = all.facets.region.find(([slug]) => slug === 'sonoma-county')
    expect(region?.[1]).toBeGreaterThan(0)
    const narrowed = search(en, '', { region: 'sonoma-county' })
    expect(narrowed.total).toBe(region?.[1])
    // The region facet still offers the other regions while one is chosen.
    expect(narrowed.facets.region.length).toBe(all.facets.region.length)
  })
})

describe('both languages', () => {
  const trainingUrl = (slug: string) => `/trainings/${slug}/`
  const doulaTraining = snapshot['training-programs'].find((p) => p.title.en === 'Community Doula Training')

  it("finds items by their other language's words, and shows them in the page's language", () => {
    expect(doulaTraining?.title.es).toMatch(/Capacitación/)
    const en = search(roundTripEn, 'capacitación doula')
    expect(en.results[0].url).toBe(trainingUrl(doulaTraining?.slug ?? ''))
    expect(en.results[0].title).toBe(doulaTraining?.title.en)
    const es = search(roundTripEs, 'training')
    expect(es.total).toBeGreaterThan(0)
    expect(es.results.map((r) => r.url)).toContain(`/es${trainingUrl(doulaTraining?.slug ?? '')}`)
    for (const r of es.results) expect(r.url).toMatch(/^\/es\//)
    expect(es.results.find((r) => r.url.endsWith(`${doulaTraining?.slug}/`))?.title).toBe(doulaTraining?.title.es)
  })

  it("ranks a match in the page's language above the same match in the other language", () => {
    const [a, b] = snapshot['training-programs']
    const twoTitles: typeof snapshot = {
      ...snapshot,
      'training-programs': [
        { ...a, title: { en: `Zorblat ${a.title.en}`, es: a.title.es } },
        { ...b, title: { en: b.title.en, es: `Zorblat ${b.title.es}` } },
        ...snapshot['training-programs'].slice(2),
      ],
    }
    const build = (locale: 'en' | 'es') => loadAllFiles(serializeSearchIndex(buildSearchIndex(twoTitles, locale, today)))
    const onEnglish = search(build('en'), 'zorblat').results.map((r) => r.url)
    const onSpanish = search(build('es'), 'zorblat').results.map((r) => r.url)
    expect(onEnglish).toEqual([trainingUrl(a.slug), trainingUrl(b.slug)])
    expect(onSpanish).toEqual([`/es${trainingUrl(b.slug)}`, `/es${trainingUrl(a.slug)}`])
  })

  it('stems Spanish "-ción" whether typed with its accent or not', () => {
    const urls = (q: string) =>
      search(roundTripEs, q, {}, 1000)
        .results.map((r) => r.url)
        .sort()
    expect(urls('capacitación').length).toBeGreaterThan(0)
    expect(urls('capacitacion')).toEqual(urls('capacitación'))
    expect(urls('capacitaciones')).toEqual(urls('capacitación'))
  })
})

describe('stop words, partial matches and filter words', () => {
  it('never lets a stop word empty the results', () => {
    const withAnd = search(roundTripEn, 'pay and benefits')
    expect(withAnd.total).toBeGreaterThan(0)
    expect(withAnd.total).toBe(search(roundTripEn, 'pay benefits').total)
    const withDe = search(roundTripEs, 'navegador de pacientes')
    expect(withDe.total).toBeGreaterThan(0)
    expect(withDe.total).toBe(search(roundTripEs, 'navegador pacientes').total)
    expect(withDe.terms).toEqual(['navegador', 'pacientes'])
    // A query of stop words only still searches for them.
    expect(search(roundTripEn, 'de').total).toBeGreaterThan(0)
  })

  it('shows the best partial matches, marked, when no result has every word', () => {
    const partial = search(roundTripEn, 'doula xyzzy')
    expect(partial.partial).toBe(true)
    expect(partial.total).toBe(search(roundTripEn, 'doula').total)
    const mixed = search(roundTripEn, 'doula sonoma xyzzy')
    expect(mixed.partial).toBe(true)
    // Results with two of the words come before results with one.
    const both = new Set(search(roundTripEn, 'doula sonoma').results.map((r) => r.url))
    expect(both.size).toBeGreaterThan(0)
    expect(new Set(mixed.results.slice(0, both.size).map((r) => r.url))).toEqual(both)
    expect(search(roundTripEn, 'doula sonoma').partial).toBe(false)
    expect(search(roundTripEn, 'xyzzy qwertz').total).toBe(0)
  })

  it("offers the filters a query's words name, in either language", () => {
    const offers = (index: typeof roundTripEn, q: string, filters = {}) => search(index, q, filters).offers.map(({ facet, value }) => `${facet}=${value}`)
    expect(offers(roundTripEn, 'no degree')).toEqual(['noDegree=yes'])
    expect(offers(roundTripEn, 'sin título')).toEqual(['noDegree=yes'])
    expect(offers(roundTripEs, 'sin titulo')).toEqual(['noDegree=yes'])
    expect(offers(roundTripEn, 'remote')).toEqual(['mode=remote'])
    expect(offers(roundTripEs, 'remoto')).toEqual(['mode=remote'])
    expect(offers(roundTripEn, 'part time')).toEqual(['employmentType=part-time'])
    expect(offers(roundTripEs, 'trabajo medio tiempo')).toEqual(['type=job', 'employmentType=part-time'])
    expect(offers(roundTripEn, 'doula oregon')).toEqual(['state=OR'])
    expect(offers(roundTripEs, 'Oregón')).toEqual(['state=OR'])
    expect(offers(roundTripEn, 'promotora sonoma')).toEqual(['region=sonoma-county'])
    expect(offers(roundTripEn, 'doula')).toEqual([])
    // Not offered once chosen.
    expect(offers(roundTripEn, 'no degree', { noDegree: 'yes' })).toEqual([])
    // Where the offer's words are, to take them out of the query when it is applied.
    const [offer] = search(roundTripEn, 'doula, no degree!').offers
    expect(removeWords('doula, no degree!', offer.from, offer.to)).toBe('doula')
    expect(removeWords('Sin título promotora', 0, 2)).toBe('promotora')
  })

  it('knows the states from the statewide regions, and filters by state', () => {
    expect(roundTripEn.labels.state).toMatchObject({ OR: 'Oregon', CA: 'California', MA: 'Massachusetts' })
    expect(roundTripEs.labels.state.OR).toBe('Oregón')
    const oregonRegions = new Set(snapshot.regions.filter((r) => r.state === 'OR').map((r) => r.slug))
    const inOregon = [
      ...snapshot['job-postings'].filter((j) => !isJobClosed(j, today) && oregonRegions.has(j.location.region)).map((j) => `/jobs/${j.slug}/`),
      ...snapshot['training-programs'].filter((p) => p.regions.some((r) => oregonRegions.has(r))).map((p) => `/trainings/${p.slug}/`),
    ].sort()
    expect(inOregon.length).toBeGreaterThan(2)
    expect(
      search(roundTripEn, '', { state: 'OR' }, 1000)
        .results.map((r) => r.url)
        .sort(),
    ).toEqual(inOregon)
    // The state's name finds them too.
    const byName = search(roundTripEn, 'oregon', {}, 1000).results.map((r) => r.url)
    for (const url of inOregon) expect(byName).toContain(url)
  })

  it('tolerates a misspelt ending the stemmer could not cut: "capacitasion"', () => {
    expect(withinEdits('capacitasion', 'capacit', 1)).toBe(false)
    expect(withinEdits('capacitasion', 'capacit', 1, 6)).toBe(true)
    const typo = search(roundTripEs, 'capacitasion')
    expect(typo.fuzzy).toBe(true)
    expect(typo.results.slice(0, 3).some((r) => /capacitaci[oó]n/i.test(r.title))).toBe(true)
  })
})

describe("the listings' facets (so a paginated listing can hand every filter to search)", () => {
  const open = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
  const trainings = snapshot['training-programs']
  const urls = (filters: Record<string, string>) =>
    search(en, '', filters, 10_000)
      .results.map((r) => r.url)
      .sort()
  const jobUrls = (list: typeof open) => list.map((j) => `/jobs/${j.slug}/`).sort()
  const trainingUrls = (list: typeof trainings) => list.map((p) => `/trainings/${p.slug}/`).sort()
  const hourly = (pay: (typeof open)[number]['pay']) => pay.min * { hour: 1, month: 12 / 2080, year: 1 / 2080 }[pay.unit]

  it('jobs: employment type, no degree required, minimum pay per hour', () => {
    const partTime = open.filter((j) => j.employmentType === 'part-time')
    expect(partTime.length).toBeGreaterThan(0)
    expect(urls({ type: 'job', employmentType: 'part-time' })).toEqual(jobUrls(partTime))
    const noDegree = open.filter((j) => !j.requirements.degreeRequired)
    expect(noDegree.length).toBeGreaterThan(0)
    expect(noDegree.length).toBeLessThan(open.length)
    expect(urls({ noDegree: 'yes' })).toEqual(jobUrls(noDegree))
    const pays = open.map((j) => hourly(j.pay)).sort((a, b) => a - b)
    const median = Math.ceil(pays[Math.floor(pays.length / 2)])
    const paid = open.filter((j) => hourly(j.pay) >= median - 0.005)
    expect(paid.length).toBeGreaterThan(0)
    expect(paid.length).toBeLessThan(open.length)
    expect(urls({ pay: String(median) })).toEqual(jobUrls(paid))
    // Combined, and counted within the other filters.
    const both = search(en, '', { noDegree: 'yes', employmentType: 'full-time' })
    expect(both.total).toBe(noDegree.filter((j) => j.employmentType === 'full-time').length)
    expect(both.facets.noDegree).toEqual([['yes', open.filter((j) => j.employmentType === 'full-time' && !j.requirements.degreeRequired).length]])
  })

  it('trainings: stipend offered, approved for certification', () => {
    const stipend = trainings.filter((p) => p.cost.stipendOffered)
    const certified = trainings.filter((p) => p.certification.approved)
    for (const list of [stipend, certified]) {
      expect(list.length).toBeGreaterThan(0)
      expect(list.length).toBeLessThan(trainings.length)
    }
    expect(urls({ type: 'training', stipend: 'yes' })).toEqual(trainingUrls(stipend))
    expect(urls({ certified: 'yes' })).toEqual(trainingUrls(certified))
    expect(search(en, '', { type: 'training' }).facets.certified).toEqual([['yes', certified.length]])
  })
})

describe('highlight', () => {
  it('marks words that start with a query word, ignoring accents', () => {
    const parts = highlight('Capacitación para promotores', ['capacitacion'])
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Capacitación'])
    expect(parts.map((p) => p.text).join('')).toBe('Capacitación para promotores')
  })
})
