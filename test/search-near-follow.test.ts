/**
 * Near me and "Follow this search" on the search page, without a browser, on the real snapshot:
 * near me keeps the jobs and trainings within the radius, nearest first with whole miles, lists
 * remote and online ones apart, counts facets over what it shows, and its places file is fetched
 * only when near me is used; a search's query and filters become exactly the listing search the
 * CMS's feeds and alerts take, or say why they cannot.
 */
import { describe, expect, it } from 'vitest'
import { type ListingKind, parseListingSearch } from '../content/listingSearch.ts'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { milesBetween } from '../site/lib/geo/distance.ts'
import { jobPlace, trainingPlace } from '../site/lib/geo/listing-places.ts'
import { zipPoint } from '../site/lib/geo/places.ts'
import { buildSearchIndex, serializeSearchIndex } from '../site/lib/search/build-index.ts'
import { followSearch } from '../site/lib/search/follow.ts'
import { followNames } from '../site/lib/search/follow-names.ts'
import { isMissing, loadSearchIndex, type Near, search, searchLoading } from '../site/lib/search/query.ts'
import { loadAllFiles } from './helpers/search.ts'

const today = '2026-11-25'
const snapshot = await readSnapshot()
const openJobs = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
const files = serializeSearchIndex(buildSearchIndex(snapshot, 'en', today))
const index = loadAllFiles(files)
const eugene: Near = { point: zipPoint('97401')!, radius: 25 }

function answer(q: string, filters = {}, near?: Near) {
  const response = search(index, q, filters, Infinity, near)
  if (isMissing(response)) throw new Error(`missing ${response.missing}`)
  return response
}

/** Every job and training with its place, as the listings' near me sees them. */
const listings = [
  ...openJobs.map((j) => ({ url: `/jobs/${j.slug}/`, place: jobPlace(j) })),
  ...snapshot['training-programs'].map((p) => ({ url: `/trainings/${p.slug}/`, place: trainingPlace(p) })),
]

describe('near me in search', () => {
  it('keeps what lies within the radius, nearest first with whole miles; remote and online apart', () => {
    const response = answer('', {}, eugene)
    const within = listings
      .flatMap((l) => ('point' in l.place ? [{ url: l.url, miles: milesBetween(eugene.point, l.place.point) }] : []))
      .filter((l) => l.miles <= 25)
    expect(within.length).toBeGreaterThan(0)
    expect(response.total).toBe(within.length)
    expect(new Set(response.results.map((r) => r.url))).toEqual(new Set(within.map((l) => l.url)))
    const miles = response.results.map((r) => r.miles!)
    expect(miles).toEqual([...miles].sort((a, b) => a - b))
    for (const r of response.results) expect(r.miles).toBe(Math.round(within.find((l) => l.url === r.url)!.miles))
    const remote = listings.filter((l) => 'remote' in l.place).map((l) => l.url)
    expect(remote.length).toBeGreaterThan(0)
    expect(new Set(response.near!.remote.map((r) => r.url))).toEqual(new Set(remote))
    expect(response.near!.remoteTotal).toBe(remote.length)
    for (const r of response.near!.remote) expect(r.miles).toBeUndefined()
    // Toolkits and the framework have no place: not shown, not counted.
    expect(response.facets.type.map(([type]) => type).sort()).toEqual(['job', 'training'])
  })

  it('applies the words and the filters too, and a wider radius takes in more', () => {
    const jobs = answer('', { type: 'job' }, eugene)
    expect(jobs.results.every((r) => r.type === 'job')).toBe(true)
    expect(jobs.near!.remote.every((r) => r.type === 'job')).toBe(true)
    const wider = answer('', { type: 'job' }, { ...eugene, radius: 100 })
    expect(wider.total).toBeGreaterThan(jobs.total)
    const words = answer('health', {}, { ...eugene, radius: 100 })
    const plain = new Set(answer('health').results.map((r) => r.url))
    for (const r of [...words.results, ...words.near!.remote]) expect(plain.has(r.url)).toBe(true)
  })

  it('fetches the places file only when near me is used', async () => {
    const byName = new Map(files.map((f) => [f.name, f.json]))
    const fetched: string[] = []
    const cold = loadSearchIndex(JSON.parse(files[0]!.json))
    const load = async (names: string[]) => {
      fetched.push(...names)
      return names.map((name) => JSON.parse(byName.get(name)!))
    }
    await searchLoading(cold, load, 'doula')
    expect(fetched).not.toContain(cold.root.places)
    expect(await searchLoading(cold, load, 'doula', {}, 50, eugene)).toEqual(search(index, 'doula', {}, 50, eugene))
    expect(fetched).toContain(cold.root.places)
  })
})

describe('following a search', () => {
  const names = followNames()
  const region = openJobs[0]!.location.region

  it('needs jobs or trainings chosen', () => {
    expect(followSearch('doula', {}, false, names)).toEqual({ ok: false, needsType: true })
    expect(followSearch('doula', { type: 'toolkit' }, false, names)).toEqual({ ok: false, needsType: true })
  })

  it.each([
    ['jobs', 'job', { region, state: 'CA', workerType: 'chw', mode: 'remote', employmentType: 'full-time', pay: '22', noDegree: 'yes' }],
    ['trainings', 'training', { region, state: 'CA', workerType: 'chw', language: 'es', mode: 'online', cost: 'free', stipend: 'yes', certified: 'yes' }],
  ] as const)('%s: the words and every filter, under the listing search names the CMS reads', (kind, type, filters) => {
    const follow = followSearch('  peer support ', { type, ...filters }, false, names)
    expect(follow.ok).toBe(true)
    if (!follow.ok) return
    expect(follow.kind).toBe(kind)
    expect(follow.params.get('q')).toBe('peer support')
    const parsed = parseListingSearch(kind as ListingKind, follow.params)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(Object.keys(parsed.search.filters).length).toBe(Object.keys(filters).length)
    expect([...follow.params.keys()][0]).toBe('q')
  })

  it('names what a feed cannot carry instead of dropping it', () => {
    expect(followSearch('', { type: 'job', state: 'CA', cost: 'free' }, true, names)).toEqual({
      ok: false,
      kind: 'jobs',
      unsupported: ['cost', 'near'],
    })
    expect(followSearch('x'.repeat(101), { type: 'training' }, false, names)).toEqual({ ok: false, kind: 'trainings', unsupported: ['q'] })
    expect(followSearch('', { type: 'job', pay: '22.555' }, false, names)).toEqual({ ok: false, kind: 'jobs', unsupported: ['pay'] })
  })
})
