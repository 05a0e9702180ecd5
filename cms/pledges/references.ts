/**
 * A pledge names a region and framework recommendations by slug. They must exist: a commitment
 * to a recommendation that is not in the framework would show as nothing in the directory.
 */
import type { Payload } from 'payload'
import type { Locale, PledgeSubmission } from '../../content/schema.ts'
import { slugs } from '../slugs.ts'
import { messages } from './messages.ts'
import type { FieldError } from './submission.ts'

export type PledgeReferences = { regionIds: Map<string, number | string>; recommendations: Map<string, Set<string>> }

// Regions and the framework change rarely; re-reading them for every one of a burst of
// submissions would only slow the burst down.
const cacheMs = 30_000
let cached: { at: number; value: Promise<PledgeReferences> } | undefined

export function loadReferences(payload: Payload, now = Date.now()): Promise<PledgeReferences> {
  if (!cached || now - cached.at > cacheMs) {
    const value = readReferences(payload)
    cached = { at: now, value }
    value.catch(() => (cached = undefined))
  }
  return cached.value
}

async function readReferences(payload: Payload): Promise<PledgeReferences> {
  const [regions, framework] = await Promise.all([
    payload.find({ collection: slugs.regions, limit: 0, pagination: false, depth: 0 }),
    payload.findGlobal({ slug: slugs.framework, depth: 0, draft: false }),
  ])
  type Area = { slug: string; recommendations?: { slug: string }[] | null }
  const areas = ((framework as { areas?: Area[] | null }).areas ?? []) as Area[]
  return {
    regionIds: new Map(regions.docs.map((r) => [String((r as unknown as { slug: string }).slug), r.id])),
    recommendations: new Map(areas.map((a) => [a.slug, new Set((a.recommendations ?? []).map((r) => r.slug))])),
  }
}

export function checkReferences(s: PledgeSubmission, refs: PledgeReferences, locale: Locale): FieldError[] {
  const errors: FieldError[] = []
  if (!refs.regionIds.has(s.organization.region)) {
    errors.push({ field: 'organization.region', message: messages.unknownRegion[locale] })
  }
  const seen = new Set<string>()
  s.commitments.forEach((c, i) => {
    if (seen.has(c.area)) errors.push({ field: `commitments.${i}.area`, message: messages.repeatedArea[locale] })
    seen.add(c.area)
    const known = refs.recommendations.get(c.area) ?? new Set()
    const unknown = c.recommendations.find((r) => !known.has(r))
    if (unknown) errors.push({ field: `commitments.${i}.recommendations`, message: messages.unknownRecommendation(unknown)[locale] })
  })
  return errors
}

/**
 * The commitments field's own check, for whoever saves a pledge (an admin correcting one too):
 * each area once, each recommendation one of that area's in the framework.
 */
export async function validateCommitments(value: unknown, { req }: { req: { payload: Payload } }): Promise<true | string> {
  if (!Array.isArray(value)) return true
  const refs = await loadReferences(req.payload)
  const seen = new Set<string>()
  for (const commitment of value as { area?: string; recommendations?: string[] | null }[]) {
    const area = String(commitment?.area ?? '')
    if (seen.has(area)) return `The area "${area}" appears twice: keep one row per framework area.`
    seen.add(area)
    const known = refs.recommendations.get(area) ?? new Set<string>()
    const unknown = (commitment?.recommendations ?? []).find((r) => !known.has(r))
    if (unknown !== undefined) return `"${unknown}" is not a recommendation of the framework area "${area}". Choose one the Framework lists for this area.`
  }
  return true
}
