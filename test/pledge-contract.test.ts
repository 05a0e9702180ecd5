/**
 * The pledge contract alone (content/schema.ts), as properties: typed text refuses every control
 * character (long text keeps line breaks and tabs) and every lone surrogate, never changes text
 * beyond trimming it, and whatever it accepts survives JSON and UTF-8 unchanged; the email rule
 * accepts unusual but valid addresses and refuses domains no mail server has. The same rules run
 * end to end against the CMS in pledge-contract.property.int.test.ts.
 *
 * Every property runs with a fixed seed; fast-check prints it (and the shrunk counterexample) on failure.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { controlCharacterMessage, emailAddress, pledgeSubmission, typedLine, typedText } from '../content/schema.ts'
import {
  cleanUnit,
  controlCodePoints,
  dirtyUnit,
  emailOfLength,
  hasControl,
  hasLoneSurrogate,
  contractLocalPart,
  invalidEmails,
  longTextControls,
  loneSurrogate,
  plainValidEmail,
  submissionArb,
  typedTextArb,
  unusualValidEmails,
  visible,
  websiteArb,
} from './helpers/pledge-arbitraries.ts'

const seed = 20260517
const runs = (numRuns: number) => ({ seed, numRuns })
// Properties run a few hundred to a few thousand cases; give a loaded machine room.
vi.setConfig({ testTimeout: 30_000 })

/** Length as the contract counts it: code points (zod 4 measures strings so), a lone surrogate counting one. */
const codePointCount = (s: string) => [...s].length

/** Every string inside `value`, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
  return []
}

const lineCases = [
  { name: 'organization name', min: 2, max: 200 },
  { name: 'names and titles', min: 2, max: 120 },
]

/** Text with any Unicode, control characters and lone surrogates, around `max` or short. */
const anyText = (max: number, multiline: boolean) =>
  fc.oneof(typedTextArb({ min: 2, max, multiline }), fc.string({ unit: dirtyUnit(multiline), maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }))

