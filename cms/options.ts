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
  trainingFormats,
  trainingPaces,
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
  trainingFormatLabels,
  trainingPaceLabels,
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
