/**
 * `npm run bench:publish [-- --sizes seed,10000 --runs 3]`: one-server mode, from "Publish changes"
 * to the changed page served by the web server. For each size: a fresh SQLite database seeded
 * by scripts/bench/bulk-seed.ts (`seed`: content/; N: the benchmarks' corpus, N jobs + N/5
 * trainings + N/50 toolkits, dated from today), the CMS server (`next start cms`,
 * NODE_ENV=production) with SITE_PUBLISH_DIR, which builds the first site by itself, and a static
 * web server serving SITE_PUBLISH_DIR/current. Then,
 * `runs` times: the admin publishes a new title for a job (an authenticated REST PATCH with
 * `_status: published`, as the admin's button does) and the job's page is fetched every 50 ms
 * until the new title is served. Then once the worst case: the job's employer is renamed, a
 * change every cached page's key shares, until the job's page shows the new name. Where the time goes comes from the CMS's log line for the build
 * (debounce wait, export, astro build, swap) and the bench's clock (the PATCH; first serve: from
 * that log line to the page served). Figures are printed beside the targets, never asserted.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs, stripVTControlCharacters } from 'node:util'
import { readSnapshot, writeSnapshot } from '../../content/snapshot.ts'
import { serveStatic } from '../../test/helpers/static-server.ts'
import { freePort } from '../lib/ports.ts'
import { run, serve, stop, waitForHttp } from '../lib/processes.ts'
import { cleanUpOnExit } from './cleanup.ts'
import { corpus } from './corpus.ts'

const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'seed,10000' }, runs: { type: 'string', default: '3' } } })
const sizes = values.sizes.split(',').map((s) => (s.trim() === 'seed' ? 'seed' : Number(s.replace(/k$/i, '000'))))
const runs = Number(values.runs)
const targets: Record<string, number> = { seed: 10, '10000': 60 } // seconds, from the issue
const admin = { email: 'bench@portal.test', password: 'a-long-bench-password' }

type Build = { seenAt: number; waited: number; export: number; build: number; swap: number }
type Run = { total: number; patch: number; firstServe: number; build: Build }

let cms: ChildProcess | undefined
let web: { url: string; close: () => Promise<void> } | undefined
const dirs: string[] = []
const done = cleanUpOnExit(() => {
  if (cms) stop(cms, 'SIGKILL')
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, ms: number): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`)
    await sleep(50)
  }
}

async function bench(size: 'seed' | number): Promise<{ docs: number; firstBuild: Build; runs: Run[]; shared: Run; seedSeconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'chw-bench-publish-'))
  dirs.push(dir)
  const publishDir = join(dir, 'site')
  const real = await readSnapshot()
  const snapshot = size === 'seed' ? real : corpus(real, size, new Date().toISOString().slice(0, 10))
  const docs = snapshot['job-postings'].length + snapshot['training-programs'].length + snapshot.toolkits.length
  const contentDir = join(dir, 'content')
  await writeSnapshot(snapshot, contentDir)

  const port = await freePort()
  const cmsUrl = `http://127.0.0.1:${port}`
  const env = {
    DATABASE_URI: `file:${join(dir, 'portal.db')}`,
    PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    CMS_URL: cmsUrl,
    SITE_URL: 'https://bench.example.org',
    MAIL_DIR: join(dir, 'mail'),
    SITE_PUBLISH_DIR: publishDir,
    NODE_ENV: 'production',
    // A CMS on this machine with a local CMS_URL: the production checks would refuse it (cms/env.ts).
    PORTAL_LOCAL: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  console.log(`\n[${size}] seeding ${docs} documents (jobs + trainings + toolkits)…`)
  const started = performance.now()
  await run('tsx', ['scripts/bench/bulk-seed.ts', '--from', contentDir], env)
  const seedSeconds = (performance.now() - started) / 1000
  console.log(`[${size}] seeded in ${seedSeconds.toFixed(0)} s`)

  // The CMS's log: each "published builds/…" line, with its figures and when the bench saw it.
  const builds: Build[] = []
  const child = (cms = serve('cms', 'next', ['start', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], env))
  child.stdout?.removeAllListeners('data').on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      const plain = stripVTControlCharacters(line)
      const m = plain.match(/published builds\/\S+ \(waited ([\d.]+) s, export ([\d.]+) s, build ([\d.]+) s, swap ([\d.]+) s\)/)
      if (m) builds.push({ seenAt: performance.now(), waited: +m[1]! * 1000, export: +m[2]! * 1000, build: +m[3]! * 1000, swap: +m[4]! * 1000 })
      if (/Site update|error/i.test(plain) && !/Running \d+ jobs/.test(plain)) console.log(`[cms] ${plain.slice(0, 300)}`)
    }
  })
  try {
    await waitForHttp(`${cmsUrl}/api/regions?limit=1`, 180_000)
    console.log(`[${size}] CMS up; waiting for its first site build…`)
    await until('the first site build', () => builds.length > 0 && existsSync(join(publishDir, 'current')), 1_800_000)
    web = await serveStatic(join(publishDir, 'current'))

    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const token = ((await login.json()) as { token: string }).token
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const list = await fetch(`${cmsUrl}/api/job-postings?where[_status][equals]=published&depth=0&locale=en&limit=50&sort=slug`, { headers: auth })
    const jobs = ((await list.json()) as { docs: { id: number; slug: string }[] }).docs
    const job = jobs.find((j) => existsSync(join(publishDir, 'current', 'jobs', j.slug, 'index.html')))
    if (!job) throw new Error('no published job has a page on the built site')
    const pageUrl = `${web.url}/jobs/${job.slug}/`

    /** One publish: PATCH `path` with `body`, then fetch the job's page until it shows `expected`. */
    const publish = async (label: string, path: string, body: object, expected: string): Promise<Run> => {
      await sleep(2000) // the previous run's status write and any queued work settle
      const before = builds.length
      const start = performance.now()
      const patch = await fetch(`${cmsUrl}${path}?depth=0&locale=en`, { method: 'PATCH', headers: auth, body: JSON.stringify(body) })
      const patched = performance.now()
      if (!patch.ok) throw new Error(`PATCH ${path} answered ${patch.status}: ${await patch.text()}`)
      await until(`"${expected}" on the page`, async () => (await (await fetch(pageUrl)).text()).includes(expected), 1_800_000)
      const served = performance.now()
      const build = await until('the build log line', () => builds[before], 10_000)
      const result = { total: served - start, patch: patched - start, firstServe: served - build.seenAt, build }
      console.log(`[${size}] ${label}: ${seconds(result.total)} from Publish to the page served`)
      return result
    }

    const results: Run[] = []
    for (let i = 1; i <= runs; i++) {
      const title = `Bench publish ${size} run ${i} ${Date.now()}`
      results.push(await publish(`run ${i}`, `/api/job-postings/${job.id}`, { title, _status: 'published' }, title))
    }
    // The worst case: a change every page shows (the employer's name is on its jobs, and in the
    // key every cached page shares), so the incremental build renders everything again.
    const employer = ((await (await fetch(`${cmsUrl}/api/job-postings/${job.id}?depth=0`, { headers: auth })).json()) as { employer: number }).employer
    const name = `Bench Employer ${size} ${Date.now()}`
    const shared = await publish('shared change (an organization renamed)', `/api/organizations/${employer}`, { name }, name)
    return { docs, firstBuild: builds[0]!, runs: results, shared, seedSeconds }
  } finally {
    await web?.close()
    web = undefined
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      stop(child)
      await exited
    }
    cms = undefined
  }
}

