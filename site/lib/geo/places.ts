/**
 * Build-time place lookup from the `zipcodes` package (an offline copy of US ZIP codes with their
 * city, state and centre): a ZIP's centre, a city's centre (the mean of its ZIPs' centres), and the
 * small lookup files the browser fetches for the one ZIP prefix or state a CHW types. No network.
 * Military (AA, AE, AP) and unplaced codes are left out; Canadian codes too.
 */
import zipcodes from 'zipcodes'
import { roundPoint, type Point } from './distance.ts'
import { cityKey } from './place-names.ts'

type Places = {
  zips: Map<string, Point>
  /** `${state}|${cityKey}` → centre. */
  cities: Map<string, Point>
}

let places: Places | undefined

function load(): Places {
  const zips = new Map<string, Point>()
  const sums = new Map<string, { lat: number; lon: number; n: number }>()
  for (const code of Object.values(zipcodes.codes)) {
    if (code.country !== 'US' || ['AA', 'AE', 'AP'].includes(code.state) || !code.latitude || !code.longitude) continue
    zips.set(code.zip, roundPoint({ lat: code.latitude, lon: code.longitude }))
    const key = `${code.state}|${cityKey(code.city)}`
    const sum = sums.get(key) ?? { lat: 0, lon: 0, n: 0 }
    sums.set(key, { lat: sum.lat + code.latitude, lon: sum.lon + code.longitude, n: sum.n + 1 })
  }
  const cities = new Map([...sums].map(([key, s]) => [key, roundPoint({ lat: s.lat / s.n, lon: s.lon / s.n })]))
  return { zips, cities }
}

const data = () => (places ??= load())

export const zipPoint = (zip: string): Point | undefined => data().zips.get(zip)

export const cityPoint = (city: string, state: string): Point | undefined => data().cities.get(`${state}|${cityKey(city)}`)

/** Each ZIP prefix's lookup file (`zip/974.json`): ZIP → [lat, lon]. */
export function zipFiles(): Map<string, Record<string, [number, number]>> {
  const files = new Map<string, Record<string, [number, number]>>()
  for (const [zip, p] of [...data().zips].sort(([a], [b]) => a.localeCompare(b))) {
    const prefix = zip.slice(0, 3)
    const file = files.get(prefix) ?? {}
    file[zip] = [p.lat, p.lon]
    files.set(prefix, file)
  }
  return files
}

/** Each state's lookup file (`city/or.json`): city key → [lat, lon]. */
export function cityFiles(): Map<string, Record<string, [number, number]>> {
  const files = new Map<string, Record<string, [number, number]>>()
  for (const [key, p] of [...data().cities].sort(([a], [b]) => a.localeCompare(b))) {
    const [state, city] = key.split('|') as [string, string]
    const name = state.toLowerCase()
    const file = files.get(name) ?? {}
    file[city] = [p.lat, p.lon]
    files.set(name, file)
  }
  return files
}
