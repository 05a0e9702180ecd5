/** The contract's fixed lists as select options, labelled in the admin's two languages (cms/labels.ts). Values come from content/schema.ts. */
import {
  audiences,
  costTypes,
  employmentTypes,
  frameworkAreaSlugs,
  nycDomains,
  organizationKinds,
  payUnits,
  pledgeStatuses,
  selfAssessmentRatings,
  timeZones,
  trainingFormats,
  trainingPaces,
  weekdays,
  workModes,
} from '../content/schema.ts'
import {
  audienceLabels,
  costTypeLabels,
  employmentTypeLabels,
  frameworkAreaLabels,
  type Label,
  nycDomainLabels,
  organizationKindLabels,
  payUnitLabels,
  pledgeStatusLabels,
  selfAssessmentRatingLabels,
  timeZoneLabels,
  trainingFormatLabels,
  trainingPaceLabels,
  weekdayLabels,
  workModeLabels,
} from './labels.ts'

type Option = { label: Label; value: string }

function options<T extends string>(values: readonly T[], labels: Record<T, Label>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

export const organizationKindOptions = options(organizationKinds, organizationKindLabels)
export const trainingFormatOptions = options(trainingFormats, trainingFormatLabels)
export const trainingPaceOptions = options(trainingPaces, trainingPaceLabels)
export const costTypeOptions = options(costTypes, costTypeLabels)
export const workModeOptions = options(workModes, workModeLabels)
export const employmentTypeOptions = options(employmentTypes, employmentTypeLabels)
export const payUnitOptions = options(payUnits, payUnitLabels)
export const audienceOptions = options(audiences, audienceLabels)
export const nycDomainOptions = options(nycDomains, nycDomainLabels)
export const frameworkAreaOptions = options(frameworkAreaSlugs, frameworkAreaLabels)
export const pledgeStatusOptions = options(pledgeStatuses, pledgeStatusLabels)
export const selfAssessmentRatingOptions = options(selfAssessmentRatings, selfAssessmentRatingLabels)
export const weekdayOptions = options(weekdays, weekdayLabels)
export const timeZoneOptions = options(timeZones, timeZoneLabels)

/**
 * Times of day every quarter hour, read as people say them. Valued `HHMM`, not the contract's
 * `HH:MM`: Payload's GraphQL schema names an enum value after each option, and a colon is not
 * allowed in a GraphQL name (the whole schema would fail to build). cms/snapshot maps the two.
 */
export const clockTimeOptions: Option[] = Array.from({ length: 96 }, (_, i) => {
  const [hour, minute] = [Math.floor(i / 4), (i % 4) * 15]
  const value = `${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}`
  const twelve = `${hour % 12 || 12}:${String(minute).padStart(2, '0')}`
  return { value, label: { en: `${twelve} ${hour < 12 ? 'a.m.' : 'p.m.'}`, es: `${twelve} ${hour < 12 ? 'a. m.' : 'p. m.'}` } }
})

/** The contract's `HH:MM` as the CMS stores it (`HHMM`), and back. */
export const clockTimeToCms = (time: string | undefined) => time?.replace(':', '')
export const clockTimeFromCms = (value: unknown) => {
  const digits = typeof value === 'string' ? value.replace(':', '') : ''
  return digits ? `${digits.slice(0, 2)}:${digits.slice(2)}` : undefined
}
