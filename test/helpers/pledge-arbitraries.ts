/**
 * fast-check arbitraries for pledge submissions at the contract's edges (content/schema.ts): any
 * Unicode, lengths at and around the maxima, unusual but valid emails, every control character and
 * lone surrogate, optional fields present or absent, and references (regions, recommendations)
 * taken from the committed content files. Shared by the contract's unit properties and the
 * end-to-end properties against the real CMS.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { frameworkAreaSlugs, organizationKinds, selfAssessmentRatings } from '../../content/schema.ts'

// ---------------------------------------------------------------------------------------------
// Characters

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/**
 * Every character the contract refuses as a control character: Unicode category Cc (U+0000–U+001F,
 * U+007F–U+009F), and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
export const controlCodePoints = [...range(0x00, 0x1f), ...range(0x7f, 0x9f), ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)]
/** The controls long text keeps (line breaks and tabs). */
export const longTextControls = ['\n', '\r', '\t']
/** Halves of a surrogate pair, alone: the first and last high and low halves. */
export const loneSurrogates = ['\ud800', '\udbff', '\udc00', '\udfff']

export const isControlCodePoint = (cp: number) => cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)

/** Code points of `s`, a lone surrogate counted as itself. */
export function codePoints(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0)!)
}

/** True when `s` has half a surrogate pair without its other half (checked code unit by code unit). */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return true
    } else if (c >= 0xdc00 && c <= 0xdfff) return true
  }
  return false
}

/** True when `s` has a control character other than those in `allowed`. */
export function hasControl(s: string, allowed: readonly string[] = []): boolean {
  return codePoints(s).some((cp) => isControlCodePoint(cp) && !allowed.includes(String.fromCodePoint(cp)))
}

/** `s` with everything outside printable ASCII written as \u{…}, so a counterexample can be read. */
export function visible(s: unknown): string {
  if (typeof s !== 'string') return JSON.stringify(s)
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x20 && c < 0x7f && c !== 0x5c) out += s[i]
    else {
      const cp = s.codePointAt(i)!
      out += `\\u{${cp.toString(16)}}`
      if (cp > 0xffff) i++
    }
  }
  return `"${out}" (${[...s].length} code points, ${s.length} code units)`
}

/** Characters that are valid but unusual in a name or a statement. */
export const unusualCharacters = [
  // zero-width and invisible format characters
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\u034f',
  '\u180e',
  '\ufeff',
  // the direction marks right-to-left writing uses, and right-to-left text
  '\u200e',
  '\u200f',
  '\u061c',
  'שלום',
  'مرحبا',
  'ﷺ',
  // combining marks, decomposed letters, Zalgo
  'e\u0301',
  'n\u0303',
  'a\u0308\u0304',
  'Z\u0334\u0321\u035da\u0337l\u0338g\u0336o\u0335',
  '\u0915\u094d\u0937',
  // emoji: astral, skin tones, ZWJ sequences, flags, keycaps, tags
  '\u{1f600}',
  '👩🏽‍⚕️',
  '🏳️‍🌈',
  '🇲🇽',
  '#️⃣',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  // letters whose case mapping changes their length, scripts, symbols
  'İ',
  'ß',
  'ﬃ',
  'Ω',
  'Å',
  'ǅ',
  '中文',
  '한국어',
  'Ελληνικά',
  'Кириллица',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '𠜎',
  // noncharacters, private use, the replacement character, the last code point
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\ue000',
  '\u{f0000}',
  '\u{10ffff}',
  '\u{e0001}',
  // things that upset SQL, JSON, HTML and templates
  "'",
  '"',
  '\\',
  '`',
  '%',
  '_',
  '%00',
  '\\u0000',
  '&#0;',
  '<script>',
  '${x}',
  '{{x}}',
  "'; DROP TABLE pledges; --",
]

/** Whitespace that is not a control character: String.prototype.trim (and so the contract) removes it at the ends. */
export const nonControlWhitespace = [' ', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']

const oneCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
const oneGrapheme = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
const asciiLetters = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 })
export const controlCharacter = fc.constantFrom(...controlCodePoints.map((cp) => String.fromCodePoint(cp)))
export const loneSurrogate = fc.oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff })).map((c) => String.fromCharCode(c))

