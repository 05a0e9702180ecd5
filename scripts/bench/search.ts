/**
 * `npm run bench:search`: our lunr-based site search against Pagefind on the same generated
 * corpora (about 1k and 10k documents), each as the English and as the Spanish search page sees it
 * (our index of a locale holds both languages; Pagefind indexes the page's language, as it would
 * the site's pages), side by side in one run. For each corpus it prints bytes a
 * browser downloads before its first result (gzip), warm query latency p50/p95 in Node over a
 * fixed query set, index build time, and the ratios ours/Pagefind against the targets (bytes ≤ 2×
 * Pagefind's, p95 ≤ ⅓ of Pagefind's). Figures are printed, never asserted.
 *
 *   node scripts/bench/search.ts                   # builds the site once for its JS sizes
 *   node scripts/bench/search.ts --site-dir dist   # reuse an existing build's _astro/ instead
 *
 * Nothing is downloaded: Pagefind's binary comes with its npm platform package, and its browser
 * search (pagefind.js + WebAssembly) is served from a temporary folder on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { QUERY_SETS, TIMED_ROUNDS, WARMUP_ROUNDS, BUILD_RUNS, fmtKiB, fmtMs, fmtRatio, median, percentile } from './search/common.ts'
import {
  PAGEFIND_VERSION,
  buildPagefind,
  closeService,
  measurePagefindQueries,
  startService,
  writePages,
  type PagefindBuild,
  type PagefindQueries,
} from './search/pagefind.ts'
import type { Corpus, OursResult, PageJs } from './search/ours.ts'
import { cleanUpOnExit } from './cleanup.ts'

// site/lib/i18n.ts imports its JSON without `with { type: 'json' }` (Vite accepts that, Node does
// not): give such imports the attribute, before any site module is loaded.
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context)
    if (resolved.url.endsWith('.json') && !context.importAttributes?.type) {
      return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } }
    }
    return resolved
  },
})
const ours = await import('./search/ours.ts')

const TARGETS = { bytes: 2, p95: 1 / 3 }
const CORPORA = [
  { label: '~1k', jobs: 800, trainings: 200 },
  { label: '~10k', jobs: 8_000, trainings: 2_000 },
]
const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Spanish' },
] as const

type Run = { corpus: Corpus; ours: OursResult; pfBuild: PagefindBuild; pf: PagefindQueries; pagesMs: number }

const log = (message: string) => console.log(`[bench:search] ${message}`)

function argValue(name: string): string | undefined {
  const argv = process.argv.slice(2)
  const inline = argv.find((a) => a.startsWith(`${name}=`))
  if (inline) return inline.slice(name.length + 1)
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}

function printCorpus(run: Run, pageJs: PageJs): void {
  const { corpus, ours: o, pf, pfBuild } = run
  const jsGzip = pageJs.reduce((sum, f) => sum + f.gzip, 0)
  const workerGzip = pageJs.filter((f) => f.file.includes('search-worker')).reduce((sum, f) => sum + f.gzip, 0)
  const oursBytes = o.cold.map((c) => c.bytes + jsGzip)
  const oursMedian = median(oursBytes)
  const oursMax = Math.max(...oursBytes)
  const oursEngine = median(o.cold.map((c) => c.bytes + workerGzip))
  const coldBytes = pf.cold.map((c) => c.bytes)
  const pfMedian = median(coldBytes)
  const pfMax = Math.max(...coldBytes)
  const pfMedianEngine = pfMedian // Pagefind's figure has no page UI JS in it already
  const oursP50 = percentile(o.samples, 50)
  const oursP95 = percentile(o.samples, 95)
  const pfP50 = percentile(pf.samples, 50)
  const pfP95 = percentile(pf.samples, 95)
  const c = corpus.counts
  const total = corpus.documents.length
  const met = (ratio: number, target: number) => (Number.isFinite(ratio) ? (ratio <= target ? 'met' : 'missed') : 'n/a')

  const language = LOCALES.find((l) => l.locale === corpus.locale)?.name
  console.log(
    `\n### Corpus ${corpus.label}, ${language} search page: ${total} documents indexed — ${c.job} open jobs (of ${corpus.jobs} generated), ` +
      `${c.training} trainings, ${c.toolkit} toolkits, ${c.framework} framework areas; Pagefind indexed ${pfBuild.pageCount} pages\n`,
  )
  console.log(`| measure | ours (lunr) | Pagefind ${PAGEFIND_VERSION} | ours / Pagefind | target | |`)
  console.log('|---|---|---|---|---|---|')
  const row = (measure: string, a: string, b: string, ratio: string, target = '', verdict = '') =>
    console.log(`| ${measure} | ${a} | ${b} | ${ratio} | ${target} | ${verdict} |`)
  row(
    'bytes before first result, gzip (median query)',
    fmtKiB(oursMedian),
    fmtKiB(pfMedian),
    fmtRatio(oursMedian, pfMedian),
    '≤ 2×',
    met(oursMedian / pfMedian, TARGETS.bytes),
  )
  row(
    'bytes before first result, gzip (heaviest query)',
    fmtKiB(oursMax),
    fmtKiB(pfMax),
    fmtRatio(oursMax, pfMax),
    '(≤ 2×)',
    met(oursMax / pfMax, TARGETS.bytes),
  )
  row('  search engine + index only (no page/UI JS)', fmtKiB(oursEngine), fmtKiB(pfMedianEngine), fmtRatio(oursEngine, pfMedianEngine))
  row('query p50, warm', fmtMs(oursP50), fmtMs(pfP50), fmtRatio(oursP50, pfP50))
  row('query p95, warm', fmtMs(oursP95), fmtMs(pfP95), fmtRatio(oursP95, pfP95), '≤ 0.33×', met(oursP95 / pfP95, TARGETS.p95))
  row('index build time', fmtMs(o.buildMs), fmtMs(pfBuild.buildMs), fmtRatio(o.buildMs, pfBuild.buildMs))
  row('whole index on the wire (gzip)', fmtKiB(o.wholeGzip), fmtKiB(pf.wholeIndexBytes), fmtRatio(o.wholeGzip, pf.wholeIndexBytes))
  const oursColdMs = median(o.cold.map((x) => x.ms))
  const pfColdMs = median(pf.cold.map((x) => x.ms))
  row('cold: first result once files arrive (median)', fmtMs(oursColdMs), fmtMs(pfColdMs), fmtRatio(oursColdMs, pfColdMs))

  const mine = [...o.cold].sort((a, b) => a.bytes - b.bytes)[Math.ceil(o.cold.length / 2) - 1]
  console.log(
    `\nOurs, bytes for the median query ("${mine.q}"): page JS ` +
      pageJs.map((f) => `${f.file.replace(/^_astro\//, '')} ${fmtKiB(f.gzip)}`).join(' + ') +
      ` + ${mine.files} index files ${fmtKiB(mine.bytes)} = ${fmtKiB(mine.bytes + jsGzip)}; range over the ${o.cold.length} queries ` +
      `${fmtKiB(Math.min(...oursBytes))}–${fmtKiB(oursMax)}.`,
  )
  console.log(
    `Ours, index files (${o.fileCount}, raw ${fmtKiB(o.wholeBytes)}), each gzipped alone: ${o.parts.map((p) => `${p.name} ${fmtKiB(p.gzip)}`).join(', ')}.`,
  )
  const mid = [...pf.cold].sort((a, b) => a.bytes - b.bytes)[Math.ceil(pf.cold.length / 2) - 1]
  console.log(
    `Pagefind, bytes for the median query ("${mid.q}"): ` +
      Object.entries(mid.byCategory)
        .filter(([, bytes]) => bytes > 0)
        .map(([name, bytes]) => `${name} ${fmtKiB(bytes)}`)
        .join(' + ') +
      ` = ${fmtKiB(mid.bytes)}; range over the ${pf.cold.length} queries ${fmtKiB(Math.min(...coldBytes))}–${fmtKiB(pfMax)}.`,
  )
  console.log(
    `Build runs: ours ${o.buildRuns.map(fmtMs).join(', ')}; Pagefind ${pfBuild.buildRuns.map(fmtMs).join(', ')} ` +
      `(writing the ${total} HTML pages first took ${fmtMs(run.pagesMs)}, not counted).`,
  )
}

function printLegend(pf: PagefindQueries | undefined): void {
  const queryCount = QUERY_SETS.en.length
  console.log(`
Legend (how each figure was measured):
- Bytes before first result, ours: each query run cold from a fresh index: the root file, then every postings shard and row
  chunk search() asked for until it answered with its first page of results (up to 50, facet counts, and a typo pass where it
  ran), each file gzip -9 alone, + gzip -9 of every script the English search page loads, found from its HTML in one real
  \`astro build\` of content/ (its module scripts, their imports and the Web Worker they start; they do not depend on the corpus,
  and the Spanish page loads the same ones). Our index of each locale holds both languages' text.
  Median and heaviest of the ${queryCount} queries are shown.
- Bytes before first result, Pagefind: each query run cold by a fresh copy of Pagefind's own pagefind.js (new WebAssembly
  instance, empty caches) in Node, fetching from the bundle served on 127.0.0.1; every file it requested until the first
  five results' data() resolved is counted: pagefind.js (gzip -9; imported from disk, so added), pagefind-entry.json
  (gzip -9), the .pf_meta, the wasm, the index and filter chunks and the fragments it fetched. Pagefind writes its .pf_* and
  wasm files gzip-compressed and inflates them itself, so they count at their size on disk. Median and heaviest of the
  ${queryCount} queries are shown. No UI JS is counted for Pagefind (its API only); "search engine + index only" drops
  our page script too (index files + worker bundle only). In a browser with Worker support Pagefind ${PAGEFIND_VERSION} also loads
  pagefind-worker.js by default (${pf ? fmtKiB(pf.workerGzip) : 'n/a'} gzip, not counted above).
- Query p50/p95, warm: ${queryCount} fixed queries per language (words, prefixes, two-word, region names, typos, the other language;
  see scripts/bench/search/common.ts), ${WARMUP_ROUNDS} untimed passes,
  then ${TIMED_ROUNDS} timed passes (${queryCount * TIMED_ROUNDS} samples per engine; nearest-rank percentiles), in this Node process.
  Ours: search(index, q) from site/lib/search/query.ts (ranked results, up to 50 with text, facet counts), as the Web Worker
  runs it, without the postMessage hop, on one index that a first pass fed every file the query set needs. Pagefind: await search(q) + data() of its first 5 results, on one instance whose
  chunks and fragments are all in memory after the warm-up (no network in the timed part).
- Spanish corpus: the same generated listings, the Spanish search page's index and documents; Pagefind gets the pages in Spanish
  (html lang="es", forceLanguage "es"), so its index has only Spanish text and finds no English word, where ours does.
- Index build time: median of ${BUILD_RUNS} runs. Ours: buildSearchIndex + serializeSearchIndex (documents, lunr index, JSON) in
  this process. Pagefind: createIndex + addDirectory (its native binary parses the HTML pages) + writeFiles, through its Node
  API, the service already started; writing the HTML pages is not counted.
- Whole index on the wire: ours, every index file gzipped alone; Pagefind, all .pf_meta/.pf_index/.pf_filter/.pf_fragment files.
- Cold, once files arrive: ours, JSON.parse + load of the root file, then parsing every file the query asks for, and the query; Pagefind, the cold query above from
  createInstance to the first five results' data, files fetched over loopback (no network latency; it polls for its
  WebAssembly every 50 ms). Neither includes download time.
- Ratios are ours / Pagefind: below 1 means ours is smaller or faster. Targets: bytes ≤ 2× Pagefind's (median query),
  p95 ≤ ⅓ of Pagefind's.`)
}

function printPerQuery(run: Run): void {
  console.log(
    `\nPer query at ${run.corpus.label}, ${run.corpus.locale} (${run.corpus.documents.length} documents): hits and warm p50 per engine, cold bytes (ours without page JS)\n`,
  )
  console.log('| query | kind | ours hits | ours p50 | ours cold index bytes (files) | Pagefind hits | Pagefind p50 | Pagefind cold bytes |')
  console.log('|---|---|---|---|---|---|---|---|')
  QUERY_SETS[run.corpus.locale].forEach(({ q, kind }, i) => {
    const o = run.ours.perQuery[i]
    const p = run.pf.perQuery[i]
    const cold = run.pf.cold[i]
    console.log(
      `| ${q} | ${kind} | ${o.total}${o.fuzzy ? ' (typo-tolerant)' : ''}${o.partial ? ' (partial)' : ''} | ${fmtMs(o.p50)} | ${fmtKiB(run.ours.cold[i].bytes)} (${run.ours.cold[i].files}) | ` +
        `${p.hits} | ${fmtMs(p.p50)} | ${fmtKiB(cold.bytes)} |`,
    )
  })
}

/** One line per corpus and language: the two targeted ratios. */
function printSummary(runs: Run[], pageJs: PageJs): void {
  const jsGzip = pageJs.reduce((sum, f) => sum + f.gzip, 0)
  console.log('\nSummary (targets: bytes ≤ 2×, p95 ≤ 0.33×)\n')
  console.log('| corpus | page | ours bytes (median) | Pagefind bytes (median) | ratio | ours p95 | Pagefind p95 | ratio |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const { corpus, ours: o, pf } of runs) {
    const oursBytes = median(o.cold.map((c) => c.bytes + jsGzip))
    const pfBytes = median(pf.cold.map((c) => c.bytes))
    const oursP95 = percentile(o.samples, 95)
    const pfP95 = percentile(pf.samples, 95)
    console.log(
      `| ${corpus.label} (${corpus.documents.length} docs) | ${corpus.locale} | ${fmtKiB(oursBytes)} | ${fmtKiB(pfBytes)} | ${fmtRatio(oursBytes, pfBytes)} | ` +
        `${fmtMs(oursP95)} | ${fmtMs(pfP95)} | ${fmtRatio(oursP95, pfP95)} |`,
    )
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  const root = mkdtempSync(join(tmpdir(), 'chw-bench-search-'))
  const cleanUp = () => rmSync(root, { recursive: true, force: true })
  const finish = cleanUpOnExit(cleanUp)
  const runs: Run[] = []
  let pageJs: PageJs
  try {
    const siteDir = argValue('--site-dir')
    if (siteDir) {
      pageJs = ours.readPageJs(resolve(siteDir))
      log(`search page JS from ${siteDir}/_astro/`)
    } else {
      log('astro build (once, for the search page JS sizes)…')
      const buildStarted = performance.now()
      pageJs = await ours.buildSiteJs(join(root, 'site'))
      log(`astro build done in ${fmtMs(performance.now() - buildStarted)}`)
      rmSync(join(root, 'site'), { recursive: true, force: true })
    }
    log(pageJs.map((f) => `${f.file} ${fmtKiB(f.gzip)} gzip`).join(', '))
    await startService()

    for (const spec of CORPORA) {
      for (const { locale } of LOCALES) {
        const label = `${spec.label} ${locale}`
        log(`${label}: generating ${spec.jobs} jobs + ${spec.trainings} trainings…`)
        const corpus = await ours.makeCorpus(spec.label, spec.jobs, spec.trainings, locale)
        log(`${label}: ${corpus.documents.length} documents; ours: build ×${BUILD_RUNS}, queries…`)
        const o = await ours.measureOurs(corpus)
        log(`${label}: ours build ${fmtMs(o.buildMs)}, p95 ${fmtMs(percentile(o.samples, 95))}; Pagefind: pages, build ×${BUILD_RUNS}…`)
        const pagesDir = join(root, spec.label, locale, 'site')
        const bundleDir = join(root, spec.label, locale, 'pagefind')
        const pagesStarted = performance.now()
        writePages(corpus.documents, pagesDir, locale)
        const pagesMs = performance.now() - pagesStarted
        const pfBuild = await buildPagefind(pagesDir, bundleDir, locale)
        log(`${label}: Pagefind build ${fmtMs(pfBuild.buildMs)}; cold and warm queries…`)
        const pf = await measurePagefindQueries(bundleDir, QUERY_SETS[locale])
        log(`${label}: Pagefind p95 ${fmtMs(percentile(pf.samples, 95))}`)
        runs.push({ corpus, ours: o, pfBuild, pf, pagesMs })
        rmSync(join(root, spec.label, locale), { recursive: true, force: true })
      }
    }
  } finally {
    await closeService()
    finish()
  }

  console.log(`\nSearch benchmark: ours (lunr 2.3.9, site/lib/search) vs Pagefind ${PAGEFIND_VERSION}; today = ${ours.TODAY}; Node ${process.version}`)
  for (const run of runs) printCorpus(run, pageJs)
  printLegend(runs[0]?.pf)
  const largest = runs.filter((run) => run.corpus.label === CORPORA.at(-1)?.label)
  for (const run of largest) printPerQuery(run)
  printSummary(runs, pageJs)
  console.log(`\nTotal benchmark time ${fmtMs(performance.now() - started)}.`)
}

await main()
