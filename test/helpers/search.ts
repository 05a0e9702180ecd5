/** Search indexes for tests: every file of a built index loaded at once, through JSON as a browser gets them. */
import type { SerializedFile } from '../../site/lib/search/build-index.ts'
import { addFile, type Filters, isMissing, type LoadedIndex, loadSearchIndex, search, type SearchResponse } from '../../site/lib/search/query.ts'

export function loadAllFiles(files: SerializedFile[]): LoadedIndex {
  const [root, ...rest] = files
  const index = loadSearchIndex(JSON.parse(root.json))
  for (const file of rest) addFile(index, file.name, JSON.parse(file.json))
  return index
}

/** search() on a fully loaded index, which never answers with missing files. */
export function searchLoaded(index: LoadedIndex, q: string, filters: Filters = {}, limit?: number): SearchResponse {
  const answer = search(index, q, filters, limit)
  if (isMissing(answer)) throw new Error(`files missing: ${answer.missing.join(', ')}`)
  return answer
}
