/**
 * A hostile corpus against the two doors anyone can knock on: `POST /api/pledges` and the staff
 * sign-in. Every case is a request a stranger could send: wrong types and sizes; control, bidi and
 * confusable characters; HTML and script; prototype-pollution keys; staff-only fields at the top
 * level and nested; wrong content types; bodies that lie about their length.
 *
 * What must hold for every case: never a 5xx and never a hang; a refusal is a 4xx that stores
 * nothing; what is accepted is stored exactly as the contract reads it; no sign-in case gets a
 * session. Each case speaks from an address of its own, so the rate limits stay out of the way.
 */
import { connect } from 'node:net'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type Client, client, login } from './helpers/http.ts'
import { formBody, savedPledge, validSubmission } from './helpers/pledges.ts'

const cmsUrl = inject('cmsUrl')
let admin: Client
let address = 0
const nextAddress = () => `10.99.${Math.floor(++address / 250)}.${(address % 250) + 1}`

type Answer = { status: number; text: string; json: any; headers: Headers }

async function send(path: string, body: BodyInit | undefined, headers: Record<string, string> = {}, method = 'POST'): Promise<Answer> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { 'X-Forwarded-For': nextAddress(), ...headers },
    body,
    signal: AbortSignal.timeout(20_000),
  })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {}
  return { status: response.status, text, json, headers: response.headers }
}

const postJson = (path: string, value: unknown) => send(path, typeof value === 'string' ? value : JSON.stringify(value), { 'Content-Type': 'application/json' })

const pledgeCount = async () => (await admin.rest('GET', '/api/pledges?limit=1&depth=0')).json.totalDocs as number

/** Sets `path` (dots, array indices as numbers) in a copy of `value`. */
function setAt(value: unknown, path: (string | number)[], leaf: unknown): any {
  const copy = structuredClone(value) as any
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key]
  node[path.at(-1)!] = leaf
  return copy
}

// ------------------------------------------------------------------------------------------------
// The pledge corpus: a name, and the body to post as JSON.

const fieldPaths: (string | number)[][] = [
  ['organization'],
  ['organization', 'name'],
  ['organization', 'kind'],
  ['organization', 'region'],
  ['organization', 'website'],
  ['organization', 'chwCount'],
  ['contact'],
  ['contact', 'name'],
  ['contact', 'title'],
  ['contact', 'email'],
  ['contact', 'phone'],
  ['commitments'],
  ['commitments', 0],
  ['commitments', 0, 'area'],
  ['commitments', 0, 'recommendations'],
  ['commitments', 0, 'recommendations', 0],
  ['selfAssessment'],
  ['selfAssessment', 0, 'rating'],
  ['statement'],
  ['consentToList'],
  ['signerName'],
  ['signerTitle'],
  ['agreed'],
  ['locale'],
  ['idempotencyKey'],
]
const wrongValues: [string, unknown][] = [
  ['null', null],
  ['a number', 12345],
  ['true', true],
  ['an array', ['x']],
  ['an object', { equals: 'x' }],
  ['a huge number', 1e308],
]
// A wrong value that happens to be right for its field is not a wrong type.
const rightByType = (path: (string | number)[], value: unknown) =>
  (path.at(-1) === 'chwCount' && value === 12345) || (path.at(-1) === 'consentToList' && value === true) || (path.at(-1) === 'agreed' && value === true)

const wrongTypes = fieldPaths.flatMap((path) =>
  wrongValues.filter(([, v]) => !rightByType(path, v)).map(([name, v]) => [`${path.join('.')} is ${name}`, setAt(formBody(), path, v)] as const),
)

