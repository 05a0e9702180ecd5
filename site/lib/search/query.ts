/**
 * Queries against a search index whose files arrive on demand (in the Web Worker, in the benchmark
 * and in unit tests). Every word must match, except stop words ("and", "de"), which the index
 * leaves out and a query only counts when they match; the last word also matches as a prefix
 * (results as you type); when exact words find little, a one- or two-letter typo is tolerated;
 * when no document has every word, the documents with the most of them are shown, marked
 * `partial`. Words that name a filter ("no degree", "remoto", "Oregon") come back as `offers`.
 * Facet counts are computed for the current query. Near me (a point and a radius) keeps the jobs
 * and trainings within the radius, nearest first with their distance, and lists remote and online
 * ones apart (`near.remote`), as a listing's near me does (lib/geo/near-order.ts).
 *
 * A word is looked up in both languages of the index: its stem in the page's language and, with
 * the mark of the other language's terms, its stem in the other (lunr-setup.ts). Words are
 * expanded to index terms as lunr's Index.query does (the same clauses and boosts; typos through
 * typos.ts) and scored with lunr's formula over the summed field weights (postings.ts). When the
 * query needs a postings shard or a row chunk not yet loaded, search() returns the missing file
 * names instead of a response; the caller loads them and asks again.
 */
import lunr from 'lunr'
import type { Locale } from '../../../content/schema.ts'
import type { Point } from '../geo/distance.ts'
import { nearOrder } from '../geo/near-order.ts'
import type { Places, Row, SearchRoot, StoredFacet } from './build-index.ts'
import { isStopWord, otherMark, setupLunr } from './lunr-setup.ts'
import { decodePostings, type EncodedPostings, type Postings } from './postings.ts'
import { type FacetName, type FilterOffer, type Filters, facetNames, fold, type SearchType, searchTypes, wordSpans } from './text.ts'
import { termsNear } from './typos.ts'

export { type Filters, highlight } from './text.ts'

export type SearchResult = {
  type: SearchType
  url: string
  title: string
  summary: string
  organization: string
  score: number
  /** Whole miles from the near-me point (nearby results only). */
  miles?: number
}

/** Near me: where from, and how far (miles). */
export type Near = { point: Point; radius: number }

export type SearchResponse = {
  total: number
  results: SearchResult[]
  facets: Record<FacetName, [value: string, count: number][]>
  /** The words to highlight in results. */
  terms: string[]
  fuzzy: boolean
  /** No document has every word: these have some of them, the most first. */
  partial: boolean
  /** Filters the query's words name, not yet chosen. */
  offers: FilterOffer[]
  /** With near me: `total` and `results` are the items within the radius, nearest first; remote and online ones are here. */
  near?: { remote: SearchResult[]; remoteTotal: number }
}

export type Missing = { missing: string[] }

export type LoadedIndex = {
  root: SearchRoot
  locale: Locale
  labels: SearchRoot['labels']
  docCount: number
  type: Uint8Array
  /** 1 for a training whose sessions are all over. */
  past: Uint8Array
  /** The search pipelines of the page's language and of the other. */
  pipelines: [lunr.Pipeline, lunr.Pipeline]
  termIds: Map<string, number>
  /** The other language's terms: positions [start, end) of the sorted vocabulary. */
  otherTerms: [start: number, end: number]
  /** Shard of each term. */
  termShard: Uint16Array
  shards: (Postings[] | undefined)[]
  rows: (Row[] | undefined)[]
  /** Each document's place, once near me has been used. */
  places: Places | undefined
  /** The last near-me answer, kept while the CHW types with the same place and radius. */
  nearCache: { key: string; miles: Map<number, number>; remote: Set<number> } | undefined
  /** File name → which shard or row chunk it holds. */
  files: Map<string, { kind: 'shard' | 'rows' | 'places'; i: number }>
  /** The phrases that name a filter, as words. */
  filterWords: { words: string[]; facet: FacetName; value: string }[]
  /** Per-document arrays reused by every query: no garbage to collect while typing. */
  scratch: { scores: Float64Array; word: Float64Array; wider: Float64Array; matched: Uint8Array; widerMatched: Uint8Array }
}

