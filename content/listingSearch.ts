/**
 * A saved or linked search over job postings or training programs: the words and the filters a
 * listing page offers, under the same parameter names as its filter form (`region`, `worker-type`,
 * `no-degree`, …) plus `q`. The CMS's feeds and email alerts read and match searches with this
 * module, on snapshot-shaped documents; the site writes the same names.
 */
import {
  costTypes,
  employmentTypes,
  type JobPosting,
  type Locale,
  type LocalizedText,
  slug,
  type TrainingProgram,
  trainingFormats,
  workModes,
} from './schema.ts'

export const listingKinds = ['jobs', 'trainings'] as const
export type ListingKind = (typeof listingKinds)[number]

/**
 * Filter names per kind, in the order the listing's form shows them. `state` (a two-letter code)
 * is the search page's state filter: every region in that state, as the search index counts it.
 */
export const filterNames = {
  jobs: ['region', 'state', 'worker-type', 'language', 'work-mode', 'employment-type', 'pay', 'no-degree'],
  trainings: ['region', 'state', 'worker-type', 'language', 'format', 'cost', 'stipend', 'certified'],
} as const satisfies Record<ListingKind, readonly string[]>

type FilterName = (typeof filterNames)[ListingKind][number]

/** A parsed search: `q` (words, all must appear) and the chosen filters by their form names. */
export type ListingSearch = { kind: ListingKind; q?: string; filters: Partial<Record<FilterName, string>> }

type Text = Record<Locale, string>
export type SearchError = { field: string; message: Text }

export const maxQueryLength = 100

const choice = (values: readonly string[]) => (v: string) => values.includes(v)
const isSlug = (v: string) => slug.safeParse(v).success
const isYes = (v: string) => v === 'yes'
const isPay = (v: string) => /^\d{1,7}(\.\d{1,2})?$/.test(v)

const rules: Record<FilterName, { ok: (v: string) => boolean; message: Text }> = {
  region: { ok: isSlug, message: { en: 'Choose a region from the list.', es: 'Elija una región de la lista.' } },
  state: { ok: (v) => /^[A-Z]{2}$/.test(v), message: { en: 'State is a two-letter code such as TX.', es: 'El estado es un código de dos letras, como TX.' } },
  'worker-type': { ok: isSlug, message: { en: 'Choose a worker type from the list.', es: 'Elija un tipo de trabajador de la lista.' } },
  language: { ok: isSlug, message: { en: 'Choose a language from the list.', es: 'Elija un idioma de la lista.' } },
  'work-mode': {
    ok: choice(workModes),
    message: { en: `Work mode is one of: ${workModes.join(', ')}.`, es: `La modalidad es una de: ${workModes.join(', ')}.` },
  },
  'employment-type': {
    ok: choice(employmentTypes),
    message: { en: `Employment type is one of: ${employmentTypes.join(', ')}.`, es: `El tipo de empleo es uno de: ${employmentTypes.join(', ')}.` },
  },
  pay: {
    ok: isPay,
    message: { en: 'Minimum pay is a number of dollars an hour, e.g. 22.', es: 'El pago mínimo es un número de dólares por hora, p. ej., 22.' },
  },
  'no-degree': { ok: isYes, message: { en: '“no-degree” is “yes” or left out.', es: '“no-degree” es “yes” o se omite.' } },
  format: {
    ok: choice(trainingFormats),
    message: { en: `Format is one of: ${trainingFormats.join(', ')}.`, es: `El formato es uno de: ${trainingFormats.join(', ')}.` },
  },
  cost: { ok: choice(costTypes), message: { en: `Cost is one of: ${costTypes.join(', ')}.`, es: `El costo es uno de: ${costTypes.join(', ')}.` } },
  stipend: { ok: isYes, message: { en: '“stipend” is “yes” or left out.', es: '“stipend” es “yes” o se omite.' } },
  certified: { ok: isYes, message: { en: '“certified” is “yes” or left out.', es: '“certified” es “yes” o se omite.' } },
}

/**
 * Reads a search from query parameters (or form fields). Empty values count as not chosen (an
 * "All" option sends one). Names in `ignore` belong to the caller (e.g. `lang`); any other unknown
 * or repeated name is an error, so a typo never silently widens a feed or an alert.
 */
