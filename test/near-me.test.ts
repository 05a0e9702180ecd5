/**
 * Near me without a browser: distances, reading what a CHW types, the offline ZIP and city lookup,
 * each listing's place from its ZIP or city, the order and radius filter, and regions under states.
 */
import { describe, expect, it } from 'vitest'
import type { JobPosting, TrainingProgram } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { milesBetween, roundPoint } from '../site/lib/geo/distance.ts'
import { jobPlace, placeAttribute, trainingPlace } from '../site/lib/geo/listing-places.ts'
import { nearOrder, readPlace } from '../site/lib/geo/near-order.ts'
import { cityKey, parsePlace, placeFile, placeKey } from '../site/lib/geo/place-names.ts'
import { cityFiles, cityPoint, zipFiles, zipPoint } from '../site/lib/geo/places.ts'
import { regionGroups } from '../site/lib/geo/region-groups.ts'

const eugene = { lat: 44.05, lon: -123.09 }
const portland = { lat: 45.52, lon: -122.68 }

describe('distance', () => {
  it('is the great-circle distance in miles, the same both ways', () => {
    // Eugene to Portland, Oregon: about 106 miles as the crow flies.
    expect(milesBetween(eugene, portland)).toBeGreaterThan(100)
    expect(milesBetween(eugene, portland)).toBeLessThan(110)
    expect(milesBetween(portland, eugene)).toBeCloseTo(milesBetween(eugene, portland), 9)
    expect(milesBetween(eugene, eugene)).toBe(0)
    // New York to Los Angeles: about 2,450 miles.
    expect(milesBetween({ lat: 40.71, lon: -74.01 }, { lat: 34.05, lon: -118.24 })).toBeCloseTo(2446, -1)
  })

  it('keeps two decimals of a point', () => {
    expect(roundPoint({ lat: 44.04621, lon: -123.02199 })).toEqual({ lat: 44.05, lon: -123.02 })
  })
})

describe('what a CHW types', () => {
  it('reads a ZIP (ZIP+4 too), or a city with a two-letter state', () => {
    expect(parsePlace(' 97401 ')).toEqual({ zip: '97401' })
    expect(parsePlace('97401-1234')).toEqual({ zip: '97401' })
    expect(parsePlace('Eugene, OR')).toEqual({ city: 'Eugene', state: 'OR' })
    expect(parsePlace('santa rosa ca')).toEqual({ city: 'santa rosa', state: 'CA' })
    expect(parsePlace('Cañon City, co.')).toEqual({ city: 'Cañon City', state: 'CO' })
    for (const unreadable of ['', '9740', '974011', 'Eugene', 'OR', '12 34']) expect(parsePlace(unreadable), unreadable).toBeUndefined()
  })

  it('looks a city up without case, accents or punctuation, St as Saint', () => {
    expect(cityKey('  Cañon  City ')).toBe('canon city')
    expect(cityKey('St. Paul')).toBe('saint paul')
    expect(cityKey("Coeur d'Alene")).toBe('coeur d alene')
  })

  it('names the one small file a query needs', () => {
    expect(placeFile({ zip: '97401' })).toBe('zip/974.json')
    expect(placeFile({ city: 'Eugene', state: 'OR' })).toBe('city/or.json')
    expect(placeKey({ city: 'St Paul', state: 'MN' })).toBe('saint paul')
  })
})

describe('the offline ZIP and city data', () => {
  it('places ZIPs and cities, and knows no ZIP 00000', () => {
    expect(milesBetween(zipPoint('97401')!, eugene)).toBeLessThan(5)
    expect(milesBetween(cityPoint('eugene', 'OR')!, eugene)).toBeLessThan(5)
    expect(milesBetween(cityPoint('Saint Paul', 'MN')!, cityPoint('St. Paul', 'MN')!)).toBe(0)
    // Springfield, Oregon and Springfield, Massachusetts are different places.
    expect(milesBetween(cityPoint('Springfield', 'OR')!, cityPoint('Springfield', 'MA')!)).toBeGreaterThan(2000)
    expect(zipPoint('00000')).toBeUndefined()
    expect(cityPoint('Eugene', 'CA')).toBeUndefined()
    expect(cityPoint('Queens', 'NY')).toBeUndefined()
  })

  it('splits the lookup into one file per ZIP prefix and per state, with the same points', () => {
    const zips = zipFiles()
    const cities = cityFiles()
    expect(zips.get('974')?.['97401']).toEqual([zipPoint('97401')!.lat, zipPoint('97401')!.lon])
    expect(zips.get('000')).toBeUndefined()
    expect(Object.keys(zips.get('974')!).every((zip) => zip.startsWith('974'))).toBe(true)
    expect(cities.get('or')?.eugene).toEqual([cityPoint('Eugene', 'OR')!.lat, cityPoint('Eugene', 'OR')!.lon])
    expect(cities.get('dc')?.washington).toBeDefined()
    // Every state and DC has its file; military mail codes have none.
    expect(cities.size).toBeGreaterThanOrEqual(51)
    expect(cities.has('ae')).toBe(false)
  })
})

