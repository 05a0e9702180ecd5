/**
 * `npm run bench:pledges [-- --count 5000 --concurrency 100 --trace FILE]`: many employers signing at once.
 * Starts a production-mode CMS (`cms/server.ts`) on a fresh seeded SQLite file, then:
 *   1. sends `count` valid submissions with `concurrency` in flight, and prints throughput,
 *      p50/p99 latency and answers by status code;
 *   2. does it again but SIGKILLs the CMS midway and restarts it, while clients retry with their
 *      idempotency keys, as the pledge form does.
 * After each run it waits until every acknowledged submission is a pledge (on SQLite a
 * submission is acknowledged once it is in the intake and saved as a pledge just after), then
 * checks the database file itself: every acknowledged reference must be stored exactly once. The per-address rate limit is off (one machine sends
 * everything); figures are printed, not asserted.
 */
import type { ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { parseArgs } from 'node:util'
import { request } from 'undici'
import { freePort } from '../lib/ports.ts'
import { run, serve, stop, waitForHttp } from '../lib/processes.ts'
import { cleanUpOnExit } from './cleanup.ts'

const { values } = parseArgs({
  options: { count: { type: 'string', default: '5000' }, concurrency: { type: 'string', default: '100' }, trace: { type: 'string' } },
})
const count = Number(values.count)
const concurrency = Number(values.concurrency)

const dir = mkdtempSync(join(tmpdir(), 'chw-bench-pledges-'))
const dbFile = join(dir, 'portal.db')
const port = await freePort()
const cmsUrl = `http://127.0.0.1:${port}`
const env = {
  DATABASE_URI: `file:${dbFile}`,
  PAYLOAD_SECRET: 'bench-secret',
  ADMIN_EMAIL: 'bench@portal.test',
  ADMIN_PASSWORD: 'a-long-bench-password',
  CMS_PORT: String(port),
  CMS_URL: cmsUrl,
  SITE_URL: 'http://site.portal.test',
  MAIL_DIR: join(dir, 'mail'),
  PLEDGE_RATE_LIMIT: 'off',
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
}
let cms: ChildProcess | undefined
const done = cleanUpOnExit(() => {
  if (cms) stop(cms, 'SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

async function startCms(): Promise<void> {
  cms = serve('cms', 'node', ['cms/server.ts', '--port', String(port), '--hostname', '127.0.0.1'], env)
  // Keep the figures readable: of the CMS's own log, only errors are shown.
  cms.stdout?.removeAllListeners('data')
  cms.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/ERROR|Error:/.test(line)) console.error(`[cms] ${line.slice(0, 300)}`)
  })
  await waitForHttp(`${cmsUrl}/api/regions?limit=1`, 120_000)
}

function submission(run: string, n: number) {
  return {
    organization: { name: `Bench ${run} Clinic ${n}`, kind: 'clinic', region: 'sonoma-county', chwCount: n % 40 },
    contact: { name: 'Bench Contact', title: 'Director', email: `bench-${run}-${n}@example.org` },
    commitments: [{ area: 'hiring', recommendations: ['no-degree-required'] }],
    consentToList: n % 2 === 0,
    signerName: 'Bench Signer',
    signerTitle: 'Director',
    agreed: true,
    locale: n % 3 === 0 ? 'es' : 'en',
    idempotencyKey: randomUUID(),
    fax: '',
  }
}

type Attempt = { ms: number; status: number | string; at: number }
type Answer = { reference?: string }

/** Sends every submission, retrying each (same key) until the CMS acknowledges it. */
async function load(run: string, onProgress?: (acked: number) => void) {
  const attempts: Attempt[] = []
  let next = 0
  let acked = 0
  const references = new Set<string>()
  const started = performance.now()
  async function client() {
    while (next < count) {
      const body = JSON.stringify(submission(run, next++))
      for (;;) {
        const t0 = performance.now()
        let status: Attempt['status']
        try {
          // undici's request rather than fetch: the same HTTP/1.1 client at a fraction of the CPU,
          // so that on a machine shared with the CMS the figures are the CMS's, not the client's.
          const response = await request(`${cmsUrl}/api/pledges`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body,
            headersTimeout: 15_000,
            bodyTimeout: 15_000,
          })
          const answer = (await response.body.json().catch(() => ({}))) as Answer
          status = response.statusCode
          if ((status === 200 || status === 201) && answer.reference) references.add(answer.reference)
        } catch (error) {
          // Why there was no answer: a timeout, a refused or reset connection…
          const e = error as { code?: string; cause?: { code?: string }; name?: string }
          const cause = e.code ?? e.cause?.code ?? e.name
          status = `no answer (${cause})`
        }
        attempts.push({ ms: performance.now() - t0, status, at: t0 })
        if (status === 200 || status === 201) break
        if (typeof status === 'number' && status < 500) throw new Error(`submission refused with ${status}`)
        await new Promise((r) => setTimeout(r, 250))
      }
      acked++
      onProgress?.(acked)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client))
  const seconds = (performance.now() - started) / 1000
  const saved = await allSaved(run, references)
  return { attempts, acked, seconds, references, savedAfter: saved }
}

/** Seconds from the last acknowledgement until every acknowledged reference is a pledge. */
async function allSaved(run: string, references: Set<string>, timeoutMs = 15 * 60_000): Promise<number | undefined> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    const saved = stored(run).references
    if ([...references].every((r) => saved.has(r))) return (performance.now() - started) / 1000
    await new Promise((r) => setTimeout(r, 100))
  }
  return undefined
}

