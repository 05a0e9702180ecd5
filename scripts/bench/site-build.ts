/**
 * `npm run bench:site`: how the static site build scales. For each size it writes a temporary
 * snapshot (taxonomies, framework and signatories from content/; real toolkits repeated under
 * suffixed slugs; real + demo organizations; generated jobs and trainings), runs `astro build`
 * into a temporary folder, and prints pages built, wall time, peak memory, output size and the
 * cost per document relative to the smallest run. Figures are printed, never asserted.
 *
 *   node scripts/bench/site-build.ts                 # 1k, 5k and 10k
 *   node scripts/bench/site-build.ts --sizes 1000    # a subset (comma-separated job counts)
 *   node scripts/bench/site-build.ts --sizes 1000 --incremental
 *       # each size built with an incremental build cache (PORTAL_BUILD_CACHE_DIR), then one job's
 *       # title edited and built again with that cache: both times, files rendered and restored
 *
 * A size of N means N job postings, N/5 training programs and N/50 toolkits.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { stripVTControlCharacters } from 'node:util'
import { readSnapshot, writeSnapshot } from '../../content/snapshot.ts'
import { DEMO_DEFAULTS } from '../lib/demo-listings.ts'
import { rootDir } from '../lib/processes.ts'
import { cleanUpOnExit } from './cleanup.ts'
import { corpus, counts } from './corpus.ts'

const TARGET = { size: 10_000, seconds: 90, peakMb: 2048 }
const TODAY = DEMO_DEFAULTS.today // fixed, so the share of closed jobs and past sessions is the same every run

function parseSizes(argv: string[]): number[] {
  const i = argv.indexOf('--sizes')
  const inline = argv.find((a) => a.startsWith('--sizes='))
  const raw = inline
    ? inline.slice('--sizes='.length)
    : i >= 0
      ? argv
          .slice(i + 1)
          .filter((a) => !a.startsWith('--'))
          .join(',')
      : ''
  if (!raw) return [1_000, 5_000, 10_000]
  const sizes = raw
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((s) => Number(s.replace(/k$/i, '000')))
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 50)) {
    throw new Error(`--sizes takes job counts of at least 50, e.g. --sizes 1000,5000 (got "${raw}")`)
  }
  return sizes
}

/** Every file under `dir`: how many are .html and how many bytes in all. */
function walk(dir: string): { html: number; bytes: number } {
  let html = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      const sub = walk(path)
      html += sub.html
      bytes += sub.bytes
    } else if (entry.isFile()) {
      bytes += statSync(path).size
      if (entry.name.endsWith('.html')) html += 1
    }
  }
  return { html, bytes }
}

