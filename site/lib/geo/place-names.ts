/**
 * How a typed place is read, the same way at build time (the lookup files' keys) and in the
 * browser (what the CHW typed): "97401", "97401-1234", "Eugene, OR", "eugene or", "Cañon City, CO".
 */

export type PlaceQuery = { zip: string } | { city: string; state: string }

/** The key a city is stored and looked up under: no case, accents or punctuation; "St" is "Saint". */
export function cityKey(city: string): string {
  return city
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(st|ste) /, (m) => (m === 'st ' ? 'saint ' : 'sainte '))
}

/** A ZIP (its first five digits), or a city with a two-letter state; undefined when it is neither. */
export function parsePlace(typed: string): PlaceQuery | undefined {
  const text = typed.trim()
  const zip = /^(\d{5})(?:-\d{4})?$/.exec(text)
  if (zip) return { zip: zip[1]! }
  const city = /^(.*?[^\s,])[\s,]+([A-Za-z]{2})\.?$/.exec(text)
  if (city && /[A-Za-z]/.test(city[1]!)) return { city: city[1]!, state: city[2]!.toUpperCase() }
  return undefined
}

/** The lookup file a query needs, relative to the site's `/places/`: one per ZIP prefix or per state. */
export function placeFile(query: PlaceQuery): string {
  return 'zip' in query ? `zip/${query.zip.slice(0, 3)}.json` : `city/${query.state.toLowerCase()}.json`
}

/** The key inside that file. */
export const placeKey = (query: PlaceQuery): string => ('zip' in query ? query.zip : cityKey(query.city))
