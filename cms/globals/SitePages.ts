import type { Field, GlobalConfig } from 'payload'
import { hiddenFromNonEditors } from '../access/adminVisibility.ts'
import { isEditor } from '../access/isEditor.ts'
import { publishedOrEditor } from '../access/publishedOrEditor.ts'
import { contractRule } from '../fields/contract.ts'
import { lastEditedByField } from '../fields/audit.ts'
import { phoneField } from '../fields/phone.ts'
import { updateSiteAfterGlobalChange } from '../publishing/hooks.ts'
import { slugs } from '../slugs.ts'
import { sitePages } from '../../content/schema.ts'

const { contact } = sitePages.shape

type Words = { en: string; es: string }

/** The title and body every page has; `what` says which page in the descriptions. */
function pageFields(what: Words): Field[] {
  return [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      label: { en: 'Title', es: 'Título' },
      admin: {
        description: {
          en: `The heading of the ${what.en} page and the name of its link at the foot of every page.`,
          es: `El título de la página de ${what.es} y el nombre de su enlace al pie de cada página.`,
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      label: { en: 'Text', es: 'Texto' },
      admin: {
        description: {
          en: `The ${what.en} page itself. Use headings for its sections. Switch the Locale at the top to Español for the Spanish text.`,
          es: `La página de ${what.es} en sí. Use títulos para sus secciones. Cambie el Idioma arriba a Español para el texto en español.`,
        },
      },
    },
  ]
}

/**
 * The contact, privacy and accessibility pages of the public site (/contact/, /privacy/,
 * /accessibility/), linked from every page's footer. One global with a tab per page, so staff find
 * them together and publish them like the Framework.
 */
export const SitePages: GlobalConfig = {
  slug: slugs.sitePages,
  label: { en: 'Site pages', es: 'Páginas del sitio' },
  admin: {
    group: 'Admin',
    hidden: hiddenFromNonEditors,
    description: {
      en: 'The Contact, Privacy and Accessibility pages of the public site, linked at the foot of every page. Keep the Privacy page true to what the portal collects.',
      es: 'Las páginas de Contacto, Privacidad y Accesibilidad del sitio público, enlazadas al pie de cada página. Mantenga la página de Privacidad fiel a lo que recoge el portal.',
    },
  },
  access: { read: publishedOrEditor, readVersions: isEditor, update: isEditor },
  versions: { drafts: true, max: 50 },
  hooks: { afterChange: [updateSiteAfterGlobalChange] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          name: 'contact',
          label: { en: 'Contact', es: 'Contacto' },
          fields: [
            ...pageFields({ en: 'contact', es: 'contacto' }),
            {
              name: 'email',
              type: 'email',
              required: true,
              label: { en: 'Email', es: 'Correo electrónico' },
              validate: contractRule(contact.shape.email, { required: true }),
              admin: {
                description: {
                  en: 'Where people write to us, e.g. hello@example.org. Shown on the contact page; every "Write to us" leads there.',
                  es: 'Adonde nos escribe la gente, p. ej., hola@ejemplo.org. Aparece en la página de contacto; cada "Escríbanos" lleva allí.',
                },
              },
            },
            phoneField(contact.shape.phone),
            {
              name: 'address',
              type: 'textarea',
              label: { en: 'Mailing address', es: 'Dirección postal' },
              validate: contractRule(contact.shape.address),
              admin: {
                description: {
                  en: 'Optional postal address, one line per line of the envelope.',
                  es: 'Dirección postal opcional, una línea por cada línea del sobre.',
                },
              },
            },
          ],
        },
        { name: 'privacy', label: { en: 'Privacy', es: 'Privacidad' }, fields: pageFields({ en: 'privacy', es: 'privacidad' }) },
        {
          name: 'accessibility',
          label: { en: 'Accessibility', es: 'Accesibilidad' },
          fields: pageFields({ en: 'accessibility', es: 'accesibilidad' }),
        },
      ],
    },
    lastEditedByField,
  ],
}
