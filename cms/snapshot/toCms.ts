/**
 * Snapshot documents → CMS data for one locale: the inverse of fromCms.ts. Slugs become ids
 * (the seed creates referenced documents first), `{ en, es }` becomes the value for `locale`,
 * calendar dates are stored at noon UTC so they are the same day in every U.S. time zone.
 */
import type {
  CoreRole,
  Framework,
  JobPosting,
  Language,
  Locale,
  LocalizedText,
  Organization,
  Region,
  SitePage,
  SitePages,
  SourceDocument,
  SourceReference,
  Toolkit,
  TrainingProgram,
  WorkerType,
} from '../../content/schema.ts'
import { clockTimeToCms } from '../options.ts'

export type IdLookup = Record<'workerTypes' | 'regions' | 'languages' | 'coreRoles' | 'organizations', Map<string, number | string>>
type Data = Record<string, unknown>

function dayToCms(day: string | undefined): string | undefined {
  return day ? `${day}T12:00:00.000Z` : undefined
}

function makeIdResolver(lookup: IdLookup, where: string) {
  const one = (kind: keyof IdLookup, slug: string | undefined) => {
    if (slug === undefined) return undefined
    const id = lookup[kind].get(slug)
    if (id === undefined) throw new Error(`${where}: unknown ${kind} slug "${slug}"`)
    return id
  }
  const many = (kind: keyof IdLookup, values: string[]) => values.map((s) => one(kind, s))
  return { one, many }
}

const lines = (values: LocalizedText[], locale: Locale) => values.map((v) => ({ text: v[locale] }))

const sourcesToCms = (docs: SourceDocument[], ref: ReturnType<typeof makeIdResolver>) =>
  docs.map((d) => ({ ...d, organization: ref.one('organizations', d.organization) }))

const sourceToCms = (source: SourceReference): Data => ('portalOwn' in source ? { portalOwn: true } : { portalOwn: false, ...source })

function taxonomyTerm(doc: WorkerType | Region | Language | CoreRole, locale: Locale): Data {
  return { slug: doc.slug, name: doc.name[locale], description: doc.description?.[locale], order: doc.order }
}

export const workerTypeToCms = (doc: WorkerType, locale: Locale): Data => ({
  ...taxonomyTerm(doc, locale),
  oregonThw: doc.oregonThw,
})
export const regionToCms = (doc: Region, locale: Locale): Data => ({
  ...taxonomyTerm(doc, locale),
  state: doc.state,
  kind: doc.kind,
})
export const languageToCms = (doc: Language, locale: Locale): Data => ({ ...taxonomyTerm(doc, locale), code: doc.code })
export const coreRoleToCms = (doc: CoreRole, locale: Locale): Data => taxonomyTerm(doc, locale)

export function organizationToCms(doc: Organization, locale: Locale, lookup: IdLookup): Data {
  const ref = makeIdResolver(lookup, `organizations (slug ${doc.slug})`)
  return {
    slug: doc.slug,
    name: doc.name,
    kind: doc.kind,
    website: doc.website,
    region: ref.one('regions', doc.region),
    description: doc.description?.[locale],
    example: doc.example,
  }
}

export function trainingProgramToCms(doc: TrainingProgram, locale: Locale, lookup: IdLookup): Data {
  const ref = makeIdResolver(lookup, `training-programs (slug ${doc.slug})`)
  return {
    slug: doc.slug,
    title: doc.title[locale],
    provider: ref.one('organizations', doc.provider),
    summary: doc.summary[locale],
    description: doc.description?.[locale],
    workerTypes: ref.many('workerTypes', doc.workerTypes),
    coreRoles: ref.many('coreRoles', doc.coreRoles),
    format: doc.format,
    pace: doc.pace,
    languages: ref.many('languages', doc.languages),
    regions: ref.many('regions', doc.regions),
    location: doc.location ?? {},
    cost: {
      type: doc.cost.type,
      amount: doc.cost.amount,
      stipendOffered: doc.cost.stipendOffered,
      note: doc.cost.note?.[locale],
    },
    hours: doc.hours,
    certification: doc.certification,
    sessions: doc.sessions.map((s) => ({
      startDate: dayToCms(s.startDate),
      endDate: dayToCms(s.endDate),
      applicationDeadline: dayToCms(s.applicationDeadline),
      schedule: s.schedule?.[locale],
      weeklyDays: s.weekly?.days ?? [],
      weeklyStartTime: clockTimeToCms(s.weekly?.startTime),
      weeklyEndTime: clockTimeToCms(s.weekly?.endTime),
      meetings: (s.meetings ?? []).map((m) => ({ date: dayToCms(m.date), startTime: clockTimeToCms(m.startTime), endTime: clockTimeToCms(m.endTime) })),
      timeZone: s.timeZone,
    })),
    registrationUrl: doc.registrationUrl,
    contact: doc.contact ?? {},
    example: doc.example,
  }
}

