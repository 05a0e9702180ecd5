/**
 * One rule for what a pledge may be, end to end (a seeded CMS under `next start`, real HTTP, real
 * SQLite; see helpers/cms-server.ts). For submissions generated at the contract's edges (any
 * Unicode, lengths at and around the maxima, unusual emails, every control character, lone
 * surrogates, optional fields present or absent), `pledgeSubmission` in content/schema.ts is the
 * oracle: what it accepts (with references that exist) must be answered 201 and be stored field
 * for field, exactly; what it refuses must be answered 400 with a message per field, in the
 * employer's language, and store nothing.
 *
 * Every property runs with a fixed seed; fast-check prints the seed, the path and the shrunk
 * counterexample on failure. Each accepted pledge is deleted once checked, so repeats while
 * shrinking never meet the pending-duplicate rule (409).
 */
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { fieldMessages, messages } from '../cms/pledges/messages.ts'
import { controlCharacterMessage, type Locale, type PledgeSubmission, pledgeSubmission } from '../content/schema.ts'
import { type Client, client, login } from './helpers/http.ts'
import {
  cleanUnit,
  controlCharacter,
  emailOfLength,
  controlCodePoints,
  dirtyUnit,
  hasControl,
  hasLoneSurrogate,
  longTextControls,
  loneSurrogate,
  loneSurrogates,
  recommendationsByArea,
  regionSlugs,
  type SubmissionBody,
  submissionArb,
  visible,
  websiteArb,
} from './helpers/pledge-arbitraries.ts'
import { savedPledge, validSubmission } from './helpers/pledges.ts'

const cmsUrl = inject('cmsUrl')
const anonymous = client(cmsUrl)
let admin: Client
/** Region ids in this CMS by slug: a stored pledge refers to its region by id. */
let regionIds: Map<string, number | string>

const seed = 20260517
const propertyTimeout = 600_000

let visitors = 0
/** Each submission comes from its own address, so the rate limit (5 per 10 minutes) never bites. */
function visitor() {
  const n = ++visitors
  return { 'X-Forwarded-For': `10.${200 + (process.pid % 50)}.${(n >> 8) & 255}.${n & 255}` }
}

beforeAll(async () => {
  admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  const { json } = await admin.rest('GET', '/api/regions?limit=1000&depth=0')
  regionIds = new Map((json.docs as { slug: string; id: number | string }[]).map((r) => [r.slug, r.id]))
  // The generators take regions and recommendations from content/: the seeded CMS must have them all.
  expect([...regionIds.keys()].sort()).toEqual([...regionSlugs].sort())
})

async function pledgeCount(): Promise<number> {
  const { status, json } = await admin.rest('GET', '/api/pledges?limit=1&depth=0')
  expect(status).toBe(200)
  return json.totalDocs as number
}

// ---------------------------------------------------------------------------------------------
// What the employer must be told, and what must be stored

/** Every message the pledge endpoint may give a field, in `locale`. */
function inLanguage(message: string, locale: Locale): boolean {
  const fixed = [
    ...Object.values(fieldMessages).map((m) => m[locale]),
    messages.controlCharacters[locale],
    messages.unknownRegion[locale],
    messages.repeatedArea[locale],
  ]
  const [before, after] = messages.unknownRecommendation('\u0000')[locale].split('\u0000') as [string, string]
  return fixed.includes(message) || (message.startsWith(before) && message.endsWith(after))
}

/** The fields the CMS must refuse for references that do not exist (cms/pledges/references.ts), from content/. */
function referenceErrorFields(s: PledgeSubmission): string[] {
  const fields: string[] = []
  if (!regionSlugs.includes(s.organization.region)) fields.push('organization.region')
  const seen = new Set<string>()
  s.commitments.forEach((c, i) => {
    if (seen.has(c.area)) fields.push(`commitments.${i}.area`)
    seen.add(c.area)
    if (c.recommendations.some((r) => !recommendationsByArea.get(c.area)!.includes(r))) fields.push(`commitments.${i}.recommendations`)
  })
  return fields
}