export function loadSearchIndex(root: SearchRoot): LoadedIndex {
  setupLunr()
  const docCount = root.typeCounts.reduce((a, b) => a + b, 0)
  const type = new Uint8Array(docCount)
  let id = 0
  root.typeCounts.forEach((count, t) => type.fill(t, id, (id += count)))
  const past = new Uint8Array(docCount)
  for (const doc of root.past) past[doc] = 1
  const termShard = new Uint16Array(root.terms.length)
  root.shardStarts.forEach((start, i) => termShard.fill(i, start))
  const files = new Map<string, { kind: 'shard' | 'rows' | 'places'; i: number }>()
  root.shards.forEach((name, i) => files.set(name, { kind: 'shard', i }))
  root.rows.forEach((name, i) => files.set(name, { kind: 'rows', i }))
  files.set(root.places, { kind: 'places', i: 0 })
  const other = termsWithPrefix(root.terms, otherMark)
  const otherStart = other[0] ?? 0
  return {
    root,
    locale: root.locale,
    labels: root.labels,
    docCount,
    type,
    past,
    pipelines: [lunr.Pipeline.load(root.pipelines[0]), lunr.Pipeline.load(root.pipelines[1])],
    termIds: new Map(root.terms.map((term, i) => [term, i])),
    otherTerms: [otherStart, otherStart + other.length],
    termShard,
    shards: root.shards.map(() => undefined),
    rows: root.rows.map(() => undefined),
    places: undefined,
    nearCache: undefined,
    files,
    filterWords: root.filterWords.map(([phrase, facet, value]) => ({ words: phrase.split(' '), facet, value })),
    scratch: {
      scores: new Float64Array(docCount),
      word: new Float64Array(docCount),
      wider: new Float64Array(docCount),
      matched: new Uint8Array(docCount),
      widerMatched: new Uint8Array(docCount),
    },
  }
}

/** Adds a fetched shard or row chunk (parsed JSON) under its file name. */
export function addFile(index: LoadedIndex, name: string, content: unknown): void {
  const file = index.files.get(name)
  if (!file) throw new Error(`not a file of this index: ${name}`)
  if (file.kind === 'shard') index.shards[file.i] = (content as EncodedPostings[]).map(decodePostings)
  else if (file.kind === 'places') index.places = content as Places
  else index.rows[file.i] = content as Row[]
}

const fewResults = 3
const boosts = { exact: 10, prefix: 3, typo: 1 }

/** The index's terms starting with `prefix` (the vocabulary is sorted). */
function termsWithPrefix(terms: string[], prefix: string): number[] {
  let low = 0
  let high = terms.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (terms[mid] < prefix) low = mid + 1
    else high = mid
  }
  const found: number[] = []
  for (let i = low; i < terms.length && terms[i].startsWith(prefix); i++) found.push(i)
  return found
}

/**
 * Typos for a word: terms within one edit (two from 8 letters) of the word or its stem, and, from
 * 7 letters, a term of at least half the word that the word starts with give or take those edits
 * (a stem the word's misspelt ending hid from the stemmer: "capacitasion" → "capacit").
 */
function typoTerms(index: LoadedIndex, form: string, word: string, other: boolean): number[] {
  const edits = word.length >= 8 ? 2 : 1
  const rest = word.length >= 7 ? Math.floor(word.length / 2) : 0
  const { terms } = index.root
  const [start, end] = index.otherTerms
  if (other) return termsNear(terms, form, edits, { from: start, to: end, offset: otherMark.length, rest })
  return [...termsNear(terms, form, edits, { from: 0, to: start, rest }), ...termsNear(terms, form, edits, { from: end, to: terms.length, rest })]
}

