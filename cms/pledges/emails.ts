/**
 * The emails an employer receives about its pledge, in the language it used. Plain text first
 * (read everywhere); the HTML part is the same text, escaped, with links.
 */
import type { Locale } from '../../content/schema.ts'
import { siteUrl } from '../env.ts'
import { escapeHtml } from '../../content/escapeHtml.ts'

export type Email = { subject: string; text: string; html: string }
type Link = { href: string; label: string }

function sitePage(locale: Locale, path: string): string {
  return `${siteUrl}${locale === 'es' ? '/es' : ''}${path}`
}

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
}

function compose(subject: string, paragraphs: (string | Link)[]): Email {
  const text = paragraphs.map((p) => (typeof p === 'string' ? p : `${p.label}: ${p.href}`)).join('\n\n')
  const html = paragraphs
    .map((p) => (typeof p === 'string' ? `<p>${escapeHtml(p)}</p>` : `<p><a href="${escapeHtml(p.href)}">${escapeHtml(p.label)}</a></p>`))
    .join('\n')
  return { subject, text: `${text}\n`, html: `<!doctype html><html><body>${html}</body></html>` }
}

type PledgeFacts = { organizationName: string; reference: string; contactName: string; locale: Locale }

export function receivedEmail(p: PledgeFacts): Email {
  if (p.locale === 'es') {
    return compose(`Recibimos su compromiso con el Marco (${p.reference})`, [
      `Hola, ${p.contactName}:`,
      `Gracias por firmar el Marco para el Empleo Equitativo en nombre de ${p.organizationName}. Su número de referencia es ${p.reference}.`,
      'Nuestro equipo revisará su compromiso y le escribirá cuando lo apruebe. Si aceptó aparecer en el directorio, su organización aparecerá en la lista pública de firmantes.',
      { label: 'Lea el Marco y sus herramientas', href: sitePage('es', '/framework/') },
    ])
  }
  return compose(`We received your Framework pledge (${p.reference})`, [
    `Hello ${p.contactName},`,
    `Thank you for signing the Framework for Equitable Employment for ${p.organizationName}. Your reference is ${p.reference}.`,
    'Our staff will review your pledge and email you once it is approved. If you agreed to be listed, your organization will then appear in the public list of signatories.',
    { label: 'Read the Framework and its toolkits', href: sitePage('en', '/framework/') },
  ])
}

export function approvedEmail(p: PledgeFacts & { slug: string; listed: boolean; renewalDue: string }): Email {
  const page = sitePage(p.locale, `/pledge/signatories/${p.slug}/`)
  const due = formatDate(p.renewalDue, p.locale)
  if (p.locale === 'es') {
    return compose(`Su compromiso con el Marco fue aprobado (${p.reference})`, [
      `Hola, ${p.contactName}:`,
      `Aprobamos el compromiso de ${p.organizationName}.`,
      p.listed
        ? 'Su organización aparecerá en el directorio público de firmantes en la próxima actualización del sitio. Su página incluye una insignia que puede poner en su sitio web.'
        : 'No aceptó aparecer en el directorio público, así que su organización no aparecerá en él.',
      ...(p.listed ? [{ label: 'Su página en el directorio', href: page }] : []),
      `Cada año le pedimos un breve informe de avance. La renovación vence el ${due}; le enviaremos un recordatorio 30 días antes.`,
    ])
  }
  return compose(`Your Framework pledge is approved (${p.reference})`, [
    `Hello ${p.contactName},`,
    `We have approved the pledge from ${p.organizationName}.`,
    p.listed
      ? 'Your organization will appear in the public list of signatories at the next site update. Its page has a badge you can put on your website.'
      : 'You did not agree to be listed, so your organization will not appear in the public directory.',
    ...(p.listed ? [{ label: 'Your page in the directory', href: page }] : []),
    `Each year we ask for a short progress report. Renewal is due on ${due}; we will send a reminder 30 days before.`,
  ])
}

export function rejectedEmail(p: PledgeFacts & { reason: string }): Email {
  if (p.locale === 'es') {
    return compose(`Sobre su compromiso con el Marco (${p.reference})`, [
      `Hola, ${p.contactName}:`,
      `Revisamos el compromiso de ${p.organizationName} y por ahora no podemos aprobarlo.`,
      `Motivo: ${p.reason || 'no se indicó un motivo.'}`,
      'Puede responder a este correo si tiene preguntas, o volver a firmar cuando esté listo.',
      { label: 'Volver a la página del compromiso', href: sitePage('es', '/pledge/') },
    ])
  }
  return compose(`About your Framework pledge (${p.reference})`, [
    `Hello ${p.contactName},`,
    `We reviewed the pledge from ${p.organizationName} and cannot approve it for now.`,
    `Reason: ${p.reason || 'no reason was given.'}`,
    'Reply to this email with any questions, or sign again when you are ready.',
    { label: 'Back to the pledge page', href: sitePage('en', '/pledge/') },
  ])
}

export function reminderEmail(p: PledgeFacts & { renewalDue: string; token: string; expiresAt: string }): Email {
  const link = sitePage(p.locale, `/pledge/progress/?token=${encodeURIComponent(p.token)}`)
  const due = formatDate(p.renewalDue, p.locale)
  const expires = formatDate(p.expiresAt, p.locale)
  if (p.locale === 'es') {
    return compose(`Es hora de renovar su compromiso con el Marco (${p.reference})`, [
      `Hola, ${p.contactName}:`,
      `El compromiso de ${p.organizationName} vence el ${due}. Para renovarlo, cuéntenos cómo avanzó en cada área con la que se comprometió.`,
      { label: 'Enviar su informe de avance (enlace privado, no lo comparta)', href: link },
      `El enlace sirve para un solo informe y vence el ${expires}. Si no se renueva, su organización saldrá del directorio público.`,
    ])
  }
  return compose(`Time to renew your Framework pledge (${p.reference})`, [
    `Hello ${p.contactName},`,
    `The pledge from ${p.organizationName} is due for renewal on ${due}. To renew, tell us how you progressed in each area you committed to.`,
    { label: 'Send your progress report (private link, do not share)', href: link },
    `The link works for one report and expires on ${expires}. If the pledge is not renewed, your organization leaves the public directory.`,
  ])
}

export function progressReceivedEmail(p: PledgeFacts & { renewalDue: string }): Email {
  const due = formatDate(p.renewalDue, p.locale)
  if (p.locale === 'es') {
    return compose(`Recibimos su informe de avance (${p.reference})`, [
      `Hola, ${p.contactName}:`,
      `Gracias por enviar el informe de avance de ${p.organizationName}. Quedó guardado y su compromiso se renovó hasta el ${due}.`,
      'Le enviaremos un recordatorio 30 días antes de esa fecha.',
      { label: 'Lea el Marco y sus herramientas', href: sitePage('es', '/framework/') },
    ])
  }
  return compose(`We received your progress report (${p.reference})`, [
    `Hello ${p.contactName},`,
    `Thank you for sending the progress report from ${p.organizationName}. It is saved, and your pledge is renewed until ${due}.`,
    'We will send a reminder 30 days before that date.',
    { label: 'Read the Framework and its toolkits', href: sitePage('en', '/framework/') },
  ])
}
