/**
 * Our search, measured the way the site uses it: the corpus snapshot, one locale's index (which
 * holds both languages) built and split into files as the site build does, each query started cold from the root file and fed the
 * shards and row chunks it asks for (counted), warm queries timed in Node, and the gzip sizes of
 * the JavaScript the search page downloads (from one real `astro build`).
 *
 * Imports site code, whose i18n module imports JSON without an import attribute: load it only
 * after the JSON import hook in ../search.ts is registered.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { delimiter, dirname, join, relative } from 'node:path'
import type { Locale, Snapshot } from '../../../content/schema.ts'
import { readSnapshot } from '../../../content/snapshot.ts'
import { type SearchIndexFiles, type SerializedFile, buildSearchIndex, serializeSearchIndex } from '../../../site/lib/search/build-index.ts'
import { type SearchDocument, searchDocuments } from '../../../site/lib/search/documents.ts'
import { type LoadedIndex, type SearchResponse, isMissing, loadSearchIndex, search, searchLoading } from '../../../site/lib/search/query.ts'
import { DEMO_DEFAULTS, demoOrganizations, generateJobPostings, generateTrainingPrograms } from '../../lib/demo-listings.ts'
import { rootDir } from '../../lib/processes.ts'
import { BUILD_RUNS, QUERY_SETS, TIMED_ROUNDS, WARMUP_ROUNDS, gzipSize, median } from './common.ts'

export const TODAY = '2026-11-25'

export type Corpus = {
  label: string
  locale: Locale
  jobs: number
  trainings: number
  snapshot: Snapshot
  documents: SearchDocument[]
  counts: Record<SearchDocument['type'], number>
}

let real: Snapshot | undefined

/** Generated jobs and trainings on the real taxonomies, organizations, toolkits and framework, as one locale's search sees them. */
export async function makeCorpus(label: string, jobs: number, trainings: number, locale: Locale): Promise<Corpus> {
  real ??= await readSnapshot()
  const options = { seed: DEMO_DEFAULTS.seed, today: TODAY }
  const snapshot: Snapshot = {
    ...real,
    organizations: [...real.organizations.filter((o) => !o.example), ...demoOrganizations()],
    'job-postings': generateJobPostings(jobs, options),
    'training-programs': generateTrainingPrograms(trainings, options),
  }
  // Exactly what the index holds: closed jobs are left out.
  const documents = searchDocuments(snapshot, locale, TODAY)
  const counts = { job: 0, training: 0, toolkit: 0, framework: 0 }
  for (const d of documents) counts[d.type] += 1
  return { label, locale, jobs, trainings, snapshot, documents, counts }
}

export type OursResult = {
  buildMs: number
  buildRuns: number[]
  /** Files in the index, and all of them on the wire (gzip, each file alone). */
  fileCount: number
  wholeGzip: number
  wholeBytes: number
  /** What the files are made of (gzip). */
  parts: { name: string; gzip: number }[]
  /** Per query, cold: the index files fetched before its first response (root + shards + row chunks), gzip. */
  cold: { q: string; bytes: number; files: number; ms: number }[]
  samples: number[]
  perQuery: { q: string; total: number; fuzzy: boolean; partial: boolean; p50: number }[]
}

/**
 * A page's cold start for one query, files served from memory: JSON.parse + load of the root file,
 * then every shard and row chunk the query asks for. Bytes are each fetched file gzipped alone.
 */
async function coldQuery(files: SerializedFile[], q: string): Promise<{ bytes: number; files: number; ms: number; index: LoadedIndex }> {
  const byName = new Map(files.map((f) => [f.name, f.json]))
  let bytes = gzipSize(files[0].json)
  let fetched = 1
  const load = async (names: string[]) => {
    fetched += names.length
    return names.map((name) => {
      const json = byName.get(name) as string
      bytes += gzipSize(json)
      return JSON.parse(json)
    })
  }
  const started = performance.now()
  const index = loadSearchIndex(JSON.parse(files[0].json))
  await searchLoading(index, load, q)
  const ms = performance.now() - started
  return { bytes, files: fetched, ms, index }
}

/** search() on an index that already holds every file the query needs (true after the warm-up). */
function searchWarm(index: LoadedIndex, q: string): SearchResponse {
  const answer = search(index, q)
  if (isMissing(answer)) throw new Error(`warm query "${q}" still needs ${answer.missing.join(', ')}`)
  return answer
}

