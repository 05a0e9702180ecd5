/**
 * Distances for "near me", shared by the build (listing places) and the browser (the typed place).
 * Great-circle distance on a sphere (haversine): within a few tenths of a percent of the road-free
 * distance at the 10 to 100 miles a CHW chooses from, which is all a radius filter needs.
 */

/** A place in degrees, rounded to two decimals (about a kilometre) wherever it is stored. */
export type Point = { lat: number; lon: number }

/** The radii a CHW can choose, in miles (US listings: miles in both languages). */
export const nearRadii = [10, 25, 50, 100] as const

const earthRadiusMiles = 3958.8
const radians = (degrees: number) => (degrees * Math.PI) / 180

export function milesBetween(a: Point, b: Point): number {
  const dLat = radians(b.lat - a.lat)
  const dLon = radians(b.lon - a.lon)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * earthRadiusMiles * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Two decimals: enough for a radius in miles, and short in the page and in the lookup files. */
export const roundPoint = (p: Point): Point => ({ lat: Math.round(p.lat * 100) / 100, lon: Math.round(p.lon * 100) / 100 })
