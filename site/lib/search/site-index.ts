/** The site's search index files, built once per build from the validated snapshot. */
import type { Locale } from '../../../content/schema.ts'
import { loadSnapshot, today } from '../content.ts'
import { buildSearchIndex, type SerializedFile, serializeSearchIndex } from './build-index.ts'

const built = new Map<Locale, Promise<SerializedFile[]>>()

/** Every file of a locale's index; the first is the root, which names the others. */
export function searchIndexFor(locale: Locale): Promise<SerializedFile[]> {
  let files = built.get(locale)
  if (!files) {
    // The pages' own read of the snapshot, not a second one.
    files = loadSnapshot().then((snapshot) => serializeSearchIndex(buildSearchIndex(snapshot, locale, today)))
    built.set(locale, files)
  }
  return files
}

export const searchIndexPath = (name: string) => `/search-index/${name}`
