/**
 * The self-assessment's result: strengths (practice partly or fully in place), gaps (not started
 * or only planned), and the toolkits tagged with the weakest areas, most relevant first.
 */
import { type FrameworkAreaSlug, frameworkAreaSlugs, selfAssessmentRatings } from '../../../content/schema.ts'
import type { Rating, Ratings } from './pledge-form.ts'

/** 0 = not started … 3 = fully in place. */
const ratingRank = (rating: Rating): number => selfAssessmentRatings.indexOf(rating)

export type AssessmentResult = {
  /** Strongest first. */
  strengths: FrameworkAreaSlug[]
  /** Weakest first. */
  gaps: FrameworkAreaSlug[]
  unrated: FrameworkAreaSlug[]
  /** The areas with the lowest rating given, unless everything is fully in place. */
  weakest: FrameworkAreaSlug[]
}

export function assess(ratings: Ratings): AssessmentResult {
  const rated = frameworkAreaSlugs.filter((area) => ratings[area] !== undefined)
  const rank = (area: FrameworkAreaSlug) => ratingRank(ratings[area] as Rating)
  // Stable sorts keep the framework's own order among equal ratings.
  const strengths = rated.filter((a) => rank(a) >= ratingRank('partly')).sort((a, b) => rank(b) - rank(a))
  const gaps = rated.filter((a) => rank(a) < ratingRank('partly')).sort((a, b) => rank(a) - rank(b))
  const lowest = Math.min(...rated.map(rank))
  const weakest = rated.length > 0 && lowest < ratingRank('fully') ? rated.filter((a) => rank(a) === lowest) : []
  return { strengths, gaps, unrated: frameworkAreaSlugs.filter((a) => !rated.includes(a)), weakest }
}

/** Toolkits tagged with any of the weakest areas: those covering more of them first, then by title. */
export function toolkitsFor<T extends { frameworkAreas: string[]; title: string }>(toolkits: T[], weakest: FrameworkAreaSlug[]): T[] {
  const overlap = (toolkit: T) => toolkit.frameworkAreas.filter((a) => (weakest as string[]).includes(a)).length
  return toolkits.filter((toolkit) => overlap(toolkit) > 0).sort((a, b) => overlap(b) - overlap(a) || a.title.localeCompare(b.title))
}
