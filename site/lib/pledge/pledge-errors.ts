/**
 * From a problem's path (a zod issue path, or the dotted `field` of the CMS's 400 answer) to the
 * form field it belongs to, its element id and its message key in site/i18n/<locale>.json. The
 * schema's own messages are English; the page shows its own, in its language.
 */

/** Every field of pledgeSubmission the form can report on, in the order the form shows them. */
export const pledgeFields = [
  'organization.name',
  'organization.kind',
  'organization.region',
  'organization.website',
  'organization.chwCount',
  'contact.name',
  'contact.title',
  'contact.email',
  'contact.phone',
  'selfAssessment',
  'commitments',
  'statement',
  'consentToList',
  'consentToStatistics',
  'signerName',
  'signerTitle',
  'agreed',
  'locale',
] as const
export type PledgeField = (typeof pledgeFields)[number]

/**
 * `['contact', 'email']` or `'contact.email'` → `contact.email`. Problems inside a list
 * (`commitments.0.recommendations`) belong to the whole group: the user fixes them there.
 */
export function fieldPath(path: readonly PropertyKey[] | string): string {
  const parts = typeof path === 'string' ? path.split('.').filter(Boolean) : path.map(String)
  if (parts[0] === 'commitments' || parts[0] === 'selfAssessment') return parts[0]
  return parts.join('.')
}

export const isPledgeField = (field: string): field is PledgeField => (pledgeFields as readonly string[]).includes(field)

/** The message key for a field, e.g. `pledge.error.contact.email`; undefined for unknown paths. */
export function errorKey(path: readonly PropertyKey[] | string): `pledge.error.${PledgeField}` | undefined {
  const field = fieldPath(path)
  return isPledgeField(field) ? `pledge.error.${field}` : undefined
}

/** The id of the element an error links to and focuses: the input, or a group's first control. */
export function fieldId(field: string): string {
  if (field === 'locale' || !isPledgeField(field)) return 'pledge-form-title'
  return `pledge-${field.replace(/\./g, '-')}`
}

/** The localized message for a problem: ours for a known field, otherwise the server's own. */
export function errorMessage(strings: Record<string, string>, field: string, fallback: string): string {
  const key = errorKey(field)
  return (key && strings[key]) || fallback
}