const lines = ['organization.name', 'contact.name', 'contact.title', 'signerName', 'signerTitle'] as const
const linePath = (field: string) => field.split('.')
const sizes = [
  ...lines.map((f) => [`${f} of 100,000 characters`, setAt(formBody(), linePath(f), 'x'.repeat(100_000))] as const),
  ...lines.map((f) => [`${f} of 201 characters`, setAt(formBody(), linePath(f), 'y'.repeat(201))] as const),
  ['a statement of 1,001 characters', setAt(formBody(), ['statement'], 'z'.repeat(1001))],
  ['an email of 255 characters', setAt(formBody(), ['contact', 'email'], `${'a'.repeat(243)}@example.org`)],
  ['a website of 2,001 characters', setAt(formBody(), ['organization', 'website'], `https://example.org/${'p'.repeat(1982)}`)],
  ['a negative CHW count', setAt(formBody(), ['organization', 'chwCount'], -1)],
  ['a fractional CHW count', setAt(formBody(), ['organization', 'chwCount'], 2.5)],
  ['a CHW count of a million', setAt(formBody(), ['organization', 'chwCount'], 1_000_000)],
  ['no commitments', setAt(formBody(), ['commitments'], [])],
  ['a commitment with no recommendations', setAt(formBody(), ['commitments', 0, 'recommendations'], [])],
  ['5,000 recommendations', setAt(formBody(), ['commitments', 0, 'recommendations'], Array(5000).fill('no-degree-required'))],
  ['a one-letter name', setAt(formBody(), ['organization', 'name'], 'A')],
  ['an idempotency key of 15 characters', setAt(formBody(), ['idempotencyKey'], 'k'.repeat(15))],
  ['an idempotency key of 101 characters', setAt(formBody(), ['idempotencyKey'], 'k'.repeat(101))],
  ['an idempotency key with a slash', setAt(formBody(), ['idempotencyKey'], '../../etc/passwd/123456')],
] as const

const invisible: [string, string][] = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['a C1 control', '\u0085'],
  ['a right-to-left override', '\u202e'],
  ['a left-to-right embedding', '\u202a'],
  ['a pop directional formatting', '\u202c'],
  ['a first-strong isolate', '\u2068'],
  ['a pop directional isolate', '\u2069'],
  ['a lone high surrogate', '\ud800'],
  ['a lone low surrogate', '\udfff'],
]
const controls = [...lines, 'statement'].flatMap((f) =>
  invisible.map(([name, ch]) => [`${name} in ${f}`, setAt(formBody(), linePath(f), `Clinic ${ch}gnp.exe`)] as const),
)

const confusables = [
  ['a Cyrillic “а” in the email domain', setAt(formBody(), ['contact', 'email'], 'rosa@exаmple.org')],
  ['a fullwidth @ in the email', setAt(formBody(), ['contact', 'email'], 'rosa＠example.org')],
  ['a Unicode email local part', setAt(formBody(), ['contact', 'email'], 'rosá@example.org')],
  ['an email with a display name', setAt(formBody(), ['contact', 'email'], '"Rosa" <rosa@example.org>')],
  ['two emails', setAt(formBody(), ['contact', 'email'], 'rosa@example.org, boss@example.org')],
  ['an email with a header injection', setAt(formBody(), ['contact', 'email'], 'rosa@example.org\r\nBcc: all@example.org')],
  ['a Cyrillic region slug', setAt(formBody(), ['organization', 'region'], 'sonoma-cоunty')],
  ['a fullwidth area', setAt(formBody(), ['commitments', 0, 'area'], 'ｈiring')],
  ['a recommendation with a trailing zero-width space', setAt(formBody(), ['commitments', 0, 'recommendations', 0], 'no-degree-required\u200b')],
  ['a locale with a Cyrillic “е”', setAt(formBody(), ['locale'], 'еs')],
] as const

const scripts = [
  ['javascript: as the website', setAt(formBody(), ['organization', 'website'], 'javascript:alert(1)')],
  ['data: as the website', setAt(formBody(), ['organization', 'website'], 'data:text/html,<script>alert(1)</script>')],
  ['a tab-broken javascript: website', setAt(formBody(), ['organization', 'website'], 'java\tscript:alert(1)')],
  ['file: as the website', setAt(formBody(), ['organization', 'website'], 'file:///etc/passwd')],
  ['vbscript: as the website', setAt(formBody(), ['organization', 'website'], 'vbscript:msgbox(1)')],
] as const

