/**
 * The index split into files (root, postings shards, row chunks) answers as the whole lunr index
 * would: the same documents for a fixed set of queries, with the same scores up to the stored
 * precision; a query fetches only the files it needs; postings survive encoding.
 */
import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { demoOrganizations, generateJobPostings, generateTrainingPrograms } from '../scripts/lib/demo-listings.ts'
import { buildLunrIndex, buildSearchIndex, indexedDocuments, serializeSearchIndex } from '../site/lib/search/build-index.ts'
import { decodePostings, encodePostings } from '../site/lib/search/postings.ts'
import { loadSearchIndex, queryTerms, searchLoading } from '../site/lib/search/query.ts'
import { termsNear, withinEdits } from '../site/lib/search/typos.ts'
import { loadAllFiles, searchLoaded } from './helpers/search.ts'

const today = '2026-11-25'
const real = await readSnapshot()
// Large enough for many shards and row chunks.
const snapshot: Snapshot = {
  ...real,
  organizations: [...real.organizations, ...demoOrganizations()],
  'job-postings': generateJobPostings(400, { today }),
  'training-programs': generateTrainingPrograms(150, { today }),
}

const queries = ['health', 'doula', 'comm', 'nav', 'community health', 'peer support', 'Los Angeles', 'comunity', 'navigater', 'helth', 'salud', 'capacitación', 'Hmong', 'xyzzy']

/** The query logic run on the whole lunr index: every word required, prefix on the last, typos when few match. */
function reference(index: lunr.Index, q: string): Map<number, number> {
  const pipeline = (index as unknown as { pipeline: lunr.Pipeline }).pipeline
  const run = (fuzzy: boolean) => {
    const words = queryTerms(q)
    let scores: Map<number, number> | undefined
    words.forEach((word, i) => {
      const stem = pipeline.runString(word)[0] ?? word
      const forms = [...new Set([word, stem])]
      const found = index.query((query) => {
        query.term(word, { boost: 10 })
        for (const form of i === words.length - 1 ? forms : []) query.term(form, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 3 })
        if (fuzzy && word.length >= 4) for (const form of forms) query.term(form, { editDistance: word.length >= 8 ? 2 : 1, usePipeline: false, boost: 1 })
      })
      const matches = new Map(found.map((r) => [Number(r.ref), r.score]))
      scores = scores ? new Map([...scores].filter(([d]) => matches.has(d)).map(([d, s]) => [d, s + (matches.get(d) as number)])) : matches
    })
    return scores ?? new Map<number, number>()
  }
  const exact = run(false)
  if (exact.size < 3) {
    const wider = run(true)
    if (wider.size > exact.size) for (const [d, s] of wider) if (!exact.has(d)) exact.set(d, s * 0.5)
  }
  return exact
}

describe.each(['en', 'es'] as const)('the index in files (%s)', (locale) => {
  const documents = indexedDocuments(snapshot, locale, today)
  const whole = buildLunrIndex(documents, locale)
  const files = serializeSearchIndex(buildSearchIndex(snapshot, locale, today))
  const loaded = loadAllFiles(files)

  it('is split into several shards and row chunks', () => {
    expect(loaded.root.shards.length).toBeGreaterThan(3)
    expect(loaded.root.rows.length).toBeGreaterThan(3)
  })

  it.each(queries)('finds what the whole lunr index finds for "%s", with the same scores', (q) => {
    const expected = reference(whole, q)
    const past = new Set(loaded.root.past)
    const response = searchLoaded(loaded, q, {}, Infinity)
    expect(response.total).toBe(expected.size)
    const byUrl = new Map(response.results.map((r) => [r.url, r.score]))
    for (const [d, score] of expected) {
      const want = past.has(d) ? score * 0.5 : score
      const got = byUrl.get(documents[d].url)
      expect(got, documents[d].url).toBeDefined()
      expect(Math.abs((got as number) - want), documents[d].url).toBeLessThanOrEqual(0.01 + want * 0.005)
    }
    // The first page, picked without sorting everything, is the head of the full ranking.
    expect(searchLoaded(loaded, q).results).toEqual(response.results.slice(0, 50))
  })

  it('fetches only the files a query needs, and answers as the fully loaded index', async () => {
    const byName = new Map(files.map((f) => [f.name, f.json]))
    const fetched: string[] = []
    const index = loadSearchIndex(JSON.parse(files[0].json))
    const load = async (names: string[]) => {
      fetched.push(...names)
      return names.map((name) => JSON.parse(byName.get(name) as string))
    }
    for (const q of ['doula', 'comunity', 'peer support']) {
      expect(await searchLoading(index, load, q, { type: 'training' })).toEqual(searchLoaded(loaded, q, { type: 'training' }))
    }
    expect(new Set(fetched).size).toBe(fetched.length)
    expect(fetched.length).toBeLessThan(files.length - 1)
  })
})

describe('typos', () => {
  const TokenSet = lunr.TokenSet as unknown as {
    fromArray(terms: string[]): lunr.TokenSet
    fromFuzzyString(word: string, edits: number): lunr.TokenSet
  }
  const terms = [...new Set((['en', 'es'] as const).flatMap((locale) => buildSearchIndex(snapshot, locale, today).root.terms))]
    .filter((t) => t !== '')
    .sort()
  const misspell = (t: string) => [t, t.slice(1), `${t}s`, t.slice(0, -1), `${t[1]}${t[0]}${t.slice(2)}`, `x${t.slice(1)}`, `${t.slice(0, 2)}${t.slice(3)}`]

  it("match the vocabulary terms lunr's fuzzy TokenSet matches, with one edit or two", () => {
    const vocabulary = TokenSet.fromArray(terms)
    const words = [...new Set(terms.flatMap(misspell))]
    let compared = 0
    for (const word of words) {
      for (const edits of [1, 2]) {
        const lunrs = vocabulary.intersect(TokenSet.fromFuzzyString(word, edits)).toArray().sort()
        expect(termsNear(terms, word, edits).map((i) => terms[i]).sort(), `${word} ±${edits}`).toEqual(lunrs)
        compared += 1
      }
    }
    expect(compared).toBeGreaterThan(1000)
    expect(withinEdits('comunity', 'community', 1)).toBe(true)
    expect(withinEdits('navigater', 'navigator', 2)).toBe(true)
    expect(withinEdits('helth', 'heath', 1)).toBe(true)
    expect(withinEdits('health', 'wealthy', 1)).toBe(false)
    // lunr's automata for two edits take seconds in all, more on a busy machine.
  }, 60_000)
})

describe('postings', () => {
  it('round-trip through their encoding (scores to 0.01)', () => {
    const docs = Uint32Array.from([0, 3, 4, 90, 1000])
    const scores = Float32Array.from([1.234, 0.001, 12.5, 3, 0.456])
    const decoded = decodePostings(JSON.parse(JSON.stringify(encodePostings({ docs, scores }))))
    expect([...decoded.docs]).toEqual([...docs])
    decoded.scores.forEach((s, i) => expect(Math.abs(s - Math.max(scores[i], 0.01))).toBeLessThan(0.006))
  })
})
