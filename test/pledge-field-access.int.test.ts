/**
 * Who may read and change each field of a pledge, over REST and GraphQL: every role × every
 * field × read/update. Reviewers decide (status, review note) and never rewrite what the employer
 * wrote; only an admin corrects that; the CMS alone sets its own fields; editors only read.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type Client, client, login } from './helpers/http.ts'
import { formBody } from './helpers/pledges.ts'

type Role = 'anonymous' | 'editor' | 'reviewer' | 'admin'
const roles: Role[] = ['anonymous', 'editor', 'reviewer', 'admin']
const as: Partial<Record<Role, Client>> = {}
const cmsUrl = inject('cmsUrl')
const staff: Role[] = ['editor', 'reviewer', 'admin']

/** Each field: who reads it, who may change it, a new value, and how GraphQL writes that value (if it can). */
type Rule = { read: Role[]; update: Role[]; value: unknown; graphql?: string }
const employer = (value: unknown, graphql?: string): Rule => ({ read: staff, update: ['admin'], value, graphql })
const system = (value: unknown): Rule => ({ read: staff, update: [], value })
const fields: Record<string, Rule> = {
  organizationName: employer('Renamed by someone', '"Renamed by someone"'),
  'organization.kind': employer('cbo', '{ kind: cbo }'),
  'organization.chwCount': employer(99, '{ chwCount: 99 }'),
  'organization.website': employer('https://changed.example.org', '{ website: "https://changed.example.org" }'),
  'contact.name': employer('Someone Else', '{ name: "Someone Else" }'),
  'contact.email': employer('someone.else@example.org', '{ email: "someone.else@example.org" }'),
  'contact.phone': employer('(707) 555-9999', '{ phone: "(707) 555-9999" }'),
  commitments: employer([{ area: 'training', recommendations: ['paid-core-competency-training'] }]),
  selfAssessment: employer([{ area: 'training', rating: 'fully' }]),
  statement: employer('A statement someone else wrote.', '"A statement someone else wrote."'),
  consentToList: employer(false, 'false'),
  signerName: employer('Someone Else', '"Someone Else"'),
  signerTitle: employer('Someone Else’s title', '"Someone Else’s title"'),
  locale: employer('es', 'es'),
  status: { read: staff, update: ['reviewer', 'admin'], value: 'lapsed', graphql: 'lapsed' },
  reviewNote: { read: staff, update: ['reviewer', 'admin'], value: 'Checked with the employer.', graphql: '"Checked with the employer."' },
  reference: system('PLG-AAAA-AAAA'),
  approvedAt: system('2020-01-01T00:00:00.000Z'),
  renewalDue: system('2099-01-01T00:00:00.000Z'),
  slug: system('self-made-slug'),
  reminderSentFor: system('2099-01-01T00:00:00.000Z'),
  progressReports: system([{ submittedAt: '2020-01-01T00:00:00.000Z', entries: [] }]),
  idempotencyKey: { read: [], update: [], value: 'a-key-chosen-by-someone-else' },
  submissionHash: { read: [], update: [], value: 'f'.repeat(64) },
  progressTokenHash: { read: [], update: [], value: 'e'.repeat(64) },
  progressTokenExpires: { read: [], update: [], value: '2099-01-01T00:00:00.000Z' },
}

