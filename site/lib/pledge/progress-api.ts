/**
 * The annual progress report: reading what a private link (`?token=…`) may report on, and sending
 * the report. Same conventions as the pledge: plain functions, every failure an outcome.
 */
import { type FrameworkAreaSlug, frameworkAreaSlugs, progressReportSubmission } from '../../../content/schema.ts'
import { type FieldProblem, type RequestOptions, apiUrl, fieldProblems, parseRetryAfter, requestJson } from './pledge-api.ts'
import type { Rating } from './pledge-form.ts'

export const noteMaxLength = 1000

export type ProgressTarget = { organizationName: string; areas: FrameworkAreaSlug[]; renewalDue: string }
export type ProgressReport = { area: FrameworkAreaSlug; rating: Rating; note?: string }

export type LoadOutcome =
  | { kind: 'ready'; target: ProgressTarget }
  | { kind: 'gone'; message?: string }
  | { kind: 'unreachable' }
  | { kind: 'rejected'; status: number }

export type SendOutcome =
  | { kind: 'saved'; message: string }
  | { kind: 'invalid'; errors: FieldProblem[] }
  | { kind: 'gone'; message?: string }
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  | { kind: 'unreachable' }
  | { kind: 'rejected'; status: number }

const progressUrl = (cmsUrl: string) => apiUrl(cmsUrl, '/api/pledges/progress')
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const messageOf = (json: unknown) => (isObject(json) && typeof json.message === 'string' ? json.message : undefined)

export async function loadProgress(cmsUrl: string, token: string, options: RequestOptions = {}): Promise<LoadOutcome> {
  try {
    const { status, json } = await requestJson(
      `${progressUrl(cmsUrl)}?token=${encodeURIComponent(token)}`,
      { headers: { Accept: 'application/json' } },
      options,
    )
    if (status === 200 && isObject(json) && typeof json.organizationName === 'string' && Array.isArray(json.areas)) {
      // Only areas this site knows, in the framework's order.
      const areas = frameworkAreaSlugs.filter((a) => (json.areas as unknown[]).includes(a))
      return {
        kind: 'ready',
        target: { organizationName: json.organizationName, areas, renewalDue: typeof json.renewalDue === 'string' ? json.renewalDue : '' },
      }
    }
    if (status === 404 || status === 410) return { kind: 'gone', message: messageOf(json) }
    if (status >= 500 || status === 408 || status === 429) return { kind: 'unreachable' }
    return { kind: 'rejected', status }
  } catch {
    return { kind: 'unreachable' }
  }
}

export async function sendProgress(cmsUrl: string, token: string, reports: ProgressReport[], options: RequestOptions = {}): Promise<SendOutcome> {
  try {
    const response = await requestJson(
      progressUrl(cmsUrl),
      { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ token, reports }) },
      options,
    )
    const { status, json } = response
    if (status === 201 || status === 200) return { kind: 'saved', message: messageOf(json) ?? '' }
    if (status === 400) return { kind: 'invalid', errors: fieldProblems(json) }
    if (status === 404 || status === 410) return { kind: 'gone', message: messageOf(json) }
    if (status === 429) return { kind: 'rate-limited', retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')) }
    if (status >= 500 || status === 408) return { kind: 'unreachable' }
    return { kind: 'rejected', status }
  } catch {
    return { kind: 'unreachable' }
  }
}

/** One area's report, validated by the schema the CMS uses. */
const areaReport = progressReportSubmission.shape.reports.element

/** Client-side check before sending: a rating for every area, notes within the limit. Keys are `reports.<i>.<field>`. */
export function validateProgress(
  areas: FrameworkAreaSlug[],
  ratings: Partial<Record<string, string>>,
  notes: Partial<Record<string, string>>,
): Record<string, 'rating' | 'note'> {
  const errors: Record<string, 'rating' | 'note'> = {}
  areas.forEach((area, i) => {
    const result = areaReport.safeParse({ area, rating: ratings[area], note: notes[area]?.trim() || undefined })
    for (const issue of result.success ? [] : result.error.issues) {
      const field = issue.path[0]
      if (field === 'rating' || field === 'note') errors[`reports.${i}.${field}`] ??= field
    }
  })
  return errors
}
