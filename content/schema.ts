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
// Sources: every recommendation and checklist item names the document it comes from, or says
// that its wording is the portal's own. A document or global lists its source documents once;
// items refer to them by key.

/** A published document the portal summarises. `url` only when the original is online. */
export const sourceDocument = z.strictObject({
  key: slug,
  title: z.string().trim().min(1).max(300),
  organization: slug,
  url: httpUrl.optional(),
})
export type SourceDocument = z.infer<typeof sourceDocument>

export const sourceDocuments = z
  .array(sourceDocument)
  .min(1)
  .refine((docs) => new Set(docs.map((d) => d.key)).size === docs.length, 'each source document needs its own key')

/** Where in a source document something comes from; `section` names the place in the original. */
export const documentReference = z.strictObject({
  document: slug,
  section: z.string().trim().min(1).max(200).optional(),
})

/** A source document, or the mark that the wording is this portal's own. Never neither. */
export const sourceReference = z.union([documentReference, z.strictObject({ portalOwn: z.literal(true) })], {
  error: 'name a source document, or mark the wording as the portal’s own',
})
export type SourceReference = z.infer<typeof sourceReference>

/** Every reference must name a document in `sources`. */
function checkSourceReferences(sources: SourceDocument[], references: { source: SourceReference; path: (string | number)[] }[], ctx: z.RefinementCtx): void {
  const keys = new Set(sources.map((d) => d.key))
  for (const { source, path } of references) {
    if ('document' in source && !keys.has(source.document)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${source.document}" is not one of this document's sources (${[...keys].join(', ')})`,
        path: [...path, 'document'],
      })
    }
  }
}

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

export const organizationKinds = ['clinic', 'health-system', 'health-plan', 'cbo', 'public-health', 'school', 'association', 'other'] as const

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

/** Days of the week, in calendar order; a weekly schedule meets on some of them. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Weekday = (typeof weekdays)[number]

/** The time zones a U.S. training meets in (IANA names; calendars need them to place a meeting). */
export const timeZones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Pacific/Guam',
] as const
export type TimeZone = (typeof timeZones)[number]

/** A time of day on the 24-hour clock, `HH:MM`, in quarter hours (what the admin offers), in the session's time zone. */
export const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):(?:00|15|30|45)$/, 'a time on the 24-hour clock in quarter hours, e.g. 18:30')

const endsAfterStart = (m: { startTime: string; endTime: string }) => m.endTime > m.startTime
const endsAfterStartIssue = { message: 'endTime is not after startTime', path: ['endTime'] }

/** The same hours on the same weekdays every week, from the session's first day to its last. */
export const weeklyMeetings = z
  .strictObject({ days: z.array(z.enum(weekdays)).min(1), startTime: clockTime, endTime: clockTime })
  .refine(endsAfterStart, endsAfterStartIssue)
export type WeeklyMeetings = z.infer<typeof weeklyMeetings>

/** One meeting on one day (a one-day workshop, or a meeting off the weekly pattern). */
export const datedMeeting = z.strictObject({ date: isoDate, startTime: clockTime, endTime: clockTime }).refine(endsAfterStart, endsAfterStartIssue)
export type DatedMeeting = z.infer<typeof datedMeeting>

/**
 * A cohort: its days, and when it meets. `schedule` says it in words for readers; `weekly` and
 * `meetings` say it for calendars (an iCalendar RRULE, and one event per meeting), in `timeZone`.
 * A session without them has dates only, and no calendar event beyond a one-day session's day.
 */
