/// <reference lib="webworker" />
/**
 * Search runs here, off the main thread, so typing never stalls the page: loads the index's root
 * file once, then answers each query with ranked results and facet counts, fetching the postings
 * shards, row chunks and (for near me) places a query needs the first time it needs them.
 */
import type { SearchRoot } from '../lib/search/build-index.ts'
import { type Filters, type LoadedIndex, loadSearchIndex, type Near, searchLoading } from '../lib/search/query.ts'

export type WorkerRequest = { type: 'load'; url: string } | { type: 'search'; id: number; q: string; filters: Filters; near?: Near }

let loaded: LoadedIndex | undefined
let base = ''

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.json()
}

// While one query waits for a file, the next (one more letter typed) may ask for it too: fetch it once.
const fetching = new Map<string, Promise<unknown>>()
function fetchFile(name: string): Promise<unknown> {
  let file = fetching.get(name)
  if (!file) {
    file = fetchJson(new URL(name, base).href)
    fetching.set(name, file)
    file.catch(() => fetching.delete(name))
  }
  return file
}

const load = (names: string[]) => Promise.all(names.map(fetchFile))

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data
  try {
    if (message.type === 'load') {
      base = new URL(message.url, self.location.href).href
      const root = (await fetchJson(base)) as SearchRoot
      loaded = loadSearchIndex(root)
      self.postMessage({ type: 'ready', labels: root.labels })
    } else if (message.type === 'search' && loaded) {
      const response = await searchLoading(loaded, load, message.q, message.filters, 50, message.near)
      self.postMessage({ type: 'results', id: message.id, response })
    }
  } catch (error) {
    self.postMessage({ type: 'failed', error: String(error) })
  }
}
