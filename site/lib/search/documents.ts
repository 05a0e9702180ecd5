/**
 * What search finds: trainings, open jobs, toolkits and the framework's areas, built from the
 * validated snapshot in one locale. A document keeps only what a result row shows and filters on.
 */
import { isJobClosed, type Locale, type Snapshot } from '../../../content/schema.ts'
import { hourlyPay } from '../content.ts'
import { localePath, pick, t, tv } from '../i18n.ts'
import type { SearchType } from './text.ts'

export { type SearchType, searchTypes } from './text.ts'

export type SearchDocument = {
  /** Fields lunr indexes. */
  title: string
  organization: string
  tags: string
  summary: string
  /** What a result row shows and filters on. */
  type: SearchType
  url: string
  region: string[]
  workerType: string[]
  language: string[]
  /** Format (trainings) or work mode (jobs). */
  mode?: string
  cost?: 'free' | 'paid'
  /** Jobs: employment type, no degree required, the lowest pay per hour (as the listings compare it). */
  employmentType?: string
  noDegree?: boolean
  pay?: number
  /** Trainings: a stipend is offered; approved for state certification. */
  stipend?: boolean
  certified?: boolean
  /** A training whose sessions are all over ranks below current items. */
  past?: boolean
}

export function searchDocuments(snapshot: Snapshot, locale: Locale, today: string): SearchDocument[] {
  const text = (value: { en: string; es?: string }) => pick(value, locale).value
  const names = (list: { slug: string; name: { en: string; es?: string } }[]) => new Map(list.map((x) => [x.slug, text(x.name)]))
  const regionNames = names(snapshot.regions)
  const workerTypeNames = names(snapshot['worker-types'])
  const languageNames = names(snapshot.languages)
  const organizations = new Map(snapshot.organizations.map((o) => [o.slug, o.name]))
  const label = (map: Map<string, string>, slugs: string[]) => slugs.map((s) => map.get(s) ?? s)

  const trainings: SearchDocument[] = snapshot['training-programs'].map((p) => ({
    title: text(p.title),
    organization: organizations.get(p.provider) ?? '',
    tags: [
      ...label(workerTypeNames, p.workerTypes),
      ...label(regionNames, p.regions),
      ...label(languageNames, p.languages),
      tv(locale, 'format', p.format),
      t(locale, 'nav.trainings'),
    ].join(' '),
    summary: text(p.summary),
    type: 'training',
    url: localePath(locale, `/trainings/${p.slug}/`),
    region: p.regions,
    workerType: p.workerTypes,
    language: p.languages,
    mode: p.format,
    cost: p.cost.type,
    stipend: p.cost.stipendOffered === true,
    certified: p.certification.approved,
    past: p.sessions.length > 0 && p.sessions.every((s) => (s.endDate ?? s.startDate) < today),
  }))
  const jobs: SearchDocument[] = snapshot['job-postings']
    .filter((j) => !isJobClosed(j, today))
    .map((j) => {
      const languages = [...new Set([...j.languages.required, ...j.languages.preferred])]
      return {
        title: text(j.title),
        organization: organizations.get(j.employer) ?? '',
        tags: [
          ...label(workerTypeNames, j.workerTypes),
          regionNames.get(j.location.region) ?? '',
          j.location.city ?? '',
          ...label(languageNames, languages),
          tv(locale, 'workMode', j.workMode),
          t(locale, 'nav.jobs'),
        ].join(' '),
        summary: text(j.summary),
        type: 'job',
        url: localePath(locale, `/jobs/${j.slug}/`),
        region: [j.location.region],
        workerType: j.workerTypes,
        language: languages,
        mode: j.workMode,
        employmentType: j.employmentType,
        noDegree: !j.requirements.degreeRequired,
        pay: hourlyPay(j.pay),
      }
    })
  const toolkits: SearchDocument[] = snapshot.toolkits.map((k) => ({
    title: text(k.title),
    organization: organizations.get(k.source.organization) ?? '',
    tags: [...k.frameworkAreas.map((a) => text(snapshot.framework.areas.find((x) => x.slug === a)?.title ?? { en: a })), t(locale, 'nav.toolkits')].join(' '),
    summary: text(k.summary),
    type: 'toolkit',
    url: localePath(locale, `/toolkits/${k.slug}/`),
    region: [],
    workerType: [],
    language: [],
  }))
  const areas: SearchDocument[] = snapshot.framework.areas.map((a) => ({
    title: text(a.title),
    organization: text(snapshot.framework.title),
    tags: a.recommendations.map((r) => text(r.text)).join(' '),
    summary: text(a.summary),
    type: 'framework',
    url: `${localePath(locale, '/framework/')}#${a.slug}`,
    region: [],
    workerType: [],
    language: [],
  }))
  return [...jobs, ...trainings, ...toolkits, ...areas]
}
