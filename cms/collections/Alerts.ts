/**
 * Email alerts: a reader's saved search of jobs or trainings (cms/alerts/). Only the address, the
 * search and what the CMS needs to send it are stored. Nobody reads or lists alerts through the
 * API or the admin, staff included: admins see how many there are (GET /api/alerts/count, shown on
 * the dashboard), never the addresses. Readers sign up, confirm, change and delete through the
 * endpoints below, with the links their emails carry.
 */
import type { CollectionConfig, Field } from 'payload'
import { nobody } from '../access/nobody.ts'
import { alertEndpoints } from '../alerts/endpoints.ts'
import { frequencies } from '../alerts/messages.ts'
import { listingKinds } from '../../content/listingSearch.ts'
import { slugs } from '../slugs.ts'

export const Alerts: CollectionConfig = {
  slug: slugs.alerts,
  labels: { singular: { en: 'Email alert', es: 'Alerta por correo' }, plural: { en: 'Email alerts', es: 'Alertas por correo' } },
  admin: { hidden: true },
  graphQL: false,
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  // Custom endpoints come before Payload's own, so this POST replaces the generic create.
  endpoints: alertEndpoints,
  // Written only by the CMS (sign-up, confirmation, digests); nobody edits an alert in the admin.
  fields: (
    [
      { name: 'email', type: 'email', required: true, index: true },
      { name: 'locale', type: 'select', options: ['en', 'es'], required: true, defaultValue: 'en' },
      { name: 'kind', type: 'select', options: [...listingKinds], required: true },
      /** The search as query parameters in a stable order (content/listingSearch.ts). */
      { name: 'search', type: 'text', maxLength: 2000 },
      { name: 'frequency', type: 'select', options: [...frequencies], required: true, defaultValue: 'weekly' },
      { name: 'confirmedAt', type: 'date', index: true },
      { name: 'confirmTokenHash', type: 'text', index: true },
      { name: 'manageSeed', type: 'text' },
      { name: 'manageTokenHash', type: 'text', index: true },
      /** The end of the period the last digest covered: the next one starts there. */
      { name: 'lastSentAt', type: 'date', index: true },
    ] satisfies Field[]
  ).map((field) => ({ ...field, admin: { readOnly: true } })),
}
