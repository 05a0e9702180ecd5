import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone.ts'
import { isEditor } from '../access/isEditor.ts'
import { slugField } from '../fields/slug.ts'
import { validateHttpUrl } from '../fields/validators.ts'
import { organizationKindOptions } from '../options.ts'
import { slugs } from '../slugs.ts'

export const Organizations: CollectionConfig = {
  slug: slugs.organizations,
  labels: { singular: 'Organization', plural: 'Organizations' },
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'region', 'example', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
    description: 'Employers, training providers and the sources of toolkits.',
  },
  defaultSort: 'name',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, admin: { description: 'Full public name.' } },
    slugField('name'),
    { name: 'kind', type: 'select', required: true, options: organizationKindOptions },
    {
      name: 'website',
      type: 'text',
      validate: validateHttpUrl,
      admin: { description: 'Home page, starting with https://' },
    },
    { name: 'region', type: 'relationship', relationTo: slugs.regions, admin: { description: 'Where it is based.' } },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      admin: { description: 'One or two sentences readers see on listings from this organization.' },
    },
    { name: 'logo', type: 'upload', relationTo: slugs.media },
    {
      name: 'example',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'A fictional organization used only by demo listings.' },
    },
  ],
}
