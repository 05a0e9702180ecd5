/**
 * What search finds: trainings, open jobs, toolkits and the framework's areas, built from the
 * validated snapshot in one locale. A document keeps only what a result row shows and filters on.
 */
import { isJobClosed, type Locale, type Snapshot } from '../../../content/schema.ts'
import { hourlyPay } from '../../../content/listingSearch.ts'
import { jobPlace, placeAttribute, trainingPlace } from '../geo/listing-places.ts'
import { localePath, pick, t, tv } from '../i18n.ts'
import { regionStates, stateNames } from './filter-words.ts'
import { otherLocale } from './lunr-setup.ts'
import type { SearchType } from './text.ts'

export { searchTypes } from './text.ts'

export type SearchDocument = {
  /** Fields lunr indexes, in the index's language. */
  title: string
  organization: string
  tags: string
  summary: string
  /** The same fields in the other language (empty where the item has no text of its own in it). */
  title_: string
  tags_: string
  summary_: string
  /** What a result row shows and filters on. */
  type: SearchType
  url: string
  state: string[]
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
  /** Jobs and trainings, for near me: "44.05,-123.09", "remote" (remote or online), or absent when unknown. */
  place?: string
}

type Text = { en: string; es?: string }
/** What lunr indexes of an item in one language. */
type Words = { title: string; tags: string; summary: string }

/**
 * An item's words in both languages: `own` in the index's language (English where it has no
 * translation), `other` in the other language, left empty where the item has no text of its own
 * in it (a fallback would only repeat the page's language). Tags are labels, which exist in both.
 */
function bilingual(
  locale: Locale,
  words: (l: Locale, text: (value: Text) => string) => Words,
): Pick<SearchDocument, 'title' | 'tags' | 'summary' | 'title_' | 'tags_' | 'summary_'> {
  const other = otherLocale(locale)
  const own = words(locale, (value) => pick(value, locale).value)
  const theirs = words(other, (value) => {
    const ownText = pick(value, locale)
    const otherText = pick(value, other)
    return otherText.fallback || otherText.value === ownText.value ? '' : otherText.value
  })
  return { ...own, title_: theirs.title, tags_: theirs.tags, summary_: theirs.summary }
}

export function searchDocuments(snapshot: Snapshot, locale: Locale, today: string): SearchDocument[] {
  const localized = (l: Locale) => {
    const name = (value: Text) => pick(value, l).value
    const names = (list: { slug: string; name: Text }[]) => new Map(list.map((x) => [x.slug, name(x.name)]))
    return {
      regions: names(snapshot.regions),
      workerTypes: names(snapshot['worker-types']),
      languages: names(snapshot.languages),
      states: stateNames(snapshot.regions, l),
    }
  }
  const labels = { en: localized('en'), es: localized('es') }
  const regions = new Map(snapshot.regions.map((r) => [r.slug, r]))
  const statesOf = (slugs: string[]) => [...new Set(slugs.flatMap((s) => regionStates(regions.get(s))))]
  const organizations = new Map(snapshot.organizations.map((o) => [o.slug, o.name]))
  const label = (map: Map<string, string>, slugs: string[]) => slugs.map((s) => map.get(s) ?? s)
  const areaTitle = (slug: string) => snapshot.framework.areas.find((x) => x.slug === slug)?.title ?? { en: slug }

  const trainings: SearchDocument[] = snapshot['training-programs'].map((p) => {
    const state = statesOf(p.regions)
    return {
      ...bilingual(locale, (l, text) => ({
        title: text(p.title),
        tags: [
          ...label(labels[l].workerTypes, p.workerTypes),
          ...label(labels[l].regions, p.regions),
          ...label(labels[l].states, state),
          ...label(labels[l].languages, p.languages),
          tv(l, 'format', p.format),
          ...(p.cost.type === 'free' ? [tv(l, 'cost', 'free')] : []),
          ...(p.cost.stipendOffered ? [t(l, 'filters.stipend')] : []),
          ...(p.certification.approved ? [t(l, 'filters.certified')] : []),
          t(l, 'nav.trainings'),
        ].join(' '),
        summary: text(p.summary),
      })),
      organization: organizations.get(p.provider) ?? '',
      type: 'training',
      url: localePath(locale, `/trainings/${p.slug}/`),
      state,
      region: p.regions,
      workerType: p.workerTypes,
      language: p.languages,
      mode: p.format,
      cost: p.cost.type,
      stipend: p.cost.stipendOffered === true,
      certified: p.certification.approved,
      past: p.sessions.length > 0 && p.sessions.every((s) => (s.endDate ?? s.startDate) < today),
      place: placeAttribute(trainingPlace(p)),
    }
  })
  const jobs: SearchDocument[] = snapshot['job-postings']
    .filter((j) => !isJobClosed(j, today))
    .map((j) => {
      const languages = [...new Set([...j.languages.required, ...j.languages.preferred])]
      const state = statesOf([j.location.region])
      return {
        ...bilingual(locale, (l, text) => ({
          title: text(j.title),
          tags: [
            ...label(labels[l].workerTypes, j.workerTypes),
            labels[l].regions.get(j.location.region) ?? '',
            ...label(labels[l].states, state),
            j.location.city ?? '',
            ...label(labels[l].languages, languages),
            tv(l, 'workMode', j.workMode),
            tv(l, 'employmentType', j.employmentType),
            ...(j.requirements.degreeRequired ? [] : [t(l, 'filters.noDegree')]),
            t(l, 'nav.jobs'),
          ].join(' '),
          summary: text(j.summary),
        })),
        organization: organizations.get(j.employer) ?? '',
        type: 'job',
        url: localePath(locale, `/jobs/${j.slug}/`),
        state,
        region: [j.location.region],
        workerType: j.workerTypes,
        language: languages,
        mode: j.workMode,
        employmentType: j.employmentType,
        noDegree: !j.requirements.degreeRequired,
        pay: hourlyPay(j.pay),
        place: placeAttribute(jobPlace(j)),
      }
    })
  const toolkits: SearchDocument[] = snapshot.toolkits.map((k) => ({
    ...bilingual(locale, (l, text) => ({
      title: text(k.title),
      tags: [...k.frameworkAreas.map((a) => text(areaTitle(a))), t(l, 'nav.toolkits')].join(' '),
      summary: text(k.summary),
    })),
    organization: organizations.get(k.sources[0]?.organization ?? '') ?? '',
    type: 'toolkit',
    url: localePath(locale, `/toolkits/${k.slug}/`),
    state: [],
    region: [],
    workerType: [],
    language: [],
  }))
  const areas: SearchDocument[] = snapshot.framework.areas.map((a) => ({
    ...bilingual(locale, (_, text) => ({
      title: text(a.title),
      tags: a.recommendations.map((r) => text(r.text)).join(' '),
      summary: text(a.summary),
    })),
    organization: pick(snapshot.framework.title, locale).value,
    type: 'framework',
    url: `${localePath(locale, '/framework/')}#${a.slug}`,
    state: [],
    region: [],
    workerType: [],
    language: [],
  }))
  return [...jobs, ...trainings, ...toolkits, ...areas]
}
