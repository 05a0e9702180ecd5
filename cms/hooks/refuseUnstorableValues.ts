/**
 * Refuses, anywhere in a save (rich text included), values the database would not give back as
 * sent: text with control characters other than tab and line breaks (SQLite cuts text short at a
 * NUL), lone surrogates (stored as U+FFFD), and numbers too large to be finite (stored as
 * nothing). A 400 names each field.
 */
import { ValidationError, type CollectionBeforeValidateHook, type GlobalBeforeValidateHook } from 'payload'

const badCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u
const messages = {
  text: 'Remove the invisible control characters (often pasted along with text) from this field.',
  number: 'This number is too large.',
}

function problems(value: unknown, path: string, found: { path: string; message: string }[]) {
  if (typeof value === 'string') {
    if (badCharacter.test(value)) found.push({ path, message: messages.text })
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push({ path, message: messages.number })
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => problems(item, path ? `${path}.${i}` : String(i), found))
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) problems(item, path ? `${path}.${key}` : key, found)
  }
  return found
}

function check(data: unknown, where: { collection?: string; global?: string }): void {
  const errors = problems(data, '', [])
  if (errors.length > 0) throw new ValidationError({ ...where, errors })
}

export const refuseUnstorableValues: CollectionBeforeValidateHook = ({ data, collection }) => {
  check(data, { collection: collection.slug })
  return data
}

export const refuseUnstorableValuesInGlobal: GlobalBeforeValidateHook = ({ data, global }) => {
  check(data, { global: global.slug })
  return data
}