const get = (doc: any, path: string) => path.split('.').reduce((v, k) => v?.[k], doc)
const set = (path: string, value: unknown) => path.split('.').reduceRight<unknown>((v, k) => ({ [k]: v }), value) as Record<string, unknown>
/** A field's value as compared: list rows without their ids. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value ?? null, (k, v) => (k === 'id' ? undefined : v)))

let visitors = 0
async function newPledge(): Promise<number> {
  const sent = await as.anonymous!.rest('POST', '/api/pledges', { body: formBody(), headers: { 'X-Forwarded-For': `10.41.0.${++visitors}` } })
  expect(sent.status).toBe(201)
  const { json } = await as.admin!.rest('GET', `/api/pledges?where[reference][equals]=${sent.json.reference}&depth=0`)
  return json.docs[0].id
}
const stored = async (id: number) => (await as.admin!.rest('GET', `/api/pledges/${id}?depth=0`)).json

beforeAll(async () => {
  as.anonymous = client(cmsUrl)
  as.admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  for (const role of ['editor', 'reviewer'] as const) {
    const email = `field-access-${role}-${Date.now()}@portal.test`
    await as.admin.rest('POST', '/api/users', { body: { email, password: 'a-long-test-password', roles: [role] } })
    as[role] = client(cmsUrl, await login(cmsUrl, email, 'a-long-test-password'))
  }
})

describe('reading', () => {
  it.each(roles)('%s reads exactly the fields it may, over REST and GraphQL', async (role) => {
    const id = await newPledge()
    const rest = await as[role]!.rest('GET', `/api/pledges/${id}?depth=0`)
    if (role === 'anonymous') {
      expect([403, 404]).toContain(rest.status)
    } else {
      expect(rest.status).toBe(200)
      for (const [path, rule] of Object.entries(fields)) {
        const present = get(rest.json, path.split('.')[0]!) !== undefined
        expect(present, `${role} reads ${path}`).toBe(rule.read.includes(role))
      }
    }
    const visible = Object.entries(fields).filter(([path, rule]) => rule.read.length > 0 && !path.includes('.') && rule.graphql !== undefined)
    const { data, errors } = await as[role]!.graphql(`{ Pledge(id: ${id}) { ${visible.map(([p]) => p).join(' ')} contact { email phone } } }`)
    if (role === 'anonymous') {
      expect(errors?.[0]?.message).toMatch(/not allowed/i)
      expect(JSON.stringify(data ?? {})).not.toContain('@')
    } else {
      expect(data.Pledge.contact.email).toContain('@')
    }
  })
})

describe('changing', () => {
  let before: Record<string, any>
  let id: number
  beforeAll(async () => {
    id = await newPledge()
    before = await stored(id)
  })

  for (const [path, rule] of Object.entries(fields)) {
    it.each(roles)(`${path}: %s over REST`, async (role) => {
      const target = rule.update.includes(role) ? await newPledge() : id
      const original = rule.update.includes(role) ? await stored(target) : before
      const response = await as[role]!.rest('PATCH', `/api/pledges/${target}`, { body: set(path, rule.value) })
      const after = await stored(target)
      if (rule.update.includes(role)) {
        expect(response.status, JSON.stringify(response.json)).toBe(200)
        expect(plain(get(after, path)), path).toEqual(plain(rule.value))
      } else {
        // Refused outright (403), or the field left out of the change.
        expect([200, 403]).toContain(response.status)
        if (rule.read.length) expect(plain(get(after, path)), path).toEqual(plain(get(original, path)))
        else expect(JSON.stringify(after)).not.toContain(String(rule.value))
      }
    })

    if (rule.graphql) {
      it.each(roles)(`${path}: %s over GraphQL`, async (role) => {
        const target = rule.update.includes(role) ? await newPledge() : id
        const original = await stored(target)
        const [top, sub] = path.split('.') as [string, string | undefined]
        // GraphQL takes a group whole: the other fields of the group as they are, this one changed.
        const literal = (key: string, value: unknown) => (key === 'kind' ? String(value) : JSON.stringify(value))
        const others = sub
          ? Object.entries(original[top] as Record<string, unknown>)
              .filter(([key, value]) => key !== sub && value !== null && value !== undefined)
              .map(([key, value]) => `${key}: ${literal(key, value)}`)
          : []
        const data = sub ? `${top}: { ${[...others, `${sub}: ${rule.graphql!.replace(/^\{\s*\w+:\s*|\s*\}$/g, '')}`].join(', ')} }` : `${top}: ${rule.graphql}`
        const { errors } = await as[role]!.graphql(`mutation { updatePledge(id: ${target}, data: { ${data} }) { id } }`)
        const after = await stored(target)
        if (rule.update.includes(role)) {
          expect(errors, JSON.stringify(errors)).toBeUndefined()
          expect(plain(get(after, path))).toEqual(plain(rule.value))
        } else {
          expect(plain(get(after, path)), `${role} ${path}`).toEqual(plain(get(original, path)))
        }
      })
    }
  }
})

describe('what a pledge may commit to', () => {
  it('refuses, even from an admin, a commitment to a recommendation the framework does not have', async () => {
    const id = await newPledge()
    const before = await stored(id)
    const response = await as.admin!.rest('PATCH', `/api/pledges/${id}`, {
      body: { commitments: [{ area: 'hiring', recommendations: ['a-recommendation-nobody-wrote'] }] },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/not a recommendation of the framework area/)
    expect(plain((await stored(id)).commitments)).toEqual(plain(before.commitments))
    const twice = await as.admin!.rest('PATCH', `/api/pledges/${id}`, {
      body: {
        commitments: [
          { area: 'hiring', recommendations: ['no-degree-required'] },
          { area: 'hiring', recommendations: ['no-degree-required'] },
        ],
      },
    })
    expect(twice.status).toBe(400)
  })
})