function stored(run: string): { rows: number; distinct: number; references: Set<string> } {
  const db = new DatabaseSync(dbFile, { readOnly: true })
  const rows = db.prepare('SELECT organization_name AS name, reference FROM pledges WHERE organization_name LIKE ?').all(`Bench ${run} Clinic %`) as {
    name: string
    reference: string
  }[]
  db.close()
  return { rows: rows.length, distinct: new Set(rows.map((r) => r.name)).size, references: new Set(rows.map((r) => r.reference)) }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

function report(title: string, run: string, result: Awaited<ReturnType<typeof load>>, killWindow?: [number, number]) {
  // An attempt belongs to the outage if it was in flight at any moment of it (sent before the kill
  // and cut off, or sent while the CMS was down or starting).
  const outside = result.attempts.filter((a) => !killWindow || a.at + a.ms < killWindow[0] || a.at > killWindow[1])
  const ok = outside.filter((a) => a.status === 200 || a.status === 201).map((a) => a.ms).sort((a, b) => a - b)
  const byStatus = new Map<string, number>()
  for (const a of result.attempts) byStatus.set(String(a.status), (byStatus.get(String(a.status)) ?? 0) + 1)
  const serverErrorsOutside = outside.filter((a) => typeof a.status === 'string' || a.status >= 500).length
  const { rows, distinct, references } = stored(run)
  const lost = [...result.references].filter((r) => !references.has(r)).length
  console.log(`\n${title}`)
  console.log('| measure | value |\n|---|---|')
  console.log(`| submissions acknowledged | ${result.acked} of ${count} |`)
  console.log(`| throughput | ${(result.acked / result.seconds).toFixed(0)} submissions/s (${result.seconds.toFixed(1)} s) |`)
  console.log(`| latency p50 / p99 (acknowledged${killWindow ? ', outside the kill window' : ''}) | ${percentile(ok, 50).toFixed(0)} ms / ${percentile(ok, 99).toFixed(0)} ms |`)
  console.log(`| answers by status | ${[...byStatus].sort().map(([s, n]) => `${s}: ${n}`).join(', ')} |`)
  console.log(`| stored in the database | ${rows} (${distinct} distinct) |`)
  console.log(
    `| saved as pledges | ${result.savedAfter === undefined ? 'not all, after 15 min' : `all, ${result.savedAfter.toFixed(1)} s after the last acknowledgement`} |`,
  )
  console.log(`| lost / duplicated | ${lost + (result.acked - result.references.size)} / ${rows - distinct} |`)
  console.log(`| 5xx or no answer${killWindow ? ' outside the kill window' : ''} | ${serverErrorsOutside} |`)
  if (values.trace) writeTrace(`${values.trace}.${run}.json`, result.attempts, killWindow)
}

/** `--trace FILE`: every attempt (ms from the run's first request), to see when the slow ones happened. */
function writeTrace(file: string, attempts: Attempt[], killWindow?: [number, number]) {
  const t0 = attempts[0]?.at ?? 0
  const rel = (t: number) => Math.round(t - t0)
  writeFileSync(
    file,
    JSON.stringify({
      startedAt: Math.round(performance.timeOrigin + t0),
      killWindow: killWindow?.map(rel),
      attempts: attempts.map((a) => ({ at: rel(a.at), ms: Math.round(a.ms), status: a.status })),
    }),
  )
  console.log(`(every attempt written to ${file})`)
}

/**
 * Runs the client's own code (undici, JSON) a few thousand times against a stand-in server in
 * this process, so the first answers of run 1 measure the CMS, not a client that has never sent
 * a request. The CMS itself is not warmed: it starts cold, as after any deploy.
 */
async function warmClient(): Promise<void> {
  const stub = createHttpServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ reference: 'PLG-WARM-UP00', status: 'pending', message: 'warm-up' }))
    })
  })
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve))
  const { port: stubPort } = stub.address() as { port: number }
  let sent = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent++ < 3000) {
        const response = await request(`http://127.0.0.1:${stubPort}/api/pledges`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(submission('warm-up', sent)),
        })
        await response.body.json()
      }
    }),
  )
  stub.closeAllConnections()
  await new Promise((resolve) => stub.close(resolve))
}

try {
  await run('node', ['scripts/build-cms.ts', '--if-changed'])
  await warmClient()
  await run('tsx', ['scripts/seed.ts'], env)
  await startCms()
  console.log(`\nPledge benchmark: ${count} submissions, ${concurrency} in flight, production CMS on SQLite`)
  report('Run 1: steady load', 'one', await load('one'))

  let killWindow: [number, number] | undefined
  let killed = false
  const second = await load('two', (acked) => {
    if (killed || acked < count / 2) return
    killed = true
    const killedAt = performance.now()
    stop(cms!, 'SIGKILL')
    void startCms().then(() => (killWindow = [killedAt, performance.now()]))
  })
  report('Run 2: the CMS is SIGKILLed halfway and restarted; clients retry with their keys', 'two', second, killWindow)
  if (killWindow) console.log(`(kill window: ${((killWindow[1] - killWindow[0]) / 1000).toFixed(1)} s until the CMS answered again)`)
} finally {
  if (cms) stop(cms, 'SIGKILL')
  done()
}
