/**
 * What the pledge endpoint tells an employer, in the language they used. Field messages are keyed
 * by the field's path with list positions as `*` (commitments.*.recommendations).
 */
import type { Locale } from '../../content/schema.ts'
import { siteUrl } from '../env.ts'

type Text = Record<Locale, string>

/** The public site's contact page, where every "Write to us" leads. */
const contactUrl: Text = { en: `${siteUrl}/contact/`, es: `${siteUrl}/es/contact/` }

export const fieldMessages: Record<string, Text> = {
  'organization.name': { en: 'Enter the organization name.', es: 'Escriba el nombre de la organización.' },
  'organization.kind': { en: 'Choose what kind of organization it is.', es: 'Elija el tipo de organización.' },
  'organization.region': { en: 'Choose the region where the organization is based.', es: 'Elija la región donde tiene su sede la organización.' },
  'organization.website': { en: 'Enter a web address starting with https://', es: 'Escriba una dirección web que empiece con https://' },
  'organization.chwCount': { en: 'Enter a whole number of CHWs, 0 or more.', es: 'Escriba un número entero de CHW, 0 o más.' },
  'contact.name': { en: 'Enter a contact name.', es: 'Escriba el nombre de la persona de contacto.' },
  'contact.title': { en: 'Enter the contact’s job title.', es: 'Escriba el cargo de la persona de contacto.' },
  'contact.email': { en: 'Enter an email address such as name@example.org.', es: 'Escriba un correo electrónico como nombre@ejemplo.org.' },
  'contact.phone': { en: 'Enter a phone number with area code, or leave it empty.', es: 'Escriba un teléfono con código de área, o déjelo vacío.' },
  commitments: { en: 'Choose at least one commitment.', es: 'Elija al menos un compromiso.' },
  'commitments.*.area': { en: 'Choose a framework area.', es: 'Elija un área del Marco.' },
  'commitments.*.recommendations': { en: 'Choose recommendations from this framework area.', es: 'Elija recomendaciones de esta área del Marco.' },
  'selfAssessment.*.area': { en: 'Rate one of the eight framework areas.', es: 'Califique una de las ocho áreas del Marco.' },
  'selfAssessment.*.rating': { en: 'Choose how far along this area is.', es: 'Elija qué tan avanzada está esta área.' },
  statement: { en: 'Keep the statement to 1,000 characters or fewer.', es: 'La declaración debe tener 1,000 caracteres o menos.' },
  consentToList: { en: 'Say whether you agree to be listed in the public directory.', es: 'Indique si acepta aparecer en el directorio público.' },
  consentToStatistics: { en: 'Say whether you agree to be counted in the statistics.', es: 'Indique si acepta que se le cuente en las estadísticas.' },
  signerName: { en: 'Type your full name to sign.', es: 'Escriba su nombre completo para firmar.' },
  signerTitle: { en: 'Enter your job title.', es: 'Escriba su cargo.' },
  agreed: { en: 'Agree to the pledge to sign it.', es: 'Acepte el compromiso para firmarlo.' },
  locale: { en: 'Choose English or Spanish.', es: 'Elija inglés o español.' },
  idempotencyKey: {
    en: 'This form could not identify the submission. Reload the page and try again.',
    es: 'El formulario no pudo identificar el envío. Vuelva a cargar la página e inténtelo de nuevo.',
  },
  fax: {
    en: 'Leave the field marked “leave empty” empty and send the form again.',
    es: 'Deje vacío el campo marcado “dejar vacío” y vuelva a enviar el formulario.',
  },
}

export const messages = {
  received: {
    en: 'Thank you. We received your pledge and will review it; a confirmation is on its way to your email.',
    es: 'Gracias. Recibimos su compromiso y lo revisaremos; le enviamos una confirmación a su correo electrónico.',
  },
  notUtf8: {
    en: 'The form sent text that is not UTF-8. Send it again from the pledge page.',
    es: 'El formulario envió texto que no es UTF-8. Vuelva a enviarlo desde la página del compromiso.',
  },
  notJson: { en: 'The form sent something that is not JSON.', es: 'El formulario envió algo que no es JSON.' },
  notAccepted: (field: string): Text => ({
    en: `“${field}” cannot be sent with a pledge.`,
    es: `“${field}” no se puede enviar con un compromiso.`,
  }),
  pendingDuplicate: {
    en: 'A pledge from this organization with this email is already waiting for review. Nothing was changed; we will email you when it has been reviewed.',
    es: 'Ya hay un compromiso de esta organización con este correo esperando revisión. No se cambió nada; le escribiremos cuando se haya revisado.',
  },
  keyReused: (reference: string): Text => ({
    en: `This form was already sent, with different answers, and that pledge is saved (reference ${reference}). Nothing new was saved. To sign for another organization, reload the page; to change the saved pledge, write to us (${contactUrl.en}) and quote the reference.`,
    es: `Este formulario ya se envió, con otras respuestas, y ese compromiso quedó guardado (referencia ${reference}). No se guardó nada nuevo. Para firmar por otra organización, vuelva a cargar la página; para cambiar el compromiso guardado, escríbanos (${contactUrl.es}) e indique la referencia.`,
  }),
  controlCharacters: {
    en: 'Remove the invisible control characters (often pasted along with text) from this field.',
    es: 'Quite los caracteres de control invisibles (a menudo se pegan junto con el texto) de este campo.',
  },
  tooLarge: { en: 'The form sent too much data.', es: 'El formulario envió demasiados datos.' },
  notJsonType: { en: 'Send the pledge as JSON (Content-Type: application/json).', es: 'Envíe el compromiso como JSON (Content-Type: application/json).' },
  rateLimited: (seconds: number): Text => ({
    en: `Too many submissions from your network. Try again in ${Math.ceil(seconds / 60)} minute(s); nothing you typed is lost.`,
    es: `Demasiados envíos desde su red. Inténtelo de nuevo en ${Math.ceil(seconds / 60)} minuto(s); no se perdió nada de lo que escribió.`,
  }),
  unknownRecommendation: (slug: string): Text => ({
    en: `“${slug}” is not a recommendation of this framework area.`,
    es: `“${slug}” no es una recomendación de esta área del Marco.`,
  }),
  repeatedArea: { en: 'Each framework area can appear only once.', es: 'Cada área del Marco solo puede aparecer una vez.' },
  unknownRegion: { en: 'Choose one of the listed regions.', es: 'Elija una de las regiones de la lista.' },
  tokenUnknown: {
    en: 'This progress-report link is not valid. Use the link from your most recent reminder email.',
    es: 'Este enlace para el informe de avance no es válido. Use el enlace de su correo de recordatorio más reciente.',
  },
  tokenExpired: {
    en: `This progress-report link has expired or was already used. Write to us and we will send a new one: ${contactUrl.en}`,
    es: `Este enlace para el informe de avance venció o ya se usó. Escríbanos y le enviaremos uno nuevo: ${contactUrl.es}`,
  },
  reportReceived: {
    en: 'Thank you. Your progress report is saved and your pledge is renewed for another year.',
    es: 'Gracias. Su informe de avance quedó guardado y su compromiso se renovó por un año más.',
  },
} satisfies Record<string, Text | ((...args: never[]) => Text)>
