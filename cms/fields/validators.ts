/** Field validators that give staff a specific message. Empty values pass; `required` covers them. */

export function validateHttpUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // fall through to the message
  }
  return 'Enter a full web address starting with https://'
}

export function validateEmail(value: string | null | undefined): true | string {
  if (!value) return true
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) || 'Enter an email address such as name@example.org'
}

export function validateStateCode(value: string | null | undefined): true | string {
  if (!value) return true
  return /^[A-Z]{2}$/.test(value) || 'Use the two-letter state code, e.g. CA'
}

const zipMessage = {
  en: 'Use a five-digit ZIP code, e.g. 97401',
  es: 'Use un código postal (ZIP) de cinco dígitos, p. ej., 97401',
}

/** In the admin's language: staff may work in Spanish. */
export function validateZip(value: string | null | undefined, options?: { req?: { i18n?: { language?: string } } }): true | string {
  if (!value) return true
  return /^\d{5}$/.test(value) || zipMessage[options?.req?.i18n?.language === 'es' ? 'es' : 'en']
}