/** One piece of text with no control character and no lone surrogate (long text: plus line breaks and tabs). */
export function cleanUnit(multiline: boolean): fc.Arbitrary<string> {
  const clean = (u: string) => !hasControl(u) && !hasLoneSurrogate(u)
  return fc.oneof(
    { weight: 4, arbitrary: asciiLetters },
    { weight: 4, arbitrary: oneCodePoint.filter(clean) },
    { weight: 2, arbitrary: oneGrapheme.filter(clean) },
    { weight: 2, arbitrary: fc.constantFrom(...unusualCharacters) },
    { weight: 1, arbitrary: fc.constantFrom(...nonControlWhitespace) },
    ...(multiline ? [{ weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\t', '\n\n', '\r') }] : []),
  )
}

/** One piece of text that may be a control character or a lone surrogate. */
export function dirtyUnit(multiline: boolean): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: cleanUnit(multiline) }, { weight: 1, arbitrary: controlCharacter }, { weight: 1, arbitrary: loneSurrogate })
}

/**
 * Text of exactly `length` code points (the contract counts code points), `length` drawn from
 * `from`–`to`, made of `unit` pieces repeated; a grapheme may be cut, never a code point.
 */
function ofLength(unit: fc.Arbitrary<string>, from: number, to: number): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: Math.max(0, from), max: Math.max(0, to) }), fc.array(unit, { minLength: 1, maxLength: 12 })).map(([length, pieces]) => {
    const points: string[] = []
    for (let i = 0; points.length < length; i++) points.push(...pieces[i % pieces.length]!)
    return points.slice(0, length).join('')
  })
}

/** A mostly-valid choice with the risky edges beside it: `risky` one time in `1 + odds`. */
export const mostly = <T>(valid: fc.Arbitrary<T>, risky: fc.Arbitrary<T>, odds = 12) =>
  fc.oneof({ weight: odds, arbitrary: valid }, { weight: 1, arbitrary: risky })

/**
 * Typed text as an employer might send it: any Unicode, short or right at the maximum, sometimes
 * padded with whitespace the contract trims. Mostly within the contract; sometimes one to three
 * code points over the maximum or under the minimum, or holding control characters or lone surrogates.
 */
export function typedTextArb({ min = 0, max, multiline = false }: { min?: number; max: number; multiline?: boolean }): fc.Arbitrary<string> {
  const clean = cleanUnit(multiline)
  const letters = fc.string({ unit: fc.constantFrom('a', 'Z', 'ñ', 'é', '中', '\u{1f600}', 'ش'), minLength: Math.max(min, 1), maxLength: Math.max(min, 1) })
  // Printable at both ends, so trimming leaves at least `min` code points.
  const fits = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(letters, fc.string({ unit: clean, maxLength: 24 }), letters).map(([a, b, c]) => a + b + c) },
    {
      weight: 3,
      arbitrary: fc.tuple(letters, ofLength(clean, max - 3 - 2 * Math.max(min, 1), max - 2 * Math.max(min, 1)), letters).map(([a, b, c]) => a + b + c),
    },
    { weight: 1, arbitrary: letters },
  )
  const risky = fc.oneof(
    ofLength(clean, max + 1, max + 3),
    ofLength(clean, 0, min + 1),
    fc.string({ unit: dirtyUnit(multiline), minLength: 1, maxLength: 24 }),
    ofLength(dirtyUnit(multiline), max - 3, max),
    fc.string({ unit: fc.constantFrom(...nonControlWhitespace), maxLength: 4 }),
  )
  const padding = fc.string({ unit: fc.constantFrom(...nonControlWhitespace, ...(multiline ? ['\n', '\t', '\r\n'] : [])), minLength: 1, maxLength: 3 })
  const padded = (text: fc.Arbitrary<string>) =>
    fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.tuple(padding, text, padding).map(([a, b, c]) => a + b + c) })
  return padded(mostly(fits, risky, 10))
}

// ---------------------------------------------------------------------------------------------
// Emails

/** Valid, if unusual, addresses the contract must accept. */
export const unusualValidEmails = [
  "o'brien@clinic.org",
  "d'angelo-o'neil@example.org",
  'Rosa.Perez+pledge@Example.ORG',
  'rosa+pledges+2026@example.org',
  'pat_99@sub.dept.county.ca.us',
  'a@b.co',
  'x@example.museum',
  'user@example.technology',
  'USER@EXAMPLE.COM',
  '1234567890@numbers.example.org',
  'info@123.example.org',
  'a-b@a-b.c-d.org',
  'first.last@xn--bcher-kva.example',
  '_@x.io',
  '+tag@x.io',
  '-dash@x.io',
  'a.b.c.d.e@f.g.h.i.jk',
  'jose.garcia@clinica.mx',
  `pat@${'a'.repeat(63)}.org`,
  `pat@example.${'a'.repeat(63)}`,
  `${'l'.repeat(64)}@example.org`,
  "o'@x.org",
  "!#$%&'*+/=?^_`{|}~-@x.org",
  'pat@example.xn--p1ai',
]

