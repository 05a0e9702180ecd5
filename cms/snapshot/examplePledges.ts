/**
 * Fictional approved pledges for the demo's example organizations, so the signatory directory,
 * its map and the adoption statistics have something to show from a fresh seed. Each is marked
 * `example` (the site says so) and made by a fixed rule, so seed then export gives the same
 * content/signatories.json and content/adoption.json every time. Real pledges never come from
 * the snapshot: their private fields exist only in the CMS.
 *
 * The rule leaves some groups under 5 on purpose (financial sustainability, each area's last
 * recommendation, some ratings), so the
 * demo shows groups being merged or left out.
 */
import { frameworkAreaSlugs, selfAssessmentRatings, type Framework, type Organization } from '../../content/schema.ts'

const day = 24 * 60 * 60 * 1000
const firstApproval = Date.parse('2026-09-01T16:00:00.000Z')
const reportedAt = '2026-11-30T17:00:00.000Z'
// Per area, ratings spread so that some values fall under 5 and must be merged.
const ratingPattern = [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 0, 3, 3, 3]

const iso = (time: number) => new Date(time).toISOString()

/** The pledge documents (Local API data, region given as its id) for the example organizations. */
export function examplePledges(organizations: Organization[], framework: Pick<Framework, 'areas'>, regionIds: Map<string, number | string>) {
  const examples = organizations.filter((o) => o.example && o.region && regionIds.has(o.region))
  return examples.map((org, i) => {
    const approvedAt = firstApproval + i * 4 * day
    const areas = frameworkAreaSlugs.filter((area, j) => (area === 'financial-sustainability' ? i % 4 === 0 : (i + j) % 4 !== 0))
    const commitments = framework.areas
      .filter((a) => areas.includes(a.slug))
      .map((a) => ({ area: a.slug, recommendations: a.recommendations.filter((_, k) => (k < 3 ? (i + k) % 3 !== 2 : i % 4 === 1)).map((r) => r.slug) }))
      .filter((c) => c.recommendations.length > 0)
    const ratings = frameworkAreaSlugs.map((area, j) => ({ area, rating: ratingPattern[(i * 5 + j * 3) % ratingPattern.length]! }))
    const reported = ratings.map(({ area, rating }, j) => ({
      area,
      rating: (i + j) % 7 === 3 && rating > 0 ? rating - 1 : (i + j) % 2 === 0 && rating < 3 ? rating + 1 : rating,
    }))
    return {
      organizationName: org.name,
      organization: { kind: org.kind, region: regionIds.get(org.region!)!, chwCount: 3 + i * 2, website: org.website },
      contact: { name: 'Example Contact', title: 'Program Director', email: `pledge@${org.slug}.example.org` },
      commitments,
      selfAssessment: ratings.map(({ area, rating }) => ({ area, rating: selfAssessmentRatings[rating] })),
      consentToList: i % 7 !== 3,
      consentToStatistics: i % 8 !== 7,
      signerName: 'Example Signer',
      signerTitle: 'Executive Director',
      agreed: true,
      locale: i % 3 === 0 ? 'es' : 'en',
      status: 'approved',
      approvedAt: iso(approvedAt),
      renewalDue: iso(approvedAt + 365 * day),
      slug: org.slug,
      example: true,
      progressReports:
        i % 5 === 4 ? [] : [{ submittedAt: reportedAt, entries: reported.map(({ area, rating }) => ({ area, rating: selfAssessmentRatings[rating] })) }],
    }
  })
}
