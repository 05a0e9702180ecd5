/**
 * The signatory badge: a small standalone SVG an employer can embed on its own site, and the HTML
 * snippet to embed it. Organisation names come from the public and may contain anything, so every
 * piece of text is escaped for XML/HTML and characters XML forbids are dropped.
 */
export const badgeSize = { width: 320, height: 80 } as const

/** Characters XML 1.0 does not allow at all (most control characters, lone surrogates). */
const notXml = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Escapes text for an XML or HTML text node or a double- or single-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(notXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** Shortens a name to `max` characters (by code point) with an ellipsis, so it fits one line. */
export function shorten(value: string, max: number): string {
  const chars = [...value.trim()]
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
}

export type BadgeText = {
  organizationName: string
  /** e.g. "Signed the Framework for" / "Equitable Employment". */
  line1: string
  line2: string
  /** The full accessible name, e.g. "Acme Clinic signed the Framework for Equitable Employment". */
  title: string
  lang: string
}

const font = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"`

export function badgeSvg(text: BadgeText): string {
  const { width, height } = badgeSize
  const long = [...text.organizationName].length > 26
  const name = escapeXml(shorten(text.organizationName, long ? 34 : 26))
  // White on #0a4f8a is 8.6:1; the check mark circle is decoration (the title carries the meaning).
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="badge-title" xml:lang="${escapeXml(text.lang)}">
  <title id="badge-title">${escapeXml(text.title)}</title>
  <rect width="${width}" height="${height}" rx="8" fill="#0a4f8a"/>
  <circle cx="36" cy="40" r="22" fill="#ffffff"/>
  <path d="M25 41l8 8 15-17" fill="none" stroke="#0a4f8a" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
  <text x="70" y="30" ${font} font-size="${long ? 13 : 16}" font-weight="700" fill="#ffffff">${name}</text>
  <text x="70" y="50" ${font} font-size="13" fill="#ffffff">${escapeXml(text.line1)}</text>
  <text x="70" y="67" ${font} font-size="13" fill="#ffffff">${escapeXml(text.line2)}</text>
</svg>
`
}

/** The copy-paste HTML: a link to the signatory's page around the badge image. */
export function badgeSnippet(pageUrl: string, badgeUrl: string, alt: string): string {
  const { width, height } = badgeSize
  return `<a href="${escapeXml(pageUrl)}"><img src="${escapeXml(badgeUrl)}" alt="${escapeXml(alt)}" width="${width}" height="${height}"></a>`
}