/** "/es/jobs/some-slug/index.html" -> "jobs/*"; "/jobs/region/x/feed.xml" -> "jobs/region/* /feed.xml". */
const STATIC_SEGMENTS = new Set(['jobs', 'trainings', 'toolkits', 'region', 'worker-type', 'pledge', 'signatories', 'about', 'framework', 'search'])
function routeGroup(path: string): string {
  const parts = path.split('/').filter(Boolean)
  if (parts[0] === 'es') parts.shift()
  const file = parts.at(-1) ?? ''
  if (file.includes('.')) parts.pop()
  const group = parts.map((p) => (STATIC_SEGMENTS.has(p) ? p : '*')).join('/') || '(home)'
  return file && file !== 'index.html' ? `${group}/${file}`.replace(/^\(home\)\//, '') : group
}

interface Run {
  size: number
  docs: number
  ok: boolean
  failure?: string
  seconds: number
  peakMb: number
  /** user + sys CPU seconds of the build and its children: on a shared machine, steadier than wall time. */
  cpuSeconds: number
  pages: number
  outBytes: number
  phases: [string, number][]
  routes: Map<string, { count: number; ms: number }>
  /** Files Astro restored from the incremental build cache instead of rendering them. */
  restored: number
}

const gnuTime = existsSync('/usr/bin/time')

/** Spawns `astro build` for one corpus, timing it and following its log for phase timings. */
function build(size: number, contentDir: string, outDir: string, timeFile: string, cacheDir?: string): Promise<Run> {
  const n = counts(size)
  const env = {
    ...process.env,
    // node_modules/.bin/astro starts with `#!/usr/bin/env node`: make that this Node (>= 22).
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_OUT_DIR: outDir,
    PORTAL_TODAY: TODAY,
    SITE_URL: 'https://bench.example.org',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(cacheDir && { PORTAL_BUILD_CACHE_DIR: cacheDir }),
  }
  const astro = resolve(rootDir, 'node_modules/.bin/astro')
  const [command, args] = gnuTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, astro, 'build']] : [astro, ['build']]
  const started = performance.now()
  const at = () => (performance.now() - started) / 1000
  const marks: Record<string, number> = {}
  const routes = new Map<string, { count: number; ms: number }>()
  const tail: string[] = []
  let restored = 0
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const follow = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (raw) => {
        const line = stripVTControlCharacters(raw)
        tail.push(line)
        if (tail.length > 30) tail.shift()
        const route = line.match(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/)
        if (route) {
          const group = routeGroup(route[1])
          const entry = routes.get(group) ?? { count: 0, ms: 0 }
          entry.count += 1
          entry.ms += Number(route[2]) * (route[3] === 's' ? 1000 : 1)
          routes.set(group, entry)
          return
        }
        if (/[├└]─ \S+ \((restored|cached)\)/.test(line)) {
          restored += 1
          return
        }
        const mark = (name: string) => (marks[name] ??= at())
        if (line.includes('[content] Syncing content')) mark('contentStart')
        else if (line.includes('[content] Synced content')) mark('contentEnd')
        else if (line.includes('Building static entrypoints')) mark('viteStart')
        else if (line.includes('generating static routes')) mark('pagesStart')
        else if (marks.pagesStart !== undefined && /✓ Completed in/.test(line)) mark('pagesEnd')
      })
    follow(child.stdout!)
    follow(child.stderr!)
    child.on('error', fail)
    child.on('close', (code, signal) => {
      const seconds = at()
      let peakMb = Number.NaN
      let cpuSeconds = Number.NaN
      if (gnuTime && existsSync(timeFile)) {
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? ''
        const figures = last.match(/^(\d+) ([\d.]+) ([\d.]+)$/)
        if (figures) {
          peakMb = Number(figures[1]) / 1024
          cpuSeconds = Number(figures[2]) + Number(figures[3])
        }
      }
      const out = existsSync(outDir) ? walk(outDir) : { html: 0, bytes: 0 }
      const span = (a: string, b: string) => (marks[a] !== undefined && marks[b] !== undefined ? marks[b] - marks[a] : Number.NaN)
      const phases: [string, number][] = [
        ['start-up + config', marks.contentStart ?? Number.NaN],
        ['content sync (load + validate JSON)', span('contentStart', 'contentEnd')],
        ['types + build info', span('contentEnd', 'viteStart')],
        ['vite bundle', span('viteStart', 'pagesStart')],
        ['generating static routes (render)', span('pagesStart', 'pagesEnd')],
        ['sitemap + finish', marks.pagesEnd !== undefined ? seconds - marks.pagesEnd : Number.NaN],
      ]
      done({
        size,
        docs: n.jobs + n.trainings + n.toolkits,
        ok: code === 0,
        failure: code === 0 ? undefined : `astro build exited with ${signal ?? code}; last output:\n    ${tail.join('\n    ')}`,
        seconds,
        peakMb,
        cpuSeconds,
        pages: out.html,
        outBytes: out.bytes,
        phases,
        routes,
        restored,
      })
    })
  })
}

