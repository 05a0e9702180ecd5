import type { GlobalConfig } from 'payload'
import { hiddenFromNonEditors } from '../access/adminVisibility.ts'
import { isEditor } from '../access/isEditor.ts'
import { nobody } from '../access/nobody.ts'
import { slugs } from '../slugs.ts'

/**
 * Whether the public site caught up with the last change, written by cms/publishing/siteUpdate.ts
 * and shown to staff at the top of every admin page (cms/components/SiteStatusBanner.tsx).
 */
export const SiteStatus: GlobalConfig = {
  slug: slugs.siteStatus,
  label: { en: 'Site status', es: 'Estado del sitio' },
  admin: {
    group: 'Admin',
    hidden: hiddenFromNonEditors,
    description: {
      en: 'Whether the public site was updated after the last change. Written by the CMS; nobody edits it.',
      es: 'Si el sitio público se actualizó después del último cambio. Lo escribe el CMS; nadie lo edita.',
    },
  },
  // Content staff act on it; reviewers have no use for it.
  access: { read: isEditor, update: nobody },
  // Written by the CMS only: every field is read-only in the admin.
  fields: [
    {
      name: 'state',
      type: 'select',
      options: [
        { label: { en: 'Up to date', es: 'Al día' }, value: 'ok' },
        { label: { en: 'Update failed', es: 'La actualización falló' }, value: 'failed' },
      ],
      label: { en: 'State', es: 'Estado' },
      admin: { readOnly: true },
    },
    {
      name: 'problem',
      type: 'textarea',
      label: { en: 'What stopped the update', es: 'Qué detuvo la actualización' },
      admin: { readOnly: true, condition: (data) => data?.state === 'failed' },
    },
    { name: 'trigger', type: 'text', label: { en: 'After', es: 'Después de' }, admin: { readOnly: true } },
    {
      name: 'lastAttemptAt',
      type: 'date',
      label: { en: 'Last attempt', es: 'Último intento' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastSuccessAt',
      type: 'date',
      label: { en: 'Last success', es: 'Último éxito' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
