/**
 * `npm run bench:lighthouse`: Lighthouse scores of the built site. Builds the site (PORTAL_TODAY =
 * today) into a temporary folder from a temporary copy of content/ in which the newest open job is
 * copied once more as a real (non-example) job: every seeded job is an example, and an example's
 * page is `noindex` on purpose, so its SEO could never score 100. Serves the build with `astro
 * preview` on a free port, and runs Lighthouse (default mobile settings: emulated phone, simulated
 * slow 4G and CPU slowdown) in Debian's Chromium on the home page, the jobs listing, that job's
 * page, search, the pledge page in both languages, the framework's adoption page and the
 * signatory directory. Each page is audited `--runs` times (default 3, a fresh Chromium each
 * time) and the median run is reported, as Lighthouse advises for its run-to-run variance. Prints
 * the four category scores, page weight, and the audits that keep a category below its target.
 * Figures are printed, never asserted.
 *
 *   node scripts/bench/lighthouse.ts [--runs 3] [--pages /pledge/signatories/,/search/]
 *
 * `--pages` audits only the listed paths (the job page is `job`), to re-measure one page after a change.
 *
 * CHROME_PATH picks another Chromium (default /usr/bin/chromium); no browser is ever downloaded.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import type { Result } from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { isJobClosed, type JobPosting, type Snapshot } from '../../content/schema.ts'
import { readSnapshot, writeSnapshot } from '../../content/snapshot.ts'
import { chromiumFlags, chromiumPath } from '../lib/chromium.ts'
import { freePort } from '../lib/ports.ts'
import { rootDir, serve, stop, waitForHttp } from '../lib/processes.ts'
import { cleanUpOnExit } from './cleanup.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }
const CHROME_FLAGS = ['--headless=new', ...chromiumFlags]
const chromePath = (process.env.CHROME_PATH ||= chromiumPath)
const today = new Date().toISOString().slice(0, 10)
const runsArg = process.argv.find((_, i, all) => all[i - 1] === '--runs') ?? process.argv.find((a) => a.startsWith('--runs='))?.slice(7)
const RUNS = runsArg ? Number(runsArg) : 3
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs takes a whole number of at least 1 (got ${runsArg})`)
const pagesArg = process.argv.find((_, i, all) => all[i - 1] === '--pages') ?? process.argv.find((a) => a.startsWith('--pages='))?.slice(8)
const onlyPages = pagesArg ? new Set(pagesArg.split(',').map((p) => p.trim())) : undefined

/** `astro build` with its output kept quiet unless it fails. */
function build(env: Record<string, string>): Promise<number> {
  const started = performance.now()
  return new Promise((done, fail) => {
    const child = spawn(resolve(rootDir, 'node_modules/.bin/astro'), ['build'], {
      cwd: rootDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)))
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)))
    child.on('error', fail)
    child.on('close', (code, signal) =>
      code === 0 ? done((performance.now() - started) / 1000) : fail(new Error(`astro build exited with ${signal ?? code}:\n${output}`)),
    )
  })
}

/**
 * The snapshot with the newest open job copied as a real job (not an example) under its own slug,
 * so the bench audits a job page as search engines would see a real posting.
 */
function withRealJob(snapshot: Snapshot): { snapshot: Snapshot; job: JobPosting } {
  const open = snapshot['job-postings'].filter((j) => !isJobClosed(j, today))
  const newest = open.sort((a, b) => b.postedDate.localeCompare(a.postedDate))[0]
  if (!newest) throw new Error(`no open job on ${today} to copy`)
  const job: JobPosting = { ...newest, slug: `bench-${newest.slug.replace(/^example-/, '')}`, example: false }
  return { snapshot: { ...snapshot, 'job-postings': [...snapshot['job-postings'], job] }, job }
}

interface PageResult {
  label: string
  path: string
  performanceRange: [number, number]
  scores: Record<Category, number | null>
  transferBytes: number
  jsBytes: number
  failing: Partial<Record<Category, string[]>>
}

