/**
 * The contract between the CMS and the site.
 *
 * Every file in `content/` is validated against one of these schemas: the CMS export refuses to
 * write a document that does not pass, the seed refuses to load one, and the Astro site types its
 * collections with them. Only public fields appear here; private pledge data (contact email and
 * phone) is in `pledgeSubmission` (what an employer sends) and never in a snapshot.
 *
 * Documents refer to each other by slug, never by database id, so a snapshot means the same thing
 * in SQLite and in MongoDB.
 */
import { z } from 'zod'

export const locales = ['en', 'es'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

// ---------------------------------------------------------------------------------------------
// Building blocks

export const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens')

/** Reader-facing text: English is required, Spanish is optional and falls back to English. */
export const localizedText = z.strictObject({
  en: z.string().trim().min(1),
  es: z.string().trim().min(1).optional(),
})
export type LocalizedText = z.infer<typeof localizedText>

/** A Lexical editor state, as Payload's rich text field stores it. */
export const richText = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(z.looseObject({ type: z.string() })),
  }),
})
export type RichText = z.infer<typeof richText>

export const localizedRichText = z.strictObject({
  en: richText,
  es: richText.optional(),
})

const isoDateTime = z.iso.datetime({ offset: true })
/** A calendar day, `YYYY-MM-DD`: closing dates and session dates are days, not instants. */
export const isoDate = z.iso.date()

/**
 * Text a person typed. Control characters are refused, not stripped: NUL cuts text short in
 * SQLite, and the rest never belong in a name or a statement. Long text keeps its line breaks and
 * tabs. Lone surrogates (half of an emoji) would be stored as U+FFFD, so they are refused too.
 */
export const controlCharacterMessage = 'remove control characters (invisible symbols pasted with the text)'
// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text around
// them, so a name could display as something else ("Trojan Source"); the marks right-to-left
// writing needs (U+200E, U+200F, U+061C) stay allowed.
const controlCharacter = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u
const controlCharacterInLongText = /[^\P{Cc}\n\r\t]|[\p{Cs}\u202A-\u202E\u2066-\u2069]/u
/** One line of typed text, trimmed, between `min` and `max` characters. */
export function typedLine(min: number, max: number, tooShort?: string) {
  return z
    .string()
    .trim()
    .min(min, tooShort)
    .max(max)
    .refine((s) => !controlCharacter.test(s), controlCharacterMessage)
}
/** Several lines of typed text, trimmed, at most `max` characters. */
export function typedText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !controlCharacterInLongText.test(s), controlCharacterMessage)
}

// Checked as typed before it is read as a URL: the URL reader drops tabs and line breaks, and a
// NUL or half an emoji would not be stored as sent.
const httpUrl = z
  .string()
  .refine((s) => !controlCharacter.test(s), controlCharacterMessage)
  .pipe(z.url({ protocol: /^https?$/ }).max(2000))

const usState = z.string().regex(/^[A-Z]{2}$/, 'a two-letter state code such as CA')
/** A five-digit US ZIP code: with the city and state, where a listing is for "near me". */
const usZip = z.string().regex(/^\d{5}$/, 'a five-digit ZIP code such as 97401')

// ---------------------------------------------------------------------------------------------
// Taxonomies: data staff can edit, not enums buried in code.

const taxonomyTerm = {
  slug,
  name: localizedText,
  description: localizedText.optional(),
  /** Position in lists and filters; lower first. */
  order: z.number().int().min(0),
}

export const workerType = z.strictObject({
  ...taxonomyTerm,
  /** One of the Oregon Traditional Health Worker types. */
  oregonThw: z.boolean(),
})
export type WorkerType = z.infer<typeof workerType>

export const region = z.strictObject({
  ...taxonomyTerm,
  state: usState,
  kind: z.enum(['county', 'multi-county', 'statewide', 'national']),
})
export type Region = z.infer<typeof region>

export const language = z.strictObject({
  ...taxonomyTerm,
  /** BCP 47 tag, e.g. `es` or `zh-Hant`. */
  code: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/),
})
export type Language = z.infer<typeof language>