/** The accepted submission as it must be stored: trimmed as the contract trims, email lowercased, region by id. */
function expectedStored(s: PledgeSubmission) {
  return {
    organizationName: s.organization.name,
    organization: {
      kind: s.organization.kind,
      region: regionIds.get(s.organization.region),
      chwCount: s.organization.chwCount,
      website: s.organization.website ?? null,
    },
    contact: { name: s.contact.name, title: s.contact.title, email: s.contact.email.toLowerCase(), phone: s.contact.phone ?? null },
    commitments: s.commitments.map((c) => ({ area: c.area, recommendations: c.recommendations })),
    selfAssessment: (s.selfAssessment ?? []).map((a) => ({ area: a.area, rating: a.rating })),
    statement: s.statement ?? null,
    consentToList: s.consentToList,
    signerName: s.signerName,
    signerTitle: s.signerTitle,
    agreed: s.agreed,
    locale: s.locale,
  }
}

/** The same fields of a pledge as staff read it over REST, without the rows' ids. */
function storedFields(doc: Record<string, any>) {
  return {
    organizationName: doc.organizationName,
    organization: {
      kind: doc.organization?.kind,
      region: doc.organization?.region,
      chwCount: doc.organization?.chwCount,
      website: doc.organization?.website ?? null,
    },
    contact: { name: doc.contact?.name, title: doc.contact?.title, email: doc.contact?.email, phone: doc.contact?.phone ?? null },
    commitments: (doc.commitments ?? []).map((c: any) => ({ area: c.area, recommendations: c.recommendations })),
    selfAssessment: (doc.selfAssessment ?? []).map((a: any) => ({ area: a.area, rating: a.rating })),
    statement: doc.statement ?? null,
    consentToList: doc.consentToList,
    signerName: doc.signerName,
    signerTitle: doc.signerTitle,
    agreed: doc.agreed,
    locale: doc.locale,
  }
}

/** Where `actual` differs from `expected`, one line per field, strings shown code point by code point. */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const lines = expected.length === actual.length ? [] : [`${path}: ${expected.length} rows sent, ${actual.length} stored`]
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) lines.push(...differences(expected[i], actual[i], `${path}.${i}`))
    return lines
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
    return [...keys].flatMap((k) => differences((expected as any)[k], (actual as any)[k], path ? `${path}.${k}` : k))
  }
  return Object.is(expected, actual) ? [] : [`${path}: accepted ${visible(expected)}, stored ${visible(actual)}`]
}

const unique = <T>(values: T[]) => [...new Set(values)]

type Outcome = 'stored' | 'refused'

/**
 * Sends `submission` as the form does and checks the CMS against the contract: accepted (and
 * references exist) ⇒ 201 and stored exactly; refused ⇒ 400 naming each refused field with a
 * message in the employer's language, and nothing stored. Deletes what it stored.
 */
