import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug.ts'
import { validateHttpUrl } from '../fields/validators.ts'
import { audienceOptions, frameworkAreaOptions, nycDomainOptions } from '../options.ts'
import { slugs } from '../slugs.ts'
import { publishedContentAccess, publishedContentVersions } from './published.ts'

export const Toolkits: CollectionConfig = {
  slug: slugs.toolkits,
  labels: { singular: 'Toolkit', plural: 'Toolkits' },
  admin: {
    group: 'Best practices',
    useAsTitle: 'title',
    defaultColumns: ['title', 'frameworkAreas', 'audiences', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
    description: 'Best-practice guides and checklists, tagged by framework area so employers find what they need.',
  },
  defaultSort: 'title',
  access: publishedContentAccess,
  versions: publishedContentVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 600,
      admin: { description: 'What the toolkit helps with, in one or two sentences.' },
    },
    { name: 'body', type: 'richText', required: true, localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'frameworkAreas',
          type: 'select',
          hasMany: true,
          options: frameworkAreaOptions,
          admin: { description: 'Framework areas it helps with; employers see it next to those areas.' },
        },
        { name: 'audiences', type: 'select', hasMany: true, required: true, options: audienceOptions },
        {
          name: 'topics',
          type: 'select',
          hasMany: true,
          options: nycDomainOptions,
          admin: { description: "The NYC Consortium's nine domains." },
        },
      ],
    },
    {
      name: 'checklists',
      type: 'array',
      admin: { description: 'Step-by-step lists readers can print and tick off.', initCollapsed: true },
      fields: [
        {
          name: 'slug',
          type: 'text',
          required: true,
          maxLength: 80,
          admin: { description: 'Short id used in the page address, e.g. engaging-program-partners.' },
        },
        { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
        {
          name: 'items',
          type: 'array',
          minRows: 1,
          fields: [{ name: 'text', type: 'textarea', required: true, localized: true, maxLength: 600 }],
        },
      ],
    },
    {
      name: 'source',
      type: 'group',
      admin: { description: 'Credit the organization whose work this summarises, and link the original.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organization', type: 'relationship', relationTo: slugs.organizations, required: true },
            { name: 'title', type: 'text', required: true, maxLength: 300, admin: { description: 'Title of the original document.' } },
            { name: 'url', type: 'text', validate: validateHttpUrl },
          ],
        },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      admin: { description: 'Printable forms or templates (PDF, images).' },
    },
  ],
}