/** Addresses the contract refuses (no mail server, bad syntax, or outside what it allows). */
export const invalidEmails = [
  'pat@clinic-.org',
  'pat@-clinic.org',
  'pat@sub.-clinic.org',
  'pat@clinic.org-',
  '.pat@x.org',
  'pat.@x.org',
  'pa..t@x.org',
  'pat@x.o',
  'pat@x.org.',
  'pat@x..org',
  'pat@.x.org',
  'pat@x.123',
  'pat@localhost',
  'pat@[127.0.0.1]',
  '"pat"@x.org',
  'pät@x.org',
  'pat@bücher.de',
  ' pat@x.org',
  'pat@x.org ',
  'pat@@x.org',
  'pat@x_y.org',
  'p at@x.org',
  'pat',
  '',
  `pat@example.${'a'.repeat(64)}`,
  `pat@${'a'.repeat(64)}.org`,
  'pat@x.org\u0000',
  'pat\n@x.org',
  'pat@x.org\u200b',
]

/** An address of exactly `length` characters: `p@`, labels of up to 63 letters, `.org`. */
export function emailOfLength(length: number, letter = 'a'): string {
  let remaining = length - 'p@'.length - '.org'.length
  const labels: string[] = []
  while (remaining > 0) {
    const dot = labels.length === 0 ? 0 : 1
    let size = Math.min(63, remaining - dot)
    // Never leave one character over: it would be a dot with no label.
    if (remaining - dot - size === 1) size -= 1
    labels.push(letter.repeat(size))
    remaining -= dot + size
  }
  return `p@${labels.join('.')}.org`
}

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
const localAtom = fc.stringMatching(/^[A-Za-z0-9_+-]{1,8}(?:'[A-Za-z0-9_+-]{1,4})?$/)
/** Addresses built the way the contract describes them: a dotted local part, hyphens only inside labels, a TLD of letters. */
export const plainValidEmail = fc
  .tuple(fc.array(localAtom, { minLength: 1, maxLength: 3 }), fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[A-Za-z]{2,12}$/))
  .map(([local, labels, tld]) => `${local.join('.')}@${labels.join('.')}.${tld}`)

/** Emails at and around the 254-character maximum. */
export const longEmail = fc.tuple(fc.integer({ min: 250, max: 256 }), fc.constantFrom('a', 'Z', '7')).map(([n, letter]) => emailOfLength(n, letter))

/** Local parts the contract allows: what RFC 5322 allows unquoted, dots neither first, last nor doubled. */
export const contractLocalPart = (email: string) =>
  /^(?!\.)(?!.*\.\.)[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(email.slice(0, email.lastIndexOf('@'))) && !email.slice(0, email.lastIndexOf('@')).endsWith('.')

export const emailArb: fc.Arbitrary<string> = mostly(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...unusualValidEmails) },
    { weight: 3, arbitrary: fc.mixedCase(fc.emailAddress()).filter(contractLocalPart) },
    { weight: 3, arbitrary: fc.mixedCase(plainValidEmail) },
    { weight: 1, arbitrary: fc.constantFrom(emailOfLength(253), emailOfLength(254, 'Z')) },
  ),
  // Any RFC 5322 address (most are accepted), and the invalid.
  fc.oneof(fc.emailAddress(), fc.constantFrom(...invalidEmails), longEmail),
  8,
)

// ---------------------------------------------------------------------------------------------
// References from the committed content

const readJson = (file: string) => JSON.parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'))
export const regionSlugs: string[] = (readJson('regions.json') as { slug: string }[]).map((r) => r.slug)
export const recommendationsByArea: Map<string, string[]> = new Map(
  (readJson('framework.json') as { areas: { slug: string; recommendations: { slug: string }[] }[] }).areas.map((a) => [
    a.slug,
    a.recommendations.map((r) => r.slug),
  ]),
)

/** Commitments to existing recommendations, each area once, in any order; a recommendation may repeat. */
const validCommitments = fc.uniqueArray(fc.constantFrom(...frameworkAreaSlugs), { minLength: 1, maxLength: frameworkAreaSlugs.length }).chain((areas) =>
  fc.tuple(
    ...areas.map((area) => {
      const recs = recommendationsByArea.get(area)!
      return fc
        .oneof(
          { weight: 5, arbitrary: fc.shuffledSubarray(recs, { minLength: 1 }) },
          { weight: 1, arbitrary: fc.array(fc.constantFrom(...recs), { minLength: 1, maxLength: 6 }) },
        )
        .map((recommendations) => ({ area, recommendations }))
    }),
  ),
)