describe('typed text (typedLine, typedText)', () => {
  for (const { name, min, max } of lineCases) {
    it(`a line (${name}, ${min}–${max}) is accepted exactly when, trimmed, it has ${min}–${max} code points and no control character or lone surrogate; it is stored trimmed, never shortened`, () => {
      const rule = typedLine(min, max)
      fc.assert(
        fc.property(anyText(max, false), (s) => {
          const t = s.trim()
          const expected = codePointCount(t) >= min && codePointCount(t) <= max && !hasControl(t) && !hasLoneSurrogate(t)
          const result = rule.safeParse(s)
          expect(result.success, visible(s)).toBe(expected)
          if (result.success) expect(result.data).toBe(t)
        }),
        runs(3000),
      )
    })
  }

  it('long text (statement, up to 1000) is accepted exactly when, trimmed, it fits and has no control character but line breaks and tabs, and no lone surrogate; never shortened', () => {
    const rule = typedText(1000)
    fc.assert(
      fc.property(anyText(1000, true), (s) => {
        const t = s.trim()
        const expected = codePointCount(t) <= 1000 && !hasControl(t, longTextControls) && !hasLoneSurrogate(t)
        const result = rule.safeParse(s)
        expect(result.success, visible(s)).toBe(expected)
        if (result.success) expect(result.data).toBe(t)
      }),
      runs(3000),
    )
  })

  it('refuses every control character inside a line, and every one but \\n, \\r, \\t inside long text, with the control-character message', () => {
    for (const cp of controlCodePoints) {
      const c = String.fromCodePoint(cp)
      const line = typedLine(2, 120).safeParse(`Ana${c}Signer`)
      expect(line.success, visible(c)).toBe(false)
      expect(line.error?.issues.map((i) => i.message)).toContain(controlCharacterMessage)
      const long = typedText(1000).safeParse(`We hire${c}locally.`)
      expect(long.success, visible(c)).toBe(longTextControls.includes(c))
      if (!long.success) expect(long.error.issues.map((i) => i.message)).toContain(controlCharacterMessage)
      else expect(long.data).toBe(`We hire${c}locally.`)
    }
  })

  it('refuses a lone surrogate (half of an emoji) anywhere, in a line and in long text', () => {
    fc.assert(
      fc.property(fc.string({ unit: cleanUnit(false), maxLength: 20 }), loneSurrogate, fc.string({ unit: cleanUnit(false), maxLength: 20 }), (a, half, b) => {
        // The half must not pair up with a neighbour.
        fc.pre(hasLoneSurrogate(`${a}${half}${b}`))
        expect(typedLine(0, 1000).safeParse(`${a}${half}${b}`).success).toBe(false)
        expect(typedText(1000).safeParse(`${a}${half}${b}`).success).toBe(false)
      }),
      runs(1000),
    )
  })

  it('counts code points at the maxima, as zod 4 does: 200, 120 and 1000 but not one more, an emoji counting one', () => {
    const emoji = '\u{1f600}'
    expect(typedLine(2, 200).safeParse('a'.repeat(200)).success).toBe(true)
    expect(typedLine(2, 200).safeParse('a'.repeat(201)).success).toBe(false)
    expect(typedLine(2, 200).safeParse(`  ${'a'.repeat(200)}\u3000`).data).toBe('a'.repeat(200))
    expect(typedLine(2, 200).safeParse(emoji.repeat(200)).data).toBe(emoji.repeat(200))
    expect(typedLine(2, 200).safeParse(`${'a'.repeat(199)}${emoji}`).success).toBe(true)
    expect(typedLine(2, 200).safeParse(`${'a'.repeat(200)}${emoji}`).success).toBe(false)
    expect(typedLine(2, 200).safeParse(emoji).success).toBe(false)
    expect(typedLine(2, 120).safeParse('ñ'.repeat(120)).success).toBe(true)
    // A combining mark is a code point of its own: "é" typed as e + U+0301 counts two.
    expect(typedLine(2, 120).safeParse('e\u0301'.repeat(60)).success).toBe(true)
    expect(typedLine(2, 120).safeParse('e\u0301'.repeat(61)).success).toBe(false)
    expect(typedText(1000).safeParse('\n'.repeat(3) + 'x'.repeat(1000)).data).toBe('x'.repeat(1000))
    expect(typedText(1000).safeParse(`a${'\r\n'.repeat(499)}b`).success).toBe(true)
    expect(typedText(1000).safeParse(`a${'\r\n'.repeat(500)}b`).success).toBe(false)
  })
})

describe('what the contract accepts is safe to store', () => {
  it('a submission the contract accepts survives JSON and UTF-8 unchanged, and the CMS rules accept it again as stored (trimmed, email lowercased)', () => {
    fc.assert(
      fc.property(submissionArb(), (body) => {
        const parsed = pledgeSubmission.safeParse(body)
        if (!parsed.success) return
        const s = parsed.data
        for (const [path, text] of strings(s)) {
          expect(JSON.parse(JSON.stringify(text)), path).toBe(text)
          expect(Buffer.from(text, 'utf8').toString('utf8'), `${path}: ${visible(text)}`).toBe(text)
          expect(hasControl(text, path === 'statement' ? longTextControls : []), `${path}: ${visible(text)}`).toBe(false)
        }
        // What the endpoint stores, checked again by the CMS's field rules (cms/fields/contract.ts).
        const stored = { ...s, contact: { ...s.contact, email: s.contact.email.toLowerCase() } }
        const again = pledgeSubmission.safeParse(stored)
        expect(again.success, JSON.stringify(again.error?.issues)).toBe(true)
        expect(again.data).toStrictEqual(stored)
      }),
      runs(600),
    )
  })

  // A URL reader percent-encodes control characters and lone surrogates in the path, query and
  // fragment but hands back the text as sent, and drops tabs and line breaks: the contract checks
  // the website as typed first.
  const dirtyWebsite = fc
    .tuple(websiteArb, fc.string({ unit: dirtyUnit(false), minLength: 1, maxLength: 4 }), fc.constantFrom('/', '?q=', '#'))
    .map(([url, junk, where]) => `${url.replace(/[?#].*$/, '')}${where}${junk}`)
  const website = pledgeSubmission.shape.organization.shape.website

  it('a website the contract accepts has no control character and no lone surrogate', () => {
    fc.assert(
      fc.property(fc.oneof(websiteArb, dirtyWebsite), (url) => {
        const result = website.safeParse(url)
        if (result.success) expect(hasControl(result.data!) || hasLoneSurrogate(result.data!), visible(result.data)).toBe(false)
      }),
      runs(2000),
    )
  })

  it('a website the contract accepts is the text sent, only trimmed, never shortened', () => {
    fc.assert(
      fc.property(fc.oneof(websiteArb, dirtyWebsite), (url) => {
        const result = website.safeParse(url)
        if (result.success) expect(result.data, `sent ${visible(url)}, contract gives ${visible(result.data)}`).toBe(url.trim())
      }),
      runs(2000),
    )
  })
})

