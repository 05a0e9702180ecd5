/**
 * Typo tolerance without building lunr's fuzzy TokenSet, an automaton that for a long word and two
 * edits costs milliseconds per query: the same edits (delete, insert, substitute a letter, or swap
 * two neighbours, the way lunr.TokenSet.fromFuzzyString applies them) tried directly against each
 * vocabulary term, giving up on a term at its first unaffordable difference.
 */

/**
 * Whether `word` can become `term` in at most `edits` edits. With `rest`, the word may also run on
 * past the term by up to that many letters (an ending the stemmer would have cut).
 */
export function withinEdits(word: string, term: string, edits: number, rest = 0): boolean {
  if (term.length - word.length > edits || word.length - term.length > edits + rest) return false
  let i = 0
  while (i < word.length && i < term.length && word.charCodeAt(i) === term.charCodeAt(i)) i++
  const w = word.slice(i)
  const t = term.slice(i)
  if (w === '' || t === '') return t === '' ? w.length <= edits + rest : t.length <= edits
  if (edits === 0) return false
  return (
    withinEdits(w.slice(1), t, edits - 1, rest) || // delete a letter
    withinEdits(w, t.slice(1), edits - 1, rest) || // insert one
    withinEdits(w.slice(1), t.slice(1), edits - 1, rest) || // substitute one
    // lunr's swap: the second letter comes first, and the first stays next in line.
    (w.length > 1 && w[1] === t[0] && withinEdits(w[0] + w.slice(2), t.slice(1), edits - 1, rest))
  )
}

export type NearOptions = {
  /** Only terms at positions [from, to). */
  from?: number
  to?: number
  /** Leading characters of each term to skip (a language mark). */
  offset?: number
  /** Letters the word may run on past a term, for terms of at least 5 letters that cover the word but for them. */
  rest?: number
}

/** Positions of the vocabulary terms (the empty term aside) within `edits` of `word`. */
export function termsNear(terms: string[], word: string, edits: number, { from = 0, to = terms.length, offset = 0, rest = 0 }: NearOptions = {}): number[] {
  const found: number[] = []
  const shortest = Math.max(5, word.length - rest)
  for (let i = from; i < to; i++) {
    const length = terms[i].length - offset
    // Only a term long enough may leave the word's ending unmatched (and that is a looser test than without it).
    const spare = length >= shortest ? rest : 0
    if (length <= 0 || length - word.length > edits || word.length - length > edits + spare) continue
    if (withinEdits(word, offset ? terms[i].slice(offset) : terms[i], edits, spare)) found.push(i)
  }
  return found
}