/** Audits of a category that cost it points: metrics scored under 0.9, everything else under 1. */
function failingAudits(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? []
  const out: string[] = []
  for (const ref of refs) {
    const audit = lhr.audits[ref.id]
    if (!audit || audit.score === null || !['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue
    const threshold = ref.group === 'metrics' || audit.scoreDisplayMode === 'metricSavings' ? 0.9 : 1
    if (audit.score >= threshold) continue
    // For pass/fail audits, say what failed: the first few URLs, selectors or messages.
    const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
    const what =
      audit.scoreDisplayMode === 'binary'
        ? items
            .slice(0, 3)
            .map((item) => {
              const location = item.sourceLocation as { url?: string } | undefined
              const node = item.node as { selector?: string } | undefined
              return [item.description, location?.url ?? item.url, node?.selector].filter((v) => typeof v === 'string' && v).join(' ')
            })
            .filter(Boolean)
        : []
    const detail = [audit.displayValue, ...what].filter(Boolean).join('; ')
    out.push(detail ? `${ref.id} (${detail})` : ref.id)
  }
  return out
}

/** One Lighthouse run in a fresh Chromium. */
async function lighthouseRun(url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`)
    return result.lhr
  } finally {
    chrome.kill()
  }
}

async function audit(url: string, label: string, path: string): Promise<PageResult> {
  const runs: Result[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(url))
  const performances = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100))
  const lhr = computeMedianRun(runs)
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100)])) as Record<
    Category,
    number | null
  >
  const summary = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? []
  const failing: Partial<Record<Category, string[]>> = {}
  for (const c of CATEGORIES) {
    if (scores[c] === null || scores[c]! < TARGETS[c]) failing[c] = failingAudits(lhr, c)
  }
  return {
    label,
    path,
    performanceRange: [Math.min(...performances), Math.max(...performances)],
    scores,
    transferBytes: lhr.audits['total-byte-weight']?.numericValue ?? Number.NaN,
    jsBytes: summary.find((i) => i.resourceType === 'script')?.transferSize ?? 0,
    failing,
  }
}

const kb = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`)

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chw-bench-lh-'))
  const contentDir = join(dir, 'content')
  const outDir = join(dir, 'out')
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env = {
    // node_modules/.bin/astro starts with `#!/usr/bin/env node`: make that this Node (>= 22).
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_OUT_DIR: outDir,
    PORTAL_TODAY: today,
    SITE_URL: origin,
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  let server: ReturnType<typeof serve> | undefined
  const cleanUp = () => {
    if (server) stop(server)
    rmSync(dir, { recursive: true, force: true })
  }
  const finish = cleanUpOnExit(cleanUp)
  try {
    const { snapshot, job } = withRealJob(await readSnapshot())
    await writeSnapshot(snapshot, contentDir)
    console.log(`[bench:lighthouse] building the site from content/ plus a real copy of one job (PORTAL_TODAY=${today})…`)
    const buildSeconds = await build(env)
    console.log(`[bench:lighthouse] built in ${buildSeconds.toFixed(1)} s; serving on ${origin} with astro preview…`)
    server = serve('preview', 'astro', ['preview', '--port', String(port), '--host', '127.0.0.1'], env)
    await waitForHttp(`${origin}/`, 60_000)

    const pages: [string, string][] = [
      ['home', '/'],
      ['jobs listing', '/jobs/'],
      ['job detail (not an example)', `/jobs/${job.slug}/`],
      ['search', '/search/'],
      ['pledge', '/pledge/'],
      ['pledge (es)', '/es/pledge/'],
      ['framework adoption', '/framework/adoption/'],
      ['signatory directory', '/pledge/signatories/'],
    ]
    const chosen = onlyPages ? pages.filter(([, path]) => onlyPages.has(path) || (onlyPages.has('job') && path.startsWith('/jobs/bench-'))) : pages
    if (!chosen.length) throw new Error(`--pages matched none of ${pages.map(([, p]) => p).join(', ')} (or job)`)
    const results: PageResult[] = []
    for (const [label, path] of chosen) {
      console.log(`[bench:lighthouse] ${label} (${path}): ${RUNS} run(s)…`)
      results.push(await audit(`${origin}${path}`, label, path))
    }

    console.log(
      `\nLighthouse ${lighthouseVersion()} (mobile defaults: emulated Moto G Power, simulated slow 4G, 4× CPU slowdown), Chromium at ${chromePath}; median of ${RUNS} run(s) per page\n`,
    )
    console.log('| page | path | performance | accessibility | best-practices | seo | transfer | of which JS | performance over runs |')
    console.log('|---|---|---|---|---|---|---|---|---|')
    const show = (c: Category, v: number | null) => (v === null ? 'n/a' : v < TARGETS[c] ? `**${v}**` : String(v))
    for (const r of results) {
      console.log(
        `| ${r.label} | ${r.path} | ${CATEGORIES.map((c) => show(c, r.scores[c])).join(' | ')} | ${kb(r.transferBytes)} | ${kb(r.jsBytes)} | ${r.performanceRange[0]}–${r.performanceRange[1]} |`,
      )
    }
    console.log(`| target | | ≥ ${TARGETS.performance} | ${TARGETS.accessibility} | ${TARGETS['best-practices']} | ${TARGETS.seo} | | | |`)
    console.log(
      '\nScores below target are in bold. Transfer = total bytes over the network (total-byte-weight); JS = script files only (inline scripts are counted in the HTML).',
    )

    const below = results.filter((r) => Object.keys(r.failing).length)
    if (!below.length) console.log('\nEvery category meets its target on every page.')
    else {
      console.log('\nAudits that cost points in categories below target:\n')
      for (const r of below) {
        for (const [c, ids] of Object.entries(r.failing)) {
          console.log(`- ${r.label} (${r.path}) ${c} ${r.scores[c as Category]}: ${ids.length ? ids.join(', ') : '(no single audit below threshold)'}`)
        }
      }
    }
  } finally {
    finish()
  }
}

function lighthouseVersion(): string {
  try {
    return JSON.parse(readFileSync(resolve(rootDir, 'node_modules/lighthouse/package.json'), 'utf8')).version
  } catch {
    return ''
  }
}

await main()
