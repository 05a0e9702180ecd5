/**
 * `GET /api/health` over real HTTP: public, never cached, states and timestamps only. Healthy on
 * the shared test CMS; on a CMS of its own whose queue nobody runs and whose build hook fails, it
 * shows the late queue and the failed site update (still 200: the CMS serves); when the
 * database fails the check's query, 503 without the error.
 *
 * Destroying the SQLite file under a running CMS does not make it stop answering (libsql serves
 * the pages it has read from its cache), so the failure is made by another process dropping the
 * table the check reads; a query that never answers is tested on the report itself
 * (health-report.test.ts).
 */
import { DatabaseSync } from 'node:sqlite'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { client, login } from './helpers/http.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const states = new Set(['ok', 'degraded', 'down', 'failed', 'late', 'none', 'unknown'])

async function health(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/health`)
  return { status: response.status, cacheControl: response.headers.get('cache-control'), json: (await response.json()) as any }
}

/** Every value in the report is a state word, a timestamp or null: no text, no counts, no addresses. */
function expectNothingPrivate(report: unknown): void {
  const leaves = (value: unknown): unknown[] => (value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [value])
  for (const leaf of leaves(report)) expect(leaf === null || states.has(leaf as string) || isoTime.test(leaf as string), String(leaf)).toBe(true)
  expect(Object.keys(report as object).sort()).toEqual(['checkedAt', 'database', 'jobs', 'siteUpdate', 'status'])
}

/** Polls until `check` holds for the health report, or fails with the last report. */
async function eventually(baseUrl: string, check: (report: any) => boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  let last: Awaited<ReturnType<typeof health>> | undefined
  while (Date.now() < deadline) {
    last = await health(baseUrl)
    if (check(last.json)) return last
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`health never matched: ${JSON.stringify(last?.json)}`)
}

describe('GET /api/health on a healthy CMS', () => {
  it('answers 200, no-store, database and queue ok, to anyone', async () => {
    const cmsUrl = inject('cmsUrl')
    // The queue's schedules are checked on its first tick after the CMS's first request.
    const { status, cacheControl, json } = await eventually(cmsUrl, (r) => r.jobs.status === 'ok', 30_000)
    expect(status).toBe(200)
    expect(cacheControl).toBe('no-store')
    expect(json.database).toEqual({ status: 'ok' })
    expect(json.jobs.lastCheckedAt).toMatch(isoTime)
    expect(json.jobs.oldestLateJobDueAt).toBeNull()
    expect(json.status).toBe(json.siteUpdate.status === 'failed' ? 'degraded' : 'ok')
    expectNothingPrivate(json)
  })
})

describe('GET /api/health when something is wrong', () => {
  let dir: string
  let cms: RealCms
  let hook: Server
  let hookCalls = 0

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chw-health-'))
    hook = createServer((_req, res) => {
      hookCalls++
      res.writeHead(500).end('the build service is down')
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    cms = await seededCms({
      dir,
      siteUrl: inject('siteUrl'),
      env: {
        // Nobody runs this CMS's queue, but it checks the schedules every second: the maintenance
        // task, scheduled every second, is queued and never run, and late 3 s after it was due.
        JOBS_AUTORUN: 'off',
        JOBS_CRON: '* * * * * *',
        JOBS_STALLED_CRON: '* * * * * *',
        JOBS_LATE_AFTER_MS: '3000',
        SITE_BUILD_HOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
        SITE_UPDATE_DEBOUNCE_MS: '200',
      },
    })
  }, 600_000)

  afterAll(async () => {
    await cms?.stop()
    hook?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('shows a queue that does not run: a due job waits past JOBS_LATE_AFTER_MS (degraded, still 200)', async () => {
    const { status, json } = await eventually(cms.url, (r) => r.jobs.status === 'late' && r.jobs.oldestLateJobDueAt !== null)
    expect(status).toBe(200)
    expect(json.status).toBe('degraded')
    expect(json.database).toEqual({ status: 'ok' })
    // The schedules are still checked (this CMS is up); it is the job that waits.
    expect(Date.parse(json.checkedAt) - Date.parse(json.jobs.lastCheckedAt)).toBeLessThan(3000)
    expect(Date.parse(json.checkedAt) - Date.parse(json.jobs.oldestLateJobDueAt)).toBeGreaterThan(3000)
    expectNothingPrivate(json)
  })

  it('shows a failed site update with its times, not its problem text', async () => {
    const admin = client(cms.url, await login(cms.url, testAdmin.email, testAdmin.password))
    const { json: regions } = await admin.rest('GET', '/api/regions?limit=1&depth=0')
    const region = regions.docs[0]
    const callsBefore = hookCalls
    const before = (await health(cms.url)).json.siteUpdate
    const saved = await admin.rest('PATCH', `/api/regions/${region.id}`, { body: { name: `${region.name} (health check)` } })
    expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    const { status, json } = await eventually(cms.url, (r) => r.siteUpdate.status === 'failed' && r.siteUpdate.lastAttemptAt !== before.lastAttemptAt)
    expect(hookCalls).toBeGreaterThan(callsBefore)
    expect(status).toBe(200)
    expect(json.status).toBe('degraded')
    expect(json.siteUpdate.lastAttemptAt).toMatch(isoTime)
    expect(json.siteUpdate.lastSuccessAt).toBeNull()
    expectNothingPrivate(json)
  })

  it('answers 503, without the error, when the database fails the check', async () => {
    const db = new DatabaseSync(join(dir, 'portal.db'), { timeout: 10_000 })
    db.exec('DROP TABLE payload_migrations')
    db.close()
    const { status, cacheControl, json } = await eventually(cms.url, (r) => r.status === 'down', 30_000)
    expect(status).toBe(503)
    expect(cacheControl).toBe('no-store')
    expect(json.database).toEqual({ status: 'failed' })
    expect(json.jobs.status).toBe('unknown')
    expect(json.siteUpdate.status).toBe('unknown')
    expectNothingPrivate(json)
  })
})
