/**
 * UI strings and localized content. Every visible string comes from site/i18n/<locale>.json;
 * content comes from the snapshot in the reader's language, or in English with a notice.
 */
import type { Locale, LocalizedText } from '../../content/schema.ts'
import en from '../i18n/en.json'
import es from '../i18n/es.json'

export type { Locale }
export const locales: Locale[] = ['en', 'es']
export type UiKey = keyof typeof en
const dictionaries: Record<Locale, Record<string, string>> = { en, es }

/** `t('es', 'jobs.payRange', { min: '$20' })`. Falls back to English for a missing Spanish key. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key] ?? en[key]
  // Most strings have no placeholder: skip the replace (tens of calls per page, 26,000 pages at 10k).
  if (!template.includes('{')) return template
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

/** A UI key built from a contract value, e.g. `format.online`. */
export function tv(locale: Locale, prefix: string, value: string): string {
  return t(locale, `${prefix}.${value}` as UiKey)
}

export type Localized<T = string> = { value: T; fallback: boolean }

/** The text in `locale`, or the English text marked as a fallback. */
export function pick<T>(text: { en: T; es?: T }, locale: Locale): Localized<T> {
  const value = text[locale]
  return value !== undefined ? { value, fallback: false } : { value: text.en, fallback: locale !== 'en' }
}

export const text = (value: LocalizedText, locale: Locale): string => pick(value, locale).value

/** `/jobs/` → `/es/jobs/` for Spanish. Paths always start and end with a slash. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'en' ? path : `/es${path}`
}

/**
 * For getStaticPaths: `lang` undefined is English at the root, `es` under /es/. A new array on
 * every call: Astro annotates the array a route returns, so routes must not share one.
 */
export function langPaths(): { params: { lang: string | undefined } }[] {
  return [{ params: { lang: undefined } }, { params: { lang: 'es' } }]
}

export function langFromParam(lang: string | undefined): Locale {
  return lang === 'es' ? 'es' : 'en'
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-US', { dateStyle: 'long', timeZone: 'UTC' }),
}

// Formatted once per value: a big build shows the same few hundred days on thousands of pages.
const formattedDates: Record<Locale, Map<string, string>> = { en: new Map(), es: new Map() }

/** A `YYYY-MM-DD` day or an ISO instant, as "March 3, 2027" / "3 de marzo de 2027". */
export function formatDate(value: string, locale: Locale): string {
  let formatted = formattedDates[locale].get(value)
  if (formatted === undefined) {
    formatted = dateFormats[locale].format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value))
    formattedDates[locale].set(value, formatted)
  }
  return formatted
}

// Built once: creating an Intl.NumberFormat per call was the largest single cost of a big build.
const moneyFormat = (tag: string, digits: number) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', maximumFractionDigits: digits })
const moneyFormats: Record<Locale, { whole: Intl.NumberFormat; cents: Intl.NumberFormat }> = {
  en: { whole: moneyFormat('en-US', 0), cents: moneyFormat('en-US', 2) },
  es: { whole: moneyFormat('es-US', 0), cents: moneyFormat('es-US', 2) },
}

export function formatMoney(amount: number, locale: Locale): string {
  const formats = moneyFormats[locale]
  return (Number.isInteger(amount) ? formats.whole : formats.cents).format(amount)
}

/** The UI strings whose keys start with one of `prefixes`, in `locale`: what an island needs, no more. */
export function uiStrings(locale: Locale, prefixes: string[]): Record<string, string> {
  const keys = (Object.keys(en) as UiKey[]).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)))
  return Object.fromEntries(keys.map((key) => [key, t(locale, key)]))
}
