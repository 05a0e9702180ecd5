/**
 * The search index of one locale, built at site build time with lunr over the fields that find
 * things (title, organization, tags, summary; title boosted most) in the locale's language, and
 * the same fields in the other language at lower boosts, so a query in either language finds an
 * item and the page's language ranks first (see lunr-setup.ts). It is then split into files a
 * browser fetches only as a query needs them:
 * - the root: the vocabulary, the facet values of every document (facet counts and filters need
 *   them all), the words that name a filter, and the names of the other files;
 * - postings shards: compact postings (see postings.ts) of a run of consecutive terms, so a prefix
 *   lands in one or two shards;
 * - row chunks: what a result row shows (URL, title, summary, organization) for a run of documents,
 *   fetched for the results on screen only;
 * - places: each document's place for near me (see documents.ts), fetched only once near me is used,
 *   so the root stays as small as it was.
 * Refs are document ids: positions in an order by type, then title, so the id breaks score ties
 * as the ranking wants (jobs before trainings, then alphabetical).
 */
import { createHash } from 'node:crypto'
import lunr from 'lunr'
import type { Locale, Snapshot } from '../../../content/schema.ts'
import { pick } from '../i18n.ts'
import { searchDocuments, searchTypes, type SearchDocument } from './documents.ts'
import { buildFilterWords, type FilterWord, stateNames } from './filter-words.ts'
import { bilingualPlugin, otherLocale, searchPipelineNames, setupLunr } from './lunr-setup.ts'
import { type EncodedPostings, encodePostings, termPostings } from './postings.ts'
import type { FacetName } from './text.ts'

/** Own-language fields, then the other language's (names ending in `_`, see lunr-setup.ts), boosted lower. */
export const fieldBoosts = { title: 10, organization: 4, tags: 3, summary: 1, title_: 3, tags_: 1, summary_: 0.5 } as const
type IndexedField = keyof typeof fieldBoosts

/** Facets whose values are stored per document (the type follows from the id). */
const storedFacets = [
  'state',
  'region',
  'workerType',
  'language',
  'mode',
  'cost',
  'employmentType',
  'noDegree',
  'stipend',
  'certified',
] as const satisfies FacetName[]
export type StoredFacet = (typeof storedFacets)[number]

/** [url, title, summary, organization] */
export type Row = [string, string, string, string]

export type SearchRoot = {
  v: 3
  locale: Locale
  /** The search pipelines (folding, stemming) by registered name, to run on query words: the locale's, then the other language's. */
  pipelines: [own: string[], other: string[]]
  fields: string[]
  /** The vocabulary, sorted. */
  terms: string[]
  /** The first term of each postings shard, and the shards' file names. */
  shardStarts: number[]
  shards: string[]
  rowsPerChunk: number
  rows: string[]
  /** The places file's name. */
  places: string
  /** Documents per type, in the order of `searchTypes`. */
  typeCounts: number[]
  /** Per facet: its values, and per document the positions of its values. */
  facets: Record<StoredFacet, { values: string[]; docs: number[][] }>
  /** Ids of trainings whose sessions are all over. */
  past: number[]
  /** Lowest pay per hour of each job, by id (jobs come first, so this is as long as there are jobs). */
  pay: number[]
  /** slug (or state code) → name for the facets a result can be filtered by. */
  labels: { state: Record<string, string>; region: Record<string, string>; workerType: Record<string, string>; language: Record<string, string> }
  /** Phrases that name a filter, longest first. */
  filterWords: FilterWord[]
}

/** Per document id: "lat,lon", "remote", or null (no known place: toolkits, the framework, unplaced listings). */
export type Places = (string | null)[]

export type SearchIndexFiles = { root: SearchRoot; shards: EncodedPostings[][]; rows: Row[][]; places: Places }

/** About this many bytes of JSON per postings shard, and documents per row chunk. */
const shardBytes = 16_000
const rowsPerChunk = 16
const summaryLength = 180

