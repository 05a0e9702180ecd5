/** The site's search index files, built once per build from the validated snapshot. */
import { resolve } from 'node:path'
import type { Locale } from '../../../content/schema.ts'
import { readSnapshot } from '../../../content/snapshot.ts'
import { today } from '../content.ts'
import { buildSearchIndex, serializeSearchIndex } from './build-index.ts'

const built = new Map<Locale, Promise<{ name: string; json: string }>>()

export function searchIndexFor(locale: Locale): Promise<{ name: string; json: string }> {
  let file = built.get(locale)
  if (!file) {
    // From the working directory (the repository root): inside the site bundle, content/snapshot.ts
    // cannot locate content/ from its own module URL.
    file = readSnapshot(resolve(process.env.PORTAL_CONTENT_DIR || 'content')).then((snapshot) =>
      serializeSearchIndex(buildSearchIndex(snapshot, locale, today)),
    )
    built.set(locale, file)
  }
  return file
}

export const searchIndexPath = (name: string) => `/search-index/${name}`
