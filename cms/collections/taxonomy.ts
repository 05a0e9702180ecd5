import type { CollectionConfig, Field } from 'payload'
import { anyone } from '../access/anyone.ts'
import { isEditor } from '../access/isEditor.ts'
import { slugField } from '../fields/slug.ts'

type TaxonomyOptions = {
  slug: string
  singular: string
  plural: string
  description: string
  fields?: Field[]
}

/** A staff-editable list of terms (worker types, regions, languages, core roles) used as filters. */
export function taxonomy({ slug, singular, plural, description, fields = [] }: TaxonomyOptions): CollectionConfig {
  return {
    slug,
    labels: { singular, plural },
    admin: {
      group: 'Taxonomies',
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'order', ...fields.flatMap((f) => ('name' in f ? [f.name] : []))],
      listSearchableFields: ['name', 'slug'],
      description,
    },
    defaultSort: 'order',
    access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        localized: true,
        maxLength: 120,
        admin: { description: 'As readers see it in filters and on listings. Give the Spanish name too.' },
      },
      slugField('name'),
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 500,
        admin: { description: 'Optional one-sentence explanation shown next to the filter.' },
      },
      {
        name: 'order',
        type: 'number',
        required: true,
        defaultValue: 0,
        min: 0,
        admin: { position: 'sidebar', step: 1, description: 'Position in lists and filters; lower comes first.' },
      },
      ...fields,
    ],
  }
}
