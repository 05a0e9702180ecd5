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

const placeStateMessage = {
  en: 'Give the state of this city or ZIP code, e.g. OR',
  es: 'Indique el estado de esta ciudad o código postal, p. ej., OR',
}

/** A place's state: a valid code, and needed once a city or ZIP code is given (the contract's rule). */
export function validatePlaceState(
  value: string | null | undefined,
  options?: { siblingData?: { city?: string | null; zip?: string | null }; req?: { i18n?: { language?: string } } },
): true | string {
  if (value) return validateStateCode(value)
  const place = options?.siblingData
  return place?.city || place?.zip ? placeStateMessage[options?.req?.i18n?.language === 'es' ? 'es' : 'en'] : true
}