/** term id → query weight for one word, as lunr's clauses would weigh it (boosts add up). */
function wordWeights(index: LoadedIndex, word: string, prefix: boolean, typo: boolean): Map<number, number> {
  const weights = new Map<number, number>()
  const add = (id: number | undefined, boost: number) => {
    if (id !== undefined) weights.set(id, (weights.get(id) ?? 0) + boost)
  }
  index.pipelines.forEach((pipeline, language) => {
    const mark = language === 0 ? '' : otherMark
    const exact = pipeline.runString(word)
    for (const term of exact) add(index.termIds.get(mark + term), boosts.exact)
    // The index holds stems ("communiti" → "commun"): prefixes and typos are matched against both
    // the word as typed and its stem.
    const forms = [...new Set([word, exact[0] ?? word])]
    if (prefix) for (const form of forms) for (const id of termsWithPrefix(index.root.terms, mark + form)) add(id, boosts.prefix)
    if (typo && word.length >= 4) for (const form of forms) for (const id of typoTerms(index, form, word, language === 1)) add(id, boosts.typo)
  })
  return weights
}

/** Shard files the weights need that are not loaded yet. */
function missingShards(index: LoadedIndex, weights: Map<number, number>[]): string[] {
  const missing = new Set<string>()
  for (const w of weights) for (const id of w.keys()) if (!index.shards[index.termShard[id]]) missing.add(index.root.shards[index.termShard[id]])
  return [...missing]
}

/**
 * Each document's score summed over the words it matches, and how many of the required words it
 * matches.
 */
function score(index: LoadedIndex, weights: Map<number, number>[], required: boolean[], total: Float64Array, matched: Uint8Array): void {
  total.fill(0)
  matched.fill(0)
  const wordScore = index.scratch.word
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]
    wordScore.fill(NaN)
    // lunr: Σ fields (query vector · field vector) / |query vector|
    let magnitude = 0
    for (const weight of w.values()) magnitude += weight * weight
    magnitude = Math.sqrt(magnitude)
    for (const [id, weight] of w) {
      const { docs, scores } = (index.shards[index.termShard[id]] as Postings[])[id - index.root.shardStarts[index.termShard[id]]]
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j]
        wordScore[d] = (wordScore[d] || 0) + (weight * scores[j]) / magnitude
      }
    }
    const counts = required[i] ? 1 : 0
    for (let d = 0; d < total.length; d++) {
      const s = wordScore[d]
      if (!Number.isNaN(s)) {
        total[d] += s
        matched[d] += counts
      }
    }
  }
}

/** Documents that match every required word. */
function countAll(matched: Uint8Array, needed: number): number {
  let n = 0
  for (let d = 0; d < matched.length; d++) if (matched[d] === needed) n++
  return n
}

/** The positions of a facet's values for one document (for the type: its type). */
const typePositions = searchTypes.map((_, i) => [i])

function facetOf(index: LoadedIndex, facet: FacetName, doc: number): number[] {
  return facet === 'type' ? typePositions[index.type[doc]] : index.root.facets[facet].docs[doc]
}

/**
 * The `limit` best documents, by tier (words matched, in a partial answer), score and then id
 * (ids are ordered by type, then title: the tie-breaks the ranking wants). Only the first page is
 * sorted: most documents lose to the current last of it at the first comparison.
 */
function best(ids: number[], scores: Float64Array, tier: Uint8Array, limit: number): number[] {
  const before = (a: number, b: number) => tier[b] - tier[a] || scores[b] - scores[a] || a - b
  if (ids.length <= limit) return ids.sort(before)
  const top = ids.slice(0, limit).sort(before)
  for (let i = limit; i < ids.length; i++) {
    const d = ids[i]
    if (before(d, top[limit - 1]) >= 0) continue
    let low = 0
    let high = limit - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if (before(d, top[mid]) < 0) high = mid
      else low = mid + 1
    }
    top.splice(low, 0, d)
    top.pop()
  }
  return top
}

function facetValue(index: LoadedIndex, facet: FacetName, position: number): string {
  return facet === 'type' ? searchTypes[position] : index.root.facets[facet as StoredFacet].values[position]
}

function facetPosition(index: LoadedIndex, facet: FacetName, value: string): number {
  return facet === 'type' ? searchTypes.indexOf(value as SearchType) : index.root.facets[facet].values.indexOf(value)
}

