/**
 * Typo tolerance without building lunr's fuzzy TokenSet, an automaton that for a long word and two
 * edits costs milliseconds per query: the same edits (delete, insert, substitute a letter, or swap
 * two neighbours, the way lunr.TokenSet.fromFuzzyString applies them) tried directly against each
 * vocabulary term, giving up on a term at its first unaffordable difference.
 */

/** Whether `word` can become `term` in at most `edits` edits. */
export function withinEdits(word: string, term: string, edits: number): boolean {
  if (Math.abs(word.length - term.length) > edits) return false
  let i = 0
  while (i < word.length && i < term.length && word.charCodeAt(i) === term.charCodeAt(i)) i++
  const w = word.slice(i)
  const t = term.slice(i)
  if (w === '' || t === '') return Math.max(w.length, t.length) <= edits
  if (edits === 0) return false
  return (
    withinEdits(w.slice(1), t, edits - 1) || // delete a letter
    withinEdits(w, t.slice(1), edits - 1) || // insert one
    withinEdits(w.slice(1), t.slice(1), edits - 1) || // substitute one
    // lunr's swap: the second letter comes first, and the first stays next in line.
    (w.length > 1 && w[1] === t[0] && withinEdits(w[0] + w.slice(2), t.slice(1), edits - 1))
  )
}

/** Positions of the vocabulary terms (the empty term aside) within `edits` of `word`. */
export function termsNear(terms: string[], word: string, edits: number): number[] {
  const found: number[] = []
  for (let i = 0; i < terms.length; i++) if (terms[i] !== '' && withinEdits(word, terms[i], edits)) found.push(i)
  return found
}
