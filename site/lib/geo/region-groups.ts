/**
 * Regions grouped under their state for the region filter and the region links: states by name in
 * the reader's language, the statewide region first in its state, then counties and cities in
 * staff's order; nationwide regions (state US) last.
 */
import type { Locale, Region } from '../../../content/schema.ts'
import { t } from '../i18n.ts'
import { stateNames } from './states.ts'

export type RegionGroup = { state: string; label: string; regions: Region[] }

export function regionGroups(regions: Region[], locale: Locale): RegionGroup[] {
  const groups = new Map<string, Region[]>()
  for (const region of regions) groups.set(region.state, [...(groups.get(region.state) ?? []), region])
  const label = (state: string) => (state === 'US' ? t(locale, 'near.nationwide') : (stateNames[state]?.[locale] ?? state))
  return [...groups]
    .map(([state, members]) => ({
      state,
      label: label(state),
      regions: members.sort((a, b) => Number(b.kind === 'statewide') - Number(a.kind === 'statewide') || a.order - b.order),
    }))
    .sort((a, b) => Number(a.state === 'US') - Number(b.state === 'US') || a.label.localeCompare(b.label, locale))
}