describe('where a listing is', async () => {
  const snapshot = await readSnapshot()
  const job = (slug: string) => snapshot['job-postings'].find((j) => j.slug.includes(slug))!
  const training = (pred: (t: TrainingProgram) => boolean) => snapshot['training-programs'].find(pred)!

  it('comes from the ZIP when there is one, else the city and state; remote jobs and online trainings are remote', () => {
    const base = job('lane-county')
    const withZip: JobPosting = { ...base, workMode: 'on-site', location: { city: 'Eugene', state: 'OR', zip: '97478', region: base.location.region } }
    expect(jobPlace(withZip)).toEqual({ point: zipPoint('97478') })
    expect(jobPlace({ ...withZip, location: { city: 'Eugene', state: 'OR', region: base.location.region } })).toEqual({ point: cityPoint('Eugene', 'OR') })
    expect(jobPlace({ ...withZip, location: { city: 'Queens', state: 'NY', zip: '11432', region: base.location.region } })).toEqual({
      point: zipPoint('11432'),
    })
    expect(jobPlace({ ...withZip, workMode: 'remote' })).toEqual({ remote: true })
    expect(jobPlace({ ...withZip, location: { city: 'Nowhereville', state: 'OR', region: base.location.region } })).toEqual({
      unknown: 'Nowhereville, OR not found',
    })
    expect(jobPlace({ ...withZip, location: { state: 'OR', region: base.location.region } })).toEqual({ unknown: 'no city or ZIP given' })
    expect(trainingPlace(training((t) => t.format === 'online'))).toEqual({ remote: true })
    const inPerson = training((t) => t.format === 'in-person')
    expect(trainingPlace({ ...inPerson, location: undefined })).toEqual({ unknown: 'no place given' })
  })

  it('places every open demo listing that is not remote', () => {
    for (const j of snapshot['job-postings']) expect(jobPlace(j), j.slug).not.toHaveProperty('unknown')
    for (const t of snapshot['training-programs']) expect(trainingPlace(t), t.slug).not.toHaveProperty('unknown')
  })

  it('writes the card attribute the browser reads back', () => {
    expect(placeAttribute({ point: { lat: 44.05, lon: -123.09 } })).toBe('44.05,-123.09')
    expect(readPlace('44.05,-123.09')).toEqual({ lat: 44.05, lon: -123.09 })
    expect(placeAttribute({ remote: true })).toBe('remote')
    expect(readPlace('remote')).toBe('remote')
    expect(placeAttribute({ unknown: 'x' })).toBeUndefined()
    expect(readPlace(undefined)).toBeUndefined()
    expect(readPlace('nonsense')).toBeUndefined()
  })
})

describe('near order', () => {
  const springfield = '44.05,-122.98' // 6 miles east of Eugene
  const salem = '44.94,-123.03' // about 62 miles north
  const portlandPlace = '45.52,-122.68'
  const places = [portlandPlace, 'remote', salem, undefined, springfield, 'remote', springfield]

  it('keeps items within the radius, nearest first (ties in listing order), with whole miles', () => {
    const order = nearOrder(places, eugene, 25)
    expect(order.nearby.map((n) => n.index)).toEqual([4, 6])
    expect(order.nearby[0]!.miles).toBe(Math.round(milesBetween(eugene, readPlace(springfield) as { lat: number; lon: number })))
    expect(nearOrder(places, eugene, 100).nearby.map((n) => n.index)).toEqual([4, 6, 2])
    expect(nearOrder(places, eugene, 10).nearby.map((n) => n.index)).toEqual([4, 6])
    expect(nearOrder(places, { lat: 25.76, lon: -80.19 }, 100).nearby).toEqual([])
  })

  it('lists remote items apart, never with a distance, and leaves out items with no place', () => {
    const order = nearOrder(places, eugene, 100)
    expect(order.remote).toEqual([1, 5])
    const all = [...order.nearby.map((n) => n.index), ...order.remote]
    expect(all).not.toContain(3)
    expect(all).not.toContain(0) // Portland is past 100 miles
  })
})

describe('regions under their states', async () => {
  const snapshot = await readSnapshot()

  it('groups by state name in the reader’s language, statewide first, nationwide last', () => {
    const es = regionGroups(snapshot.regions, 'es')
    const en = regionGroups(snapshot.regions, 'en')
    expect(en.length).toBe(52) // 50 states, DC, nationwide
    expect(en.at(-1)!.state).toBe('US')
    expect(en.at(-1)!.label).toBe('Nationwide')
    expect(es.at(-1)!.label).toBe('Todo el país')
    expect(en.find((g) => g.state === 'NY')!.label).toBe('New York')
    expect(es.find((g) => g.state === 'NY')!.label).toBe('Nueva York')
    const california = en.find((g) => g.state === 'CA')!
    expect(california.regions[0]!.slug).toBe('california-statewide')
    expect(california.regions.map((r) => r.slug)).toContain('sonoma-county')
    const labels = en.slice(0, -1).map((g) => g.label)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')))
  })
})

describe('the admin’s checks of a place', async () => {
  const { validatePlaceState, validateZip } = await import('../cms/fields/validators.ts')

  it('takes a five-digit ZIP and asks for the state once a city or ZIP is given, in the admin’s language', () => {
    expect(validateZip('97401')).toBe(true)
    expect(validateZip('')).toBe(true)
    expect(validateZip('9740')).toMatch(/five-digit/)
    expect(validateZip('97401-1234', { req: { i18n: { language: 'es' } } })).toMatch(/cinco dígitos/)
    expect(validatePlaceState('', { siblingData: {} })).toBe(true)
    expect(validatePlaceState('OR', { siblingData: { city: 'Eugene' } })).toBe(true)
    expect(validatePlaceState('or', { siblingData: { city: 'Eugene' } })).not.toBe(true)
    expect(validatePlaceState('', { siblingData: { city: 'Eugene' } })).toMatch(/state/)
    expect(validatePlaceState(null, { siblingData: { zip: '97401' }, req: { i18n: { language: 'es' } } })).toMatch(/estado/)
  })
})
