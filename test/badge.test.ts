/** The signatory badge: well-formed standalone SVG whatever the organisation is called. */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { badgeSnippet, badgeSvg, escapeXml, shorten } from '../site/lib/pledge/badge.ts'

const text = (organizationName: string) => ({
  organizationName,
  line1: 'Signed the Framework for',
  line2: 'Equitable Employment',
  title: `${organizationName} signed the Framework for Equitable Employment`,
  lang: 'en',
})

describe('badge SVG', () => {
  it('escapes < and & in names and stays well-formed XML', () => {
    const name = 'Salud <script>alert(1)</script> & "Hijos" \u0001O\'Brien'
    const svg = badgeSvg(text(name))
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&lt;script&gt;')
    expect(svg).toContain('&amp; &quot;Hijos&quot;')
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg)
    expect(doc.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg')
    expect(doc.svg['@_role']).toBe('img')
    // The accessible name has the full name (control characters dropped), decoded back to text.
    expect(doc.svg.title['#text']).toBe('Salud <script>alert(1)</script> & "Hijos" O\'Brien signed the Framework for Equitable Employment')
  })

  it('shortens long names on the badge but keeps them whole in the title', () => {
    const long = 'Community Health Center of the Greater Northern Valley & Coast'
    const svg = badgeSvg(text(long))
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).toContain(`${escapeXml(shorten(long, 34))}</text>`)
    expect(shorten(long, 34)).toHaveLength(34)
    expect(svg).toContain(`<title id="badge-title">${escapeXml(long)} signed`)
  })

  it('the snippet escapes the alt text and links to the signatory page', () => {
    const snippet = badgeSnippet(
      'https://chw.example.org/pledge/signatories/a-b/',
      'https://chw.example.org/pledge/signatories/a-b/badge.svg',
      'A "B" <C> signed',
    )
    expect(snippet).toBe(
      '<a href="https://chw.example.org/pledge/signatories/a-b/"><img src="https://chw.example.org/pledge/signatories/a-b/badge.svg" alt="A &quot;B&quot; &lt;C&gt; signed" width="320" height="80"></a>',
    )
  })
})