async function submitAndCheck(submission: SubmissionBody): Promise<Outcome> {
  // The oracle sees what the server sees: the body after JSON (lone surrogates survive as \u escapes).
  const sent = JSON.parse(JSON.stringify(submission)) as SubmissionBody
  const parsed = pledgeSubmission.safeParse(sent)
  const referenceFields = parsed.success ? referenceErrorFields(parsed.data) : []
  const acceptable = parsed.success && referenceFields.length === 0
  const locale = sent.locale as Locale
  const before = acceptable ? undefined : await pledgeCount()

  const response = await anonymous.rest('POST', '/api/pledges', { body: { ...sent, idempotencyKey: randomUUID(), fax: '' }, headers: visitor() })
  const answer = `${response.status} ${JSON.stringify(response.json)}`
  const created = response.status === 201 ? await savedPledge(admin, response.json.reference) : undefined
  try {
    if (acceptable) {
      expect(response.status, `the contract accepts it, the CMS answered ${answer}`).toBe(201)
      expect(created, 'a 201 means the pledge is saved').toBeDefined()
      expect(differences(expectedStored(parsed.data), storedFields(created!)), 'stored field for field').toEqual([])
      return 'stored'
    }
    expect(
      response.status,
      `the contract refuses it (${JSON.stringify(parsed.error?.issues.map((i) => i.path.join('.')) ?? referenceFields)}), the CMS answered ${answer}`,
    ).toBe(400)
    const errors = response.json.errors as { field: string; message: string }[]
    expect(errors.length).toBeGreaterThan(0)
    for (const e of errors) {
      expect(e.field, answer).toMatch(/^[a-zA-Z]/)
      expect(e.message.trim(), answer).not.toBe('')
      expect(inLanguage(e.message, locale), `message for ${e.field} not in ${locale}: ${e.message}`).toBe(true)
    }
    const expectedFields = parsed.success ? referenceFields : unique(parsed.error.issues.map((i) => i.path.join('.')))
    expect(unique(errors.map((e) => e.field)).sort(), answer).toEqual(unique(expectedFields).sort())
    if (!parsed.success) {
      // A field refused only for its control characters (or lone surrogates) says so.
      for (const field of expectedFields) {
        const issues = parsed.error.issues.filter((i) => i.path.join('.') === field)
        if (issues.length > 0 && issues.every((i) => i.message === controlCharacterMessage)) {
          expect(errors.find((e) => e.field === field)?.message, answer).toBe(messages.controlCharacters[locale])
        }
      }
    }
    expect(await pledgeCount(), 'nothing stored').toBe(before)
    return 'refused'
  } finally {
    if (created) await admin.rest('DELETE', `/api/pledges/${created.id}`)
  }
}

/** Runs a property and reports how many cases were stored and refused (a property refusing everything proves little). */
async function assertProperty<T>(arb: fc.Arbitrary<T>, check: (value: T) => Promise<Outcome>, numRuns: number, examples: T[] = []) {
  const tally = { stored: 0, refused: 0 }
  const started = Date.now()
  await fc.assert(
    fc.asyncProperty(arb, async (value) => {
      tally[await check(value)]++
    }),
    { seed, numRuns, examples: examples.map((e) => [e] as [T]) },
  )
  console.info(`numRuns ${numRuns}: ${tally.stored} stored, ${tally.refused} refused, ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return tally
}

// ---------------------------------------------------------------------------------------------

/** Cases always run before the random ones: every field at its maximum, one past it, at its minimum, and a blank statement. */
function edgeExamples(): SubmissionBody[] {
  const base = () => validSubmission() as unknown as SubmissionBody
  const everything = [...recommendationsByArea.entries()].map(([area, recommendations]) => ({ area, recommendations }))
  const atMaxima = (extra: number): SubmissionBody => ({
    ...base(),
    organization: {
      name: `${'\u{1f600}'.repeat(199 + extra)}Z`,
      kind: 'other',
      region: 'national-remote',
      website: `https://example.org/${'p'.repeat(1980 + extra)}`,
      chwCount: 100_000 + extra,
    },
    contact: { name: 'é'.repeat(120 + extra), title: '中'.repeat(120 + extra), email: emailOfLength(254 + extra, 'Z'), phone: '0'.repeat(30 + extra) },
    commitments: everything,
    selfAssessment: everything.map(({ area }) => ({ area, rating: 'fully' })),
    statement: `${'ñ\r\n'.repeat(333)}x${'y'.repeat(extra)}`,
    signerName: 'ש'.repeat(120 + extra),
    signerTitle: '\u{10ffff}'.repeat(120 + extra),
    locale: 'es',
  })
  const minimal = base()
  minimal.organization = { name: 'Al', kind: 'cbo', region: 'napa-county', chwCount: 0 }
  minimal.contact = { name: 'Bo', title: 'Cé', email: `a@b${Date.now()}.co` }
  for (const key of ['selfAssessment', 'statement'] as const) delete minimal[key]
  Object.assign(minimal, { signerName: '李明', signerTitle: 'CE', consentToList: false })
  return [atMaxima(0), atMaxima(1), minimal, { ...base(), statement: ' \n\t\u3000 ' }]
}

