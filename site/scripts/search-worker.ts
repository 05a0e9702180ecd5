/// <reference lib="webworker" />
/**
 * Search runs here, off the main thread, so typing never stalls the page: loads the index once,
 * then answers each query with ranked results and facet counts.
 */
import type { SearchIndexFile } from '../lib/search/build-index.ts'
import { type Filters, type LoadedIndex, loadSearchIndex, search } from '../lib/search/query.ts'

export type WorkerRequest = { type: 'load'; url: string } | { type: 'search'; id: number; q: string; filters: Filters }

let loaded: LoadedIndex | undefined

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data
  if (message.type === 'load') {
    try {
      const response = await fetch(message.url)
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const file = (await response.json()) as SearchIndexFile
      loaded = loadSearchIndex(file)
      self.postMessage({ type: 'ready', labels: file.labels })
    } catch (error) {
      self.postMessage({ type: 'failed', error: String(error) })
    }
  } else if (message.type === 'search' && loaded) {
    self.postMessage({ type: 'results', id: message.id, response: search(loaded, message.q, message.filters) })
  }
}
