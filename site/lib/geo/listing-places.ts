/**
 * Where each listing is, for "near me", worked out once per build from its ZIP, else its city and
 * state (places.ts; no network). Remote jobs and online trainings are "remote": listed apart, never
 * given a distance. A listing whose place cannot be found gets no distance, and the build says so.
 */
import type { JobPosting, TrainingProgram } from '../../../content/schema.ts'
import type { Content } from '../content.ts'
import type { Point } from './distance.ts'
import { cityPoint, zipPoint } from './places.ts'

export type ListingPlace = { remote: true } | { point: Point } | { unknown: string }

type Place = { city?: string; state: string; zip?: string }

/** From the ZIP when it is known, else the city in its state. */
function placeOf(place: Place | undefined): { point: Point } | { unknown: string } {
  if (!place) return { unknown: 'no place given' }
  const point = (place.zip && zipPoint(place.zip)) || (place.city ? cityPoint(place.city, place.state) : undefined)
  if (point) return { point }
  const given = [place.city && `${place.city}, ${place.state}`, place.zip && `ZIP ${place.zip}`].filter(Boolean).join(', ')
  return { unknown: given ? `${given} not found` : 'no city or ZIP given' }
}

export const jobPlace = (job: JobPosting): ListingPlace => (job.workMode === 'remote' ? { remote: true } : placeOf(job.location))

export const trainingPlace = (training: TrainingProgram): ListingPlace => (training.format === 'online' ? { remote: true } : placeOf(training.location))

/** The card's `data-place`: "44.05,-123.09", "remote", or nothing. */
export function placeAttribute(place: ListingPlace): string | undefined {
  if ('remote' in place) return 'remote'
  if ('point' in place) return `${place.point.lat},${place.point.lon}`
  return undefined
}

export type ListingPlaces = { jobs: Map<string, ListingPlace>; trainings: Map<string, ListingPlace> }

const built = new WeakMap<Content, ListingPlaces>()

/** Every listed item's place, once per build; warns about each listing that gets no distance. */
export function listingPlaces(content: Content): ListingPlaces {
  let places = built.get(content)
  if (places) return places
  places = {
    jobs: new Map(content.openJobs.map((job) => [job.slug, jobPlace(job)])),
    trainings: new Map(content.trainingPrograms.map((training) => [training.slug, trainingPlace(training)])),
  }
  built.set(content, places)
  for (const [kind, map] of [
    ['job-postings', places.jobs],
    ['training-programs', places.trainings],
  ] as const) {
    for (const [slug, place] of map) {
      if ('unknown' in place) console.warn(`near me: ${kind} ${slug}: ${place.unknown}; it is listed without a distance`)
    }
  }
  return places
}