describe('accepted ⇒ stored field for field; refused ⇒ 400 per field, nothing stored', () => {
  it(
    'any Unicode in names, titles and the statement, lengths around the maxima, unusual emails, optional fields, random references',
    async () => {
      const examples = edgeExamples()
      // The examples are what they say: the contract accepts the maxima and the minimum, and refuses one past each maximum.
      expect(examples.map((e) => pledgeSubmission.safeParse(e).success)).toEqual([true, false, true, true])
      expect(unique(pledgeSubmission.safeParse(examples[1]).error!.issues.map((i) => i.path.join('.'))).sort()).toEqual([
        'contact.email',
        'contact.name',
        'contact.phone',
        'contact.title',
        'organization.chwCount',
        'organization.name',
        'organization.website',
        'signerName',
        'signerTitle',
        'statement',
      ])
      const tally = await assertProperty(submissionArb(), submitAndCheck, 400, examples)
      expect(tally.stored).toBeGreaterThan(120)
      expect(tally.refused).toBeGreaterThan(60)
    },
    propertyTimeout,
  )

  // A website with a lone surrogate used to be stored with U+FFFD in its place, and with a NUL cut
  // short at the NUL: the contract now checks it as typed text first.
  it(
    'websites: unusual, long (around 2000), with control characters and lone surrogates',
    async () => {
      const dirtyWebsite = fc
        .tuple(websiteArb, fc.string({ unit: dirtyUnit(false), minLength: 1, maxLength: 4 }), fc.constantFrom('/', '?q=', '#'))
        .map(([url, junk, where]) => `${url.replace(/[?#].*$/, '')}${where}${junk}`)
      const arb = fc.tuple(fc.oneof(websiteArb, dirtyWebsite), fc.constantFrom<Locale>('en', 'es')).map(([website, locale]) => {
        const s = validSubmission({ locale })
        return { ...s, organization: { ...s.organization, website } } as SubmissionBody
      })
      await assertProperty(arb, submitAndCheck, 80)
    },
    propertyTimeout,
  )
})

// ---------------------------------------------------------------------------------------------

const singleLineFields = ['organization.name', 'contact.name', 'contact.title', 'signerName', 'signerTitle'] as const
type TextField = (typeof singleLineFields)[number] | 'statement'

function withField(s: PledgeSubmission | SubmissionBody, field: TextField, value: string): SubmissionBody {
  const body = structuredClone(s) as SubmissionBody
  if (field === 'organization.name') body.organization.name = value
  else if (field === 'contact.name') body.contact.name = value
  else if (field === 'contact.title') body.contact.title = value
  else body[field] = value
  return body
}

/** Every control character, the first and last high and low surrogate halves alone, and a pair in the wrong order. */
const everyControl = [...controlCodePoints.map((cp) => String.fromCodePoint(cp)), ...loneSurrogates, '\udc00\ud800']

/** Posts as the form does; the answer, its errors, and whether the pledge count moved (deleting what was stored). */
async function post(body: SubmissionBody) {
  const before = await pledgeCount()
  const response = await anonymous.rest('POST', '/api/pledges', { body: { ...body, idempotencyKey: randomUUID(), fax: '' }, headers: visitor() })
  const errors = (response.json?.errors ?? []) as { field: string; message: string }[]
  const stored = response.status === 201 ? await savedPledge(admin, response.json.reference) : undefined
  const nothingStored = (await pledgeCount()) === before
  if (stored) await admin.rest('DELETE', `/api/pledges/${stored.id}`)
  return { status: response.status, json: response.json, errors, stored, nothingStored }
}