function shorten(text: string): string {
  if (text.length <= summaryLength) return text
  const cut = text.slice(0, summaryLength)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

const byTypeThenTitle = (a: SearchDocument, b: SearchDocument) => searchTypes.indexOf(a.type) - searchTypes.indexOf(b.type) || a.title.localeCompare(b.title)

function facetColumn(documents: SearchDocument[], valuesOf: (d: SearchDocument) => string[]) {
  const values = [...new Set(documents.flatMap(valuesOf))].sort()
  const position = new Map(values.map((v, i) => [v, i]))
  return { values, docs: documents.map((d) => valuesOf(d).map((v) => position.get(v) as number)) }
}

/** Text as words: "Promotor(a)" is "promotor a", as a query's words are split (text.ts). */
const words = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')

/** The lunr index over documents in this order (refs are positions), unsharded. */
export function buildLunrIndex(documents: SearchDocument[], locale: Locale): lunr.Index {
  setupLunr()
  return lunr(function () {
    this.use(bilingualPlugin(locale))
    this.ref('id')
    for (const [field, boost] of Object.entries(fieldBoosts)) this.field(field, { boost })
    // No positions: highlighting is done on the short result text in the browser.
    this.metadataWhitelist = []
    documents.forEach((doc, id) => {
      const fields = Object.fromEntries(Object.keys(fieldBoosts).map((field) => [field, words(doc[field as IndexedField])]))
      this.add({ id: String(id), ...fields })
    })
  })
}

/** What the index holds, in id order: by type, then title. */
export const indexedDocuments = (snapshot: Snapshot, locale: Locale, today: string): SearchDocument[] =>
  searchDocuments(snapshot, locale, today).sort(byTypeThenTitle)

export function buildSearchIndex(snapshot: Snapshot, locale: Locale, today: string): SearchIndexFiles {
  const documents = indexedDocuments(snapshot, locale, today)
  const index = buildLunrIndex(documents, locale)
  const json = index.toJSON() as unknown as { fields: string[] }
  const { terms, postings } = termPostings(json)

  const shards: EncodedPostings[][] = []
  const shardStarts: number[] = []
  let size = Infinity
  postings.forEach((p, i) => {
    const encoded = encodePostings(p)
    if (size >= shardBytes) {
      shards.push([])
      shardStarts.push(i)
      size = 0
    }
    shards[shards.length - 1].push(encoded)
    size += JSON.stringify(encoded).length
  })

  const rows: Row[][] = []
  documents.forEach((d, id) => {
    if (id % rowsPerChunk === 0) rows.push([])
    rows[rows.length - 1].push([d.url, d.title, shorten(d.summary), d.organization])
  })

  const names = (list: { slug: string; name: { en: string; es?: string } }[]) => Object.fromEntries(list.map((x) => [x.slug, pick(x.name, locale).value]))
  return {
    root: {
      v: 3,
      locale,
      pipelines: [searchPipelineNames(locale), searchPipelineNames(otherLocale(locale))],
      fields: json.fields,
      terms,
      shardStarts,
      shards: [],
      rowsPerChunk,
      rows: [],
      places: '',
      typeCounts: searchTypes.map((type) => documents.filter((d) => d.type === type).length),
      facets: {
        state: facetColumn(documents, (d) => d.state),
        region: facetColumn(documents, (d) => d.region),
        workerType: facetColumn(documents, (d) => d.workerType),
        language: facetColumn(documents, (d) => d.language),
        mode: facetColumn(documents, (d) => (d.mode ? [d.mode] : [])),
        cost: facetColumn(documents, (d) => (d.cost ? [d.cost] : [])),
        employmentType: facetColumn(documents, (d) => (d.employmentType ? [d.employmentType] : [])),
        noDegree: facetColumn(documents, (d) => (d.noDegree ? ['yes'] : [])),
        stipend: facetColumn(documents, (d) => (d.stipend ? ['yes'] : [])),
        certified: facetColumn(documents, (d) => (d.certified ? ['yes'] : [])),
      },
      past: documents.flatMap((d, id) => (d.past ? [id] : [])),
      pay: documents.flatMap((d) => (d.type === 'job' ? [d.pay ?? 0] : [])),
      labels: {
        state: Object.fromEntries(stateNames(snapshot.regions, locale)),
        region: names(snapshot.regions),
        workerType: names(snapshot['worker-types']),
        language: names(snapshot.languages),
      },
      filterWords: buildFilterWords(snapshot.regions),
    },
    shards,
    rows,
    places: documents.map((d) => d.place ?? null),
  }
}

export type SerializedFile = { name: string; json: string }

function hashed(prefix: string, value: unknown): SerializedFile {
  const json = JSON.stringify(value)
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10)
  return { name: `${prefix}.${hash}.json`, json }
}

/**
 * Every file of the index with its content-hashed name, e.g. `es.3f9a1c2b4d.json` for the root
 * (listed first; its hash covers the other files' names), `es-p.….json` shards, `es-r.….json` rows,
 * and last `es-g.….json`, the places.
 */
export function serializeSearchIndex({ root, shards, rows, places }: SearchIndexFiles): SerializedFile[] {
  const shardFiles = shards.map((shard) => hashed(`${root.locale}-p`, shard))
  const rowFiles = rows.map((chunk) => hashed(`${root.locale}-r`, chunk))
  const placesFile = hashed(`${root.locale}-g`, places)
  const rootFile = hashed(root.locale, { ...root, shards: shardFiles.map((f) => f.name), rows: rowFiles.map((f) => f.name), places: placesFile.name })
  return [rootFile, ...shardFiles, ...rowFiles, placesFile]
}