/** Accepted as text (the site and the admin escape it); stored exactly. */
const markup = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  '${7*7}',
  "'; DROP TABLE pledges; --",
]
const markupCases = markup.flatMap((m, i) =>
  (['organization.name', 'contact.name', 'signerName', 'statement'] as const).map(
    (f) => [`${JSON.stringify(m)} in ${f}`, f, `${m} ${i} ${Date.now()}`] as const,
  ),
)

const pollution = [
  ['__proto__ at the top', `{"__proto__":{"polluted":"yes"},${JSON.stringify(formBody()).slice(1)}`],
  ['__proto__ in organization', JSON.stringify(formBody()).replace('"organization":{', '"organization":{"__proto__":{"polluted":"yes"},')],
  ['__proto__ in contact', JSON.stringify(formBody()).replace('"contact":{', '"contact":{"__proto__":{"isAdmin":true},')],
  ['__proto__ in a commitment', JSON.stringify(formBody()).replace('"commitments":[{', '"commitments":[{"__proto__":{"polluted":"yes"},')],
  ['constructor.prototype at the top', { ...formBody(), constructor: { prototype: { polluted: 'yes' } } }],
  ['prototype at the top', { ...formBody(), prototype: { polluted: 'yes' } }],
  ['constructor in organization', setAt(formBody(), ['organization', 'constructor'], { prototype: { polluted: 'yes' } })],
  ['__proto__ as a region', setAt(formBody(), ['organization', 'region'], '__proto__')],
  ['constructor as an area', setAt(formBody(), ['commitments', 0, 'area'], 'constructor')],
  ['toString as a recommendation', setAt(formBody(), ['commitments', 0, 'recommendations', 0], 'toString')],
  ['hasOwnProperty as a rating', setAt(formBody(), ['selfAssessment', 0, 'rating'], 'hasOwnProperty')],
  ['__proto__ as the locale', setAt(formBody(), ['locale'], '__proto__')],
] as const

const staffOnly = [
  'status',
  'reference',
  'approvedAt',
  'renewalDueAt',
  'reviewNote',
  'slug',
  'id',
  'createdAt',
  'updatedAt',
  'submissionHash',
  'remindersSent',
  'progressReports',
  '_status',
  'employerWritten',
  'organizationName',
  'user',
  'deletedAt',
]
const staffOnlyCases = [
  ...staffOnly.map((f) => [`${f} at the top`, { ...formBody(), [f]: f === 'status' ? 'approved' : 'x' }] as const),
  ...['id', 'status', 'createdAt'].flatMap((f) => [
    [`${f} in organization`, setAt(formBody(), ['organization', f], 'x')] as const,
    [`${f} in contact`, setAt(formBody(), ['contact', f], 'x')] as const,
    [`${f} in a commitment`, setAt(formBody(), ['commitments', 0, f], 'x')] as const,
    [`${f} in a self-assessment`, setAt(formBody(), ['selfAssessment', 0, f], 'x')] as const,
  ]),
  ['a role for the contact', setAt(formBody(), ['contact', 'roles'], ['admin'])],
  ['a password for the contact', setAt(formBody(), ['contact', 'password'], 'x')],
  ['the honeypot filled', { ...formBody(), fax: '707-555-0100' }],
  ['the honeypot as an object', { ...formBody(), fax: { value: '' } }],
] as const