/** The C3 Project's ten CHW core roles. */
export const coreRole = z.strictObject({ ...taxonomyTerm })
export type CoreRole = z.infer<typeof coreRole>

// ---------------------------------------------------------------------------------------------
// Organizations

export const organizationKinds = [
  'clinic',
  'health-system',
  'health-plan',
  'cbo',
  'public-health',
  'school',
  'association',
  'other',
] as const

export const organization = z.strictObject({
  slug,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(organizationKinds),
  website: httpUrl.optional(),
  region: slug.optional(),
  description: localizedText.optional(),
  /** A fictional organisation used by demo listings. */
  example: z.boolean(),
})
export type Organization = z.infer<typeof organization>

// ---------------------------------------------------------------------------------------------
// Training programs

export const trainingFormats = ['online', 'in-person', 'hybrid'] as const
export const trainingPaces = ['self-paced', 'cohort'] as const
export const costTypes = ['free', 'paid'] as const

export const trainingSession = z
  .strictObject({
    startDate: isoDate,
    endDate: isoDate.optional(),
    applicationDeadline: isoDate.optional(),
    schedule: localizedText.optional(),
  })
  .refine((s) => !s.endDate || s.endDate >= s.startDate, {
    message: 'endDate is before startDate',
    path: ['endDate'],
  })
export type TrainingSession = z.infer<typeof trainingSession>

export const trainingProgram = z.strictObject({
  slug,
  title: localizedText,
  provider: slug,
  summary: localizedText,
  description: localizedRichText.optional(),
  workerTypes: z.array(slug).min(1),
  coreRoles: z.array(slug),
  format: z.enum(trainingFormats),
  pace: z.enum(trainingPaces),
  languages: z.array(slug).min(1),
  regions: z.array(slug).min(1),
  /** Where it meets in person (in-person and hybrid programs), for "near me". */
  location: z
    .strictObject({
      city: z.string().trim().min(1).optional(),
      state: usState,
      zip: usZip.optional(),
    })
    .optional(),
  cost: z
    .strictObject({
      type: z.enum(costTypes),
      /** US dollars, for the whole program. */
      amount: z.number().nonnegative().optional(),
      stipendOffered: z.boolean(),
      note: localizedText.optional(),
    })
    .refine((c) => c.type === 'free' || c.amount !== undefined, {
      message: 'a paid program needs an amount',
      path: ['amount'],
    }),
  hours: z.number().positive().optional(),
  certification: z.strictObject({
    /** Approved for state CHW certification. */
    approved: z.boolean(),
    state: usState.optional(),
    body: z.string().trim().min(1).max(200).optional(),
  }),
  sessions: z.array(trainingSession),
  registrationUrl: httpUrl,
  contact: z
    .strictObject({
      name: z.string().trim().min(1).optional(),
      email: z.email().optional(),
      phone: z.string().trim().min(7).max(40).optional(),
    })
    .optional(),
  example: z.boolean(),
  updatedAt: isoDateTime,
})
export type TrainingProgram = z.infer<typeof trainingProgram>

// ---------------------------------------------------------------------------------------------
// Job postings

export const workModes = ['on-site', 'hybrid', 'remote'] as const
export const employmentTypes = [
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'per-diem',
  'internship',
] as const
export const payUnits = ['hour', 'month', 'year'] as const