/** Filters named by the query's words, longest phrase first, one per facet, none already chosen or absent from the index. */
function filterOffers(index: LoadedIndex, words: string[], filters: Filters): FilterOffer[] {
  const offers: FilterOffer[] = []
  const used = new Uint8Array(words.length)
  for (const { words: parts, facet, value } of index.filterWords) {
    if (filters[facet] || offers.some((o) => o.facet === facet) || facetPosition(index, facet, value) < 0) continue
    for (let from = 0; from + parts.length <= words.length; from++) {
      const to = from + parts.length
      if (parts.every((part, k) => words[from + k] === part && !used[from + k])) {
        used.fill(1, from, to)
        offers.push({ facet, value, from, to })
        break
      }
    }
  }
  return offers.sort((a, b) => a.from - b.from)
}

/** Documents within the radius (id → whole miles, nearest first) and remote ones; the rest have no place near. */
function nearDocuments(index: LoadedIndex, places: Places, near: Near): NonNullable<LoadedIndex['nearCache']> {
  const key = `${near.point.lat},${near.point.lon},${near.radius}`
  if (index.nearCache?.key === key) return index.nearCache
  const order = nearOrder(places, near.point, near.radius)
  index.nearCache = { key, miles: new Map(order.nearby.map(({ index: d, miles }) => [d, miles])), remote: new Set(order.remote) }
  return index.nearCache
}

