/** Reading alerts by their links' tokens, and the links themselves. */
import type { Payload } from 'payload'
import { type ListingKind, type ListingSearch, parseListingSearch } from '../../content/listingSearch.ts'
import type { Locale } from '../../content/schema.ts'
import { cmsUrl } from '../env.ts'
import { slugs } from '../slugs.ts'
import { loadTerms, type Terms } from '../feeds/findListings.ts'
import { describeSearch, type Frequency } from './messages.ts'
import { hashToken, looksLikeToken, manageToken } from './tokens.ts'

export type StoredAlert = {
  id: number | string
  email: string
  locale: Locale
  kind: ListingKind
  search?: string | null
  frequency: Frequency
  confirmedAt?: string | null
  manageSeed?: string | null
  lastSentAt?: string | null
  createdAt: string
}

/** How long a confirmation link works; an alert not confirmed by then is deleted. */
export const unconfirmedDays = 7
const day = 24 * 60 * 60 * 1000

async function findBy(payload: Payload, field: 'confirmTokenHash' | 'manageTokenHash', token: unknown): Promise<StoredAlert | undefined> {
  if (!looksLikeToken(token)) return undefined
  const { docs } = await payload.find({
    collection: slugs.alerts,
    where: { [field]: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] as StoredAlert | undefined
}

/** The alert of a confirmation link, unless it is past its week (then it is as good as deleted). */
export async function byConfirmToken(payload: Payload, token: unknown, now = new Date()): Promise<StoredAlert | undefined> {
  const alert = await findBy(payload, 'confirmTokenHash', token)
  if (!alert) return undefined
  if (!alert.confirmedAt && new Date(alert.createdAt).getTime() < now.getTime() - unconfirmedDays * day) return undefined
  return alert
}

export const byManageToken = (payload: Payload, token: unknown) => findBy(payload, 'manageTokenHash', token)

export function searchOf(alert: Pick<StoredAlert, 'kind' | 'search'>): ListingSearch {
  const parsed = parseListingSearch(alert.kind, new URLSearchParams(alert.search ?? ''))
  // Stored searches were checked on sign-up; one a later change made invalid matches everything of its kind.
  return parsed.ok ? parsed.search : { kind: alert.kind, filters: {} }
}

/** The alert's search in words, in its own language, with region and worker-type names for their slugs. */
export async function describeAlert(payload: Payload, alert: StoredAlert, terms?: Terms): Promise<string> {
  const { names } = terms ?? (await loadTerms(payload))
  return describeSearch(searchOf(alert), alert.locale, (filter, slug) => {
    const name = filter === 'region' ? names.regions.get(slug) : filter === 'worker-type' ? names.workerTypes.get(slug) : undefined
    return name ? (alert.locale === 'es' && name.es) || name.en : slug
  })
}

export function alertLinks(payload: Payload, alert: Pick<StoredAlert, 'id' | 'manageSeed'>) {
  const token = manageToken(payload.secret, alert.id, alert.manageSeed ?? '')
  return {
    manage: `${cmsUrl}/api/alerts/manage?token=${token}`,
    unsubscribe: `${cmsUrl}/api/alerts/unsubscribe?token=${token}`,
  }
}

export const confirmLink = (token: string) => `${cmsUrl}/api/alerts/confirm?token=${token}`