describe('email addresses (emailAddress)', () => {
  const accepts = (email: string) => emailAddress.safeParse(email).success

  it('accepts unusual but valid addresses: apostrophes, plus tags, digits, subdomains, long labels and TLDs, uppercase, exactly 254 characters', () => {
    for (const email of [...unusualValidEmails, emailOfLength(254), emailOfLength(254, 'Z')]) expect(accepts(email), email).toBe(true)
    expect(accepts(emailOfLength(255))).toBe(false)
  })

  it('refuses addresses no mail server takes, or outside what the contract allows', () => {
    for (const email of invalidEmails) expect(accepts(email), visible(email)).toBe(false)
  })

  it('accepts every address built as the contract describes it, in any letter case, and then its lowercase form (what the CMS stores and checks again)', () => {
    fc.assert(
      fc.property(fc.mixedCase(plainValidEmail), (email) => {
        expect(accepts(email), email).toBe(email.length <= 254)
        if (accepts(email)) expect(accepts(email.toLowerCase()), email).toBe(true)
      }),
      runs(3000),
    )
  })

  it('accepts fast-check’s RFC addresses under a letters-only TLD', () => {
    fc.assert(
      fc.property(fc.mixedCase(fc.emailAddress()), (email) => {
        const [local, domain] = [email.slice(0, email.lastIndexOf('@')), email.slice(email.lastIndexOf('@') + 1)]
        fc.pre(contractLocalPart(email) && local.length > 0 && /\.[A-Za-z]{2,63}$/.test(domain))
        expect(accepts(email), email).toBe(email.length <= 254)
        expect(accepts(email.toLowerCase()), email).toBe(email.length <= 254)
      }),
      runs(500),
    )
  })

  it('refuses any address with a domain label that starts or ends with a hyphen (pat@clinic-.org)', () => {
    fc.assert(
      fc.property(plainValidEmail, fc.nat(), fc.constantFrom('start', 'end', 'both'), (email, which, where) => {
        const [local, domain] = email.split('@') as [string, string]
        const labels = domain.split('.')
        const i = which % labels.length
        const label = labels[i]!
        labels[i] = where === 'start' ? `-${label}` : where === 'end' ? `${label}-` : `-${label}-`
        const bad = `${local}@${labels.join('.')}`
        expect(accepts(bad), bad).toBe(false)
      }),
      runs(2000),
    )
  })

  it('accepts nothing but printable ASCII with one @, at most 254 characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: dirtyUnit(false), maxLength: 40 })), (email) => {
        if (!accepts(email)) return
        expect(/^[\x21-\x7e]+$/.test(email), visible(email)).toBe(true)
        expect(email.split('@')).toHaveLength(2)
        expect(email.length).toBeLessThanOrEqual(254)
      }),
      runs(2000),
    )
  })
})
