/**
 * The search index and queries, on the real snapshot: what is indexed, Spanish stemming and
 * accents, prefix matching as you type, typo tolerance, ranking and facets.
 */
import { describe, expect, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { buildSearchIndex, fieldBoosts, serializeSearchIndex } from '../site/lib/search/build-index.ts'
import { highlight } from '../site/lib/search/query.ts'
import { loadAllFiles, searchLoaded as search } from './helpers/search.ts'

const today = '2026-11-25'
const snapshot = await readSnapshot()
// Through JSON, as the browser gets it.
const roundTrip = (locale: 'en' | 'es') => loadAllFiles(serializeSearchIndex(buildSearchIndex(snapshot, locale, today)))
const en = roundTrip('en')
const es = roundTrip('es')

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

  it('indexes title, organization, tags and summary, title boosted most, and the other language\'s below its own', () => {
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

describe('the listings\' facets (so a paginated listing can hand every filter to search)', () => {
  const open = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
  const trainings = snapshot['training-programs']
  const urls = (filters: Record<string, string>) => search(en, '', filters, 10_000).results.map((r) => r.url).sort()
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
