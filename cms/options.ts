/** Labels for the contract's fixed lists, as the admin shows them. Values come from content/schema.ts. */
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

type Option = { label: string; value: string }

function options<T extends string>(values: readonly T[], labels: Record<T, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

export const organizationKindOptions = options(organizationKinds, {
  clinic: 'Clinic / FQHC',
  'health-system': 'Health system or hospital',
  'health-plan': 'Health plan / MCP / CCO',
  cbo: 'Community-based organization',
  'public-health': 'County or public health',
  school: 'School or college',
  association: 'Association',
  other: 'Other',
})

export const trainingFormatOptions = options(trainingFormats, {
  online: 'Online',
  'in-person': 'In person',
  hybrid: 'Hybrid',
})

export const trainingPaceOptions = options(trainingPaces, { 'self-paced': 'Self-paced', cohort: 'Cohort (fixed dates)' })

export const costTypeOptions = options(costTypes, { free: 'Free', paid: 'Paid' })

export const workModeOptions = options(workModes, { 'on-site': 'On-site', hybrid: 'Hybrid', remote: 'Remote' })

export const employmentTypeOptions = options(employmentTypes, {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  'per-diem': 'Per diem',
  internship: 'Internship',
})

export const payUnitOptions = options(payUnits, { hour: 'per hour', month: 'per month', year: 'per year' })

export const audienceOptions = options(audiences, {
  employers: 'Employers',
  chws: 'CHWs and peers',
  'health-plans': 'Health plans',
  trainers: 'Trainers',
})

export const nycDomainOptions = options(nycDomains, {
  recruitment: 'Recruitment',
  'attitudes-and-beliefs': 'Attitudes and beliefs',
  'diversity-and-inclusion': 'Diversity and inclusion',
  'finances-and-sustainability': 'Finances and sustainability',
  'role-clarity-and-workflows': 'Role clarity and workflows',
  'career-advancement': 'Career advancement',
  supervision: 'Supervision',
  'orientation-and-onboarding': 'Orientation and onboarding',
  'program-monitoring-and-evaluation': 'Program monitoring and evaluation',
})

export const frameworkAreaOptions = options(frameworkAreaSlugs, {
  recruitment: 'Recruitment',
  hiring: 'Hiring',
  training: 'Training',
  'scope-and-role': 'Scope and role',
  'integration-into-the-team': 'Integration into the team',
  'pay-and-benefits': 'Pay and benefits',
  'ongoing-professional-development': 'Ongoing professional development',
  'financial-sustainability': 'Financial sustainability',
})

export const pledgeStatusOptions = options(pledgeStatuses, {
  pending: 'Pending review',
  approved: 'Approved',
  rejected: 'Rejected',
  lapsed: 'Lapsed (not renewed)',
})

export const selfAssessmentRatingOptions = options(selfAssessmentRatings, {
  'not-started': 'Not started',
  planning: 'Planning',
  partly: 'Partly in place',
  fully: 'Fully in place',
})
