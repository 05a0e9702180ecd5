/**
 * Pagefind on the same documents: one minimal HTML page per document, indexed with Pagefind's
 * Node API, and its own browser search (`pagefind.js` + WebAssembly) run in Node against the
 * output served on 127.0.0.1, so every file it fetches is seen and counted.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as pagefind from 'pagefind'
import type { Locale } from '../../../content/schema.ts'
import type { SearchDocument } from '../../../site/lib/search/documents.ts'
import { rootDir } from '../../lib/processes.ts'
import { BUILD_RUNS, type Query, TIMED_ROUNDS, WARMUP_ROUNDS, gzipFileSize, gzipSize, median } from './common.ts'

export const PAGEFIND_VERSION: string = JSON.parse(readFileSync(join(rootDir, 'node_modules/pagefind/package.json'), 'utf8')).version

/** The part of pagefind.js's exports this benchmark uses. */
type PagefindResult = { id: string; score: number; data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }> }
type PagefindSearch = { results: PagefindResult[]; unfilteredResultCount: number }
type PagefindInstance = {
  init: () => Promise<void>
  search: (term: string, options?: object) => Promise<PagefindSearch>
  destroy: () => Promise<void>
}
type PagefindModule = { createInstance: (options: { basePath: string }) => PagefindInstance }

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** "/jobs/x/" → "jobs/x/index.html"; "/framework/#area" → "framework/area/index.html" (one page per area). */
function pagePath(url: string): string {
  const [path, hash] = url.split('#')
  const parts = path.split('/').filter(Boolean)
  if (hash) parts.push(hash)
  return join(...parts, 'index.html')
}

/**
 * One minimal page per document, in the page's language as the site shows it: title, summary,
 * organization, tags in the indexed body; type and region as filters.
 */
export function writePages(documents: SearchDocument[], dir: string, lang: Locale): void {
  rmSync(dir, { recursive: true, force: true })
  for (const d of documents) {
    const filters = [`type:${d.type}`, ...d.region.map((r) => `region:${r}`)].map((f) => `<span data-pagefind-filter="${escapeHtml(f)}"></span>`).join('')
    const html =
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(d.title)}</title></head><body>` +
      `<header><a href="/">Portal</a></header>` +
      `<main data-pagefind-body><h1>${escapeHtml(d.title)}</h1><p>${escapeHtml(d.summary)}</p>` +
      `<p>${escapeHtml(d.organization)}</p><p>${escapeHtml(d.tags)}</p>${filters}</main></body></html>`
    const file = join(dir, pagePath(d.url))
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, html)
  }
}

/** Starts Pagefind's indexing service (a native binary) so its start-up is not timed. */
export async function startService(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`pagefind.createIndex failed: ${errors.join('; ')}`)
  await index.deleteIndex()
}

export const closeService = () => pagefind.close()

export type PagefindBuild = { buildMs: number; buildRuns: number[]; pageCount: number }

/** createIndex + addDirectory + writeFiles, BUILD_RUNS times; the last run's output stays in `bundleDir`. */
export async function buildPagefind(pagesDir: string, bundleDir: string, lang: Locale): Promise<PagefindBuild> {
  const buildRuns: number[] = []
  let pageCount = 0
  for (let i = 0; i < BUILD_RUNS; i++) {
    rmSync(bundleDir, { recursive: true, force: true })
    const started = performance.now()
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang })
    if (!index) throw new Error(`pagefind.createIndex failed: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: pagesDir })
    if (added.errors.length) throw new Error(`pagefind addDirectory: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: bundleDir })
    if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`)
    buildRuns.push(performance.now() - started)
    pageCount = added.page_count
    await index.deleteIndex()
  }
  return { buildMs: median(buildRuns), buildRuns, pageCount }
}

type Category = 'js' | 'wasm' | 'entry+meta' | 'index chunks' | 'filter chunks' | 'fragments' | 'other'

function category(path: string): Category {
  if (path.endsWith('.js')) return 'js'
  if (path.endsWith('.pagefind')) return 'wasm'
  if (path.endsWith('pagefind-entry.json') || path.endsWith('.pf_meta')) return 'entry+meta'
  if (path.endsWith('.pf_index')) return 'index chunks'
  if (path.endsWith('.pf_filter')) return 'filter chunks'
  if (path.endsWith('.pf_fragment')) return 'fragments'
  return 'other'
}

/**
 * Bytes on the wire for one Pagefind file: its .pf_* and wasm files are written gzip-compressed
 * (pagefind.js inflates them), so they count as they are; JS and JSON count gzipped at level 9.
 */