export const jobPosting = z
  .strictObject({
    slug,
    title: localizedText,
    employer: slug,
    workerTypes: z.array(slug).min(1),
    summary: localizedText,
    description: localizedRichText.optional(),
    duties: z.array(localizedText),
    requirements: z.strictObject({
      degreeRequired: z.boolean(),
      livedExperienceValued: z.boolean(),
      certificationRequired: z.boolean(),
      other: z.array(localizedText),
    }),
    languages: z.strictObject({
      required: z.array(slug),
      preferred: z.array(slug),
    }),
    location: z.strictObject({
      city: z.string().trim().min(1).optional(),
      county: z.string().trim().min(1).optional(),
      state: usState,
      zip: usZip.optional(),
      region: slug,
    }),
    workMode: z.enum(workModes),
    employmentType: z.enum(employmentTypes),
    pay: z
      .strictObject({
        min: z.number().positive(),
        max: z.number().positive().optional(),
        unit: z.enum(payUnits),
        currency: z.literal('USD'),
      })
      .refine((p) => p.max === undefined || p.max >= p.min, {
        message: 'max pay is below min pay',
        path: ['max'],
      }),
    benefits: localizedText.optional(),
    howToApply: z
      .strictObject({
        url: httpUrl.optional(),
        email: z.email().optional(),
        instructions: localizedText.optional(),
      })
      .refine((a) => a.url || a.email, { message: 'give an application link or email' }),
    postedDate: isoDate,
    closingDate: isoDate.optional(),
    /** Staff marked the job filled or withdrawn before its closing date. */
    closed: z.boolean(),
    example: z.boolean(),
    updatedAt: isoDateTime,
  })
  .refine((j) => !j.closingDate || j.closingDate >= j.postedDate, {
    message: 'closingDate is before postedDate',
    path: ['closingDate'],
  })
export type JobPosting = z.infer<typeof jobPosting>

/** Closed when staff say so or when its closing date has passed (`today` is `YYYY-MM-DD`). */
export function isJobClosed(job: Pick<JobPosting, 'closed' | 'closingDate'>, today: string): boolean {
  return job.closed || (job.closingDate !== undefined && job.closingDate < today)
}

// ---------------------------------------------------------------------------------------------
// Toolkits

export const audiences = ['employers', 'chws', 'health-plans', 'trainers'] as const

/** The NYC Peer and Community Health Worker Workforce Consortium's nine domains. */
export const nycDomains = [
  'recruitment',
  'attitudes-and-beliefs',
  'diversity-and-inclusion',
  'finances-and-sustainability',
  'role-clarity-and-workflows',
  'career-advancement',
  'supervision',
  'orientation-and-onboarding',
  'program-monitoring-and-evaluation',
] as const

export const checklist = z.strictObject({
  slug,
  title: localizedText,
  items: z.array(localizedText).min(1),
})

export const toolkit = z.strictObject({
  slug,
  title: localizedText,
  summary: localizedText,
  body: localizedRichText,
  frameworkAreas: z.array(slug),
  audiences: z.array(z.enum(audiences)).min(1),
  topics: z.array(z.enum(nycDomains)),
  checklists: z.array(checklist),
  source: z.strictObject({
    organization: slug,
    title: z.string().trim().min(1),
    url: httpUrl.optional(),
  }),
  updatedAt: isoDateTime,
})
export type Toolkit = z.infer<typeof toolkit>

// ---------------------------------------------------------------------------------------------
// The Framework for Equitable Employment

export const frameworkAreaSlugs = [
  'recruitment',
  'hiring',
  'training',
  'scope-and-role',
  'integration-into-the-team',
  'pay-and-benefits',
  'ongoing-professional-development',
  'financial-sustainability',
] as const
export type FrameworkAreaSlug = (typeof frameworkAreaSlugs)[number]

export const recommendation = z.strictObject({
  slug,
  text: localizedText,
})

export const frameworkArea = z.strictObject({
  slug: z.enum(frameworkAreaSlugs),
  title: localizedText,
  summary: localizedText,
  recommendations: z.array(recommendation).min(1),
})
export type FrameworkArea = z.infer<typeof frameworkArea>

export const framework = z
  .strictObject({
    title: localizedText,
    introduction: localizedText,
    pledgeText: localizedText,
    source: z.strictObject({
      organization: slug,
      url: httpUrl.optional(),
    }),
    areas: z.array(frameworkArea).length(frameworkAreaSlugs.length),
    updatedAt: isoDateTime,
  })
  .refine((f) => f.areas.every((a, i) => a.slug === frameworkAreaSlugs[i]), {
    message: `areas must be the eight framework areas in order: ${frameworkAreaSlugs.join(', ')}`,
    path: ['areas'],
  })