try {
  await run('node', ['scripts/build-cms.ts'])
  const report: string[] = []
  for (const size of sizes) {
    if (size !== 'seed' && (!Number.isInteger(size) || size < 50)) throw new Error(`--sizes takes "seed" or job counts of at least 50`)
    const { docs, firstBuild, runs: results, shared, seedSeconds } = await bench(size)
    const target = targets[String(size)]
    report.push(
      `\n### ${size === 'seed' ? 'seed size' : `${size} jobs`} (${docs} jobs + trainings + toolkits; seeding the database took ${seedSeconds.toFixed(0)} s)`,
      `First build at CMS start: export ${seconds(firstBuild.export)}, astro build ${seconds(firstBuild.build)}, swap ${seconds(firstBuild.swap)}`,
      '',
      '| run | Publish → page served | PATCH answered | debounce wait | export | astro build | swap | first serve | other |',
      '|---|---|---|---|---|---|---|---|---|',
      ...[...results.map((r, i) => [String(i + 1), r] as const), ['shared change', shared] as const].map(([label, r]) => {
        const other = r.total - r.patch - r.build.waited - r.build.export - r.build.build - r.build.swap - r.firstServe
        return `| ${label} | ${seconds(r.total)}${target && r.total > target * 1000 ? ' (over)' : ''} | ${seconds(r.patch)} | ${seconds(r.build.waited)} | ${seconds(r.build.export)} | ${seconds(r.build.build)} | ${seconds(r.build.swap)} | ${seconds(r.firstServe)} | ${seconds(other)} |`
      }),
      target ? `Target: at most ${target} s.` : '',
    )
  }
  console.log(
    `\nPublish to live, one-server mode (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end)`,
  )
  console.log('"other": the rest (the CMS recording the Site status, logging); the debounce wait overlaps the PATCH slightly.')
  console.log(report.join('\n'))
} catch (error) {
  console.error(`\nbench:publish failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  done()
}
