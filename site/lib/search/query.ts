/**
 * Queries against a loaded search index (in the Web Worker, and in unit tests). Every word must
 * match; the last word also matches as a prefix (results as you type); when exact words find
 * little, a one-letter typo is tolerated. Facet counts are computed for the current query.
 */
import lunr from 'lunr'
import type { Locale } from '../../../content/schema.ts'
import type { SearchIndexFile, StoredDocument } from './build-index.ts'
import { setupLunr } from './lunr-setup.ts'

import { type FacetName, type Filters, facetNames, queryTerms } from './text.ts'

export { type FacetName, type Filters, facetNames, highlight, queryTerms } from './text.ts'

export type SearchResult = {
  type: StoredDocument[0]
  url: string
  title: string
  summary: string
  organization: string
  score: number
}

export type SearchResponse = {
  total: number
  results: SearchResult[]
  facets: Record<FacetName, [value: string, count: number][]>
  /** The words to highlight in results. */
  terms: string[]
  fuzzy: boolean
}

export type LoadedIndex = { index: lunr.Index; docs: StoredDocument[]; labels: SearchIndexFile['labels']; locale: Locale }

export function loadSearchIndex(file: SearchIndexFile): LoadedIndex {
  setupLunr()
  return { index: lunr.Index.load(file.index), docs: file.docs, labels: file.labels, locale: file.locale }
}

const fewResults = 3
const typeOrder: Record<string, number> = { job: 0, training: 1, toolkit: 2, framework: 3 }

function facetValues(doc: StoredDocument, facet: FacetName): string[] {
  switch (facet) {
    case 'type':
      return [doc[0]]
    case 'region':
      return doc[5]
    case 'workerType':
      return doc[6]
    case 'language':
      return doc[7]
    case 'mode':
      return doc[8] ? [doc[8]] : []
    case 'cost':
      return doc[9] ? [doc[9]] : []
  }
}

function matchesFilters(doc: StoredDocument, filters: Filters, except?: FacetName): boolean {
  return facetNames.every((facet) => facet === except || !filters[facet] || facetValues(doc, facet).includes(filters[facet] as string))
}

/** Refs and scores of documents matching one word (exact, and prefix and/or fuzzy as asked). */
function matchWord(index: lunr.Index, word: string, prefix: boolean, fuzzy: boolean): Map<string, number> {
  // The index holds stems ("communiti" → "commun"): prefixes and typos are matched against both
  // the word as typed and its stem.
  const stem = (index as unknown as { pipeline: lunr.Pipeline }).pipeline.runString(word)[0] ?? word
  const forms = [...new Set([word, stem])]
  const found = index.query((query) => {
    query.term(word, { boost: 10 })
    for (const form of prefix ? forms : []) query.term(form, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 3 })
    if (fuzzy && word.length >= 4) {
      for (const form of forms) query.term(form, { editDistance: word.length >= 8 ? 2 : 1, usePipeline: false, boost: 1 })
    }
  })
  return new Map(found.map((r) => [r.ref, r.score]))
}

function run(loaded: LoadedIndex, words: string[], fuzzy: boolean): Map<string, number> {
  let scores: Map<string, number> | undefined
  words.forEach((word, i) => {
    const matches = matchWord(loaded.index, word, i === words.length - 1, fuzzy)
    if (!scores) scores = matches
    else {
      const both = new Map<string, number>()
      for (const [ref, score] of scores) if (matches.has(ref)) both.set(ref, score + (matches.get(ref) as number))
      scores = both
    }
  })
  return scores ?? new Map()
}

export function search(loaded: LoadedIndex, q: string, filters: Filters = {}, limit = 50): SearchResponse {
  const words = queryTerms(q)
  let fuzzy = false
  let scores: Map<string, number>
  if (words.length === 0) {
    scores = new Map(loaded.docs.map((_, i) => [String(i), 0]))
  } else {
    scores = run(loaded, words, false)
    if (scores.size < fewResults) {
      const wider = run(loaded, words, true)
      if (wider.size > scores.size) {
        fuzzy = true
        for (const [ref, score] of wider) if (!scores.has(ref)) scores.set(ref, score * 0.5)
      }
    }
  }
  const candidates = [...scores.entries()].map(([ref, score]) => ({ doc: loaded.docs[Number(ref)], score }))
  const facets = Object.fromEntries(
    facetNames.map((facet) => {
      const counts = new Map<string, number>()
      for (const { doc } of candidates) {
        if (!matchesFilters(doc, filters, facet)) continue
        for (const value of facetValues(doc, facet)) counts.set(value, (counts.get(value) ?? 0) + 1)
      }
      return [facet, [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))]
    }),
  ) as SearchResponse['facets']
  const ranked = candidates
    .filter(({ doc }) => matchesFilters(doc, filters))
    // Past trainings rank below current jobs and trainings with the same relevance.
    .map(({ doc, score }) => ({ doc, score: doc[10] ? score * 0.5 : score }))
    .sort((a, b) => b.score - a.score || typeOrder[a.doc[0]] - typeOrder[b.doc[0]] || a.doc[2].localeCompare(b.doc[2]))
  return {
    total: ranked.length,
    results: ranked.slice(0, limit).map(({ doc, score }) => ({
      type: doc[0],
      url: doc[1],
      title: doc[2],
      summary: doc[3],
      organization: doc[4],
      score: Math.round(score * 1000) / 1000,
    })),
    facets,
    terms: words,
    fuzzy,
  }
}
