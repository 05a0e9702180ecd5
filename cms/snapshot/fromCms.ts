/**
 * CMS documents (read with `locale: 'all'`, `depth: 0`) → snapshot documents. Relationship ids
 * become slugs, localized values become `{ en, es }`, empty values are omitted, calendar dates
 * become `YYYY-MM-DD`. The result is validated by content/schema.ts afterwards, which names any
 * document and field that is wrong.
 */
import type {
  CoreRole,
  Framework,
  JobPosting,
  Language,
  LocalizedText,
  Organization,
  Region,
  Signatory,
  SitePage,
  SitePages,
  SourceDocument,
  SourceReference,
  Toolkit,
  TrainingProgram,
  WorkerType,
} from '../../content/schema.ts'
import { clockTimeFromCms } from '../options.ts'

// biome-ignore lint: documents read with locale 'all' have no generated type
export type RawDoc = Record<string, any>

/** id → slug for every collection that others refer to. */
export type SlugLookup = Record<'workerTypes' | 'regions' | 'languages' | 'coreRoles' | 'organizations', Map<string, string>>

class BrokenReferenceError extends Error {}

const isBlank = (v: unknown) => v === null || v === undefined || v === ''

/** Drops keys whose value is undefined, so optional fields are absent rather than null. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

function optional<T>(value: T | null | undefined): T | undefined {
  return isBlank(value) ? undefined : (value as T)
}

function localized<T = string>(value: unknown): { en: T; es?: T } | undefined {
  if (isBlank(value)) return undefined
  // A non-localized read (a single string) is treated as English.
  if (typeof value !== 'object' || value === null || !('en' in value || 'es' in value)) return { en: value as T }
  const { en, es } = value as { en?: T | null; es?: T | null }
  if (isBlank(en) && isBlank(es)) return undefined
  return compact({ en: (isBlank(en) ? undefined : en) as T, es: isBlank(es) ? undefined : (es as T) })
}

function day(value: unknown): string | undefined {
  if (isBlank(value)) return undefined
  return new Date(value as string).toISOString().slice(0, 10)
}

function instant(value: unknown): string {
  return new Date(value as string).toISOString()
}

function idOf(value: unknown): string {
  return String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)
}

function makeSlugResolver(lookup: SlugLookup, where: string) {
  function one(kind: keyof SlugLookup, value: unknown, field: string): string
  function one(kind: keyof SlugLookup, value: unknown, field: string, optionalRef: true): string | undefined
  function one(kind: keyof SlugLookup, value: unknown, field: string, optionalRef?: boolean) {
    if (isBlank(value)) {
      if (optionalRef) return undefined
      throw new BrokenReferenceError(`${where} ${field}: is empty`)
    }
    const found = lookup[kind].get(idOf(value))
    if (!found) throw new BrokenReferenceError(`${where} ${field}: refers to a ${kind} document that does not exist (id ${idOf(value)})`)
    return found
  }
  const many = (kind: keyof SlugLookup, values: unknown, field: string): string[] =>
    ((values as unknown[] | null) ?? []).map((v, i) => one(kind, v, `${field}[${i}]`))
  return { one, many }
}

const lines = (rows: unknown): LocalizedText[] => ((rows as RawDoc[] | null) ?? []).map((row) => localized(row.text)).filter((t): t is LocalizedText => !!t)

function sourcesFromCms(rows: unknown, ref: ReturnType<typeof makeSlugResolver>): SourceDocument[] {
  return ((rows as RawDoc[] | null) ?? []).map((d, i) =>
    compact({
      key: d.key,
      title: d.title,
      organization: ref.one('organizations', d.organization, `sources[${i}].organization`),
      url: optional<string>(d.url),
    }),
  )
}

/** The portal-own mark wins over a document key left behind when staff ticked it. */
function sourceFromCms(source: RawDoc | null | undefined): SourceReference {
  if (source?.portalOwn) return { portalOwn: true }
  return compact({ document: source?.document ?? '', section: optional<string>(source?.section) })
}

function taxonomyTerm(doc: RawDoc) {
  return compact({
    slug: doc.slug,
    name: localized(doc.name) as LocalizedText,
    description: localized(doc.description),
    order: doc.order ?? 0,
  })
}

export const workerTypeFromCms = (doc: RawDoc): WorkerType => ({ ...taxonomyTerm(doc), oregonThw: Boolean(doc.oregonThw) })
export const regionFromCms = (doc: RawDoc): Region => ({ ...taxonomyTerm(doc), state: doc.state, kind: doc.kind })
export const languageFromCms = (doc: RawDoc): Language => ({ ...taxonomyTerm(doc), code: doc.code })
export const coreRoleFromCms = (doc: RawDoc): CoreRole => taxonomyTerm(doc)

