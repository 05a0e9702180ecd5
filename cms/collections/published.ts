/**
 * What trainings, jobs and toolkits share: drafts with versions, who may do what, and the admin's
 * list and Preview button. Each collection adds its own slug, labels, fields and hooks.
 */
import type { CollectionConfig, DateField, StaticDescription } from 'payload'
import { hiddenFromNonEditors } from '../access/adminVisibility.ts'
import { isEditor } from '../access/isEditor.ts'
import { publishedOrEditor } from '../access/publishedOrEditor.ts'
import { previewButton } from '../preview/adminPreview.ts'
import type { PreviewCollection } from '../preview/kinds.ts'

type PublishedCollectionConfig = Omit<CollectionConfig, 'access' | 'versions'> & { slug: PreviewCollection }

export function publishedCollection({ slug, admin, ...config }: PublishedCollectionConfig): CollectionConfig {
  return {
    slug,
    ...config,
    admin: {
      hidden: hiddenFromNonEditors,
      // Preview the latest draft on the site, unpublished (cms/preview/).
      preview: previewButton(slug),
      useAsTitle: 'title',
      listSearchableFields: ['title', 'slug', 'summary'],
      ...admin,
    },
    access: { read: publishedOrEditor, readVersions: isEditor, create: isEditor, update: isEditor, delete: isEditor },
    // Drafts, up to 50 versions per document (each restorable), and publish or unpublish on a date.
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  }
}

/** A calendar day. Stored at noon UTC so it is the same day in every U.S. time zone. */
export function dayField(name: string, description: StaticDescription, required = false): DateField {
  return {
    name,
    type: 'date',
    required,
    admin: { description, date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
  }
}

/** Marks fictional demo listings so the site can say they are examples. */
export const exampleField = {
  name: 'example',
  type: 'checkbox',
  defaultValue: false,
  admin: {
    position: 'sidebar',
    description: {
      en: 'Tick only for a fictional demo listing: the site labels it as an example. Leave unticked for real listings.',
      es: 'Marque solo si es un anuncio ficticio de demostración: el sitio lo muestra como ejemplo. Déjela sin marcar en los anuncios reales.',
    },
  },
} as const
