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

type Commitment = { area?: string | null; recommendations?: string[] | null }
type CommitmentProblem = { index: number; area: string } & ({ kind: 'repeatedArea' } | { kind: 'unknownRecommendation'; recommendation: string })

/** Each area once, each recommendation one of that area's in the framework. */
function commitmentProblems(commitments: Commitment[], refs: PledgeReferences): CommitmentProblem[] {
  const problems: CommitmentProblem[] = []
  const seen = new Set<string>()
  commitments.forEach((c, index) => {
    const area = String(c?.area ?? '')
    if (seen.has(area)) problems.push({ index, area, kind: 'repeatedArea' })
    seen.add(area)
    const known = refs.recommendations.get(area) ?? new Set<string>()
    const unknown = (c?.recommendations ?? []).find((r) => !known.has(r))
    if (unknown !== undefined) problems.push({ index, area, kind: 'unknownRecommendation', recommendation: unknown })
  })
  return problems
}

export function checkReferences(s: PledgeSubmission, refs: PledgeReferences, locale: Locale): FieldError[] {
  const errors: FieldError[] = []
  if (!refs.regionIds.has(s.organization.region)) {
    errors.push({ field: 'organization.region', message: messages.unknownRegion[locale] })
  }
  for (const p of commitmentProblems(s.commitments, refs)) {
    errors.push(
      p.kind === 'repeatedArea'
        ? { field: `commitments.${p.index}.area`, message: messages.repeatedArea[locale] }
        : { field: `commitments.${p.index}.recommendations`, message: messages.unknownRecommendation(p.recommendation)[locale] },
    )
  }
  return errors
}

/** The commitments field's own check, for whoever saves a pledge (an admin correcting one too). */
export async function validateCommitments(value: unknown, { req }: { req: { payload: Payload } }): Promise<true | string> {
  if (!Array.isArray(value)) return true
  const [p] = commitmentProblems(value as Commitment[], await loadReferences(req.payload))
  if (!p) return true
  return p.kind === 'repeatedArea'
    ? `The area "${p.area}" appears twice: keep one row per framework area.`
    : `"${p.recommendation}" is not a recommendation of the framework area "${p.area}". Choose one the Framework lists for this area.`
}
