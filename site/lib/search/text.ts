/**
 * The light half of search, safe to ship to the page: facet names, word folding and
 * highlighting. Nothing here imports lunr, which only the Web Worker loads.
 */
/** The types a result can have, in the order results of equal relevance are listed. */
export const searchTypes = ['job', 'training', 'toolkit', 'framework'] as const
export type SearchType = (typeof searchTypes)[number]

export const facetNames = ['type', 'state', 'region', 'workerType', 'language', 'mode', 'cost', 'employmentType', 'noDegree', 'stipend', 'certified'] as const
export type FacetName = (typeof facetNames)[number]
/** Facets with the one value `yes` (a job needs no degree, a training offers a stipend or is certified). */
export const yesFacets = ['noDegree', 'stipend', 'certified'] as const satisfies FacetName[]
/** Every URL parameter of a search besides `q`: the facets, and `pay`, a minimum hourly pay (jobs). */
export const filterNames = [...facetNames, 'pay'] as const
export type FilterName = (typeof filterNames)[number]
export type Filters = Partial<Record<FilterName, string>>

/** Lowercase, without accents: "Capacitación" → "capacitacion". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** The words of a query as typed, with where each stands: letters and digits, accents kept. */
export function wordSpans(q: string): { word: string; start: number; end: number }[] {
  return [...q.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }))
}

/** Query words, folded, without lunr's query syntax characters: "Pay & benefits" → ["pay", "benefits"]. */
export function queryTerms(q: string): string[] {
  return wordSpans(q)
    .map(({ word }) => fold(word))
    .filter((word) => word.length > 0)
}

/** A filter the query's words name ("no degree", "remoto", "Oregon"), offered to the user: words `from` to `to` (exclusive) of queryTerms. */
export type FilterOffer = { facet: FacetName; value: string; from: number; to: number }

/** The query without words `from` to `to` of queryTerms (the words that named a filter once it is applied). */
export function removeWords(q: string, from: number, to: number): string {
  const spans = wordSpans(q).filter(({ word }) => fold(word).length > 0)
  if (from >= to || to > spans.length) return q
  const before = q.slice(0, spans[from].start).replace(/[^\p{L}\p{N}]+$/u, '')
  const after = q.slice(spans[to - 1].end).replace(/^[^\p{L}\p{N}]+/u, '')
  return [before, after].filter(Boolean).join(' ')
}

/** Splits `text` into parts, marking words that start with a query word (accents ignored). */
export function highlight(text: string, terms: string[]): { text: string; match: boolean }[] {
  if (terms.length === 0) return [{ text, match: false }]
  const parts: { text: string; match: boolean }[] = []
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue
    const folded = fold(piece)
    // A word starting with a query word, or with all but its last letter (a plural, a typo at the end).
    const match = /[\p{L}\p{N}]/u.test(piece) && terms.some((term) => folded.startsWith(term) || (term.length >= 4 && folded.startsWith(term.slice(0, -1))))
    const last = parts.at(-1)
    if (last && last.match === match) last.text += piece
    else parts.push({ text: piece, match })
  }
  return parts
}