export function parseListingSearch(
  kind: ListingKind,
  params: URLSearchParams,
  ignore: readonly string[] = [],
): { ok: true; search: ListingSearch } | { ok: false; errors: SearchError[] } {
  const allowed: readonly string[] = filterNames[kind]
  const errors: SearchError[] = []
  const search: ListingSearch = { kind, filters: {} }
  const seen = new Set<string>()
  for (const [name, raw] of params) {
    if (ignore.includes(name)) continue
    if (seen.has(name)) {
      errors.push({ field: name, message: { en: `Give “${name}” once.`, es: `Indique “${name}” una sola vez.` } })
      continue
    }
    seen.add(name)
    const value = raw.trim()
    if (name === 'q') {
      if (value.length > maxQueryLength) {
        errors.push({
          field: 'q',
          message: {
            en: `Keep the search words under ${maxQueryLength} characters.`,
            es: `Las palabras de búsqueda deben tener menos de ${maxQueryLength} caracteres.`,
          },
        })
      } else if (value) search.q = value
      continue
    }
    if (!allowed.includes(name)) {
      errors.push({
        field: name,
        message: {
          en: `“${name}” is not a filter of ${kind}. Use: q, ${allowed.join(', ')}.`,
          es: `“${name}” no es un filtro de ${kind === 'jobs' ? 'empleos' : 'capacitaciones'}. Use: q, ${allowed.join(', ')}.`,
        },
      })
      continue
    }
    if (!value) continue
    const rule = rules[name as FilterName]
    if (!rule.ok(value)) errors.push({ field: name, message: rule.message })
    else search.filters[name as FilterName] = value
  }
  return errors.length ? { ok: false, errors } : { ok: true, search }
}

/** The search as query parameters, `q` first, then filters in form order (stable, for links). */
export function listingSearchParams(search: ListingSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.q) params.set('q', search.q)
  for (const name of filterNames[search.kind]) {
    const value = search.filters[name as FilterName]
    if (value) params.set(name, value)
  }
  return params
}

// ---------------------------------------------------------------------------------------------
// Matching (the listing pages filter the same way in the browser: site/components/FilterScript.astro)

/** Lower case without accents, so "capacitacion" finds "Capacitación". */
function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')
}

function hasWords(q: string | undefined, texts: (LocalizedText | string | undefined)[]): boolean {
  if (!q) return true
  const haystack = foldText(texts.flatMap((t) => (t === undefined ? [] : typeof t === 'string' ? [t] : [t.en, t.es ?? ''])).join(' '))
  return foldText(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}

/** Pay per hour, as every minimum-pay filter compares it (2,080 hours a year): the site's and the CMS's. */
export function hourlyPay(pay: JobPosting['pay']): number {
  const factor = { hour: 1, month: 12 / 2080, year: 1 / 2080 }[pay.unit]
  return Math.round(pay.min * factor * 100) / 100
}

/** A region's state for the `state` filter; a nationwide region has none. */
export type StateOfRegion = (regionSlug: string) => string | undefined

export function jobMatches(job: JobPosting, search: ListingSearch, employerName?: string, stateOf?: StateOfRegion): boolean {
  const f = search.filters
  return (
    (!f.region || job.location.region === f.region) &&
    (!f.state || stateOf?.(job.location.region) === f.state) &&
    (!f['worker-type'] || job.workerTypes.includes(f['worker-type'])) &&
    (!f.language || [...job.languages.required, ...job.languages.preferred].includes(f.language)) &&
    (!f['work-mode'] || job.workMode === f['work-mode']) &&
    (!f['employment-type'] || job.employmentType === f['employment-type']) &&
    (!f.pay || hourlyPay(job.pay) >= Number(f.pay)) &&
    (!f['no-degree'] || !job.requirements.degreeRequired) &&
    hasWords(search.q, [job.title, job.summary, employerName])
  )
}

export function trainingMatches(training: TrainingProgram, search: ListingSearch, providerName?: string, stateOf?: StateOfRegion): boolean {
  const f = search.filters
  return (
    (!f.region || training.regions.includes(f.region)) &&
    (!f.state || training.regions.some((region) => stateOf?.(region) === f.state)) &&
    (!f['worker-type'] || training.workerTypes.includes(f['worker-type'])) &&
    (!f.language || training.languages.includes(f.language)) &&
    (!f.format || training.format === f.format) &&
    (!f.cost || training.cost.type === f.cost) &&
    (!f.stipend || training.cost.stipendOffered) &&
    (!f.certified || training.certification.approved) &&
    hasWords(search.q, [training.title, training.summary, providerName])
  )
}
