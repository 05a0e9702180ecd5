/** The site's search index files, built once per build from the validated snapshot. */
import { resolve } from 'node:path'
import type { Locale } from '../../../content/schema.ts'
import { readSnapshot } from '../../../content/snapshot.ts'
import { today } from '../content.ts'
import { buildSearchIndex, type SerializedFile, serializeSearchIndex } from './build-index.ts'

const built = new Map<Locale, Promise<SerializedFile[]>>()

/** Every file of a locale's index; the first is the root, which names the others. */
export function searchIndexFor(locale: Locale): Promise<SerializedFile[]> {
  let files = built.get(locale)
  if (!files) {
    // From the working directory (the repository root): inside the site bundle, content/snapshot.ts
    // cannot locate content/ from its own module URL.
    files = readSnapshot(resolve(process.env.PORTAL_CONTENT_DIR || 'content')).then((snapshot) =>
      serializeSearchIndex(buildSearchIndex(snapshot, locale, today)),
    )
    built.set(locale, files)
  }
  return files
}

export const searchIndexPath = (name: string) => `/search-index/${name}`
