/**
 * Relevance: queries a CHW or an employer would type, in English and in Spanish, on either
 * language's search page, with typos, against the indexes built from the real seed content/ the way
 * the site builds them (buildSearchIndex, serialized and loaded as the browser loads them). Each
 * query names what must rank in the top 3: given items (by slug), or a property every one of the
 * top 3 must have. The seed listings are fictional examples; their slugs say their worker type
 * and region.
 */
import { describe, expect, it } from 'vitest'
import { isJobClosed, type Locale } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { buildSearchIndex, serializeSearchIndex } from '../site/lib/search/build-index.ts'
import type { Filters, SearchResponse } from '../site/lib/search/query.ts'
import { loadAllFiles, searchLoaded } from './helpers/search.ts'

const today = '2026-11-25'
const snapshot = await readSnapshot()
const indexes = {
  en: loadAllFiles(serializeSearchIndex(buildSearchIndex(snapshot, 'en', today))),
  es: loadAllFiles(serializeSearchIndex(buildSearchIndex(snapshot, 'es', today))),
}

const open = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
const jobsWhere = (keep: (job: (typeof open)[number]) => boolean) => new Set(open.filter(keep).map((j) => j.slug))
const partTime = jobsWhere((j) => j.employmentType === 'part-time')
const noDegree = jobsWhere((j) => !j.requirements.degreeRequired)
// The Framework's hiring area, whose first recommendation is not to require a degree, answers it too.
const noDegreeOrHiring = new Set([...noDegree, '#hiring'])
const remote = new Set([
  ...jobsWhere((j) => j.workMode === 'remote'),
  ...snapshot['training-programs'].filter((p) => p.regions.includes('national-remote')).map((p) => p.slug),
])
const inRegion = (region: string) =>
  new Set([...open.filter((j) => j.location.region === region), ...snapshot['training-programs'].filter((p) => p.regions.includes(region))].map((x) => x.slug))
const titled = (pattern: RegExp) =>
  new Set([...open, ...snapshot['training-programs'], ...snapshot.toolkits].filter((x) => pattern.test(x.title.en)).map((x) => x.slug))

/** The slug of a result (`/es/jobs/x/` → `x`), or the framework area (`/framework/#hiring` → `#hiring`). */
const slugOf = (url: string) => (url.includes('#') ? `#${url.split('#')[1]}` : (url.split('/').filter(Boolean).at(-1) ?? ''))

type Case = {
  locale: Locale
  q: string
  /** Items that must each be in the top 3. */
  top?: string[]
  /** A set every one of the top 3 must belong to. */
  every?: Set<string>
  /** A set one of the top 3 at least must belong to. */
  some?: Set<string>
  /** A filter that must be offered. */
  offers?: Filters
  /** No result has every word: the best partial matches. */
  partial?: true
}

