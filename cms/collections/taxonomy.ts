import type { CollectionConfig, Field, StaticDescription } from 'payload'
import { anyone } from '../access/anyone.ts'
import { isEditor } from '../access/isEditor.ts'
import { slugField } from '../fields/slug.ts'
import { hiddenFromNonEditors } from '../access/adminVisibility.ts'

type TaxonomyOptions = {
  slug: string
  singular: string
  plural: string
  /** Shown at the top of the list in the admin, `{ en, es }`. */
  description: StaticDescription
  fields?: Field[]
}

/** A staff-editable list of terms (worker types, regions, languages, core roles) used as filters. */
export function taxonomy({ slug, singular, plural, description, fields = [] }: TaxonomyOptions): CollectionConfig {
  return {
    slug,
    labels: { singular, plural },
    admin: {
      group: 'Taxonomies',
      hidden: hiddenFromNonEditors,
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
        admin: {
          description: {
            en: 'The name as readers see it in filters and on listings, e.g. Sonoma County or Patient navigator. Switch the Locale at the top to Español to give the Spanish name too.',
            es: 'El nombre tal como lo ven los lectores en los filtros y en los anuncios, p. ej., Condado de Sonoma o Navegador(a) de pacientes. Cambie el Idioma arriba a Español para escribir también el nombre en español.',
          },
        },
      },
      slugField('name'),
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 500,
        admin: {
          description: {
            en: 'Optional: one sentence that explains the term, shown next to the filter, e.g. "Trained community members who share health information in their own language."',
            es: 'Opcional: una oración que explica el término y que aparece junto al filtro, p. ej., "Miembros de la comunidad capacitados que comparten información de salud en su propio idioma".',
          },
        },
      },
      {
        name: 'order',
        type: 'number',
        required: true,
        defaultValue: 0,
        min: 0,
        admin: {
          position: 'sidebar',
          step: 1,
          description: {
            en: 'Position in lists and filters: lower numbers come first, e.g. 0 for the first term, 1 for the next. Whole numbers only.',
            es: 'Posición en las listas y los filtros: los números más bajos van primero, p. ej., 0 para el primer término, 1 para el siguiente. Solo números enteros.',
          },
        },
      },
      ...fields,
    ],
  }
}
