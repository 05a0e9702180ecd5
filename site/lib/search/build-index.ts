/**
 * The search index of one locale, built at site build time: a serialized lunr index over the
 * fields that find things (title, organization, tags, summary; title boosted most) and a compact
 * document store with only what a result row shows and filters on. Refs are array positions.
 */
import { createHash } from 'node:crypto'
import lunr from 'lunr'
import type { Locale, Snapshot } from '../../../content/schema.ts'
import { pick } from '../i18n.ts'
import { searchDocuments, type SearchDocument } from './documents.ts'
import { localePlugin, setupLunr } from './lunr-setup.ts'

/** [type, url, title, summary, organization, regions, workerTypes, languages, mode, cost, past] */
export type StoredDocument = [
  SearchDocument['type'],
  string,
  string,
  string,
  string,
  string[],
  string[],
  string[],
  string,
  string,
  0 | 1,
]

export type SearchIndexFile = {
  v: 1
  locale: Locale
  index: object
  docs: StoredDocument[]
  /** slug → name for the facets a result can be filtered by. */
  labels: { region: Record<string, string>; workerType: Record<string, string>; language: Record<string, string> }
}

const summaryLength = 180

function shorten(text: string): string {
  if (text.length <= summaryLength) return text
  const cut = text.slice(0, summaryLength)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

export const fieldBoosts = { title: 10, organization: 4, tags: 3, summary: 1 } as const

export function buildSearchIndex(snapshot: Snapshot, locale: Locale, today: string): SearchIndexFile {
  setupLunr()
  const documents = searchDocuments(snapshot, locale, today)
  const index = lunr(function () {
    this.use(localePlugin(locale))
    this.ref('id')
    for (const [field, boost] of Object.entries(fieldBoosts)) this.field(field, { boost })
    // Positions are not stored: highlighting is done on the short result text in the browser.
    this.metadataWhitelist = []
    documents.forEach((doc, id) => {
      this.add({ id: String(id), title: doc.title, organization: doc.organization, tags: doc.tags, summary: doc.summary })
    })
  })
  const names = (list: { slug: string; name: { en: string; es?: string } }[]) =>
    Object.fromEntries(list.map((x) => [x.slug, pick(x.name, locale).value]))
  return {
    v: 1,
    locale,
    index: index.toJSON(),
    docs: documents.map((d) => [
      d.type,
      d.url,
      d.title,
      shorten(d.summary),
      d.organization,
      d.region,
      d.workerType,
      d.language,
      d.mode ?? '',
      d.cost ?? '',
      d.past ? 1 : 0,
    ]),
    labels: {
      region: names(snapshot.regions),
      workerType: names(snapshot['worker-types']),
      language: names(snapshot.languages),
    },
  }
}

/** The file's JSON and its content-hashed name, e.g. `es.3f9a1c2b.json`. */
export function serializeSearchIndex(file: SearchIndexFile): { name: string; json: string } {
  const json = JSON.stringify(file)
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10)
  return { name: `${file.locale}.${hash}.json`, json }
}
