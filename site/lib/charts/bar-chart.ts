/**
 * A horizontal bar chart as a static inline SVG, drawn at build time: each bar has its label above
 * it and its number as text at its end, so the chart reads without colour and without script. The
 * page puts the same numbers in a table beside it; the SVG is one image with an accessible name.
 */
import { escapeXml } from '../pledge/badge.ts'

export type Bar = { label: string; value: number }

export type BarChartOptions = {
  /** The accessible name of the whole chart, e.g. "Signatories committed to each area". */
  title: string
  bars: Bar[]
  /** The value a full-width bar stands for; the largest value by default. */
  max?: number
  /** Language of the labels, when it differs from the page's (an English fallback). */
  lang?: string
}

const width = 360
const labelSize = 14
const lineHeight = 18
const barHeight = 18
const gap = 14
const numberRoom = 40
const charsPerLine = 42
const font = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"`

/** Words into lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapWords(label: string, max = charsPerLine): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of label.trim().split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

export function barChartSvg({ title, bars, max, lang }: BarChartOptions): string {
  const top = Math.max(1, max ?? Math.max(0, ...bars.map((b) => b.value)))
  const scale = (width - numberRoom) / top
  let y = 0
  const rows = bars.map((bar) => {
    const lines = wrapWords(bar.label)
    const label = lines
      .map((line, i) => `<text x="0" y="${y + labelSize + i * lineHeight}" font-size="${labelSize}" fill="#1a1a1a">${escapeXml(line)}</text>`)
      .join('')
    y += lines.length * lineHeight + 4
    const length = Math.max(2, Math.round(bar.value * scale))
    const row =
      `${label}<rect x="0" y="${y}" width="${length}" height="${barHeight}" rx="2" fill="#1f5f8b"/>` +
      `<text x="${length + 6}" y="${y + barHeight - 4}" font-size="${labelSize}" font-weight="700" fill="#1a1a1a">${bar.value}</text>`
    y += barHeight + gap
    return row
  })
  const height = Math.max(1, y - gap)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="chart" role="img" aria-label="${escapeXml(title)}"${lang ? ` lang="${escapeXml(lang)}"` : ''} ${font}>` +
    `<title>${escapeXml(title)}</title>${rows.join('')}</svg>`
  )
}