/** Commitments naming a recommendation of another area, or the same area twice. */
const badCommitments = fc.oneof(
  fc.constantFrom(...frameworkAreaSlugs).chain((area) => {
    const other = [...recommendationsByArea.entries()].filter(([a]) => a !== area).flatMap(([, r]) => r)
    return fc.constantFrom(...other).map((rec) => [{ area, recommendations: [rec] }])
  }),
  fc.constantFrom(...frameworkAreaSlugs).map((area) => [
    { area, recommendations: [recommendationsByArea.get(area)![0]!] },
    { area, recommendations: [recommendationsByArea.get(area)![1]!] },
  ]),
  fc.constantFrom(...frameworkAreaSlugs).map((area) => [{ area, recommendations: ['not-a-recommendation'] }]),
)

const selfAssessment = fc.array(fc.record({ area: fc.constantFrom(...frameworkAreaSlugs), rating: fc.constantFrom(...selfAssessmentRatings) }), {
  maxLength: 10,
})

// ---------------------------------------------------------------------------------------------
// Other fields

export const websiteArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'https://example.org',
      'http://localhost:3000/pledge?x=1#top',
      'https://Bücher.example/ñandú?q=año',
      'https://xn--bcher-kva.example/',
      'https://example.org/a b',
      '  https://example.org/padded  ',
      'https://user:pass@example.org:8443/p',
      'http://[::1]/',
      'https://example.org/\u{1f600}',
    ),
  },
  // At and around the 2000-character maximum.
  { weight: 1, arbitrary: fc.integer({ min: 1997, max: 2002 }).map((n) => `https://example.org/${'p'.repeat(n - 20)}`) },
  { weight: 1, arbitrary: fc.constantFrom('ftp://example.org', 'javascript:alert(1)', 'example.org', 'https:example.org', 'https://', 'mailto:a@b.org') },
)

export const phoneArb: fc.Arbitrary<string> = mostly(
  fc.oneof(
    fc.constantFrom('(707) 555-0123', '+1 707.555.0123', '5550123', '+52 (55) 1234-5678', ' 707 555 0123 ', '0'.repeat(30), '+'.repeat(7)),
    fc.stringMatching(/^[+()0-9.-][+()0-9 .-]{5,28}[+()0-9.-]$/),
  ),
  fc.constantFrom('call me', '555', '1'.repeat(31), '555\u00000123', '555-0123 ext. 4'),
)

export const chwCountArb: fc.Arbitrary<number> = mostly(
  fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0, 1, 99_999, 100_000)),
  fc.constantFrom(-1, 100_001, 2.5, 1e21),
  20,
)

export type SubmissionBody = Record<string, unknown> & { organization: Record<string, unknown>; contact: Record<string, unknown> }

/**
 * A submission as the form would send it (without the idempotency key and the honeypot): mostly
 * one the contract accepts, with edges everywhere; optional fields absent (not sent) or present.
 * `website` is clean text only: the website's own edges are `websiteArb`.
 */
export function submissionArb({ references = true }: { references?: boolean } = {}): fc.Arbitrary<SubmissionBody> {
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 })
  return fc
    .record({
      name: typedTextArb({ min: 2, max: 200 }),
      kind: mostly(fc.constantFrom<string>(...organizationKinds), fc.constant('bank'), 40),
      region: references ? mostly(fc.constantFrom(...regionSlugs), fc.constant('atlantis-county'), 30) : fc.constantFrom(...regionSlugs),
      website: optional(websiteArb),
      chwCount: chwCountArb,
      contactName: typedTextArb({ min: 2, max: 120 }),
      contactTitle: typedTextArb({ min: 2, max: 120 }),
      email: emailArb,
      phone: optional(phoneArb),
      commitments: references ? mostly<{ area: string; recommendations: string[] }[]>(validCommitments, badCommitments, 30) : validCommitments,
      selfAssessment: optional(selfAssessment),
      statement: optional(typedTextArb({ max: 1000, multiline: true })),
      consentToList: fc.boolean(),
      signerName: typedTextArb({ min: 2, max: 120 }),
      signerTitle: typedTextArb({ min: 2, max: 120 }),
      agreed: mostly<boolean>(fc.constant(true), fc.constant(false), 40),
      locale: fc.constantFrom('en', 'es'),
    })
    .map((g) => {
      const body: SubmissionBody = {
        organization: { name: g.name, kind: g.kind, region: g.region, website: g.website, chwCount: g.chwCount },
        contact: { name: g.contactName, title: g.contactTitle, email: g.email, phone: g.phone },
        commitments: g.commitments,
        selfAssessment: g.selfAssessment,
        statement: g.statement,
        consentToList: g.consentToList,
        signerName: g.signerName,
        signerTitle: g.signerTitle,
        agreed: g.agreed,
        locale: g.locale,
      }
      // What the browser sends: absent optional fields are not in the JSON at all.
      return JSON.parse(JSON.stringify(body)) as SubmissionBody
    })
}
