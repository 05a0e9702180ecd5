/**
 * Structured data (schema.org JSON-LD) for job and training detail pages.
 *
 * Pure functions: the snapshot documents in, plain objects out, ready for `jsonLdScript`. They
 * follow Google's guidelines for job postings (JobPosting) and course info (Course and
 * CourseInstance). A closed job gets no JobPosting at all, so Google drops it from job search.
 */
import type { JobPosting, Language, LocalizedText, Organization, Region, TrainingProgram } from '../../content/schema.ts'
import { isJobClosed } from '../../content/schema.ts'
import { localePath, pick, t, text, type Locale, type UiKey } from './i18n.ts'
import { escapeHtml } from '../../content/escapeHtml.ts'
import { renderRichText } from './richtext.ts'

// ---------------------------------------------------------------------------------------------
// Output types: what the builders return (a subset of schema.org, as Google reads it).

type OrganizationJsonLd = { '@type': 'Organization'; name: string; sameAs?: string }

type PostalAddressJsonLd = {
  '@type': 'PostalAddress'
  addressLocality?: string
  addressRegion?: string
  addressCountry: 'US'
}

type PlaceJsonLd = { '@type': 'Place'; address: PostalAddressJsonLd }

type AdministrativeAreaJsonLd = { '@type': 'Country' | 'State'; name: string }

type QuantitativeValueJsonLd = {
  '@type': 'QuantitativeValue'
  value?: number
  minValue?: number
  maxValue?: number
  unitText: 'HOUR' | 'MONTH' | 'YEAR'
}

type MonetaryAmountJsonLd = { '@type': 'MonetaryAmount'; currency: 'USD'; value: QuantitativeValueJsonLd }

type GoogleEmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'PER_DIEM' | 'INTERN'

export type JobPostingJsonLd = {
  '@context': 'https://schema.org'
  '@type': 'JobPosting'
  title: string
  /** HTML. */
  description: string
  datePosted: string
  validThrough?: string
  hiringOrganization: OrganizationJsonLd
  jobLocation?: PlaceJsonLd
  jobLocationType?: 'TELECOMMUTE'
  applicantLocationRequirements?: AdministrativeAreaJsonLd
  baseSalary: MonetaryAmountJsonLd
  employmentType: GoogleEmploymentType
  directApply: false
  identifier: { '@type': 'PropertyValue'; name: string; value: string }
  url: string
  inLanguage: string
  educationRequirements?: { '@type': 'EducationalOccupationalCredential'; credentialCategory: 'no requirements' }
  experienceInPlaceOfEducation?: true
}

type CourseMode = 'online' | 'onsite' | 'blended'

type CourseInstanceJsonLd = {
  '@type': 'CourseInstance'
  courseMode: CourseMode
  startDate?: string
  endDate?: string
  /** ISO 8601 duration of the whole program, e.g. `PT40H`. */
  courseWorkload?: string
  /** The session's schedule in words, e.g. "Saturdays, 9:00 a.m.–3:00 p.m.". */
  description?: string
}

type OfferJsonLd = {
  '@type': 'Offer'
  category: 'Free' | 'Paid'
  price: number
  priceCurrency: 'USD'
  url: string
}

export type CourseJsonLd = {
  '@context': 'https://schema.org'
  '@type': 'Course'
  name: string
  description: string
  provider: OrganizationJsonLd
  url: string
  inLanguage: string | string[]
  isAccessibleForFree: boolean
  offers: OfferJsonLd
  hasCourseInstance: CourseInstanceJsonLd[]
  educationalCredentialAwarded?: string
}

// ---------------------------------------------------------------------------------------------
// Options

export type JobPostingJsonLdOptions = {
  locale: Locale
  /** The site's origin, e.g. `https://chw.example.org` (a trailing slash is ignored). */
  siteUrl: string
  /** `YYYY-MM-DD`: what "closed" means. */
  today: string
  employer: Organization
  region: Region | undefined
  languages: Map<string, Language>
}

