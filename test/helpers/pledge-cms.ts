/**
 * A small real HTTP server implementing the CMS's public pledge API as the site expects it, for
 * the unit tests of the submit logic and the end-to-end tests of the form:
 *
 * - `POST /api/pledges` (JSON): 201 `{ reference, status: 'pending', message }`; 200 with
 *   `replayed: true` for an idempotency key it has seen; 400 `{ errors: [{ field, message }] }`;
 *   409 `{ code: 'pending-duplicate' }` for a second pending pledge with the same organisation and
 *   email; 413 over 64 KB; 415 without a JSON content type. A filled honeypot gets a 201 and is
 *   not stored.
 * - `GET /api/pledges/progress?token=` and `POST /api/pledges/progress` for the annual report.
 * - CORS for any origin, with the preflight a JSON POST needs and Retry-After exposed.
 *
 * `respondNext` queues canned answers (a 429 with Retry-After, a 503); `stop()` and `start()`
 * close and reopen the port, so a test can see a refused connection and then a retry succeed.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pledgeSubmission, progressReportSubmission } from '../../content/schema.ts'

export type Received = { method: string; path: string; headers: IncomingMessage['headers']; body: any }
/** A canned answer; `hang` never answers at all (a stuck server, for timeouts). */
export type Canned = { status: number; headers?: Record<string, string>; body?: unknown; hang?: boolean }

export type PledgeCms = {
  url: string
  port: number
  received: Received[]
  pledges: Map<string, { reference: string; body: any }>
  reports: any[]
  progressTokens: Map<string, { organizationName: string; areas: string[]; renewalDue: string } | 'gone'>
  respondNext: (...answers: Canned[]) => void
  stop: () => Promise<void>
  start: () => Promise<void>
  close: () => Promise<void>
}

export async function startPledgeCms(port = 0): Promise<PledgeCms> {
  const received: Received[] = []
  const pledges = new Map<string, { reference: string; body: any }>()
  const reports: any[] = []
  const progressTokens: PledgeCms['progressTokens'] = new Map()
  const canned: Canned[] = []
  let counter = 0

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    res.end(body === undefined ? '' : JSON.stringify(body))
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*')
    res.setHeader('Vary', 'Origin')
    // Without this a page on another origin cannot read Retry-After from a 429.
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After')
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' })
      return res.end()
    }
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req) {
      size += (chunk as Buffer).length
      chunks.push(chunk as Buffer)
    }
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: any = null
    try {
      body = raw ? JSON.parse(raw) : null
    } catch {
      body = raw
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    received.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, headers: req.headers, body })

    const next = canned.shift()
    if (next?.hang) return
    if (next) return send(res, next.status, next.body ?? { message: `canned ${next.status}` }, next.headers)

    if (url.pathname === '/api/pledges' && req.method === 'POST') {
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, { message: 'send JSON' })
      if (size > 64 * 1024) return send(res, 413, { message: 'too large' })
      if (typeof body !== 'object' || body === null) return send(res, 400, { errors: [{ field: '', message: 'send a JSON object' }] })
      const { idempotencyKey, fax, ...submission } = body
      if (typeof idempotencyKey !== 'string' || !/^[0-9a-f-]{36}$/i.test(idempotencyKey)) {
        return send(res, 400, { errors: [{ field: 'idempotencyKey', message: 'missing idempotency key' }] })
      }
      const earlier = pledges.get(idempotencyKey)
      if (earlier) return send(res, 200, { reference: earlier.reference, status: 'pending', message: 'already received', replayed: true })
      const parsed = pledgeSubmission.safeParse(submission)
      if (!parsed.success) {
        return send(res, 400, { errors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: `server: ${i.message}` })) })
      }
      const reference = `PLG-${String(++counter).padStart(4, '0')}`
      if (fax) return send(res, 201, { reference, status: 'pending', message: 'received' }) // the honeypot: pretend, store nothing
      const duplicate = [...pledges.values()].some(
        (p) => p.body.organization.name.toLowerCase() === parsed.data.organization.name.toLowerCase() && p.body.contact.email === parsed.data.contact.email,
      )
      if (duplicate) return send(res, 409, { code: 'pending-duplicate', message: 'a pledge is already pending' })
      pledges.set(idempotencyKey, { reference, body: parsed.data })
      return send(res, 201, { reference, status: 'pending', message: 'received' })
    }

    if (url.pathname === '/api/pledges/progress') {
      const token = req.method === 'GET' ? url.searchParams.get('token') : body?.token
      const entry = token ? progressTokens.get(token) : undefined
      if (!entry) return send(res, 404, { message: 'server: unknown link' })
      if (entry === 'gone') return send(res, 410, { message: 'server: link expired' })
      if (req.method === 'GET') return send(res, 200, entry)
      const parsed = progressReportSubmission.safeParse(body)
      if (!parsed.success) return send(res, 400, { errors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) })
      reports.push(parsed.data)
      progressTokens.set(token, 'gone') // a link reports once
      return send(res, 201, { message: 'thanks' })
    }
    send(res, 404, { message: 'not found' })
  }

  let server: Server
  let actualPort = port
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((req, res) => {
        handle(req, res).catch(() => send(res, 500, { message: 'test server failed' }))
      })
      server.once('error', reject)
      server.listen(actualPort, '127.0.0.1', () => {
        actualPort = (server.address() as AddressInfo).port
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  await start()
  return {
    get url() {
      return `http://127.0.0.1:${actualPort}`
    },
    get port() {
      return actualPort
    },
    received,
    pledges,
    reports,
    progressTokens,
    respondNext: (...answers) => canned.push(...answers),
    stop,
    start,
    close: stop,
  }
}
