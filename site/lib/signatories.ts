/**
 * The signatory directory's filters and map, from the public signatory snapshot: which regions,
 * sectors and areas have signatories (each gets a pre-rendered page, so filtering works without
 * JavaScript), the text the name search matches, and the count per state.
 */
import { frameworkAreaSlugs, organizationKinds, type Region, type Signatory } from '../../content/schema.ts'

export type SignatoryFacet = 'region' | 'sector' | 'area'

/** The values of a signatory a facet matches. */
export function facetValues(signatory: Signatory, facet: SignatoryFacet): string[] {
  if (facet === 'region') return [signatory.region]
  if (facet === 'sector') return [signatory.kind]
  return [...new Set(signatory.commitments.map((c) => c.area))]
}

/** Values that have at least one signatory, in the order the contract or the taxonomy gives. */
export function usedValues(signatories: Signatory[], facet: SignatoryFacet, regions: Region[]): string[] {
  const used = new Set(signatories.flatMap((s) => facetValues(s, facet)))
  const order: readonly string[] = facet === 'region' ? regions.map((r) => r.slug) : facet === 'sector' ? organizationKinds : frameworkAreaSlugs
  return order.filter((value) => used.has(value))
}

export const withFacet = (signatories: Signatory[], facet: SignatoryFacet, value: string) => signatories.filter((s) => facetValues(s, facet).includes(value))

/** Lower case without accents, so "clinica" finds "Clínica". The browser script does the same. */
export const searchText = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Signatories per state (postal code) of their region; a national region counts apart. */
export function countsByState(signatories: Signatory[], regionBySlug: Map<string, Region>): { byState: Map<string, number>; nationwide: number } {
  const byState = new Map<string, number>()
  let nationwide = 0
  for (const s of signatories) {
    const region = regionBySlug.get(s.region)
    if (!region || region.kind === 'national') nationwide++
    else byState.set(region.state, (byState.get(region.state) ?? 0) + 1)
  }
  return { byState, nationwide }
}
