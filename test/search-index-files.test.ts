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
import { isStopWord, otherMark } from '../site/lib/search/lunr-setup.ts'
import { loadSearchIndex, searchLoading } from '../site/lib/search/query.ts'
import { fold, wordSpans } from '../site/lib/search/text.ts'
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

const queries = [
  'health',
  'doula',
  'comm',
  'nav',
  'community health',
  'peer support',
  'Los Angeles',
  'comunity',
  'navigater',
  'helth',
  'salud',
  'capacitación',
  'Hmong',
  'xyzzy',
  'pay and benefits',
  'navegador de pacientes',
  'training',
  'capacitasion',
  'doula xyzzy',
  'promotora jobs sonoma',
]

/**
 * The query logic run on the whole lunr index with lunr's own Index.query: both languages' stems
 * (the other's with its mark), every word required but stop words, prefix on the last, typos when
 * few match (candidate terms from termsNear, which the typos test below holds to lunr's fuzzy
 * matching), and the documents with the most words when none has them all.
 */
function reference(index: lunr.Index, pipelines: lunr.Pipeline[], q: string): { scores: Map<number, number>; partial: boolean } {
  const terms = Object.keys((index as unknown as { invertedIndex: object }).invertedIndex).sort()
  const typed = wordSpans(q)
    .map(({ word }) => word.toLowerCase())
    .filter((word) => fold(word))
  const words = typed.map(fold)
  const stop = typed.map((word, i) => isStopWord(word) || isStopWord(words[i]))
  const required = stop.every(Boolean) ? words.map(() => true) : stop.map((x) => !x)
  const needed = required.filter(Boolean).length
  const run = (fuzzy: boolean) => {
    const scores = new Map<number, number>()
    const matched = new Map<number, number>()
    words.forEach((word, i) => {
      const found = index.query((query) => {
        pipelines.forEach((pipeline, language) => {
          const mark = language === 0 ? '' : otherMark
          const stem = pipeline.runString(word)
          for (const term of stem) query.term(mark + term, { usePipeline: false, boost: 10 })
          const forms = [...new Set([word, stem[0] ?? word])]
          for (const form of i === words.length - 1 ? forms : [])
            query.term(mark + form, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 3 })
          if (fuzzy && word.length >= 4) {
            const own = terms.map((term, t) => [term, t] as const).filter(([term]) => term.startsWith(otherMark) === (language === 1))
            const edits = word.length >= 8 ? 2 : 1
            const rest = word.length >= 7 ? Math.floor(word.length / 2) : 0
            const bare = own.map(([term]) => term.slice(mark.length))
            for (const form of forms) for (const t of termsNear(bare, form, edits, { rest })) query.term(own[t][0], { usePipeline: false, boost: 1 })
          }
        })
      })
      for (const r of found) {
        const d = Number(r.ref)
        scores.set(d, (scores.get(d) ?? 0) + r.score)
        if (required[i]) matched.set(d, (matched.get(d) ?? 0) + 1)
      }
    })
    return { scores, matched }
  }
  const all = ({ scores, matched }: ReturnType<typeof run>) => new Map([...scores].filter(([d]) => (matched.get(d) ?? 0) === needed))
  const exact = all(run(false))
  if (exact.size >= 3) return { scores: exact, partial: false }
  const widerRun = run(true)
  const wider = all(widerRun)
  if (wider.size > exact.size) {
    for (const [d, s] of wider) if (!exact.has(d)) exact.set(d, s * 0.5)
    return { scores: exact, partial: false }
  }
  if (wider.size === 0 && needed > 1) {
    const some = new Map([...widerRun.scores].filter(([d]) => (widerRun.matched.get(d) ?? 0) > 0))
    return { scores: some, partial: some.size > 0 }
  }
  return { scores: exact, partial: false }
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
    const { scores: expected, partial } = reference(whole, loaded.pipelines, q)
    const past = new Set(loaded.root.past)
    const response = searchLoaded(loaded, q, {}, Infinity)
    expect(response.partial).toBe(partial)
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
    // Each locale's own terms: together both languages, without the other language's marked copies.
    .filter((t) => t !== '' && !t.startsWith(otherMark))
    .sort()
  const misspell = (t: string) => [t, t.slice(1), `${t}s`, t.slice(0, -1), `${t[1]}${t[0]}${t.slice(2)}`, `x${t.slice(1)}`, `${t.slice(0, 2)}${t.slice(3)}`]

  it("match the vocabulary terms lunr's fuzzy TokenSet matches, with one edit or two", () => {
    const vocabulary = TokenSet.fromArray(terms)
    const words = [...new Set(terms.flatMap(misspell))]
    let compared = 0
    for (const word of words) {
      for (const edits of [1, 2]) {
        const lunrs = vocabulary.intersect(TokenSet.fromFuzzyString(word, edits)).toArray().sort()
        expect(
          termsNear(terms, word, edits)
            .map((i) => terms[i])
            .sort(),
          `${word} ±${edits}`,
        ).toEqual(lunrs)
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