const shapes = [
  ['an empty body', ''],
  ['null', 'null'],
  ['a number', '42'],
  ['a string', '"pledge"'],
  ['an array of submissions', JSON.stringify([formBody(), formBody()])],
  ['an empty object', '{}'],
  ['truncated JSON', JSON.stringify(formBody()).slice(0, 200)],
  ['JSON with a trailing comma', JSON.stringify(formBody()).replace(/}$/, ',}')],
  ['JSON with comments', `/* hi */${JSON.stringify(formBody())}`],
  ['single-quoted JSON', JSON.stringify(formBody()).replaceAll('"', "'")],
  ['NaN as a count', JSON.stringify(formBody()).replace(/"chwCount":\d+/, '"chwCount":NaN')],
  ['Infinity as a count', JSON.stringify(formBody()).replace(/"chwCount":\d+/, '"chwCount":Infinity')],
  ['20,000 nested arrays', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
  ['5,000 nested objects', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
  ['duplicate keys, the last one staff-only', JSON.stringify(formBody()).replace(/}$/, ',"status":"approved"}')],
] as const

describe('POST /api/pledges, hostile input', () => {
  let before: number
  beforeAll(async () => {
    admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
    before = await pledgeCount()
  })

  const refusedCases: (readonly [string, unknown])[] = [...wrongTypes, ...sizes, ...controls, ...confusables, ...scripts, ...pollution, ...staffOnlyCases]

  it.each(refusedCases)('refuses %s with a 4xx that names the problem', async (_, body) => {
    const answer = await postJson('/api/pledges', body)
    expect(answer.status, answer.text).toBeGreaterThanOrEqual(400)
    expect(answer.status, answer.text).toBeLessThan(500)
    expect(answer.json?.errors?.[0]?.message ?? answer.json?.message, answer.text).toEqual(expect.any(String))
    // Nothing the client sent comes back as markup, and no stack or path leaks.
    expect(answer.text).not.toMatch(/<script|onerror=|at \w+ \(|node_modules|\/work\//)
  })

  it.each(shapes)('refuses %s with a 400', async (_, body) => {
    const answer = await postJson('/api/pledges', body)
    expect(answer.status, answer.text).toBe(400)
  })

  it('stored none of the refused submissions', async () => {
    expect(await pledgeCount()).toBe(before)
  })

  it('leaves no polluted prototype behind', async () => {
    const { json } = await admin.rest('GET', '/api/regions?limit=1&depth=0')
    expect(JSON.stringify(json)).not.toMatch(/polluted|isAdmin/)
    const sent = await postJson('/api/pledges', formBody())
    expect(sent.status).toBe(201)
    const saved = await savedPledge(admin, sent.json.reference)
    expect(JSON.stringify(saved)).not.toMatch(/polluted|isAdmin/)
    expect(saved!.status).toBe('pending')
  })

  it.each(markupCases)('stores %s as the text it is', async (_, field, text) => {
    const submission = setAt(validSubmission(), linePath(field), text)
    const sent = await postJson('/api/pledges', formBody(submission))
    expect(sent.status, sent.text).toBe(201)
    expect(sent.text).not.toContain('<')
    const saved = await savedPledge(admin, sent.json.reference)
    const stored = field === 'organization.name' ? saved!.organizationName : field.split('.').reduce((node: any, k) => node?.[k], saved)
    expect(stored).toBe(text)
  })

  it('accepts JSON that starts with a byte-order mark, as RFC 8259 allows', async () => {
    const sent = await postJson('/api/pledges', `\ufeff${JSON.stringify(formBody())}`)
    expect(sent.status, sent.text).toBe(201)
  })

  it.each([
    ['right-to-left text with its marks', 'مركز صحة المجتمع \u200f(CHW)'],
    ['a zero-width joiner in an emoji', 'Clínica 👩\u200d⚕️ Familia'],
    ['combining accents', 'Cli\u0301nica Sen\u0303or'],
  ])('accepts %s, stored exactly', async (_, name) => {
    const sent = await postJson('/api/pledges', formBody(validSubmission({ organization: { ...validSubmission().organization, name } })))
    expect(sent.status, sent.text).toBe(201)
    expect((await savedPledge(admin, sent.json.reference))!.organizationName).toBe(name)
  })
})

// ------------------------------------------------------------------------------------------------
// Content types and lying lengths.

const contentTypes = [
  ['no content type', undefined],
  ['text/plain', 'text/plain'],
  ['form-urlencoded', 'application/x-www-form-urlencoded'],
  ['multipart', 'multipart/form-data; boundary=x'],
  ['text/html', 'text/html'],
  ['application/xml', 'application/xml'],
  ['JSON in UTF-16', 'application/json; charset=utf-16'],
  ['application/jsonp', 'application/jsonp'],
] as const

/** Sends raw bytes on a fresh socket and returns the status line (or '' if the server hung up without one). */
function raw(request: string | Buffer, waitMs = 8000): Promise<string> {
  const { hostname, port } = new URL(cmsUrl)
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname)
    let received = ''
    const done = () => {
      socket.destroy()
      resolve(received.split('\r\n')[0] ?? '')
    }
    socket.setTimeout(waitMs, done)
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1')
      if (received.includes('\r\n\r\n')) done()
    })
    socket.on('error', done)
    socket.on('close', done)
    socket.write(request)
  })
}

