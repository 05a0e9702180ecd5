/**
 * The build-time SVGs: the bar chart writes every number as text and escapes its labels; the map
 * has a path and a <title> per state with its count, comes from the offline us-atlas data, and
 * stays small.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { barChartSvg, wrapWords } from '../site/lib/charts/bar-chart.ts'
import { shade, usStateMapSvg, usStates } from '../site/lib/charts/us-map.ts'
import { countsByState } from '../site/lib/signatories.ts'
import { readSnapshot } from '../content/snapshot.ts'

const parse = (svg: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => ['path', 'text', 'rect'].includes(name) }).parse(svg).svg

describe('bar chart', () => {
  const svg = barChartSvg({
    title: 'Signatories <per> area',
    bars: [
      { label: 'Hiring & pay', value: 12 },
      { label: 'Training', value: 5 },
    ],
  })

  it('is well-formed, named, and writes each number as text beside a bar as long as its share', () => {
    expect(XMLValidator.validate(svg)).toBe(true)
    const root = parse(svg)
    expect(root['@_role']).toBe('img')
    expect(root['@_aria-label']).toBe('Signatories <per> area')
    const texts = (root.text as { '#text': string | number }[]).map((t) => String(t['#text']))
    expect(texts).toEqual(['Hiring & pay', '12', 'Training', '5'])
    const widths = (root.rect as { '@_width': string }[]).map((r) => Number(r['@_width']))
    expect(widths[0]).toBeGreaterThan(widths[1]!)
    expect(widths[1]! / widths[0]!).toBeCloseTo(5 / 12, 1)
  })

  it('wraps long labels and draws an empty chart without failing', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(XMLValidator.validate(barChartSvg({ title: 'x', bars: [] }))).toBe(true)
  })
})

describe('map of the United States', () => {
  it('draws the fifty states and DC, each with a title giving its count', () => {
    expect(
      usStates()
        .map((s) => s.postal)
        .sort(),
    ).toHaveLength(51)
    const svg = usStateMapSvg({
      counts: new Map([
        ['CA', 7],
        ['OR', 2],
      ]),
      title: 'By state',
      stateTitle: (name, n) => `${name}: ${n}`,
      locale: 'en',
    })
    expect(XMLValidator.validate(svg)).toBe(true)
    const root = parse(svg)
    expect(root['@_role']).toBe('img')
    const paths = root.g.path as { '@_data-state': string; '@_fill': string; title: string }[]
    expect(paths).toHaveLength(51)
    const byState = new Map(paths.map((p) => [p['@_data-state'], p]))
    expect(byState.get('CA')!.title).toBe('California: 7')
    expect(byState.get('OR')!.title).toBe('Oregon: 2')
    expect(byState.get('TX')!.title).toBe('Texas: 0')
    expect(byState.get('CA')!['@_fill']).toBe(shade(7, 7))
    expect(byState.get('TX')!['@_fill']).not.toBe(byState.get('OR')!['@_fill'])
    // Small enough to inline in the directory page.
    expect(Buffer.byteLength(svg)).toBeLessThan(100_000)
  })

  it('uses Spanish state names where they differ', () => {
    const svg = usStateMapSvg({ counts: new Map([['NY', 1]]), title: 'Por estado', stateTitle: (name, n) => `${name}: ${n}`, locale: 'es' })
    expect(svg).toContain('<title>Nueva York: 1</title>')
  })

  it('counts the snapshot signatories by the state of their region, national ones apart', async () => {
    const snapshot = await readSnapshot()
    const regions = new Map(snapshot.regions.map((r) => [r.slug, r]))
    const { byState, nationwide } = countsByState(snapshot.signatories, regions)
    expect([...byState.values()].reduce((a, b) => a + b, 0) + nationwide).toBe(snapshot.signatories.length)
  })
})
