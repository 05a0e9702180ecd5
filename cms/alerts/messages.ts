/** What alert sign-ups, pages and emails say, in English and Spanish. */
import type { ListingKind, ListingSearch } from '../../content/listingSearch.ts'
import type { Locale } from '../../content/schema.ts'

type Text = Record<Locale, string>

export const frequencies = ['daily', 'weekly'] as const
export type Frequency = (typeof frequencies)[number]

const what: Record<ListingKind, Text> = { jobs: { en: 'jobs', es: 'empleos' }, trainings: { en: 'trainings', es: 'capacitaciones' } }
const often: Record<Frequency, Text> = { daily: { en: 'daily', es: 'diario' }, weekly: { en: 'weekly', es: 'semanal' } }

const filterLabels: Record<string, Text> = {
  q: { en: 'Words', es: 'Palabras' },
  region: { en: 'Region', es: 'Región' },
  state: { en: 'State', es: 'Estado' },
  'worker-type': { en: 'Worker type', es: 'Tipo de trabajador' },
  language: { en: 'Language', es: 'Idioma' },
  'work-mode': { en: 'Work mode', es: 'Modalidad' },
  'employment-type': { en: 'Employment type', es: 'Tipo de empleo' },
  pay: { en: 'Minimum pay per hour', es: 'Pago mínimo por hora' },
  'no-degree': { en: 'No degree required', es: 'Sin título requerido' },
  format: { en: 'Format', es: 'Formato' },
  cost: { en: 'Cost', es: 'Costo' },
  stipend: { en: 'Stipend offered', es: 'Con estipendio' },
  certified: { en: 'Approved for certification', es: 'Aprobada para certificación' },
}

/** "Region: Alameda County; Words: doula" (or "all jobs"). `names` turns slugs into names. */
export function describeSearch(search: ListingSearch, locale: Locale, names: (filter: string, slug: string) => string = (_f, s) => s): string {
  const parts = [
    ...(search.q ? [`${filterLabels.q![locale]}: “${search.q}”`] : []),
    ...Object.entries(search.filters).map(([name, value]) =>
      value === 'yes' ? filterLabels[name]![locale] : `${filterLabels[name]![locale]}: ${names(name, value!)}`,
    ),
  ]
  return parts.length ? parts.join('; ') : locale === 'es' ? `todos los ${what[search.kind].es}` : `all ${what[search.kind].en}`
}