export type Framework = z.infer<typeof framework>

// ---------------------------------------------------------------------------------------------
// The pledge

export const selfAssessmentRatings = ['not-started', 'planning', 'partly', 'fully'] as const

/**
 * An email address as mail servers accept it: a local part of the characters RFC 5322 allows
 * unquoted (dots neither first, last nor doubled), and a domain whose labels neither start nor end
 * with a hyphen (`clinic-.org` has no mail server), ending in a TLD of letters or its punycode.
 */
export const emailAddress = z
  .string()
  .max(254)
  .regex(
    /^(?!\.)(?!.*\.\.)(?!.*\.@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/,
    'enter an email address such as name@example.org',
  )

/** What an employer submits from the pledge form. Contact details are private to staff. */
export const pledgeSubmission = z.strictObject({
  organization: z.strictObject({
    name: typedLine(2, 200, 'enter the organization name'),
    kind: z.enum(organizationKinds),
    region: slug,
    website: httpUrl.optional(),
    chwCount: z.number().int().min(0).max(100000),
  }),
  contact: z.strictObject({
    name: typedLine(2, 120, 'enter a contact name'),
    title: typedLine(2, 120, 'enter a job title'),
    email: emailAddress,
    phone: z.string().trim().regex(/^[+()0-9 .-]{7,30}$/, 'enter a phone number').optional(),
  }),
  commitments: z
    .array(
      z.strictObject({
        area: z.enum(frameworkAreaSlugs),
        recommendations: z.array(slug).min(1),
      }),
    )
    .min(1, 'choose at least one commitment'),
  selfAssessment: z
    .array(z.strictObject({ area: z.enum(frameworkAreaSlugs), rating: z.enum(selfAssessmentRatings) }))
    .optional(),
  statement: typedText(1000).optional(),
  consentToList: z.boolean(),
  signerName: typedLine(2, 120, 'type your full name to sign'),
  signerTitle: typedLine(2, 120),
  agreed: z.literal(true, 'agree to the pledge to sign it'),
  locale: z.enum(locales),
})
export type PledgeSubmission = z.infer<typeof pledgeSubmission>

/** A signatory's yearly progress report, sent with the private link from its renewal reminder. */
export const progressReportSubmission = z.strictObject({
  token: z.string().min(20).max(200),
  reports: z
    .array(
      z.strictObject({
        area: z.enum(frameworkAreaSlugs),
        rating: z.enum(selfAssessmentRatings),
        note: typedText(1000).optional(),
      }),
    )
    .min(1, 'report on at least one area'),
})
export type ProgressReportSubmission = z.infer<typeof progressReportSubmission>

export const pledgeStatuses = ['pending', 'approved', 'rejected', 'lapsed'] as const

/** An approved pledge as the public directory shows it: no contact details. */
export const signatory = z.strictObject({
  slug,
  organizationName: z.string().min(1),
  kind: z.enum(organizationKinds),
  region: slug,
  website: httpUrl.optional(),
  commitments: pledgeSubmission.shape.commitments,
  statement: z.string().optional(),
  approvedAt: isoDateTime,
  renewalDue: isoDateTime,
})
export type Signatory = z.infer<typeof signatory>

// ---------------------------------------------------------------------------------------------
// The snapshot: one file per type.

export const snapshotFiles = {
  'worker-types': z.array(workerType),
  regions: z.array(region),
  languages: z.array(language),
  'core-roles': z.array(coreRole),
  organizations: z.array(organization),
  'training-programs': z.array(trainingProgram),
  'job-postings': z.array(jobPosting),
  toolkits: z.array(toolkit),
  framework,
  signatories: z.array(signatory),
} as const
export type SnapshotName = keyof typeof snapshotFiles
export type Snapshot = { [K in SnapshotName]: z.infer<(typeof snapshotFiles)[K]> }
export const snapshotNames = Object.keys(snapshotFiles) as SnapshotName[]