const cases: Case[] = [
  // A CHW looking for work.
  { locale: 'en', q: 'promotora jobs sonoma', every: inRegion('sonoma-county'), partial: true, offers: { region: 'sonoma-county', type: 'job' } },
  { locale: 'es', q: 'trabajo medio tiempo', every: partTime, offers: { employmentType: 'part-time' } },
  { locale: 'en', q: 'part time', every: partTime, offers: { employmentType: 'part-time' } },
  { locale: 'en', q: 'no degree', every: noDegreeOrHiring, offers: { noDegree: 'yes' } },
  { locale: 'es', q: 'sin título', every: noDegreeOrHiring, offers: { noDegree: 'yes' } },
  { locale: 'en', q: 'sin titulo', some: noDegree, offers: { noDegree: 'yes' } },
  { locale: 'en', q: 'remote', every: remote, offers: { mode: 'remote' } },
  { locale: 'es', q: 'remoto', every: remote, offers: { mode: 'remote' } },
  { locale: 'en', q: 'navegador de pacientes', every: titled(/Patient Navigat/) },
  { locale: 'es', q: 'navegador de pacientes', every: titled(/Patient Navigat/) },
  { locale: 'es', q: 'salud mental', top: ['example-peer-support-specialist-los-angeles-county-0012', 'example-behavioral-health-basics-solano-county-0014'] },
  { locale: 'en', q: 'mental health', top: ['example-peer-support-specialist-los-angeles-county-0012', 'example-behavioral-health-basics-solano-county-0014'] },
  { locale: 'en', q: 'diabetes prevention jobs', every: titled(/Diabetes Prevention/) },
  { locale: 'es', q: 'prevención de la diabetes', every: titled(/Diabetes Prevention/) },
  { locale: 'en', q: 'cancer screening navigator', every: titled(/Cancer Screening/) },
  { locale: 'en', q: 'visitas al hogar', top: ['example-home-visiting-skills-los-angeles-county-0017'], every: titled(/Home Visit/) },
  // "Nueva York" is the state's Spanish name (the city is "Ciudad de Nueva York"): the state is offered.
  { locale: 'en', q: 'nueva york', every: inRegion('new-york-city'), offers: { state: 'NY' } },
  // Trainings.
  { locale: 'es', q: 'capacitación doula', top: ['example-community-doula-training-massachusetts-statewide-0007'] },
  { locale: 'en', q: 'capacitación doula', top: ['example-community-doula-training-massachusetts-statewide-0007'] },
  { locale: 'en', q: 'capacitación', top: ['example-community-doula-training-massachusetts-statewide-0007'] },
  { locale: 'es', q: 'training', top: ['example-community-doula-training-massachusetts-statewide-0007'] },
  { locale: 'en', q: 'patient navigator training online', top: ['example-motivational-interviewing-napa-county-0010'], offers: { mode: 'online' } },
  {
    locale: 'en',
    q: 'community health worker certification',
    top: ['example-thw-continuing-education-lane-county-0002', 'example-chw-core-skills-fresno-county-0006'],
    offers: { certified: 'yes' },
  },
  { locale: 'es', q: 'certificación', top: ['example-thw-continuing-education-lane-county-0002', 'example-chw-core-skills-fresno-county-0006'] },
  { locale: 'es', q: 'promotores de salud', top: ['example-promotores-foundations-solano-county-0001'] },
  { locale: 'en', q: 'oregon thw', top: ['hiring-a-thw-liaison-oregon'], offers: { state: 'OR' } },
  { locale: 'en', q: 'peer support specialist training', top: ['example-peer-support-specialist-training-national-remote-0003'] },
  { locale: 'en', q: 'apoyo entre pares', every: titled(/Peer Support/) },
  { locale: 'en', q: 'entrevista motivacional', top: ['example-motivational-interviewing-napa-county-0010'] },
  { locale: 'en', q: 'trauma informed care', top: ['example-trauma-informed-care-los-angeles-county-0004'] },
  { locale: 'es', q: 'salud bucal', top: ['example-oral-health-for-chws-national-remote-0016'] },
  { locale: 'es', q: 'vietnamita', top: ['example-community-doula-training-massachusetts-statewide-0007'] },
  // Typos.
  { locale: 'en', q: 'comunity helth', every: titled(/Community Health/) },
  { locale: 'es', q: 'capacitasion', top: ['example-community-doula-training-massachusetts-statewide-0007'] },
  { locale: 'en', q: 'diabetis', every: titled(/Diabetes/) },
  { locale: 'es', q: 'navigater', every: titled(/Patient Navigat/) },
  { locale: 'en', q: 'oral helth', top: ['example-oral-health-for-chws-national-remote-0016'] },
  { locale: 'en', q: 'motivasional interviewing', top: ['example-motivational-interviewing-napa-county-0010'] },
  { locale: 'es', q: 'facturasion', top: ['example-documentation-and-billing-california-statewide-0011'] },
  // An employer.
  { locale: 'en', q: 'pay and benefits', top: ['#pay-and-benefits'] },
  { locale: 'es', q: 'salario y prestaciones', top: ['#pay-and-benefits'] },
  { locale: 'en', q: 'hiring chws', top: ['#hiring'] },
  { locale: 'es', q: 'contratación', top: ['#hiring'] },
  { locale: 'en', q: 'medi-cal', top: ['designing-and-financing-chw-programs-medi-cal'] },
  { locale: 'es', q: 'financiar programas medi-cal', top: ['designing-and-financing-chw-programs-medi-cal'] },
  { locale: 'en', q: 'supervising chws', top: ['example-supervising-chws-oregon-statewide-0012'] },
  { locale: 'es', q: 'integrar pares', top: ['peer-and-chw-workforce-integration'] },
  { locale: 'en', q: 'billing chw services', top: ['example-documentation-and-billing-california-statewide-0011'] },
  { locale: 'en', q: 'recruitment', top: ['#recruitment'] },
  { locale: 'es', q: 'reclutamiento', top: ['#recruitment'] },
]

const run = (c: Case): SearchResponse => searchLoaded(indexes[c.locale], c.q)

describe('relevance on the seed content', () => {
  it('has at least 30 queries, in both languages, with typos', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
    expect(cases.filter((c) => c.locale === 'es').length).toBeGreaterThanOrEqual(10)
    expect(cases.filter((c) => c.locale === 'en').length).toBeGreaterThanOrEqual(10)
  })

  it.each(cases.map((c) => [`${c.locale}: ${c.q}`, c] as const))('%s', (_, c) => {
    const response = run(c)
    const top3 = response.results.slice(0, 3).map((r) => slugOf(r.url))
    const shown = response.results
      .slice(0, 5)
      .map((r) => `${slugOf(r.url)} (${r.score})`)
      .join(', ')
    expect(top3.length, `nothing found; top: ${shown}`).toBeGreaterThan(0)
    for (const slug of c.top ?? []) expect(top3, `"${c.q}" top 5: ${shown}`).toContain(slug)
    if (c.every) for (const slug of top3) expect(c.every.has(slug), `"${c.q}": ${slug} in the top 3; top 5: ${shown}`).toBe(true)
    if (c.some)
      expect(
        top3.some((slug) => c.some?.has(slug)),
        `"${c.q}" top 5: ${shown}`,
      ).toBe(true)
    for (const [facet, value] of Object.entries(c.offers ?? {})) {
      expect(
        response.offers.map((o) => `${o.facet}=${o.value}`),
        c.q,
      ).toContain(`${facet}=${value}`)
    }
    expect(response.partial, c.q).toBe(c.partial === true)
    // Results are in the page's language.
    for (const r of response.results) expect(r.url.startsWith('/es/'), r.url).toBe(c.locale === 'es')
  })
})