export function search(index: LoadedIndex, q: string, filters: Filters = {}, limit = 50, near?: Near): SearchResponse | Missing {
  if (near && !index.places) return { missing: [index.root.places] }
  const nearby = near && nearDocuments(index, index.places as Places, near)
  const typed = wordSpans(q)
    .map(({ word }) => word.toLowerCase())
    .filter((word) => fold(word).length > 0)
  const words = typed.map(fold)
  // Stop words are optional, unless the query has nothing else.
  const stop = typed.map((word, i) => isStopWord(word) || isStopWord(words[i]))
  const required = stop.every(Boolean) ? words.map(() => true) : stop.map((s) => !s)
  const needed = required.filter(Boolean).length
  let fuzzy = false
  let partial = false
  const { scores, matched } = index.scratch
  // How documents rank before their score: by words matched in a partial answer, all alike otherwise.
  const tier = matched
  if (words.length === 0) {
    scores.fill(0)
    tier.fill(0)
  } else {
    const exact = words.map((word, i) => wordWeights(index, word, i === words.length - 1, false))
    let missing = missingShards(index, exact)
    if (missing.length) return { missing }
    score(index, exact, required, scores, matched)
    const found = countAll(matched, needed)
    if (found < fewResults) {
      const wider = words.map((word, i) => wordWeights(index, word, i === words.length - 1, true))
      missing = missingShards(index, wider)
      if (missing.length) return { missing }
      const { wider: widerScores, widerMatched } = index.scratch
      score(index, wider, required, widerScores, widerMatched)
      const widerFound = countAll(widerMatched, needed)
      if (widerFound > found) {
        fuzzy = true
        for (let d = 0; d < scores.length; d++) {
          if (matched[d] !== needed && widerMatched[d] === needed) {
            scores[d] = widerScores[d] * 0.5
            matched[d] = needed
          }
        }
      } else if (widerFound === 0 && needed > 1) {
        // No document has every word: rank those with the most of them first (typos included).
        partial = widerMatched.some((m) => m > 0)
        scores.set(widerScores)
        matched.set(widerMatched)
      }
    }
    for (let d = 0; d < scores.length; d++) {
      if (partial ? matched[d] === 0 : matched[d] !== needed) scores[d] = NaN
      else if (!partial) tier[d] = 0
    }
  }

  const chosen = facetNames.filter((f) => filters[f]).map((f) => ({ facet: f, position: facetPosition(index, f, filters[f] as string) }))
  // A minimum pay per hour keeps only jobs paying at least that (like the query, before any facet).
  const minPay = filters.pay ? Number(filters.pay) : Number.NaN
  const pay = index.root.pay
  const counts = facetNames.map((f) => new Int32Array(f === 'type' ? searchTypes.length : index.root.facets[f].values.length))
  const tally = (f: number, doc: number) => {
    for (const v of facetOf(index, facetNames[f], doc)) counts[f][v] += 1
  }
  const ranked: number[] = []
  for (let d = 0; d < scores.length; d++) {
    if (Number.isNaN(scores[d])) continue
    if (!Number.isNaN(minPay) && !(d < pay.length && pay[d] >= minPay)) continue
    if (nearby && !nearby.miles.has(d) && !nearby.remote.has(d)) continue
    let failures = 0
    let failing = 0
    for (let c = 0; c < chosen.length && failures < 2; c++) {
      if (!facetOf(index, chosen[c].facet, d).includes(chosen[c].position)) {
        failures += 1
        failing = c
      }
    }
    // A facet counts the documents that pass every other facet's filter.
    if (failures === 0) {
      for (let f = 0; f < facetNames.length; f++) tally(f, d)
      // Past trainings rank below current jobs and trainings with the same relevance.
      if (index.past[d]) scores[d] *= 0.5
      ranked.push(d)
    } else if (failures === 1) tally(facetNames.indexOf(chosen[failing].facet), d)
  }
  // Near me: nearest first (the map is in that order), then remote and online ones by relevance.
  const within = nearby ? new Set(ranked.filter((d) => nearby.miles.has(d))) : undefined
  const top = within && nearby ? [...nearby.miles.keys()].filter((d) => within.has(d)).slice(0, limit) : best(ranked, scores, tier, limit)
  const remoteRanked = nearby ? ranked.filter((d) => nearby.remote.has(d)) : []
  const remoteTop = nearby ? best(remoteRanked, scores, tier, limit) : []

  const perChunk = index.root.rowsPerChunk
  const missingRows = [...new Set([...top, ...remoteTop].map((d) => Math.floor(d / perChunk)))].filter((c) => !index.rows[c])
  if (missingRows.length) return { missing: missingRows.map((c) => index.root.rows[c]) }

  const facets = Object.fromEntries(
    facetNames.map((f, i) => {
      const values: [string, number][] = []
      for (let v = 0; v < counts[i].length; v++) if (counts[i][v] > 0) values.push([facetValue(index, f, v), counts[i][v]])
      // Values are slugs and codes: plain comparison, not the (slower) locale's collation.
      return [f, values.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))]
    }),
  ) as SearchResponse['facets']
  const result = (d: number): SearchResult => {
    const [url, title, summary, organization] = (index.rows[Math.floor(d / perChunk)] as Row[])[d % perChunk]
    const miles = nearby?.miles.get(d)
    return {
      type: searchTypes[index.type[d]],
      url,
      title,
      summary,
      organization,
      score: Math.round(scores[d] * 1000) / 1000,
      ...(miles === undefined ? {} : { miles }),
    }
  }
  return {
    total: within ? within.size : ranked.length,
    results: top.map(result),
    ...(nearby ? { near: { remote: remoteTop.map(result), remoteTotal: remoteRanked.length } } : {}),
    facets,
    // Stop words are not highlighted: "de" would light up every other word.
    terms: words.filter((_, i) => required[i]),
    fuzzy,
    partial,
    offers: filterOffers(index, words, filters),
  }
}

export const isMissing = (answer: SearchResponse | Missing): answer is Missing => 'missing' in answer

/**
 * Runs a query to the end, loading what it needs through `load` (fetch in the worker, the built
 * files in tests and the benchmark).
 */
export async function searchLoading(
  index: LoadedIndex,
  load: (names: string[]) => Promise<unknown[]>,
  q: string,
  filters: Filters = {},
  limit = 50,
  near?: Near,
): Promise<SearchResponse> {
  for (;;) {
    const answer = search(index, q, filters, limit, near)
    if (!isMissing(answer)) return answer
    const contents = await load(answer.missing)
    answer.missing.forEach((name, i) => addFile(index, name, contents[i]))
  }
}
