/**
 * A map of the United States with each state shaded by a count, as a static inline SVG drawn at
 * build time from the us-atlas TopoJSON (Census Bureau boundaries, shipped in the npm package) with
 * d3-geo's Albers USA projection: no tiles, no request to anyone. Points are rounded to whole
 * pixels and repeats dropped, which keeps the SVG small. Each state has a <title> with its count;
 * the page shows the same counts in a table.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoAlbersUsa, geoPath, type GeoStream } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { escapeXml } from '../pledge/badge.ts'

/** FIPS code (us-atlas feature id) → postal code. */
const postalByFips: Record<string, string> = {
  '01': 'AL',
  '02': 'AK',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
  '72': 'PR',
}

/** Spanish names of the states whose name changes; the others are the same in both languages. */
const spanishNames: Record<string, string> = {
  DC: 'Distrito de Columbia',
  HI: 'Hawái',
  LA: 'Luisiana',
  NC: 'Carolina del Norte',
  ND: 'Dakota del Norte',
  NH: 'Nuevo Hampshire',
  NJ: 'Nueva Jersey',
  NM: 'Nuevo México',
  NY: 'Nueva York',
  PA: 'Pensilvania',
  SC: 'Carolina del Sur',
  SD: 'Dakota del Sur',
  WV: 'Virginia Occidental',
}

export type MapState = { postal: string; name: string; path: string }

const size = { width: 488, height: 305 }
let cached: MapState[] | undefined

/** Rounds projected points to whole pixels and drops a point equal to the one before it. */
function wholePixels(output: GeoStream): GeoStream {
  let last = ''
  return {
    point(x, y) {
      const rx = Math.round(x)
      const ry = Math.round(y)
      const key = `${rx},${ry}`
      if (key === last) return
      last = key
      output.point(rx, ry)
    },
    lineStart: () => ((last = ''), output.lineStart()),
    lineEnd: () => output.lineEnd(),
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  }
}

/** Every state Albers USA shows (the fifty and DC), with its outline as SVG path data. */
export function usStates(): MapState[] {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  const topology = JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8')) as Topology<{ states: GeometryCollection<{ name: string }> }>
  const projection = geoAlbersUsa()
    .scale(650)
    .translate([size.width / 2, size.height / 2])
  const path = geoPath({ stream: (output) => projection.stream(wholePixels(output)) })
  cached = feature(topology, topology.objects.states)
    .features.map((f) => ({ postal: postalByFips[String(f.id)] ?? '', name: f.properties.name, path: path(f) ?? '' }))
    .filter((s) => s.postal && s.path)
    .sort((a, b) => a.name.localeCompare(b.name))
  return cached
}

export function stateName(state: MapState | undefined, postal: string, locale: 'en' | 'es'): string {
  if (!state) return postal
  return (locale === 'es' && spanishNames[postal]) || state.name
}

/** Fill for a count: grey for none, then four steps of blue up to the largest count. */
export function shade(count: number, max: number): string {
  if (count <= 0) return '#e6e6e6'
  const steps = ['#c6dbef', '#6baed6', '#2171b5', '#08306b']
  return steps[Math.min(steps.length - 1, Math.floor(((count - 1) / Math.max(1, max)) * steps.length))]!
}

export type StateMapOptions = {
  /** Postal code → count; states not in it count 0. */
  counts: Map<string, number>
  /** The map's accessible name. */
  title: string
  /** Each state's tooltip and title, e.g. "California: 12 signatories". */
  stateTitle: (name: string, count: number) => string
  locale: 'en' | 'es'
}

export function usStateMapSvg({ counts, title, stateTitle, locale }: StateMapOptions): string {
  const max = Math.max(0, ...counts.values())
  const paths = usStates().map((state) => {
    const count = counts.get(state.postal) ?? 0
    const label = stateTitle(stateName(state, state.postal, locale), count)
    return `<path d="${state.path}" fill="${shade(count, max)}" data-state="${state.postal}" data-count="${count}"><title>${escapeXml(label)}</title></path>`
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" class="us-map" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title><g stroke="#ffffff" stroke-width="0.75" stroke-linejoin="round">${paths.join('')}</g></svg>`
  )
}