export async function measureOurs(corpus: Corpus): Promise<OursResult> {
  const queries = QUERY_SETS[corpus.locale]
  const buildRuns: number[] = []
  let files: SerializedFile[] = []
  let built: SearchIndexFiles | undefined
  for (let i = 0; i < BUILD_RUNS; i++) {
    const started = performance.now()
    built = buildSearchIndex(corpus.snapshot, corpus.locale, TODAY)
    files = serializeSearchIndex(built)
    buildRuns.push(performance.now() - started)
  }
  const { root, shards, rows } = built as SearchIndexFiles
  const sum = (list: SerializedFile[]) => list.reduce((n, f) => n + gzipSize(f.json), 0)
  const parts = [
    { name: 'root file', gzip: gzipSize(files[0].json) },
    { name: '(root: vocabulary', gzip: gzipSize(JSON.stringify(root.terms)) },
    { name: 'facet values per document)', gzip: gzipSize(JSON.stringify(root.facets)) },
    { name: `${shards.length} postings shards`, gzip: sum(files.slice(1, 1 + shards.length)) },
    { name: `${rows.length} row chunks`, gzip: sum(files.slice(1 + shards.length, 1 + shards.length + rows.length)) },
    { name: 'places (near me only)', gzip: gzipSize(files.at(-1)!.json) },
  ]

  const cold: OursResult['cold'] = []
  for (const { q } of queries) {
    const { bytes, files: fetched, ms } = await coldQuery(files, q)
    cold.push({ q, bytes, files: fetched, ms })
  }

  // Warm: one index; a first pass loads every file the query set needs, as Pagefind's warm-up does.
  const { index } = await coldQuery(files, queries[0].q)
  const byName = new Map(files.map((f) => [f.name, f.json]))
  const load = async (names: string[]) => names.map((name) => JSON.parse(byName.get(name) as string))
  for (const { q } of queries) await searchLoading(index, load, q)
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const { q } of queries) searchWarm(index, q)
  const byQuery = new Map<string, number[]>(queries.map(({ q }) => [q, []]))
  const samples: number[] = []
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (const { q } of queries) {
      const started = performance.now()
      searchWarm(index, q)
      const ms = performance.now() - started
      samples.push(ms)
      byQuery.get(q)!.push(ms)
    }
  }
  const perQuery = queries.map(({ q }) => {
    const response = searchWarm(index, q)
    return { q, total: response.total, fuzzy: response.fuzzy, partial: response.partial, p50: median(byQuery.get(q)!) }
  })
  return {
    buildMs: median(buildRuns),
    buildRuns,
    fileCount: files.length,
    wholeGzip: sum(files),
    wholeBytes: files.reduce((n, f) => n + Buffer.byteLength(f.json), 0),
    parts,
    cold,
    samples,
    perQuery,
  }
}

/** The search page's JavaScript: its module scripts, what they import, and the Web Worker it starts. */
export type PageJs = { file: string; bytes: number; gzip: number }[]

/** Builds the site once (real content/) into `outDir` and returns the gzip sizes of the search page's JS. */
export function buildSiteJs(outDir: string): Promise<PageJs> {
  const env = {
    ...process.env,
    // node_modules/.bin/astro starts with `#!/usr/bin/env node`: make that this Node.
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    PORTAL_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  const tail: string[] = []
  return new Promise((done, fail) => {
    const child = spawn(join(rootDir, 'node_modules/.bin/astro'), ['build'], { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const keep = (chunk: Buffer) => {
      tail.push(...chunk.toString().split('\n'))
      tail.splice(0, Math.max(0, tail.length - 30))
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', fail)
    child.on('close', (code, signal) => {
      if (code !== 0) return fail(new Error(`astro build exited with ${signal ?? code}:\n${tail.join('\n')}`))
      try {
        done(readPageJs(outDir))
      } catch (error) {
        fail(error)
      }
    })
  })
}

/**
 * Every script the English search page loads, found from its HTML rather than by file name: its
 * module scripts (inline ones too), the modules they import, and the worker they start.
 */
export function readPageJs(outDir: string): PageJs {
  const html = readFileSync(join(outDir, 'search/index.html'), 'utf8')
  const found: PageJs = []
  const seen = new Set<string>()
  const visit = (path: string) => {
    const file = join(outDir, path)
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    found.push({ file: relative(outDir, file), bytes: Buffer.byteLength(code), gzip: gzipSize(code) })
    // Static and dynamic imports, and `new URL("…worker….js", import.meta.url)`.
    for (const [, name] of code.matchAll(/(?:from\s*|import\s*\(?\s*|new URL\(\s*)["'`]([^"'`]+\.js)["'`]/g)) {
      visit(name.startsWith('/') ? name : join(dirname(relative(outDir, file)), name))
    }
  }
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(src)
  for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(href)
  let inline = 0
  for (const [, code] of html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (code.trim()) found.push({ file: `search/index.html, inline script ${++inline}`, bytes: Buffer.byteLength(code), gzip: gzipSize(code) })
  }
  if (!found.some((f) => f.file.includes('search-worker'))) throw new Error(`no search worker found from ${outDir}/search/index.html`)
  return found
}