export function jobPostingToCms(doc: JobPosting, locale: Locale, lookup: IdLookup): Data {
  const ref = makeIdResolver(lookup, `job-postings (slug ${doc.slug})`)
  return {
    slug: doc.slug,
    title: doc.title[locale],
    employer: ref.one('organizations', doc.employer),
    workerTypes: ref.many('workerTypes', doc.workerTypes),
    summary: doc.summary[locale],
    description: doc.description?.[locale],
    duties: lines(doc.duties, locale),
    requirements: { ...doc.requirements, other: lines(doc.requirements.other, locale) },
    languages: {
      required: ref.many('languages', doc.languages.required),
      preferred: ref.many('languages', doc.languages.preferred),
    },
    location: { ...doc.location, region: ref.one('regions', doc.location.region) },
    workMode: doc.workMode,
    employmentType: doc.employmentType,
    pay: doc.pay,
    benefits: doc.benefits?.[locale],
    howToApply: {
      url: doc.howToApply.url,
      email: doc.howToApply.email,
      instructions: doc.howToApply.instructions?.[locale],
    },
    postedDate: dayToCms(doc.postedDate),
    closingDate: dayToCms(doc.closingDate),
    closed: doc.closed,
    example: doc.example,
  }
}

export function toolkitToCms(doc: Toolkit, locale: Locale, lookup: IdLookup): Data {
  const ref = makeIdResolver(lookup, `toolkits (slug ${doc.slug})`)
  return {
    slug: doc.slug,
    title: doc.title[locale],
    summary: doc.summary[locale],
    body: doc.body[locale],
    frameworkAreas: doc.frameworkAreas,
    audiences: doc.audiences,
    topics: doc.topics,
    checklists: doc.checklists.map((c) => ({
      slug: c.slug,
      title: c.title[locale],
      items: c.items.map((item) => ({ text: item.text[locale], source: sourceToCms(item.source) })),
    })),
    sources: sourcesToCms(doc.sources, ref),
  }
}

export function frameworkToCms(doc: Framework, locale: Locale, lookup: IdLookup): Data {
  const ref = makeIdResolver(lookup, 'framework')
  return {
    title: doc.title[locale],
    introduction: doc.introduction[locale],
    pledgeText: doc.pledgeText[locale],
    sources: sourcesToCms(doc.sources, ref),
    areas: doc.areas.map((a) => ({
      slug: a.slug,
      title: a.title[locale],
      summary: a.summary[locale],
      recommendations: a.recommendations.map((r) => ({ slug: r.slug, text: r.text[locale], source: sourceToCms(r.source) })),
    })),
  }
}

const sitePageToCms = (page: SitePage, locale: Locale): Data => ({ title: page.title[locale], body: page.body[locale] })

export function sitePagesToCms(doc: SitePages, locale: Locale): Data {
  return {
    contact: { ...sitePageToCms(doc.contact, locale), email: doc.contact.email, phone: doc.contact.phone, address: doc.contact.address },
    privacy: sitePageToCms(doc.privacy, locale),
    accessibility: sitePageToCms(doc.accessibility, locale),
  }
}

/**
 * Array rows are shared by all locales: a second-locale update must name the rows it translates,
 * or Payload would replace them. Copies row ids from the saved document onto `data`, recursively.
 */
export function withRowIds(data: Data, saved: Data): Data {
  const out: Data = { ...data }
  for (const [key, value] of Object.entries(data)) {
    const savedValue = saved?.[key]
    if (Array.isArray(value) && Array.isArray(savedValue)) {
      out[key] = value.map((row, i) =>
        row && typeof row === 'object' && savedValue[i] && typeof savedValue[i] === 'object'
          ? { ...withRowIds(row as Data, savedValue[i] as Data), id: (savedValue[i] as Data).id }
          : row,
      )
    } else if (value && typeof value === 'object' && !Array.isArray(value) && savedValue && typeof savedValue === 'object') {
      // Groups (not rich text, whose keys never hold arrays of rows with ids).
      out[key] = 'root' in (value as Data) ? value : withRowIds(value as Data, savedValue as Data)
    }
  }
  return out
}

/** Whether a snapshot document has any Spanish text, i.e. needs a second, Spanish save. */
export function hasSpanish(doc: unknown): boolean {
  return JSON.stringify(doc).includes('"es":')
}
