/**
 * Compact postings: for each term, the documents it occurs in and one score per document. lunr
 * scores a query as Σ fields (query vector · field vector) / |query vector|, and every clause
 * searches every field, so the per-field BM25 weights of a term can be summed at build time: the
 * browser then needs neither the field vectors nor lunr's verbose inverted index.
 */

/** Scores are stored as integers in these units (lunr itself keeps 3 decimals). */
const scoreUnit = 100

/** One term's postings on the wire: doc ids as gaps from the previous id, scores as integers. */
export type EncodedPostings = [gaps: number[], scores: number[]]

export type Postings = { docs: Uint32Array; scores: Float32Array }

type LunrJson = {
  invertedIndex: [term: string, posting: { _index: number }][]
  fieldVectors: [fieldRef: string, vector: number[]][]
}

/** term → (doc id → summed field score), from a serialized lunr index whose refs are doc ids. */
export function termPostings(index: object): { terms: string[]; postings: Postings[] } {
  const { invertedIndex, fieldVectors } = index as LunrJson
  const byTermIndex = new Map<number, Map<number, number>>()
  for (const [fieldRef, vector] of fieldVectors) {
    const doc = Number(fieldRef.slice(fieldRef.indexOf('/') + 1))
    for (let i = 0; i < vector.length; i += 2) {
      let docs = byTermIndex.get(vector[i])
      if (!docs) byTermIndex.set(vector[i], (docs = new Map()))
      docs.set(doc, (docs.get(doc) ?? 0) + vector[i + 1])
    }
  }
  const terms = invertedIndex.map(([term]) => term)
  const postings = invertedIndex.map(([, posting]) => {
    const entries = [...(byTermIndex.get(posting._index) ?? new Map<number, number>())].sort((a, b) => a[0] - b[0])
    return { docs: Uint32Array.from(entries, ([doc]) => doc), scores: Float32Array.from(entries, ([, score]) => score) }
  })
  return { terms, postings }
}

export function encodePostings({ docs, scores }: Postings): EncodedPostings {
  const gaps = Array.from(docs, (doc, i) => (i === 0 ? doc : doc - docs[i - 1]))
  return [gaps, Array.from(scores, (score) => Math.max(1, Math.round(score * scoreUnit)))]
}

export function decodePostings([gaps, scores]: EncodedPostings): Postings {
  const docs = new Uint32Array(gaps.length)
  let doc = 0
  for (let i = 0; i < gaps.length; i++) docs[i] = doc += gaps[i]
  return { docs, scores: Float32Array.from(scores, (score) => score / scoreUnit) }
}
