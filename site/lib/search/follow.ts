/**
 * A search page's query and filters as a listing search (content/listingSearch.ts): what its
 * "Follow" feed links and email alert sign-up carry. Only a search over jobs alone or trainings
 * alone can be followed, and only with filters a listing search has; anything else is said, so a
 * feed or an alert is never wider than what the page shows. Runs in the page, so it imports no
 * runtime code from content/ (which would bring zod): the names come from follow-names.ts at build.
 */
import type { ListingKind } from '../../../content/listingSearch.ts'
import type { FilterName, Filters } from './text.ts'

/** Per kind, in the listing form's order: [search filter, listing search parameter]. */
export type FollowNames = { names: Record<ListingKind, [FilterName, string][]>; maxQueryLength: number }

export type Follow =
  /** The type is not jobs or trainings alone. */
  | { ok: false; needsType: true }
  /** Chosen filters (search names, `near` for near me, `q` for too many words) a feed or alert cannot carry. */
  | { ok: false; kind: ListingKind; unsupported: string[] }
  /** The listing search's parameters, `q` first, in the listing form's order. */
  | { ok: true; kind: ListingKind; params: URLSearchParams }

/** The listing search's rule for a minimum pay (dollars, up to two decimals). */
const payRule = /^\d{1,7}(\.\d{1,2})?$/

export function followSearch(q: string, filters: Filters, nearUsed: boolean, { names, maxQueryLength }: FollowNames): Follow {
  const kind = filters.type === 'job' ? 'jobs' : filters.type === 'training' ? 'trainings' : undefined
  if (!kind) return { ok: false, needsType: true }
  const words = q.trim()
  const params = new URLSearchParams()
  const unsupported: string[] = []
  if (words.length > maxQueryLength) unsupported.push('q')
  else if (words) params.set('q', words)
  const known = new Map(names[kind])
  for (const [name, value] of Object.entries(filters) as [FilterName, string | undefined][]) {
    if (name === 'type' || !value) continue
    if (!known.has(name) || (name === 'pay' && !payRule.test(value))) unsupported.push(name)
  }
  if (nearUsed) unsupported.push('near')
  if (unsupported.length) return { ok: false, kind, unsupported }
  for (const [name, listingName] of names[kind]) {
    const value = filters[name]
    if (value) params.set(listingName, value)
  }
  return { ok: true, kind, params }
}
