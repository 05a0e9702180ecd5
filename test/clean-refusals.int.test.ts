/**
 * Wrong input from an editor or a client gets a 4xx naming the field and changes nothing, never a
 * 500 (SQLite saves run without a transaction, so a save the database refuses halfway would leave
 * a document damaged); and a refused body never breaks the keep-alive connection.
 */
import { Agent, request } from 'node:http'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { tinyPng } from './helpers/access-matrix.ts'
import { type Client, client, login } from './helpers/http.ts'
import { formBody } from './helpers/pledges.ts'

const cmsUrl = inject('cmsUrl')
let admin: Client
let token: string

type Job = { id: number; title: string; duties: { id: string; text: string }[]; employer: number }
const job = async (id: number) => (await admin.rest('GET', `/api/job-postings/${id}?depth=0`)).json as Job

/** The paths Payload's validation error names. */
const paths = (json: any): string[] => json.errors.flatMap((e: any) => (e.data?.errors ?? []).map((f: any) => f.path))

let jobs: Job[]
beforeAll(async () => {
  token = await login(cmsUrl, inject('adminEmail'), inject('adminPassword'))
  admin = client(cmsUrl, token)
  const { json } = await admin.rest('GET', '/api/job-postings?depth=0&limit=100&sort=createdAt&where[_status][equals]=published')
  jobs = (json.docs as Job[]).filter((j) => j.duties?.length >= 2)
  expect(jobs.length).toBeGreaterThanOrEqual(2)
})

/** A multipart upload whose Content-Disposition carries `filename` exactly as given (raw bytes). */
function upload(filename: string): Promise<{ status: number; body: string }> {
  const boundary = '----portal-test'
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`, 'latin1')
  const tail = Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"A dot"}\r\n--${boundary}--\r\n`)
  const body = Buffer.concat([head, tinyPng, tail])
  return fetch(`${cmsUrl}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body,
  }).then(async (r) => ({ status: r.status, body: await r.text() }))
}

describe('uploads', () => {
  it.each([
    ['a NUL', 'nul\u0000name.png'],
    ['a control character', 'bell\u0007name.png'],
  ])('refuses a file name with %s with a 400 about the file', async (_, name) => {
    const before = (await admin.rest('GET', '/api/media?limit=0')).json.totalDocs
    const { status, body } = await upload(name)
    expect(status).toBe(400)
    expect(JSON.parse(body).errors[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/Rename the file/) })
    expect((await admin.rest('GET', '/api/media?limit=0')).json.totalDocs).toBe(before)
  })
})

describe('list rows', () => {
  it('refuses a row id copied from another document, and leaves both documents as they were', async () => {
    const [target, source] = [jobs[0]!, jobs[1]!]
    const copied = { duties: [{ id: source.duties[0]!.id, text: 'Copied from another job' }] }
    const { status, json } = await admin.rest('PATCH', `/api/job-postings/${target.id}`, { body: copied })
    expect(status).toBe(400)
    expect(paths(json)).toEqual(['duties.0.id'])
    expect((await job(target.id)).duties).toEqual(target.duties)
    expect((await job(source.id)).duties).toEqual(source.duties)
  })

  it('refuses two rows with the same id', async () => {
    const target = jobs[0]!
    const twice = {
      duties: [
        { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', text: 'One' },
        { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', text: 'Two' },
      ],
    }
    const { status, json } = await admin.rest('PATCH', `/api/job-postings/${target.id}`, { body: twice })
    expect(status).toBe(400)
    expect(paths(json)).toEqual(['duties.1.id'])
    expect((await job(target.id)).duties).toEqual(target.duties)
  })

  it('keeps accepting the document’s own row ids and new ones', async () => {
    const target = jobs[0]!
    const rows = [...target.duties, { id: 'bbbbbbbbbbbbbbbbbbbbbbbb', text: 'A new duty' }]
    const { status } = await admin.rest('PATCH', `/api/job-postings/${target.id}`, { body: { duties: rows } })
    expect(status).toBe(200)
    expect((await job(target.id)).duties.map((d) => d.text)).toEqual(rows.map((d) => d.text))
    await admin.rest('PATCH', `/api/job-postings/${target.id}`, { body: { duties: target.duties } })
  })
})

describe('values the database would not give back', () => {
  it('refuses a NUL or another control character in any text, rich text and globals included', async () => {
    const target = jobs[0]!
    for (const [path, body] of [
      ['title', { title: 'Health\u0000 worker' }],
      ['duties.0.text', { duties: [{ text: 'Visit\u001b families' }] }],
      [
        'description.root.children.0.children.0.text',
        { description: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'a\u0000b' }] }] } } },
      ],
    ] as const) {
      const { status, json } = await admin.rest('PATCH', `/api/job-postings/${target.id}`, { body })
      expect(status, path).toBe(400)
      expect(paths(json), path).toContain(path)
    }
    expect((await job(target.id)).title).toBe(target.title)
    const framework = await admin.rest('POST', '/api/globals/framework', { body: { title: 'Frame\u0000work' } })
    expect(framework.status).toBe(400)
    expect(paths(framework.json)).toContain('title')
  })

  it('refuses a number too large to store', async () => {
    const target = jobs[0]!
    const response = await fetch(`${cmsUrl}/api/job-postings/${target.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: '{"pay":{"min":1e400}}',
    })
    expect(response.status).toBe(400)
    expect(paths(await response.json())).toContain('pay.min')
  })

  it('refuses a link to a document that does not exist, naming the field', async () => {
    const target = jobs[0]!
    for (const [path, body] of [
      ['employer', { employer: 999_999 }],
      ['languages.required.0', { languages: { required: [999_999] } }],
      ['employer', { employer: 'not-an-id' }],
    ] as const) {
      const { status, json } = await admin.rest('PATCH', `/api/job-postings/${target.id}`, { body })
      expect(status, path).toBe(400)
      expect(paths(json), path).toContain(path)
    }
    expect((await job(target.id)).employer).toBe(target.employer)
  })
})