function wireBytes(bundleDir: string, cache: Map<string, number>, rel: string): number {
  let bytes = cache.get(rel)
  if (bytes === undefined) {
    const file = join(bundleDir, rel)
    bytes = /\.(js|json)$/.test(rel) ? gzipFileSize(file) : statSync(file).size
    cache.set(rel, bytes)
  }
  return bytes
}

/** A static file server for the bundle on 127.0.0.1 that records every path it is asked for. */
async function serveBundle(bundleDir: string): Promise<{ server: Server; basePath: string; requests: string[] }> {
  const requests: string[] = []
  const root = resolve(bundleDir)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/pagefind\//, '')
    const file = resolve(root, path)
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end()
      return
    }
    let body: Buffer
    try {
      body = readFileSync(file)
    } catch {
      res.writeHead(404).end()
      return
    }
    requests.push(relative(root, file))
    const type = file.endsWith('.json') ? 'application/json' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream'
    res.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { server, basePath: `http://127.0.0.1:${port}/pagefind/`, requests }
}

export type PagefindQueries = {
  cold: { q: string; bytes: number; ms: number; byCategory: Record<Category, number>; hits: number }[]
  samples: number[]
  perQuery: { q: string; hits: number; p50: number }[]
  /** gzip of pagefind.js, which the page imports (counted in every cold query). */
  jsGzip: number
  /** gzip of pagefind-worker.js: in a browser with Worker support Pagefind 1.6 also loads it by default. */
  workerGzip: number
  /** Every index file on the wire: meta + all index chunks + filter chunks + fragments. */
  wholeIndexBytes: number
}

let moduleRun = 0

/** A fresh copy of pagefind.js (its own WebAssembly instance and caches): a cold page. */
async function freshModule(bundleDir: string): Promise<PagefindModule> {
  const url = `${pathToFileURL(join(bundleDir, 'pagefind.js')).href}?run=${++moduleRun}`
  return (await import(url)) as PagefindModule
}

/** What the first five results show: their fragments (URL, title, excerpt). */
async function searchAndLoad(instance: PagefindInstance, q: string): Promise<number> {
  const response = await instance.search(q)
  await Promise.all(response.results.slice(0, 5).map((r) => r.data()))
  return response.results.length
}

export async function measurePagefindQueries(bundleDir: string, queries: Query[]): Promise<PagefindQueries> {
  const { server, basePath, requests } = await serveBundle(bundleDir)
  const sizes = new Map<string, number>()
  const jsGzip = gzipFileSize(join(bundleDir, 'pagefind.js'))
  try {
    // Cold: a new pagefind.js module per query, as on a page opened with that query.
    const cold: PagefindQueries['cold'] = []
    for (const { q } of queries) {
      const { createInstance } = await freshModule(bundleDir)
      requests.length = 0
      const started = performance.now()
      const instance = createInstance({ basePath })
      const hits = await searchAndLoad(instance, q)
      const ms = performance.now() - started
      await instance.destroy()
      const byCategory: Record<Category, number> = {
        js: jsGzip,
        wasm: 0,
        'entry+meta': 0,
        'index chunks': 0,
        'filter chunks': 0,
        fragments: 0,
        other: 0,
      }
      for (const rel of requests) byCategory[category(rel)] += wireBytes(bundleDir, sizes, rel)
      cold.push({ q, bytes: Object.values(byCategory).reduce((a, b) => a + b, 0), ms, byCategory, hits })
    }

    // Warm: one instance; after the warm-up every chunk and fragment the set needs is in memory.
    const { createInstance } = await freshModule(bundleDir)
    const instance = createInstance({ basePath })
    for (let round = 0; round < WARMUP_ROUNDS; round++) for (const { q } of queries) await searchAndLoad(instance, q)
    const byQuery = new Map<string, number[]>(queries.map(({ q }) => [q, []]))
    const samples: number[] = []
    const hitsByQuery = new Map<string, number>()
    for (let round = 0; round < TIMED_ROUNDS; round++) {
      for (const { q } of queries) {
        const started = performance.now()
        const hits = await searchAndLoad(instance, q)
        const ms = performance.now() - started
        samples.push(ms)
        byQuery.get(q)!.push(ms)
        hitsByQuery.set(q, hits)
      }
    }
    await instance.destroy()

    let wholeIndexBytes = 0
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (/\.pf_(meta|index|filter|fragment)$/.test(entry.name)) wholeIndexBytes += statSync(path).size
      }
    }
    walk(bundleDir)

    return {
      cold,
      samples,
      perQuery: queries.map(({ q }) => ({ q, hits: hitsByQuery.get(q) ?? 0, p50: median(byQuery.get(q)!) })),
      jsGzip,
      workerGzip: gzipSize(readFileSync(join(bundleDir, 'pagefind-worker.js'))),
      wholeIndexBytes,
    }
  } finally {
    await new Promise<void>((done) => server.close(() => done()))
  }
}
