/**
 * The pledge form as the browser holds it (strings and checkboxes, exactly what the user typed)
 * and its conversion to a PledgeSubmission, validated by the same zod schema the CMS uses.
 */
import {
  type FrameworkAreaSlug,
  type Locale,
  type PledgeSubmission,
  frameworkAreaSlugs,
  pledgeSubmission,
  type selfAssessmentRatings,
} from '../../../content/schema.ts'
import { fieldPath } from './pledge-errors.ts'

export type Rating = (typeof selfAssessmentRatings)[number]

/** What the user typed, kept verbatim so a reload shows exactly the same thing. */
export type PledgeForm = {
  organization: { name: string; kind: string; region: string; website: string; chwCount: string }
  contact: { name: string; title: string; email: string; phone: string }
  /** Chosen recommendation slugs per area. */
  commitments: Partial<Record<FrameworkAreaSlug, string[]>>
  statement: string
  consentToList: boolean
  consentToStatistics: boolean
  signerName: string
  signerTitle: string
  agreed: boolean
  /** The honeypot: humans never see it, so it stays empty. Sent as-is. */
  fax: string
}

export type Ratings = Partial<Record<FrameworkAreaSlug, Rating>>

export function emptyForm(): PledgeForm {
  return {
    organization: { name: '', kind: '', region: '', website: '', chwCount: '' },
    contact: { name: '', title: '', email: '', phone: '' },
    commitments: {},
    statement: '',
    consentToList: false,
    consentToStatistics: false,
    signerName: '',
    signerTitle: '',
    agreed: false,
    fax: '',
  }
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim())

/** A whole number typed as digits (spaces and thousands commas allowed); anything else is invalid. */
function count(value: string): number | undefined {
  const digits = value.trim().replace(/[\s,]/g, '')
  if (digits === '') return undefined
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN
}

/** The candidate submission: empty optional fields left out, so zod judges what would be sent. */
function toCandidate(form: PledgeForm, ratings: Ratings, locale: Locale): Record<string, unknown> {
  const commitments = frameworkAreaSlugs.map((area) => ({ area, recommendations: form.commitments[area] ?? [] })).filter((c) => c.recommendations.length > 0)
  const selfAssessment = frameworkAreaSlugs.flatMap((area) => (ratings[area] ? [{ area, rating: ratings[area] }] : []))
  return {
    organization: {
      name: form.organization.name,
      kind: form.organization.kind || undefined,
      region: form.organization.region || undefined,
      website: optional(form.organization.website),
      chwCount: count(form.organization.chwCount),
    },
    contact: {
      name: form.contact.name,
      title: form.contact.title,
      email: form.contact.email.trim(),
      phone: optional(form.contact.phone),
    },
    commitments,
    selfAssessment: selfAssessment.length > 0 ? selfAssessment : undefined,
    statement: optional(form.statement),
    consentToList: form.consentToList,
    consentToStatistics: form.consentToStatistics,
    signerName: form.signerName,
    signerTitle: form.signerTitle,
    agreed: form.agreed,
    locale,
  }
}

export type Validation = { ok: true; submission: PledgeSubmission; errors: Record<string, never> } | { ok: false; errors: Record<string, string> }

/** Field path (e.g. `contact.email`) → the first zod issue's message, for every invalid field. */
export function validateForm(form: PledgeForm, ratings: Ratings, locale: Locale): Validation {
  const result = pledgeSubmission.safeParse(toCandidate(form, ratings, locale))
  if (result.success) return { ok: true, submission: result.data, errors: {} }
  const errors: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const field = fieldPath(issue.path)
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}
