/**
 * Our search, measured the way the site uses it: the corpus snapshot, the English index built and
 * serialized as the site build does, queries run in Node against the loaded index, and the gzip
 * sizes of the JavaScript the search page downloads (from one real `astro build`).
 *
 * Imports site code, whose i18n module imports JSON without an import attribute: load it only
 * after the JSON import hook in ../search.ts is registered.
 */
import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import type { Snapshot } from '../../../content/schema.ts'
import { readSnapshot } from '../../../content/snapshot.ts'
import { type SearchIndexFile, buildSearchIndex, serializeSearchIndex } from '../../../site/lib/search/build-index.ts'
import { type SearchDocument, searchDocuments } from '../../../site/lib/search/documents.ts'
import { loadSearchIndex, search } from '../../../site/lib/search/query.ts'
import { DEMO_DEFAULTS, demoOrganizations, generateJobPostings, generateTrainingPrograms } from '../../lib/demo-listings.ts'
import { rootDir } from '../../lib/processes.ts'
import { BUILD_RUNS, QUERIES, TIMED_ROUNDS, WARMUP_ROUNDS, gzipFileSize, gzipSize, median } from './common.ts'

export const TODAY = '2026-11-25'
export const LOCALE = 'en' as const

export type Corpus = {
  label: string
  jobs: number
  trainings: number
  snapshot: Snapshot
  documents: SearchDocument[]
  counts: Record<SearchDocument['type'], number>
}

let real: Snapshot | undefined

/** Generated jobs and trainings on the real taxonomies, organizations, toolkits and framework. */
export async function makeCorpus(label: string, jobs: number, trainings: number): Promise<Corpus> {
  real ??= await readSnapshot()
  const options = { seed: DEMO_DEFAULTS.seed, today: TODAY }
  const snapshot: Snapshot = {
    ...real,
    organizations: [...real.organizations.filter((o) => !o.example), ...demoOrganizations()],
    'job-postings': generateJobPostings(jobs, options),
    'training-programs': generateTrainingPrograms(trainings, options),
  }
  // Exactly what the index holds: closed jobs are left out.
  const documents = searchDocuments(snapshot, LOCALE, TODAY)
  const counts = { job: 0, training: 0, toolkit: 0, framework: 0 }
  for (const d of documents) counts[d.type] += 1
  return { label, jobs, trainings, snapshot, documents, counts }
}

export type OursResult = {
  buildMs: number
  buildRuns: number[]
  jsonBytes: number
  jsonGzip: number
  /** The index file's parts, each gzipped alone: what the bytes are made of. */
  parts: { name: string; gzip: number }[]
  /** JSON.parse + lunr.Index.load + the first query (the worker's work once the file is downloaded). */
  coldMs: number
  samples: number[]
  perQuery: { q: string; total: number; fuzzy: boolean; p50: number }[]
}

export function measureOurs(corpus: Corpus): OursResult {
  const buildRuns: number[] = []
  let json = ''
  let file: SearchIndexFile | undefined
  for (let i = 0; i < BUILD_RUNS; i++) {
    const started = performance.now()
    file = buildSearchIndex(corpus.snapshot, LOCALE, TODAY)
    json = serializeSearchIndex(file).json
    buildRuns.push(performance.now() - started)
  }
  const lunrIndex = file!.index as { invertedIndex?: unknown; fieldVectors?: unknown }
  const parts = [
    { name: 'lunr inverted index', gzip: gzipSize(JSON.stringify(lunrIndex.invertedIndex ?? null)) },
    { name: 'lunr field vectors', gzip: gzipSize(JSON.stringify(lunrIndex.fieldVectors ?? null)) },
    { name: 'document store', gzip: gzipSize(JSON.stringify(file!.docs)) },
    { name: 'labels', gzip: gzipSize(JSON.stringify(file!.labels)) },
  ]

  const coldStart = performance.now()
  const loaded = loadSearchIndex(JSON.parse(json))
  search(loaded, QUERIES[0].q)
  const coldMs = performance.now() - coldStart

  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const { q } of QUERIES) search(loaded, q)
  const byQuery = new Map<string, number[]>(QUERIES.map(({ q }) => [q, []]))
  const samples: number[] = []
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (const { q } of QUERIES) {
      const started = performance.now()
      search(loaded, q)
      const ms = performance.now() - started
      samples.push(ms)
      byQuery.get(q)!.push(ms)
    }
  }
  const perQuery = QUERIES.map(({ q }) => {
    const response = search(loaded, q)
    return { q, total: response.total, fuzzy: response.fuzzy, p50: median(byQuery.get(q)!) }
  })
  return {
    buildMs: median(buildRuns),
    buildRuns,
    jsonBytes: Buffer.byteLength(json),
    jsonGzip: gzipSize(json),
    parts,
    coldMs,
    samples,
    perQuery,
  }
}

/** The search page's JavaScript, by file-name prefix under _astro/. */
export const PAGE_JS_PREFIXES = ['search-worker', 'SearchApp', 'client', 'react'] as const
export type PageJs = { prefix: string; file: string; bytes: number; gzip: number }[]

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

export function readPageJs(outDir: string): PageJs {
  const dir = join(outDir, '_astro')
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'))
  return PAGE_JS_PREFIXES.map((prefix) => {
    const matches = files.filter((f) => f.startsWith(prefix))
    if (matches.length !== 1) throw new Error(`expected one ${prefix}*.js under ${dir}, found ${matches.length}: ${matches.join(', ')}`)
    const file = join(dir, matches[0])
    return { prefix, file: matches[0], bytes: statSync(file).size, gzip: gzipFileSize(file) }
  })
}