const fmtSize = (size: number) => (size % 1000 === 0 ? `${size / 1000}k` : String(size))
const fmtMb = (mb: number) => (Number.isNaN(mb) ? 'n/a' : mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${mb.toFixed(0)} MB`)
const fmtS = (s: number) => (Number.isNaN(s) ? 'n/a' : `${s.toFixed(1)} s`)

const rendered = (r: Run) => [...r.routes.values()].reduce((sum, g) => sum + g.count, 0)

/** --incremental: a full build that fills a cache, then one job's title edited and built again with it. */
async function incremental(sizes: number[]): Promise<void> {
  const real = await readSnapshot()
  const root = mkdtempSync(join(tmpdir(), 'chw-bench-site-'))
  const finish = cleanUpOnExit(() => rmSync(root, { recursive: true, force: true }))
  const rows: string[] = []
  try {
    for (const size of sizes) {
      const dir = join(root, fmtSize(size))
      const cacheDir = join(dir, 'cache')
      const snapshot = corpus(real, size, TODAY)
      await writeSnapshot(snapshot, join(dir, 'content-1'))
      console.log(`\n[bench:site] ${fmtSize(size)}: full astro build, filling the cache…`)
      const full = await build(size, join(dir, 'content-1'), join(dir, 'out-1'), join(dir, 'time-1.txt'), cacheDir)
      if (!full.ok) throw new Error(full.failure)
      const job = snapshot['job-postings'][0]
      job.title = { ...job.title, en: `${job.title.en} (edited)` }
      await writeSnapshot(snapshot, join(dir, 'content-2'))
      console.log(`[bench:site] ${fmtSize(size)}: one job edited (${job.slug}), incremental astro build…`)
      const next = await build(size, join(dir, 'content-2'), join(dir, 'out-2'), join(dir, 'time-2.txt'), cacheDir)
      if (!next.ok) throw new Error(next.failure)
      rows.push(
        `| ${fmtSize(size)} | ${full.pages} | ${fmtS(full.seconds)} (CPU ${fmtS(full.cpuSeconds)}) | ${fmtS(next.seconds)} (CPU ${fmtS(next.cpuSeconds)}) | ` +
          `${fmtS(next.phases[4][1])} | ${rendered(next)} | ${next.restored} | ${fmtMb(next.peakMb)} |`,
      )
      rmSync(dir, { recursive: true, force: true })
    }
  } finally {
    finish()
  }
  console.log(`\nIncremental site build (PORTAL_BUILD_CACHE_DIR; PORTAL_TODAY=${TODAY}): a full build filling the cache, then one job's title edited\n`)
  console.log('| size | pages (.html) | full build | incremental build | of which generating routes | files rendered | files restored | peak RSS |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const row of rows) console.log(row)
}

async function main(): Promise<void> {
  const sizes = parseSizes(process.argv.slice(2))
  if (process.argv.includes('--incremental')) return incremental(sizes)
  const real = await readSnapshot()
  const root = mkdtempSync(join(tmpdir(), 'chw-bench-site-'))
  const cleanUp = () => rmSync(root, { recursive: true, force: true })
  const finish = cleanUpOnExit(cleanUp)
  const runs: Run[] = []
  try {
    for (const size of sizes) {
      const n = counts(size)
      const dir = join(root, fmtSize(size))
      const contentDir = join(dir, 'content')
      const outDir = join(dir, 'out')
      console.log(`\n[bench:site] ${fmtSize(size)}: ${n.jobs} jobs, ${n.trainings} trainings, ${n.toolkits} toolkits — writing snapshot…`)
      await writeSnapshot(corpus(real, size, TODAY), contentDir)
      console.log(`[bench:site] ${fmtSize(size)}: astro build…`)
      const run = await build(size, contentDir, outDir, join(dir, 'time.txt'))
      runs.push(run)
      console.log(
        `[bench:site] ${fmtSize(size)}: ${run.ok ? `${run.pages} pages in ${fmtS(run.seconds)} (CPU ${fmtS(run.cpuSeconds)}), peak ${fmtMb(run.peakMb)}` : run.failure}`,
      )
      rmSync(dir, { recursive: true, force: true })
    }
  } finally {
    finish()
  }

  const base = runs.find((r) => r.ok)
  const perDoc = (r: Run, value: number, baseValue: number) => (base ? `${(value / r.docs / (baseValue / base.docs)).toFixed(2)}×` : 'n/a')
  console.log(`\nSite build benchmark (astro build; PORTAL_TODAY=${TODAY}; docs = jobs + trainings + toolkits)\n`)
  console.log(
    `| size | docs | pages (.html) | wall time | CPU (user+sys) | peak RSS | output | time/doc vs ${base ? fmtSize(base.size) : 'first'} | output/doc vs ${base ? fmtSize(base.size) : 'first'} | target |`,
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const r of runs) {
    const target =
      r.size === TARGET.size
        ? `< ${TARGET.seconds} s, < 2 GB: ${r.ok && r.seconds < TARGET.seconds ? 'time met' : 'time missed'}, ${Number.isNaN(r.peakMb) ? 'memory n/a' : r.peakMb < TARGET.peakMb ? 'memory met' : 'memory missed'}`
        : ''
    if (!r.ok) {
      console.log(`| ${fmtSize(r.size)} | ${r.docs} | FAILED | ${fmtS(r.seconds)} | ${fmtS(r.cpuSeconds)} | ${fmtMb(r.peakMb)} | — | — | — | ${target} |`)
      continue
    }
    console.log(
      `| ${fmtSize(r.size)} | ${r.docs} | ${r.pages} | ${fmtS(r.seconds)} | ${fmtS(r.cpuSeconds)} | ${fmtMb(r.peakMb)} | ${(r.outBytes / 1024 / 1024).toFixed(1)} MB | ${perDoc(r, r.seconds, base!.seconds)} | ${perDoc(r, r.outBytes, base!.outBytes)} | ${target} |`,
    )
  }
  console.log(`\nTargets: at 10k, wall time under ${TARGET.seconds} s and peak RSS under 2 GB.`)
  console.log(
    gnuTime
      ? "Peak RSS is GNU time's %M for the astro process (the largest single process it waited for; helper processes are not summed). " +
          'CPU is its user + sys time (children included): wall time also counts waiting for a shared CPU.'
      : 'Peak RSS: n/a (GNU time, /usr/bin/time, is not installed).',
  )
  console.log('A ratio near 1.00× means cost grows linearly with the number of documents.')

  console.log('\nWhere the time goes (from the build log, per size):\n')
  console.log(`| phase | ${runs.map((r) => fmtSize(r.size)).join(' | ')} |`)
  console.log(`|---|${runs.map(() => '---|').join('')}`)
  for (let i = 0; i < (runs[0]?.phases.length ?? 0); i++) {
    console.log(`| ${runs[0].phases[i][0]} | ${runs.map((r) => fmtS(r.phases[i][1])).join(' | ')} |`)
  }
  const done = runs.filter((r) => r.ok)
  const largest = done.at(-1)
  if (largest) {
    const groups = [...largest.routes.entries()].sort((a, b) => b[1].ms - a[1].ms)
    const total = groups.reduce((sum, [, g]) => sum + g.ms, 0)
    const render = largest.phases.find(([name]) => name.startsWith('generating'))?.[1] ?? Number.NaN
    console.log(
      `\nRendering by route (en + es; astro's per-file times), top 8 of ${groups.length} at ${fmtSize(largest.size)}: ` +
        `per-file times add up to ${fmtS(total / 1000)} of the ${fmtS(render)} render phase there.\n`,
    )
    console.log(
      `| route | files at ${fmtSize(largest.size)} | total at ${fmtSize(largest.size)} | share | ${done.map((r) => `per file ${fmtSize(r.size)}`).join(' | ')} |`,
    )
    console.log(`|---|---|---|---|${done.map(() => '---|').join('')}`)
    for (const [group, g] of groups.slice(0, 8)) {
      const perFile = done.map((r) => {
        const at = r.routes.get(group)
        return at ? `${(at.ms / at.count).toFixed(1)} ms` : '—'
      })
      console.log(`| ${group} | ${g.count} | ${fmtS(g.ms / 1000)} | ${((g.ms / total) * 100).toFixed(0)}% | ${perFile.join(' | ')} |`)
    }
  }
  for (const r of runs.filter((r) => !r.ok)) console.log(`\n${fmtSize(r.size)} FAILED: ${r.failure}`)
  if (runs.some((r) => !r.ok)) process.exitCode = 1
}

await main()