export function organizationFromCms(doc: RawDoc, lookup: SlugLookup): Organization {
  const ref = makeSlugResolver(lookup, `organizations (slug ${doc.slug})`)
  return compact({
    slug: doc.slug,
    name: doc.name,
    kind: doc.kind,
    website: optional(doc.website),
    region: ref.one('regions', doc.region, 'region', true),
    description: localized(doc.description),
    example: Boolean(doc.example),
  })
}

/** A training's place, absent when staff left every part of it empty (an online program). */
function trainingLocation(location: RawDoc | null | undefined): TrainingProgram['location'] {
  const place = compact({
    city: optional<string>(location?.city),
    state: optional<string>(location?.state),
    zip: optional<string>(location?.zip),
  })
  return Object.keys(place).length === 0 ? undefined : (place as TrainingProgram['location'])
}

export function trainingProgramFromCms(doc: RawDoc, lookup: SlugLookup): TrainingProgram {
  const ref = makeSlugResolver(lookup, `training-programs (slug ${doc.slug})`)
  return compact({
    slug: doc.slug,
    title: localized(doc.title) as LocalizedText,
    provider: ref.one('organizations', doc.provider, 'provider'),
    summary: localized(doc.summary) as LocalizedText,
    description: localized(doc.description),
    workerTypes: ref.many('workerTypes', doc.workerTypes, 'workerTypes'),
    coreRoles: ref.many('coreRoles', doc.coreRoles, 'coreRoles'),
    format: doc.format,
    pace: doc.pace,
    languages: ref.many('languages', doc.languages, 'languages'),
    regions: ref.many('regions', doc.regions, 'regions'),
    location: trainingLocation(doc.location as RawDoc | null | undefined),
    cost: compact({
      type: doc.cost?.type,
      amount: optional<number>(doc.cost?.amount),
      stipendOffered: Boolean(doc.cost?.stipendOffered),
      note: localized(doc.cost?.note),
    }),
    hours: optional<number>(doc.hours),
    certification: compact({
      approved: Boolean(doc.certification?.approved),
      state: optional<string>(doc.certification?.state),
      body: optional<string>(doc.certification?.body),
    }),
    sessions: ((doc.sessions as RawDoc[] | null) ?? []).map((s) =>
      compact({
        startDate: day(s.startDate) as string,
        endDate: day(s.endDate),
        applicationDeadline: day(s.applicationDeadline),
        schedule: localized(s.schedule),
        ...meetingTimesFromCms(s),
      }),
    ),
    registrationUrl: doc.registrationUrl,
    contact: contactFromCms(doc.contact),
    example: Boolean(doc.example),
    updatedAt: instant(doc.updatedAt),
  }) as TrainingProgram
}

/** The session row's flat meeting fields as the contract's `timeZone`, `weekly` and `meetings`. */
function meetingTimesFromCms(s: RawDoc) {
  const days = (s.weeklyDays as string[] | null | undefined) ?? []
  const meetings = ((s.meetings as RawDoc[] | null | undefined) ?? []).map((m) =>
    compact({ date: day(m.date) as string, startTime: clockTimeFromCms(m.startTime), endTime: clockTimeFromCms(m.endTime) }),
  )
  return compact({
    timeZone: optional<string>(s.timeZone as string),
    weekly: days.length ? compact({ days, startTime: clockTimeFromCms(s.weeklyStartTime), endTime: clockTimeFromCms(s.weeklyEndTime) }) : undefined,
    meetings: meetings.length ? meetings : undefined,
  })
}

function contactFromCms(contact: RawDoc | null | undefined) {
  const value = compact({
    name: optional<string>(contact?.name),
    email: optional<string>(contact?.email),
    phone: optional<string>(contact?.phone),
  })
  return Object.keys(value).length ? value : undefined
}