const head = (path: string, headers: Record<string, string>) =>
  `POST ${path} HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: ${nextAddress()}\r\nConnection: close\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`

describe.each(['/api/pledges', '/api/users/login'])('%s, wrong content types and lying lengths', (path) => {
  const body = path === '/api/pledges' ? JSON.stringify(formBody()) : JSON.stringify({ email: 'admin@portal.test', password: 'x' })

  it.each(contentTypes)('refuses %s with a 4xx', async (_, type) => {
    const payload = type?.includes('utf-16') ? Buffer.from(body, 'utf16le') : body
    const answer = await send(path, payload, type ? { 'Content-Type': type } : {})
    expect(answer.status, answer.text).toBeGreaterThanOrEqual(400)
    expect(answer.status, answer.text).toBeLessThan(500)
  })

  it('refuses bytes that are not UTF-8', async () => {
    const answer = await send(path, Buffer.concat([Buffer.from(body.slice(0, -2)), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), {
      'Content-Type': 'application/json',
    })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
  })

  it.each([
    [
      'a length shorter than the body',
      (b: string) => head(path, { 'Content-Type': 'application/json', 'Content-Length': String(Math.floor(b.length / 2)) }) + b,
    ],
    [
      'a length longer than the body, then silence',
      (b: string) => head(path, { 'Content-Type': 'application/json', 'Content-Length': String(b.length + 500) }) + b,
    ],
    ['a length of 10 GB', (b: string) => head(path, { 'Content-Type': 'application/json', 'Content-Length': '10000000000' }) + b],
    ['a negative length', (b: string) => head(path, { 'Content-Type': 'application/json', 'Content-Length': '-5' }) + b],
    ['a length that is not a number', (b: string) => head(path, { 'Content-Type': 'application/json', 'Content-Length': 'lots' }) + b],
    ['two different lengths', (b: string) => head(path, { 'Content-Type': 'application/json', 'Content-Length': `${b.length}\r\nContent-Length: 3` }) + b],
    [
      'a length and chunked at once',
      (b: string) =>
        `${head(path, { 'Content-Type': 'application/json', 'Content-Length': '3', 'Transfer-Encoding': 'chunked' })}${b.length.toString(16)}\r\n${b}\r\n0\r\n\r\n`,
    ],
    [
      'a chunk longer than it says',
      (b: string) => `${head(path, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' })}10\r\n${b}\r\n0\r\n\r\n`,
    ],
    [
      'chunked with no end',
      (b: string) => `${head(path, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' })}${b.length.toString(16)}\r\n${b}\r\n`,
    ],
  ])('answers %s without a 5xx and without storing anything', async (_, build) => {
    const before = await pledgeCount()
    const status = await raw(build(body))
    // Either a 4xx, or the server waited for bytes that never came and the client gave up.
    if (status) expect(status).toMatch(/^HTTP\/1\.1 4\d\d/)
    expect(await pledgeCount()).toBe(before)
    // And it still answers everyone else.
    expect((await fetch(`${cmsUrl}/api/regions?limit=1`)).status).toBe(200)
  })
})

// ------------------------------------------------------------------------------------------------
// The sign-in corpus: nothing gets a session but the right email and password.

const loginBodies: [string, unknown][] = [
  ...(
    [
      ['null', null],
      ['a number', 1],
      ['true', true],
      ['an array', ['admin@portal.test']],
      ['an operator object', { $ne: null }],
      ['a Payload where', { equals: 'admin@portal.test' }],
      ['a like query', { like: '%' }],
      ['an exists query', { exists: true }],
    ] as const
  ).flatMap(([name, v]) => [
    [`the email as ${name}`, { email: v, password: 'anything-at-all' }] as [string, unknown],
    [`the password as ${name}`, { email: 'admin@portal.test', password: v }] as [string, unknown],
  ]),
  ['SQL in the email', { email: "admin@portal.test' OR '1'='1", password: "' OR '1'='1" }],
  ['SQL comment in the email', { email: "admin@portal.test'--", password: 'x' }],
  ['a wildcard email', { email: '%', password: 'x' }],
  ['a wildcard email with underscore', { email: 'admin@portal.tes_', password: 'x' }],
  ['the email with a NUL', { email: 'admin@portal.test\u0000', password: 'x' }],
  ['the email with a bidi override', { email: '\u202eadmin@portal.test', password: 'x' }],
  ['a fullwidth email', { email: 'ａｄｍｉｎ@portal.test', password: 'x' }],
  ['a Cyrillic “а” in the email', { email: 'аdmin@portal.test', password: 'x' }],
  ['an email of 100,000 characters', { email: `${'a'.repeat(100_000)}@portal.test`, password: 'x' }],
  ['a password of 500,000 characters', { email: 'admin@portal.test', password: 'p'.repeat(500_000) }],
  ['an empty password', { email: 'admin@portal.test', password: '' }],
  ['no password', { email: 'admin@portal.test' }],
  ['no email', { password: 'x' }],
  ['an empty object', {}],
  ['a username instead', { username: 'admin', password: 'x' }],
  ['staff fields alongside', { email: 'admin@portal.test', password: 'x', roles: ['admin'], id: 1 }],
  ['__proto__', JSON.parse('{"__proto__":{"isAdmin":true},"email":"admin@portal.test","password":"x"}')],
  ['constructor.prototype', { email: 'admin@portal.test', password: 'x', constructor: { prototype: { user: { roles: ['admin'] } } } }],
  ['<script> as the email', { email: '<script>alert(1)</script>', password: 'x' }],
  ['an array of logins', [{ email: 'admin@portal.test', password: 'x' }]],
]

describe('POST /api/users/login, hostile input', () => {
  it.each(loginBodies)('gives no session for %s', async (_, body) => {
    const answer = await postJson('/api/users/login', body)
    expect(answer.status, answer.text).toBeGreaterThanOrEqual(400)
    expect(answer.status, answer.text).toBeLessThan(500)
    expect(answer.json?.token).toBeUndefined()
    expect(answer.headers.getSetCookie().some((c) => /payload-token=[^;]+/.test(c) && !/payload-token=;/.test(c))).toBe(false)
    expect(answer.text).not.toMatch(/<script|at \w+ \(|node_modules|\/work\//)
  })

  it.each([
    ['the email as an operator object', { email: { not_equals: 'x' }, password: 'x' }],
    ['a where clause smuggled in the email', { email: { or: [{ email: { exists: true } }] }, password: 'x' }],
  ])('gives no session for %s over GraphQL either', async (_, body) => {
    const answer = await postJson('/api/graphql', {
      query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
      variables: { e: (body as { email: unknown }).email, p: body.password },
    })
    expect(answer.status).toBeLessThan(500)
    expect(answer.json?.data?.loginUser?.token ?? undefined).toBeUndefined()
  })

  it('still lets the admin in afterwards', async () => {
    expect(await login(cmsUrl, inject('adminEmail'), inject('adminPassword'))).toEqual(expect.any(String))
  })
})
