/**
 * Built once per build: which search filter is which listing search parameter, in the listing
 * form's order (content/listingSearch.ts), for follow.ts in the page.
 */
import { filterNames, type ListingKind, listingKinds, maxQueryLength } from '../../../content/listingSearch.ts'
import type { FollowNames } from './follow.ts'
import type { FilterName } from './text.ts'

/** Listing search parameter → the search page's filter of the same meaning. */
const searchName: Record<ListingKind, Record<string, FilterName>> = {
  jobs: {
    region: 'region',
    state: 'state',
    'worker-type': 'workerType',
    language: 'language',
    'work-mode': 'mode',
    'employment-type': 'employmentType',
    pay: 'pay',
    'no-degree': 'noDegree',
  },
  trainings: {
    region: 'region',
    state: 'state',
    'worker-type': 'workerType',
    language: 'language',
    format: 'mode',
    cost: 'cost',
    stipend: 'stipend',
    certified: 'certified',
  },
}

export function followNames(): FollowNames {
  const names = Object.fromEntries(
    listingKinds.map((kind) => [
      kind,
      filterNames[kind].map((name) => {
        const search = searchName[kind][name]
        // A new listing filter must be given its search filter here, or following would drop it.
        if (!search) throw new Error(`follow-names.ts: listing filter “${name}” (${kind}) has no search filter`)
        return [search, name] as [FilterName, string]
      }),
    ]),
  ) as FollowNames['names']
  return { names, maxQueryLength }
}
