/**
 * The framework's adoption in numbers, for `content/adoption.json`: computed here, in the CMS
 * export, so no signatory's own self-assessment or progress report ever reaches the static site.
 * Only approved, current pledges that agreed to be counted take part, and no number published
 * counts fewer than minGroupSize of them: small groups are merged with their neighbours or left out.
 */
import { type Adoption, type Framework, minGroupSize, type ratingChanges, selfAssessmentRatings } from '../../content/schema.ts'

/** The pledge fields the statistics read, as the Local API returns them at depth 0. */
export type CountedPledge = {
  status?: string | null
  consentToStatistics?: boolean | null
  renewalDue?: string | null
  example?: boolean | null
  commitments?: { area?: string | null; recommendations?: string[] | null }[] | null
  selfAssessment?: { area?: string | null; rating?: string | null }[] | null
  progressReports?: { submittedAt?: string | null; entries?: { area?: string | null; rating?: string | null }[] | null }[] | null
}

type Rating = (typeof selfAssessmentRatings)[number]
type RatingChange = (typeof ratingChanges)[number]

/** Approved, not past renewal, and agreed to be counted: nothing else is ever counted. */
function isCounted(pledge: CountedPledge, now: Date): boolean {
  return (
    pledge.status === 'approved' &&
    pledge.consentToStatistics === true &&
    typeof pledge.renewalDue === 'string' &&
    new Date(pledge.renewalDue).getTime() > now.getTime()
  )
}

/**
 * Ordered buckets (e.g. ratings from "not started" to "fully in place") → contiguous bands of at
 * least `min`: each band runs from a non-empty bucket until the count reaches `min`; a remainder
 * too small joins the band before it, and with no band to join, nothing is shown.
 */
export function mergeSmallGroups<K>(buckets: readonly (readonly [K, number])[], min = minGroupSize): { keys: K[]; count: number }[] {
  const bands: { from: number; to: number; count: number }[] = []
  let from = 0
  let count = 0
  let lastNonEmpty = -1
  buckets.forEach(([, n], i) => {
    if (n > 0) lastNonEmpty = i
    if (count === 0 && n === 0) return
    if (count === 0) from = i
    count += n
    if (count >= min) {
      bands.push({ from, to: i, count })
      count = 0
    }
  })
  const last = bands.at(-1)
  if (count > 0) {
    if (!last) return []
    last.to = lastNonEmpty
    last.count += count
  }
  return bands.map((b) => ({ keys: buckets.slice(b.from, b.to + 1).map(([key]) => key), count: b.count }))
}

const rank = (rating: string | null | undefined) => selfAssessmentRatings.indexOf(rating as Rating)

function ratingByArea(rows: { area?: string | null; rating?: string | null }[] | null | undefined): Map<string, number> {
  const ratings = new Map<string, number>()
  for (const row of rows ?? []) if (row.area && rank(row.rating) >= 0 && !ratings.has(row.area)) ratings.set(row.area, rank(row.rating))
  return ratings
}

function latestReport(pledge: CountedPledge) {
  return [...(pledge.progressReports ?? [])].sort((a, b) => String(b.submittedAt).localeCompare(String(a.submittedAt)))[0]
}

const tally = <K>(keys: readonly K[], values: K[]): [K, number][] => keys.map((key) => [key, values.filter((v) => v === key).length])

export function adoptionFromPledges(pledges: CountedPledge[], framework: Pick<Framework, 'areas'>, now = new Date()): Adoption {
  const counted = pledges.filter((p) => isCounted(p, now))
  const enough = counted.length >= minGroupSize
  const areas = framework.areas.map((area) => {
    if (!enough) return { area: area.slug, recommendations: [], ratings: [], progress: [] }
    const chosen = counted.map((p) => new Set((p.commitments ?? []).filter((c) => c.area === area.slug).flatMap((c) => c.recommendations ?? [])))
    const committed = chosen.filter((set) => set.size > 0).length
    const recommendations = area.recommendations
      .map((r) => ({ slug: r.slug, committed: chosen.filter((set) => set.has(r.slug)).length }))
      .filter((r) => r.committed >= minGroupSize)
    const ratings: Rating[] = counted.flatMap((p) => {
      const r = ratingByArea(p.selfAssessment).get(area.slug)
      return r === undefined ? [] : [selfAssessmentRatings[r]!]
    })
    const changes: RatingChange[] = counted.flatMap((p) => {
      const before = ratingByArea(p.selfAssessment).get(area.slug)
      const after = ratingByArea(latestReport(p)?.entries).get(area.slug)
      if (before === undefined || after === undefined) return []
      return [after > before ? 'higher' : after < before ? 'lower' : 'same']
    })
    return {
      area: area.slug,
      ...(committed >= minGroupSize ? { committed } : {}),
      recommendations,
      ratings: mergeSmallGroups(tally(selfAssessmentRatings, ratings)).map((b) => ({ ratings: b.keys, count: b.count })),
      progress: mergeSmallGroups(tally(['lower', 'same', 'higher'] as const, changes)).map((b) => ({ changes: b.keys, count: b.count })),
    }
  })
  return {
    ...(enough ? { signatories: counted.length } : {}),
    examples: enough ? counted.filter((p) => p.example === true).length : 0,
    areas,
  }
}
