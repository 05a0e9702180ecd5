/**
 * The CMS over real HTTP (`next start` on a seeded temporary database, see helpers/cms-server.ts):
 * the start-up smoke test, the access matrix through REST, the key rules through GraphQL, CORS,
 * (Signing in: login.int.test.ts.)
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { readSnapshot } from '../content/snapshot.ts'
import { accessMatrix, collections, type Refs, roles, type Role, tinyPng, validDocument } from './helpers/access-matrix.ts'
import { type Client, client, login } from './helpers/http.ts'
import { formBody, savedPledge } from './helpers/pledges.ts'

const cmsUrl = inject('cmsUrl')
const siteUrl = inject('siteUrl')
const as: Partial<Record<Role, Client>> = {}
const userIds: Partial<Record<Role, number>> = {}
let refs: Refs
const versioned = new Set(['training-programs', 'job-postings', 'toolkits'])

function mediaForm(alt: string): FormData {
  const form = new FormData()
  form.append('file', new Blob([tinyPng], { type: 'image/png' }), 'dot.png')
  form.append('_payload', JSON.stringify({ alt }))
  return form
}

let visitors = 0
/** Pledges come in through the pledge endpoint, as the public form sends them (see pledges.int.test.ts). */
async function submitPledge(role: Role) {
  const headers = { 'X-Forwarded-For': `10.2.0.${++visitors}` }
  const sent = await (as[role] as Client).rest('POST', '/api/pledges', { body: formBody(), headers })
  if (sent.status !== 201) return sent
  return { ...sent, json: { ...sent.json, doc: await savedPledge(as.admin!, sent.json.reference) } }
}

async function create(role: Role, collection: string, draft = false) {
  if (collection === 'pledges') return submitPledge(role)
  const data = validDocument(collection, refs)
  if (draft) data._status = 'draft'
  const query = draft ? '?draft=true' : ''
  return collection === 'media'
    ? (as[role] as Client).rest('POST', `/api/media`, { form: mediaForm(String(data.alt)) })
    : (as[role] as Client).rest('POST', `/api/${collection}${query}`, { body: data })
}

beforeAll(async () => {
  as.anonymous = client(cmsUrl)
  as.admin = client(cmsUrl, await login(cmsUrl, inject('adminEmail'), inject('adminPassword')))
  for (const role of ['editor', 'reviewer'] as const) {
    const email = `${role}-${Date.now()}@portal.test`
    const made = await as.admin.rest('POST', '/api/users', { body: { email, password: 'a-long-test-password', roles: [role] } })
    expect(made.status).toBe(201)
    userIds[role] = made.json.doc.id
    as[role] = client(cmsUrl, await login(cmsUrl, email, 'a-long-test-password'))
  }
  userIds.admin = (await as.admin.rest('GET', '/api/users/me')).json.user.id
  const first = async (collection: string) => (await as.anonymous!.rest('GET', `/api/${collection}?limit=1&depth=0`)).json.docs[0].id
  refs = {
    region: await first('regions'),
    organization: await first('organizations'),
    workerType: await first('worker-types'),
    language: await first('languages'),
  }
})

