/**
 * When a listing was first published: what "new since the last digest" means for email alerts
 * (cms/alerts/). A draft saved on Monday and published on Tuesday is new on Tuesday; later edits
 * and republishing do not make it new again. Set by the CMS only.
 */
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

// Whatever a request sends for the field is replaced: only this hook sets it.
const setFirstPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const first = originalDoc?.firstPublishedAt ?? (data._status === 'published' ? new Date().toISOString() : null)
  return { ...data, firstPublishedAt: first }
}

export function withFirstPublishedAt(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), setFirstPublishedAt] },
    fields: [
      ...collection.fields,
      {
        name: 'firstPublishedAt',
        type: 'date',
        index: true,
        label: { en: 'First published', es: 'Publicado por primera vez' },
        admin: {
          position: 'sidebar',
          readOnly: true,
          date: { pickerAppearance: 'dayAndTime' },
          description: {
            en: 'Set by the CMS the first time this listing is published. Email alerts send listings first published since their last email.',
            es: 'Lo fija el CMS la primera vez que se publica este anuncio. Las alertas por correo envían los anuncios publicados por primera vez desde su último correo.',
          },
        },
      },
    ],
  }
}
