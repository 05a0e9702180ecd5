/**
 * Reads what the pledge form sent: the submission itself (checked with the same zod schema the
 * form uses), the client's idempotency key and the honeypot. Every problem becomes a message
 * naming its field, in the employer's language.
 */
import type { z } from 'zod'
import { controlCharacterMessage, locales, pledgeSubmission, type Locale, type PledgeSubmission } from '../../content/schema.ts'
import { fieldMessages, messages } from './messages.ts'

export type FieldError = { field: string; message: string }

export type ParsedSubmission =
  | { kind: 'valid'; submission: PledgeSubmission; idempotencyKey: string }
  | { kind: 'invalid'; errors: FieldError[]; locale: Locale }
  | { kind: 'honeypot'; locale: Locale }

export const idempotencyKeyPattern = /^[A-Za-z0-9_-]{16,100}$/

export function localeOf(body: unknown): Locale {
  const locale = (body as { locale?: unknown } | null)?.locale
  return locales.includes(locale as Locale) ? (locale as Locale) : 'en'
}

/** The employer-facing message for a field the contract refused with `fallback`. */
export function fieldMessage(field: string, locale: Locale, fallback: string): string {
  if (fallback === controlCharacterMessage) return messages.controlCharacters[locale]
  return fieldMessages[field.replace(/\.\d+(?=\.|$)/g, '.*')]?.[locale] ?? fieldMessages[field.replace(/\.\d+.*$/, '')]?.[locale] ?? fallback
}

export function parseSubmission(body: unknown): ParsedSubmission {
  const locale = localeOf(body)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { kind: 'invalid', locale, errors: [{ field: '', message: messages.notJson[locale] }] }
  }
  const { idempotencyKey, fax, ...rest } = body as Record<string, unknown>
  // Bots fill every input; people never see this one.
  if (typeof fax === 'string' ? fax.trim() !== '' : fax != null) return { kind: 'honeypot', locale }

  const errors: FieldError[] = []
  if (typeof idempotencyKey !== 'string' || !idempotencyKeyPattern.test(idempotencyKey)) {
    errors.push({ field: 'idempotencyKey', message: fieldMessages.idempotencyKey![locale] })
  }
  const result = pledgeSubmission.safeParse(rest)
  if (!result.success) errors.push(...issuesToErrors(result.error.issues, locale))
  if (errors.length > 0 || !result.success) return { kind: 'invalid', locale, errors }
  return { kind: 'valid', submission: result.data, idempotencyKey: idempotencyKey as string }
}

function issuesToErrors(issues: z.core.$ZodIssue[], locale: Locale): FieldError[] {
  const errors: FieldError[] = []
  for (const issue of issues) {
    const path = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      // Staff-only fields (status, approvedAt…) are refused outright, never silently stored.
      for (const key of issue.keys) {
        const field = path ? `${path}.${key}` : key
        errors.push({ field, message: messages.notAccepted(field)[locale] })
      }
    } else if (!errors.some((e) => e.field === path)) {
      errors.push({ field: path, message: fieldMessage(path, locale, issue.message) })
    }
  }
  return errors
}