describe('every control character and lone surrogate is refused with a field message, in the employer’s language', () => {
  it(
    'in every single-line field (organization name, contact name and title, signer name and title), in Spanish',
    async () => {
      const wrong: string[] = []
      for (const c of everyControl) {
        let body = validSubmission({ locale: 'es' }) as unknown as SubmissionBody
        for (const field of singleLineFields) body = withField(body, field, `Ana${c}María ${field}`)
        const r = await post(body)
        const fine =
          r.status === 400 &&
          r.nothingStored &&
          r.errors.length === singleLineFields.length &&
          singleLineFields.every((f) => r.errors.some((e) => e.field === f && e.message === messages.controlCharacters.es))
        if (!fine) wrong.push(`${visible(c)}: ${r.status} ${JSON.stringify(r.json)}`)
      }
      expect(wrong).toEqual([])
    },
    propertyTimeout,
  )

  it(
    'in the statement: line breaks and tabs are kept exactly, every other control character and lone surrogate is refused',
    async () => {
      const wrong: string[] = []
      for (const [i, c] of everyControl.entries()) {
        const locale: Locale = i % 2 ? 'es' : 'en'
        const statement = `We hire${c}from the communities we serve.`
        const r = await post(withField(validSubmission({ locale }), 'statement', statement))
        if (longTextControls.includes(c)) {
          if (r.status !== 201 || r.stored?.statement !== statement) wrong.push(`${visible(c)}: ${r.status}, stored ${visible(r.stored?.statement)}`)
        } else {
          const fine =
            r.status === 400 &&
            r.nothingStored &&
            r.errors.length === 1 &&
            r.errors[0]!.field === 'statement' &&
            r.errors[0]!.message === messages.controlCharacters[locale]
          if (!fine) wrong.push(`${visible(c)} (${locale}): ${r.status} ${JSON.stringify(r.json)}`)
        }
      }
      expect(wrong).toEqual([])
    },
    propertyTimeout,
  )

  it(
    'anywhere in any typed field, amid any Unicode, in either language: refused unless it is whitespace the contract trims away, or a line break or tab in the statement',
    async () => {
      const fields: TextField[] = [...singleLineFields, 'statement']
      const arb = fc
        .record({
          field: fc.constantFrom(...fields),
          // The controls that are also whitespace (\t \n \v \f \r) are trimmed at the ends; weight them up.
          c: fc.oneof(controlCharacter, fc.constantFrom('\t', '\n', '\u000b', '\f', '\r'), loneSurrogate),
          where: fc.constantFrom('start', 'middle', 'end'),
          before: fc.string({ unit: cleanUnit(false), maxLength: 12 }),
          after: fc.string({ unit: cleanUnit(false), maxLength: 12 }),
          locale: fc.constantFrom<Locale>('en', 'es'),
        })
        .filter(({ before, after }) => [...`${before}${after}`.trim()].length >= 2)
      await assertProperty(
        arb,
        async ({ field, c, where, before, after, locale }) => {
          const value = where === 'start' ? `${c}${before}${after}` : where === 'end' ? `${before}${after}${c}` : `${before}${c}${after}`
          const trimmed = value.trim()
          const max = field === 'statement' ? 1000 : field === 'organization.name' ? 200 : 120
          const refused = hasControl(trimmed, field === 'statement' ? longTextControls : []) || hasLoneSurrogate(trimmed) || [...trimmed].length > max
          // The oracle here is the issue's rule, independent of the contract; the contract must agree.
          const body = withField(validSubmission({ locale }), field, value)
          expect(pledgeSubmission.safeParse(body).success, `${field} = ${visible(value)}`).toBe(!refused)
          return submitAndCheck(body)
        },
        150,
      )
    },
    propertyTimeout,
  )

  // The website is checked as typed text before it is read as a URL (which would drop tabs and
  // line breaks and let other control characters through).
  it(
    'in the website, in Spanish',
    async () => {
      const wrong: string[] = []
      for (const c of everyControl) {
        const s = validSubmission({ locale: 'es' })
        const website = `https://example.org/a${c}b?q=${c}#${c}`
        const r = await post({ ...s, organization: { ...s.organization, website } } as SubmissionBody)
        const fine = r.status === 400 && r.nothingStored && r.errors.some((e) => e.field === 'organization.website' && inLanguage(e.message, 'es'))
        if (!fine) wrong.push(`${visible(c)}: ${r.status}${r.stored ? `, stored ${visible(r.stored.organization?.website)}` : ` ${JSON.stringify(r.json)}`}`)
      }
      expect(wrong).toEqual([])
    },
    propertyTimeout,
  )
})
