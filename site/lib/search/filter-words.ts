/**
 * Words in a query that name a filter: "no degree" / "sin título", "remote" / "remoto",
 * "part time" / "medio tiempo", a state's or a region's name. Built at build time from the
 * filters' own labels in both languages (site/i18n), a few everyday synonyms, and the region
 * names in content/regions.json, so a new region or state is recognised without code. Search
 * offers these filters (query.ts finds the words); it never applies one by itself.
 */
import type { Locale, Region } from '../../../content/schema.ts'
import { locales, t, tv, type UiKey } from '../i18n.ts'
import { type FacetName, queryTerms } from './text.ts'

/** [phrase as folded words joined by spaces, facet, value] */
export type FilterWord = [phrase: string, facet: FacetName, value: string]

/** Everyday words people type for a filter, besides its label in each language. */
const synonyms: [FacetName, string, string[]][] = [
  [
    'noDegree',
    'yes',
    ['no degree', 'no degree needed', 'without a degree', 'no college degree', 'sin titulo', 'sin titulo universitario', 'sin grado', 'no se requiere titulo'],
  ],
  ['mode', 'remote', ['remotely', 'work from home', 'from home', 'remota', 'a distancia', 'desde casa', 'trabajo remoto']],
  ['mode', 'online', ['virtual', 'en linea', 'online']],
  ['employmentType', 'part-time', ['part time', 'parttime', 'tiempo parcial', 'medio tiempo']],
  ['employmentType', 'full-time', ['full time', 'fulltime', 'tiempo completo']],
  ['employmentType', 'internship', ['intern', 'practica pagada', 'practicas']],
  ['stipend', 'yes', ['stipend', 'paid training', 'estipendio', 'beca']],
  ['certified', 'yes', ['certification', 'certified', 'state certification', 'certificacion', 'certificada', 'certificacion estatal']],
  ['cost', 'free', ['free', 'no cost', 'gratis', 'gratuita', 'gratuito', 'sin costo']],
  ['type', 'job', ['job', 'jobs', 'empleo', 'empleos', 'trabajo', 'trabajos', 'vacante', 'vacantes']],
  [
    'type',
    'training',
    ['training', 'trainings', 'course', 'courses', 'class', 'classes', 'capacitacion', 'capacitaciones', 'curso', 'cursos', 'clase', 'clases'],
  ],
  ['type', 'toolkit', ['toolkit', 'toolkits']],
]

/** Labels of fixed values, in both languages: the words on the filters themselves. */
const labelled: [FacetName, string, UiKey | [string, string]][] = [
  ['noDegree', 'yes', 'filters.noDegree'],
  ['stipend', 'yes', 'filters.stipend'],
  ['certified', 'yes', 'filters.certified'],
  ['mode', 'remote', ['workMode', 'remote']],
  ['mode', 'online', ['format', 'online']],
  ['mode', 'hybrid', ['workMode', 'hybrid']],
  ['mode', 'hybrid', ['format', 'hybrid']],
  ['cost', 'free', ['cost', 'free']],
  ...(['full-time', 'part-time', 'contract', 'temporary', 'per-diem', 'internship'] as const).map((value): [FacetName, string, [string, string]] => [
    'employmentType',
    value,
    ['employmentType', value],
  ]),
]

/** A region's name as people say it: without "(statewide)", "County", "Condado de". */
function placeName(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(county|condado|de|del|city|ciudad)\b/giu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * State code → the state's name in `locale`, from the statewide regions ("Oregon (statewide)" →
 * "Oregon"). A state without a statewide region has no name here and is shown by its code.
 */
export function stateNames(regions: Region[], locale: Locale): Map<string, string> {
  const names = new Map<string, string>()
  for (const r of regions) {
    if (r.kind !== 'statewide') continue
    const name = (r.name[locale] ?? r.name.en).replace(/\([^)]*\)/g, '').trim()
    if (name) names.set(r.state, name)
  }
  return names
}

/** The states a region lies in; a national region lies in none. */
export const regionStates = (region: Region | undefined): string[] => (region && region.kind !== 'national' ? [region.state] : [])

/** Every phrase that names a filter, in both languages, longest first (the longest match wins). */
export function buildFilterWords(regions: Region[]): FilterWord[] {
  const words = new Map<string, FilterWord>()
  const add = (facet: FacetName, value: string, text: string) => {
    const phrase = queryTerms(text).join(' ')
    // The first meaning of a phrase wins: "hybrid" is the same value for jobs and trainings.
    if (phrase && !words.has(phrase)) words.set(phrase, [phrase, facet, value])
  }
  for (const locale of locales) {
    for (const [facet, value, key] of labelled) add(facet, value, typeof key === 'string' ? t(locale, key) : tv(locale, key[0], key[1]))
    for (const [code, name] of stateNames(regions, locale)) add('state', code, name)
  }
  for (const [facet, value, phrases] of synonyms) for (const phrase of phrases) add(facet, value, phrase)
  for (const r of regions) {
    if (r.kind === 'statewide' || r.kind === 'national') continue
    for (const locale of locales) add('region', r.slug, placeName(r.name[locale] ?? r.name.en))
  }
  return [...words.values()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || a[0].localeCompare(b[0]))
}