describe('ids and queries', () => {
  it('answers 404 for an id that cannot exist, and 400 for a query value that does not fit its field', async () => {
    expect((await admin.rest('GET', '/api/job-postings/not-a-number')).status).toBe(404)
    expect((await admin.rest('DELETE', '/api/job-postings/not-a-number')).status).toBe(404)
    expect((await admin.rest('GET', '/api/pledges/not-a-number')).status).toBe(404)
    expect((await admin.rest('GET', '/api/job-postings?where[id][in]=a,b')).status).toBe(400)
    expect((await admin.rest('GET', '/api/job-postings?where[postedDate][greater_than]=not-a-date')).status).toBe(400)
  })
})

describe('keep-alive', () => {
  /** Two requests over one kept-alive connection; the second says whether it reused the socket. */
  function send(agent: Agent, body: string, contentLength?: number): Promise<{ status: number; reused: boolean }> {
    return new Promise((resolve, reject) => {
      const url = new URL('/api/pledges', cmsUrl)
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'Content-Type': 'application/json',
            'X-Forwarded-For': `10.77.0.${Math.floor(Math.random() * 250)}`,
            ...(contentLength ? { 'Content-Length': contentLength } : {}),
          },
        },
        (res) => {
          res.resume()
          res.on('end', () => resolve({ status: res.statusCode!, reused: req.reusedSocket }))
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  }

  it('answers a declared body of 200 KB with 413 and serves the next request on the same connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const big = JSON.stringify({ ...formBody(), statement: 'x'.repeat(200_000) })
    expect((await send(agent, big, Buffer.byteLength(big))).status).toBe(413)
    const next = await send(agent, JSON.stringify(formBody()))
    expect(next).toEqual({ status: 201, reused: true })
    agent.destroy()
  })
})