export const trainingSession = z
  .strictObject({
    startDate: isoDate,
    endDate: isoDate.optional(),
    applicationDeadline: isoDate.optional(),
    schedule: localizedText.optional(),
    timeZone: z.enum(timeZones).optional(),
    weekly: weeklyMeetings.optional(),
    meetings: z.array(datedMeeting).min(1).optional(),
  })
  .refine((s) => !s.endDate || s.endDate >= s.startDate, {
    message: 'endDate is before startDate',
    path: ['endDate'],
  })
  .refine((s) => s.timeZone || (!s.weekly && !s.meetings), {
    message: 'meeting times need a time zone',
    path: ['timeZone'],
  })
  .refine((s) => !s.weekly || s.endDate, {
    message: 'a weekly schedule needs the last day of the session (endDate)',
    path: ['endDate'],
  })
  .refine((s) => (s.meetings ?? []).every((m) => m.date >= s.startDate && m.date <= (s.endDate ?? s.startDate)), {
    message: 'a meeting is outside the session’s days',
    path: ['meetings'],
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
export const employmentTypes = ['full-time', 'part-time', 'contract', 'temporary', 'per-diem', 'internship'] as const
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

export const checklistItem = z.strictObject({
  text: localizedText,
  source: sourceReference,
})
export type ChecklistItem = z.infer<typeof checklistItem>

export const checklist = z.strictObject({
  slug,
  title: localizedText,
  items: z.array(checklistItem).min(1),
})

export const toolkit = z
  .strictObject({
    slug,
    title: localizedText,
    summary: localizedText,
    body: localizedRichText,
    frameworkAreas: z.array(slug),
    audiences: z.array(z.enum(audiences)).min(1),
    topics: z.array(z.enum(nycDomains)),
    checklists: z.array(checklist),
    /** The documents this toolkit summarises; its page lists and links them all. */
    sources: sourceDocuments,
    updatedAt: isoDateTime,
  })
  .superRefine((t, ctx) =>
    checkSourceReferences(
      t.sources,
      t.checklists.flatMap((c, ci) => c.items.map((item, ii) => ({ source: item.source, path: ['checklists', ci, 'items', ii, 'source'] }))),
      ctx,
    ),
  )
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
  source: sourceReference,
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
    /** First the framework this one is built on (the Sonoma County CHW Framework), then the guidance it cites. */
    sources: sourceDocuments,
    areas: z.array(frameworkArea).length(frameworkAreaSlugs.length),
    updatedAt: isoDateTime,
  })
  .refine((f) => f.areas.every((a, i) => a.slug === frameworkAreaSlugs[i]), {
    message: `areas must be the eight framework areas in order: ${frameworkAreaSlugs.join(', ')}`,
    path: ['areas'],
  })
  .superRefine((f, ctx) =>
    checkSourceReferences(
      f.sources,
      f.areas.flatMap((a, ai) => a.recommendations.map((r, ri) => ({ source: r.source, path: ['areas', ai, 'recommendations', ri, 'source'] }))),
      ctx,
    ),
  )
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
    phone: z
      .string()
      .trim()
      .regex(/^[+()0-9 .-]{7,30}$/, 'enter a phone number')
      .optional(),
  }),
  commitments: z
    .array(
      z.strictObject({
        area: z.enum(frameworkAreaSlugs),
        recommendations: z.array(slug).min(1),
      }),
    )
    .min(1, 'choose at least one commitment'),
  selfAssessment: z.array(z.strictObject({ area: z.enum(frameworkAreaSlugs), rating: z.enum(selfAssessmentRatings) })).optional(),
  statement: typedText(1000).optional(),
  consentToList: z.boolean(),
  /** Agreed to be counted in the public adoption statistics (groups of minGroupSize or more). */
  consentToStatistics: z.boolean().optional(),
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
  /** A fictional signatory of the demo content. */
  example: z.literal(true).optional(),
})
export type Signatory = z.infer<typeof signatory>

/** No published statistic counts fewer signatories than this: smaller groups are merged or left out. */
export const minGroupSize = 5
const groupCount = z.number().int().min(minGroupSize)

/** How an area's rating moved from the pledge's self-assessment to the latest progress report. */
export const ratingChanges = ['lower', 'same', 'higher'] as const

/**
 * Adoption of the framework, aggregated by the CMS export from approved signatories that agreed to
 * be counted: only counts of minGroupSize or more, never a signatory's own answers. A rating band
 * or a change band names the neighbouring values merged to reach that size.
 */
export const adoption = z.strictObject({
  /** Absent when fewer than minGroupSize agreed: then every list below is empty. */
  signatories: groupCount.optional(),
  /** How many of those counted are fictional demo signatories. */
  examples: z.number().int().min(0),
  areas: z.array(
    z.strictObject({
      area: z.enum(frameworkAreaSlugs),
      /** Signatories committed to at least one recommendation of the area; absent when too few. */
      committed: groupCount.optional(),
      recommendations: z.array(z.strictObject({ slug, committed: groupCount })),
      ratings: z.array(z.strictObject({ ratings: z.array(z.enum(selfAssessmentRatings)).min(1), count: groupCount })),
      progress: z.array(z.strictObject({ changes: z.array(z.enum(ratingChanges)).min(1), count: groupCount })),
    }),
  ),
})
export type Adoption = z.infer<typeof adoption>

// ---------------------------------------------------------------------------------------------
// Site pages: contact, privacy and accessibility, edited by staff

/** A page of prose: a title and a rich text body, in English and (optionally) Spanish. */
export const sitePage = z.strictObject({
  title: localizedText,
  body: localizedRichText,
})
export type SitePage = z.infer<typeof sitePage>

export const sitePages = z.strictObject({
  contact: sitePage.extend({
    email: emailAddress,
    phone: z.string().trim().min(1).max(40).optional(),
    address: z.string().trim().min(1).max(500).optional(),
  }),
  privacy: sitePage,
  accessibility: sitePage,
  updatedAt: isoDateTime,
})
export type SitePages = z.infer<typeof sitePages>
/** The site's path of each page, without a locale prefix. */
export const sitePagePaths = { contact: '/contact/', privacy: '/privacy/', accessibility: '/accessibility/' } as const

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
  'site-pages': sitePages,
  adoption,
} as const
export type SnapshotName = keyof typeof snapshotFiles
export type Snapshot = { [K in SnapshotName]: z.infer<(typeof snapshotFiles)[K]> }
export const snapshotNames = Object.keys(snapshotFiles) as SnapshotName[]
