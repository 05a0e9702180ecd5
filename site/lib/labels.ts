/** Human wording for contract values: pay, place, cost, languages, in the reader's language. */
import type { JobPosting, TrainingProgram } from '../../content/schema.ts'
import type { Content } from './content.ts'
import { formatMoney, t, text, tv, type Locale } from './i18n.ts'

export function payText(pay: JobPosting['pay'], locale: Locale): string {
  const unit = tv(locale, 'payUnit', pay.unit)
  return pay.max !== undefined && pay.max !== pay.min
    ? t(locale, 'jobs.payRange', { min: formatMoney(pay.min, locale), max: formatMoney(pay.max, locale), unit })
    : t(locale, 'jobs.payFrom', { min: formatMoney(pay.min, locale), unit })
}

/** "Santa Rosa, CA (Sonoma County)" or "Remote" plus the region. */
export function placeText(job: JobPosting, content: Content, locale: Locale): string {
  const region = content.regionBySlug.get(job.location.region)
  const regionName = region ? text(region.name, locale) : job.location.region
  if (job.workMode === 'remote' && !job.location.city) return `${tv(locale, 'workMode', 'remote')} (${regionName})`
  const city = [job.location.city, job.location.state].filter(Boolean).join(', ')
  return city ? `${city} (${regionName})` : regionName
}

export function costText(cost: TrainingProgram['cost'], locale: Locale): string {
  const base = cost.type === 'free' || !cost.amount ? t(locale, 'common.free') : formatMoney(cost.amount, locale)
  return cost.stipendOffered ? `${base} · ${t(locale, 'trainings.stipend')}` : base
}

export function languageNames(slugs: string[], content: Content, locale: Locale): string {
  return slugs.map((slug) => (content.languageBySlug.get(slug) ? text(content.languageBySlug.get(slug)!.name, locale) : slug)).join(', ')
}

export function regionNames(slugs: string[], content: Content, locale: Locale): string {
  return slugs.map((slug) => (content.regionBySlug.get(slug) ? text(content.regionBySlug.get(slug)!.name, locale) : slug)).join(', ')
}

export function workerTypeNames(slugs: string[], content: Content, locale: Locale): string {
  return slugs.map((slug) => (content.workerTypeBySlug.get(slug) ? text(content.workerTypeBySlug.get(slug)!.name, locale) : slug)).join(', ')
}
