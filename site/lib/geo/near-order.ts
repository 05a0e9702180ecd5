/**
 * Which listed items a "near me" choice shows, and in what order: items with a place within the
 * radius, nearest first (ties keep the listing's order); remote and online items apart, never with a
 * distance; items with no known place left out. Pure, so the browser and the tests share it.
 */
import { milesBetween, type Point } from './distance.ts'

export type NearOrder = {
  /** Index into the items, and whole miles, nearest first. */
  nearby: { index: number; miles: number }[]
  /** Indexes of remote and online items, in listing order. */
  remote: number[]
}

/** A card's `data-place` ("44.05,-123.09" or "remote"; absent when unknown) as a point. */
export function readPlace(attribute: string | null | undefined): Point | 'remote' | undefined {
  if (attribute === 'remote') return 'remote'
  const [lat, lon] = (attribute ?? '').split(',').map(Number)
  return attribute && Number.isFinite(lat) && Number.isFinite(lon) ? { lat: lat!, lon: lon! } : undefined
}

export function nearOrder(places: (string | null | undefined)[], origin: Point, radiusMiles: number): NearOrder {
  const nearby: { index: number; miles: number; exact: number }[] = []
  const remote: number[] = []
  places.forEach((attribute, index) => {
    const place = readPlace(attribute)
    if (place === 'remote') remote.push(index)
    else if (place) {
      const exact = milesBetween(origin, place)
      if (exact <= radiusMiles) nearby.push({ index, miles: Math.round(exact), exact })
    }
  })
  nearby.sort((a, b) => a.exact - b.exact || a.index - b.index)
  return { nearby: nearby.map(({ index, miles }) => ({ index, miles })), remote }
}