describe('start-up smoke test', () => {
  it('serves the admin', async () => {
    const response = await fetch(`${cmsUrl}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })

  it('serves the seeded, published jobs and never a draft', async () => {
    const snapshot = await readSnapshot()
    const jobs = await as.anonymous!.rest('GET', '/api/job-postings?limit=0&depth=0')
    expect(jobs.status).toBe(200)
    const slugs = jobs.json.docs.map((d: { slug: string }) => d.slug)
    for (const job of snapshot['job-postings']) expect(slugs).toContain(job.slug)

    const draft = await create('editor', 'job-postings', true)
    expect(draft.status).toBe(201)
    const slug = draft.json.doc.slug
    for (const query of ['', '&draft=true']) {
      const found = await as.anonymous!.rest('GET', `/api/job-postings?where[slug][equals]=${slug}${query}`)
      expect(found.json.docs).toEqual([])
    }
    const byId = await as.anonymous!.rest('GET', `/api/job-postings/${draft.json.doc.id}?draft=true`)
    expect([403, 404]).toContain(byId.status)
    const forEditor = await as.editor!.rest('GET', `/api/job-postings?where[slug][equals]=${slug}&draft=true`)
    expect(forEditor.json.docs.map((d: { slug: string }) => d.slug)).toEqual([slug])
  })

  it('serves Spanish with an English fallback', async () => {
    const es = await as.anonymous!.rest('GET', '/api/toolkits?limit=1&locale=es&sort=slug')
    const en = await as.anonymous!.rest('GET', '/api/toolkits?limit=1&locale=en&sort=slug')
    expect(es.json.docs[0].title).not.toBe(en.json.docs[0].title)
    const job = await create('admin', 'job-postings')
    const fallback = await as.anonymous!.rest('GET', `/api/job-postings/${job.json.doc.id}?locale=es`)
    expect(fallback.json.title).toBe(job.json.doc.title)
  })
})

// Alerts are not documents anyone creates or edits over REST: POST /api/alerts is the public
// sign-up, and nobody, admins included, reads or changes an alert (test/alerts.int.test.ts).
describe.each(collections.filter((c) => c !== 'alerts'))('REST %s', (collection) => {
  describe.each(roles)('as %s', (role) => {
    const expected = accessMatrix[collection][role]

    // Over REST anyone may sign the pledge, through its checked endpoint.
    const restCreate = collection === 'pledges' ? 'allow' : expected.create
    it(`create: ${restCreate}`, async () => {
      const { status } = await create(role, collection)
      expect(status).toBe(restCreate === 'deny' ? 403 : 201)
    })

    it(`read: ${expected.read}`, async () => {
      const published = (await create('admin', collection)).json.doc
      const draft = versioned.has(collection) ? (await create('admin', collection, true)).json.doc : undefined
      const { status, json } = await as[role]!.rest('GET', `/api/${collection}?limit=0&depth=0&draft=true`)
      if (expected.read === 'deny') return expect(status).toBe(403)
      expect(status).toBe(200)
      const ids = json.docs.map((d: { id: number }) => d.id)
      if (expected.read === 'self') return expect(ids).toEqual([userIds[role]])
      expect(ids).toContain(published.id)
      if (draft) expect(ids.includes(draft.id)).toBe(expected.read === 'allow')
    })

    it(`update: ${expected.update}`, async () => {
      const id = expected.update === 'self' ? userIds[role] : (await create('admin', collection)).json.doc.id
      const body = collection === 'users' ? { name: 'Renamed' } : collection === 'media' ? { alt: 'Renamed' } : {}
      const { status } = await as[role]!.rest('PATCH', `/api/${collection}/${id}`, { body })
      expect(status).toBe(expected.update === 'deny' ? 403 : 200)
      if (expected.update === 'self') {
        const other = await as[role]!.rest('PATCH', `/api/users/${userIds.admin}`, { body: { name: 'x' } })
        expect([403, 404]).toContain(other.status)
      }
    })

    it(`delete: ${expected.delete}`, async () => {
      const id = (await create('admin', collection)).json.doc.id
      const { status } = await as[role]!.rest('DELETE', `/api/${collection}/${id}`)
      expect(status).toBe(expected.delete === 'deny' ? 403 : 200)
    })
  })
})

describe('GraphQL', () => {
  it('never lets the public read pledges or users', async () => {
    for (const query of ['{ Pledges { docs { id contact { email } } } }', '{ Users { docs { id email } } }']) {
      const { data, errors } = await as.anonymous!.graphql(query)
      expect(errors?.[0]?.message).toMatch(/not allowed/i)
      expect(JSON.stringify(data ?? {})).not.toContain('@')
    }
  })

  it('never shows drafts to the public', async () => {
    const draft = (await create('editor', 'job-postings', true)).json.doc
    const { data } = await as.anonymous!.graphql(`{ JobPostings(draft: true, where: { slug: { equals: "${draft.slug}" } }) { docs { slug } } }`)
    expect(data.JobPostings.docs).toEqual([])
  })

  it('refuses content changes from the public and from reviewers', async () => {
    const job = (await create('admin', 'job-postings')).json.doc
    for (const role of ['anonymous', 'reviewer'] as const) {
      const { errors } = await as[role]!.graphql(`mutation { updateJobPosting(id: ${job.id}, data: { closed: true }) { id } }`)
      expect(errors?.[0]?.message, role).toMatch(/not allowed/i)
      const { errors: deleteErrors } = await as[role]!.graphql(`mutation { deleteJobPosting(id: ${job.id}) { id } }`)
      expect(deleteErrors?.[0]?.message, role).toMatch(/not allowed/i)
    }
  })

  it('lets staff read pledges, the public neither read their contact details nor update them', async () => {
    const created = await create('anonymous', 'pledges')
    expect(created.status).toBe(201)
    // The answer to an anonymous submission carries no contact details, not even the submitter's own.
    expect(JSON.stringify({ ...created.json, doc: undefined })).not.toMatch(/contact-[^"]*@example\.org/)
    const { data } = await as.editor!.graphql('{ Pledges(limit: 1) { docs { id status } } }')
    expect(data.Pledges.docs.length).toBe(1)
    const id = data.Pledges.docs[0].id
    const { errors } = await as.anonymous!.graphql(`mutation { updatePledge(id: ${id}, data: { status: approved }) { id } }`)
    expect(errors?.[0]?.message).toMatch(/not allowed/i)
  })
})

describe('CORS', () => {
  it('allows the site origin and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${cmsUrl}/api/pledges`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      })
    expect((await preflight(siteUrl)).headers.get('access-control-allow-origin')).toBe(siteUrl)
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
  })
})