export const alertMessages = {
  backToSite: { en: 'Back to the CHW Portal', es: 'Volver al Portal CHW' },
  checkEmail: {
    title: { en: 'Check your email', es: 'Revise su correo' },
    body: {
      en: 'If the address is right, an email with a confirmation link is on its way. Open it to start your alert; nothing is sent until you confirm. An alert you do not confirm is deleted after 7 days.',
      es: 'Si la dirección es correcta, le enviamos un correo con un enlace de confirmación. Ábralo para activar su alerta; no enviaremos nada hasta que confirme. Una alerta sin confirmar se borra a los 7 días.',
    },
  },
  confirmPrompt: {
    title: { en: 'Confirm your email alert', es: 'Confirme su alerta por correo' },
    button: { en: 'Confirm my alert', es: 'Confirmar mi alerta' },
  },
  confirmed: {
    title: { en: 'Your alert is on', es: 'Su alerta está activada' },
    body: (frequency: Frequency, kind: ListingKind): Text => ({
      en: `You will get a ${often[frequency].en} email when there are new ${what[kind].en} matching your search. Every email has a link to change or delete the alert.`,
      es: `Recibirá un correo ${often[frequency].es} cuando haya ${what[kind].es} nuevos que coincidan con su búsqueda. Cada correo tiene un enlace para cambiar o borrar la alerta.`,
    }),
  },
  manage: {
    title: { en: 'Your email alert', es: 'Su alerta por correo' },
    search: { en: 'Search', es: 'Búsqueda' },
    what: (kind: ListingKind): Text => ({ en: `New ${what[kind].en}`, es: `${what[kind].es[0]!.toUpperCase()}${what[kind].es.slice(1)} nuevos` }),
    frequency: { en: 'How often', es: 'Con qué frecuencia' },
    save: { en: 'Save', es: 'Guardar' },
    saved: { en: 'Saved. Your alert now comes as chosen.', es: 'Guardado. Su alerta llegará como la eligió.' },
    changeSearch: {
      en: 'To change the search, open the listing with these filters, adjust them and sign up again; then delete this alert.',
      es: 'Para cambiar la búsqueda, abra el listado con estos filtros, ajústelos y vuelva a suscribirse; luego borre esta alerta.',
    },
    openListing: { en: 'Open the listing with these filters', es: 'Abrir el listado con estos filtros' },
    delete: { en: 'Delete this alert', es: 'Borrar esta alerta' },
  },
  frequencyLabels: { daily: { en: 'Daily', es: 'Diario' }, weekly: { en: 'Weekly', es: 'Semanal' } } satisfies Record<Frequency, Text>,
  unsubscribePrompt: {
    title: { en: 'Stop this email alert?', es: '¿Dejar de recibir esta alerta?' },
    button: { en: 'Unsubscribe', es: 'Cancelar la suscripción' },
  },
  unsubscribed: {
    title: { en: 'You are unsubscribed', es: 'Se canceló su suscripción' },
    body: {
      en: 'This alert is deleted, with your email address. You will get no more emails from it.',
      es: 'Esta alerta se borró, junto con su correo electrónico. No recibirá más correos de ella.',
    },
  },
  invalidLink: {
    title: { en: 'This link does not work', es: 'Este enlace no funciona' },
    body: {
      en: 'The alert was deleted, or the link is incomplete or older than 7 days. Sign up again from a jobs or trainings listing.',
      es: 'La alerta se borró, o el enlace está incompleto o tiene más de 7 días. Vuelva a suscribirse desde un listado de empleos o capacitaciones.',
    },
  },
  badInput: { title: { en: 'Please check the form', es: 'Revise el formulario' } },
  email: { en: 'Enter an email address such as name@example.org.', es: 'Escriba un correo electrónico como nombre@ejemplo.org.' },
  kind: { en: 'Choose jobs or trainings.', es: 'Elija empleos o capacitaciones.' },
  frequency: { en: 'Choose daily or weekly.', es: 'Elija diario o semanal.' },
  locale: { en: 'Choose English or Spanish.', es: 'Elija inglés o español.' },
  rateLimited: {
    title: { en: 'Too many sign-ups', es: 'Demasiadas suscripciones' },
    body: (seconds: number): Text => ({
      en: `Too many alert sign-ups from your network or for this address. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
      es: `Demasiadas suscripciones desde su red o para esta dirección. Inténtelo de nuevo en ${Math.ceil(seconds / 60)} minuto(s).`,
    }),
  },
  unreadable: {
    en: 'The form sent something the CMS cannot read. Send it again from the listing page.',
    es: 'El formulario envió algo que el CMS no puede leer. Vuelva a enviarlo desde la página del listado.',
  },
}

export const alertEmails = {
  confirm: {
    subject: (kind: ListingKind): Text => ({
      en: `Confirm your CHW Portal ${what[kind].en} alert`,
      es: `Confirme su alerta de ${what[kind].es} del Portal CHW`,
    }),
    text: (p: { kind: ListingKind; frequency: Frequency; search: string; link: string }): Text => ({
      en: `Hello,\n\nSomeone, we hope you, asked the CHW Portal for a ${often[p.frequency].en} email about new ${what[p.kind].en} matching: ${p.search}.\n\nTo start the alert, open this link and confirm:\n${p.link}\n\nIf this was not you, ignore this email: nothing more will be sent, and the request is deleted in 7 days.\n\nCHW Portal`,
      es: `Hola:\n\nAlguien, esperamos que usted, pidió al Portal CHW un correo ${often[p.frequency].es} sobre ${what[p.kind].es} nuevos que coincidan con: ${p.search}.\n\nPara activar la alerta, abra este enlace y confirme:\n${p.link}\n\nSi no fue usted, ignore este correo: no enviaremos nada más y la solicitud se borra en 7 días.\n\nPortal CHW`,
    }),
  },
  digest: {
    subject: (kind: ListingKind, n: number): Text => ({
      en: n === 1 ? `1 new ${kind === 'jobs' ? 'job' : 'training'} matching your alert` : `${n} new ${what[kind].en} matching your alert`,
      es:
        n === 1
          ? `1 ${kind === 'jobs' ? 'empleo nuevo' : 'capacitación nueva'} para su alerta`
          : `${n} ${kind === 'jobs' ? 'empleos nuevos' : 'capacitaciones nuevas'} para su alerta`,
    }),
    intro: (search: string): Text => ({
      en: `New since our last email, matching: ${search}.`,
      es: `Nuevos desde nuestro último correo, que coinciden con: ${search}.`,
    }),
    more: { en: 'See everything that matches on the site:', es: 'Vea todo lo que coincide en el sitio:' },
    manage: { en: 'Change or delete this alert:', es: 'Cambiar o borrar esta alerta:' },
    unsubscribe: { en: 'Unsubscribe in one click:', es: 'Cancelar la suscripción con un clic:' },
  },
}