export function jobPostingFromCms(doc: RawDoc, lookup: SlugLookup): JobPosting {
  const ref = makeSlugResolver(lookup, `job-postings (slug ${doc.slug})`)
  return compact({
    slug: doc.slug,
    title: localized(doc.title) as LocalizedText,
    employer: ref.one('organizations', doc.employer, 'employer'),
    workerTypes: ref.many('workerTypes', doc.workerTypes, 'workerTypes'),
    summary: localized(doc.summary) as LocalizedText,
    description: localized(doc.description),
    duties: lines(doc.duties),
    requirements: {
      degreeRequired: Boolean(doc.requirements?.degreeRequired),
      livedExperienceValued: Boolean(doc.requirements?.livedExperienceValued),
      certificationRequired: Boolean(doc.requirements?.certificationRequired),
      other: lines(doc.requirements?.other),
    },
    languages: {
      required: ref.many('languages', doc.languages?.required, 'languages.required'),
      preferred: ref.many('languages', doc.languages?.preferred, 'languages.preferred'),
    },
    location: compact({
      city: optional<string>(doc.location?.city),
      county: optional<string>(doc.location?.county),
      state: doc.location?.state,
      zip: optional<string>(doc.location?.zip),
      region: ref.one('regions', doc.location?.region, 'location.region'),
    }),
    workMode: doc.workMode,
    employmentType: doc.employmentType,
    pay: compact({
      min: doc.pay?.min,
      max: optional<number>(doc.pay?.max),
      unit: doc.pay?.unit,
      currency: doc.pay?.currency ?? 'USD',
    }),
    benefits: localized(doc.benefits),
    howToApply: compact({
      url: optional<string>(doc.howToApply?.url),
      email: optional<string>(doc.howToApply?.email),
      instructions: localized(doc.howToApply?.instructions),
    }),
    postedDate: day(doc.postedDate) as string,
    closingDate: day(doc.closingDate),
    closed: Boolean(doc.closed),
    example: Boolean(doc.example),
    updatedAt: instant(doc.updatedAt),
  }) as JobPosting
}

export function toolkitFromCms(doc: RawDoc, lookup: SlugLookup): Toolkit {
  const ref = makeSlugResolver(lookup, `toolkits (slug ${doc.slug})`)
  return {
    slug: doc.slug,
    title: localized(doc.title) as LocalizedText,
    summary: localized(doc.summary) as LocalizedText,
    body: localized(doc.body) as Toolkit['body'],
    frameworkAreas: doc.frameworkAreas ?? [],
    audiences: doc.audiences ?? [],
    topics: doc.topics ?? [],
    checklists: ((doc.checklists as RawDoc[] | null) ?? []).map((c) => ({
      slug: c.slug,
      title: localized(c.title) as LocalizedText,
      items: ((c.items as RawDoc[] | null) ?? []).map((item) => ({
        text: localized(item.text) as LocalizedText,
        source: sourceFromCms(item.source),
      })),
    })),
    sources: sourcesFromCms(doc.sources, ref),
    updatedAt: instant(doc.updatedAt),
  }
}

export function frameworkFromCms(doc: RawDoc, lookup: SlugLookup): Framework {
  const ref = makeSlugResolver(lookup, 'framework')
  return {
    title: localized(doc.title) as LocalizedText,
    introduction: localized(doc.introduction) as LocalizedText,
    pledgeText: localized(doc.pledgeText) as LocalizedText,
    sources: sourcesFromCms(doc.sources, ref),
    areas: ((doc.areas as RawDoc[] | null) ?? []).map((a) => ({
      slug: a.slug,
      title: localized(a.title) as LocalizedText,
      summary: localized(a.summary) as LocalizedText,
      recommendations: ((a.recommendations as RawDoc[] | null) ?? []).map((r) => ({
        slug: r.slug,
        text: localized(r.text) as LocalizedText,
        source: sourceFromCms(r.source),
      })),
    })),
    updatedAt: instant(doc.updatedAt),
  }
}

/** Only public fields: the contact block and the signer never leave the CMS. */
export function signatoryFromCms(doc: RawDoc, lookup: SlugLookup): Signatory {
  const ref = makeSlugResolver(lookup, `pledges (slug ${doc.slug})`)
  return compact({
    slug: doc.slug,
    organizationName: doc.organizationName,
    kind: doc.organization?.kind,
    region: ref.one('regions', doc.organization?.region, 'organization.region'),
    website: optional<string>(doc.organization?.website),
    commitments: ((doc.commitments as RawDoc[] | null) ?? []).map((c) => ({
      area: c.area,
      recommendations: c.recommendations ?? [],
    })),
    statement: optional<string>(doc.statement),
    approvedAt: instant(doc.approvedAt),
    renewalDue: instant(doc.renewalDue),
    example: doc.example === true ? true : undefined,
  })
}

function sitePageFromCms(page: RawDoc | undefined): SitePage {
  return { title: localized(page?.title) as LocalizedText, body: localized(page?.body) as SitePage['body'] }
}

/** The contact, privacy and accessibility pages. */
export function sitePagesFromCms(doc: RawDoc): SitePages {
  return {
    contact: compact({
      ...sitePageFromCms(doc.contact),
      email: doc.contact?.email,
      phone: optional<string>(doc.contact?.phone),
      address: optional<string>(doc.contact?.address),
    }),
    privacy: sitePageFromCms(doc.privacy),
    accessibility: sitePageFromCms(doc.accessibility),
    updatedAt: instant(doc.updatedAt),
  }
}