export type TrainingJsonLdOptions = {
  locale: Locale
  siteUrl: string
  /** `YYYY-MM-DD`: sessions that ended before this day are left out. */
  today: string
  provider: Organization
  languages: Map<string, Language>
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

const CONTEXT = 'https://schema.org' as const

/** Strings that have no UI key (the i18n files belong to the pages). */
const strings: Record<'stateCertification' | 'stateCertificationIn', LocalizedText & { es: string }> = {
  stateCertification: { en: 'State CHW certification', es: 'Certificación estatal de CHW' },
  stateCertificationIn: { en: 'State CHW certification ({state})', es: 'Certificación estatal de CHW ({state})' },
}

function absoluteUrl(siteUrl: string, locale: Locale, path: string): string {
  return siteUrl.replace(/\/+$/, '') + localePath(locale, path)
}

function organizationJsonLd(org: Organization): OrganizationJsonLd {
  return { '@type': 'Organization', name: org.name, ...(org.website ? { sameAs: org.website } : {}) }
}

/** A language's name in `locale`, or its slug when the taxonomy does not know it. */
function languageName(slug: string, languages: Map<string, Language>, locale: Locale): string {
  const language = languages.get(slug)
  return language ? text(language.name, locale) : slug
}

/** Hours as an ISO 8601 duration: 40 → `PT40H`, 7.5 → `PT7H30M`. */
export function isoHours(hours: number): string {
  const minutes = Math.round(hours * 60)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`
}

// ---------------------------------------------------------------------------------------------
// JobPosting

const employmentTypes: Record<JobPosting['employmentType'], GoogleEmploymentType> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  'per-diem': 'PER_DIEM',
  internship: 'INTERN',
}

const payUnits: Record<JobPosting['pay']['unit'], QuantitativeValueJsonLd['unitText']> = {
  hour: 'HOUR',
  month: 'MONTH',
  year: 'YEAR',
}

const stateNames: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
}

/** The national listings use `US` as their "state". */
const isNationwide = (job: JobPosting, region: Region | undefined) => job.location.state === 'US' || region?.kind === 'national'

/**
 * The job's full description as HTML, as Google asks: the posting's own text (or its summary),
 * then what the page lists separately: duties, requirements, languages and benefits.
 */
function jobDescriptionHtml(job: JobPosting, locale: Locale, languages: Map<string, Language>): string {
  const parts: string[] = []
  const body = job.description ? renderRichText(pick(job.description, locale).value) : ''
  parts.push(body || `<p>${escapeHtml(text(job.summary, locale))}</p>`)

  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
  const section = (key: UiKey, html: string) => `<h2>${escapeHtml(t(locale, key))}</h2>${html}`

  if (job.duties.length) parts.push(section('jobs.duties', list(job.duties.map((d) => text(d, locale)))))

  const names = (slugs: string[]) => slugs.map((slug) => languageName(slug, languages, locale)).join(', ')
  const requirements = [
    t(locale, job.requirements.degreeRequired ? 'jobs.degree' : 'jobs.noDegree'),
    ...(job.requirements.livedExperienceValued ? [t(locale, 'jobs.livedExperience')] : []),
    ...(job.requirements.certificationRequired ? [t(locale, 'jobs.certificationRequired')] : []),
    ...(job.languages.required.length ? [`${t(locale, 'jobs.languagesRequired')}: ${names(job.languages.required)}`] : []),
    ...(job.languages.preferred.length ? [`${t(locale, 'jobs.languagesPreferred')}: ${names(job.languages.preferred)}`] : []),
    ...job.requirements.other.map((r) => text(r, locale)),
  ]
  parts.push(section('jobs.requirements', list(requirements)))

  if (job.benefits) parts.push(section('jobs.benefits', `<p>${escapeHtml(text(job.benefits, locale))}</p>`))
  return parts.join('\n')
}

/**
 * A schema.org JobPosting for a job's detail page, or `undefined` when the job is closed (staff
 * closed it or its closing date has passed) or an example: search engines must list neither.
 */
export function jobPostingJsonLd(job: JobPosting, options: JobPostingJsonLdOptions): JobPostingJsonLd | undefined {
  const { locale, siteUrl, today, employer, region, languages } = options
  if (job.example || isJobClosed(job, today)) return undefined

  const remote = job.workMode === 'remote'
  const nationwide = isNationwide(job, region)
  const locality = job.location.city ?? job.location.county
  const address: PostalAddressJsonLd = {
    '@type': 'PostalAddress',
    ...(locality ? { addressLocality: locality } : {}),
    ...(nationwide ? {} : { addressRegion: job.location.state }),
    addressCountry: 'US',
  }
  const applicantLocation: AdministrativeAreaJsonLd = nationwide
    ? { '@type': 'Country', name: 'US' }
    : { '@type': 'State', name: stateNames[job.location.state] ?? job.location.state }

  const { min, max, unit } = job.pay
  const amount: QuantitativeValueJsonLd =
    max !== undefined && max !== min
      ? { '@type': 'QuantitativeValue', minValue: min, maxValue: max, unitText: payUnits[unit] }
      : { '@type': 'QuantitativeValue', value: min, unitText: payUnits[unit] }

  // The language of the text this object carries: Spanish only where the snapshot has it.
  const textFallback = job.description ? pick(job.description, locale).fallback : pick(job.summary, locale).fallback

  return {
    '@context': CONTEXT,
    '@type': 'JobPosting',
    title: text(job.title, locale),
    description: jobDescriptionHtml(job, locale, languages),
    datePosted: job.postedDate,
    ...(job.closingDate ? { validThrough: `${job.closingDate}T23:59:59` } : {}),
    hiringOrganization: organizationJsonLd(employer),
    ...(remote
      ? { jobLocationType: 'TELECOMMUTE' as const, applicantLocationRequirements: applicantLocation }
      : { jobLocation: { '@type': 'Place' as const, address } }),
    baseSalary: { '@type': 'MonetaryAmount', currency: job.pay.currency, value: amount },
    employmentType: employmentTypes[job.employmentType],
    directApply: false,
    identifier: { '@type': 'PropertyValue', name: employer.name, value: job.slug },
    url: absoluteUrl(siteUrl, locale, `/jobs/${job.slug}/`),
    inLanguage: textFallback ? 'en' : locale,
    ...(job.requirements.degreeRequired
      ? {}
      : {
          educationRequirements: {
            '@type': 'EducationalOccupationalCredential' as const,
            credentialCategory: 'no requirements' as const,
          },
        }),
    ...(job.requirements.livedExperienceValued ? { experienceInPlaceOfEducation: true as const } : {}),
  }
}

// ---------------------------------------------------------------------------------------------
// Course

const courseModes: Record<TrainingProgram['format'], CourseMode> = {
  online: 'online',
  'in-person': 'onsite',
  hybrid: 'blended',
}

/**
 * A schema.org Course for a training's detail page. Every session that has not ended by `today`
 * is a CourseInstance; a program with none (self-paced, or all sessions past) gets one
 * CourseInstance with its mode and workload, since Google requires at least one.
 */
export function trainingJsonLd(training: TrainingProgram, options: TrainingJsonLdOptions): CourseJsonLd | undefined {
  const { locale, siteUrl, today, provider, languages } = options
  // An example is a demonstration: search engines must not list it as a course.
  if (training.example) return undefined
  const courseMode = courseModes[training.format]
  const workload = training.hours !== undefined ? { courseWorkload: isoHours(training.hours) } : {}

  const upcoming = training.sessions.filter((s) => (s.endDate ?? s.startDate) >= today).sort((a, b) => a.startDate.localeCompare(b.startDate))
  const instances: CourseInstanceJsonLd[] = upcoming.length
    ? upcoming.map((s) => ({
        '@type': 'CourseInstance',
        courseMode,
        startDate: s.startDate,
        ...(s.endDate ? { endDate: s.endDate } : {}),
        ...workload,
        ...(s.schedule ? { description: text(s.schedule, locale) } : {}),
      }))
    : [{ '@type': 'CourseInstance', courseMode, ...workload }]

  const codes = training.languages.map((slug) => languages.get(slug)?.code ?? slug)
  const free = training.cost.type === 'free'
  const { approved, state } = training.certification
  const credential = approved
    ? state
      ? text(strings.stateCertificationIn, locale).replace('{state}', state)
      : text(strings.stateCertification, locale)
    : undefined

  return {
    '@context': CONTEXT,
    '@type': 'Course',
    name: text(training.title, locale),
    description: text(training.summary, locale),
    provider: organizationJsonLd(provider),
    url: absoluteUrl(siteUrl, locale, `/trainings/${training.slug}/`),
    inLanguage: codes.length === 1 ? codes[0]! : codes,
    isAccessibleForFree: free,
    offers: {
      '@type': 'Offer',
      category: free ? 'Free' : 'Paid',
      price: free ? 0 : (training.cost.amount ?? 0),
      priceCurrency: 'USD',
      url: training.registrationUrl,
    },
    hasCourseInstance: instances,
    ...(credential ? { educationalCredentialAwarded: credential } : {}),
  }
}

// ---------------------------------------------------------------------------------------------
// Serialisation

/**
 * The text of a `<script type="application/ld+json">` element. Every `<` is written as `\u003c`
 * (still the same JSON), so no text in the data can close the element or open a comment.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
