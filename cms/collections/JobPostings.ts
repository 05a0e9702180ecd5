import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug.ts'
import { validateHttpUrl, validateStateCode } from '../fields/validators.ts'
import { employmentTypeOptions, payUnitOptions, workModeOptions } from '../options.ts'
import { slugs } from '../slugs.ts'
import { dayField, exampleField, publishedContentAccess, publishedContentVersions } from './published.ts'

const localizedLine = (description: string) =>
  ({ name: 'text', type: 'text', required: true, localized: true, maxLength: 300, admin: { description } }) as const

export const JobPostings: CollectionConfig = {
  slug: slugs.jobPostings,
  labels: { singular: 'Job posting', plural: 'Job postings' },
  admin: {
    group: 'Listings',
    useAsTitle: 'title',
    defaultColumns: ['title', 'employer', 'location.region', 'workMode', 'closingDate', 'closed', '_status'],
    listSearchableFields: ['title', 'slug', 'summary'],
    description:
      'Open positions. A job drops out of listings, search and feeds after its closing date or when marked closed.',
  },
  defaultSort: '-postedDate',
  access: publishedContentAccess,
  versions: publishedContentVersions,
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: { description: 'The job title as the employer advertises it.' },
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        { name: 'employer', type: 'relationship', relationTo: slugs.organizations, required: true },
        {
          name: 'workerTypes',
          type: 'relationship',
          relationTo: slugs.workerTypes,
          hasMany: true,
          required: true,
          admin: { description: 'Which kinds of worker the role is for.' },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 500,
      admin: { description: 'One or two sentences shown in listings and search results.' },
    },
    { name: 'description', type: 'richText', localized: true, admin: { description: 'The full posting.' } },
    {
      name: 'duties',
      type: 'array',
      admin: { description: 'Main duties, one per row.', initCollapsed: true },
      fields: [localizedLine('One duty, e.g. "Connect patients to food and housing resources".')],
    },
    {
      name: 'requirements',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'degreeRequired',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'Leave unticked when no formal degree is required (readers can filter on it).' },
            },
            { name: 'livedExperienceValued', type: 'checkbox', defaultValue: false },
            {
              name: 'certificationRequired',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'State CHW/THW certification required to start.' },
            },
          ],
        },
        {
          name: 'other',
          type: 'array',
          admin: { description: 'Other requirements, one per row (driver’s license, bilingual…).' },
          fields: [localizedLine('One requirement.')],
        },
      ],
    },
    {
      name: 'languages',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'required', type: 'relationship', relationTo: slugs.languages, hasMany: true },
            { name: 'preferred', type: 'relationship', relationTo: slugs.languages, hasMany: true },
          ],
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', maxLength: 100 },
            { name: 'county', type: 'text', maxLength: 100 },
            {
              name: 'state',
              type: 'text',
              required: true,
              maxLength: 2,
              validate: validateStateCode,
              admin: { description: 'e.g. CA; US for remote anywhere.' },
            },
            {
              name: 'region',
              type: 'relationship',
              relationTo: slugs.regions,
              required: true,
              admin: { description: 'The region readers filter by.' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'workMode', type: 'select', required: true, options: workModeOptions },
        { name: 'employmentType', type: 'select', required: true, options: employmentTypeOptions },
      ],
    },
    {
      name: 'pay',
      type: 'group',
      admin: { description: 'Postings with pay get more applicants; the framework asks employers to publish it.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'min', type: 'number', required: true, min: 0 },
            {
              name: 'max',
              type: 'number',
              min: 0,
              validate: (value: number | null | undefined, { siblingData }: { siblingData: { min?: number } }) =>
                value == null || siblingData?.min == null || value >= siblingData.min || 'Max pay must be at least the min pay.',
            },
            { name: 'unit', type: 'select', required: true, defaultValue: 'hour', options: payUnitOptions },
            {
              name: 'currency',
              type: 'select',
              required: true,
              defaultValue: 'USD',
              options: [{ label: 'US dollars', value: 'USD' }],
            },
          ],
        },
      ],
    },
    { name: 'benefits', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'howToApply',
      type: 'group',
      admin: { description: 'Give a link, an email, or both.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'url', type: 'text', validate: validateHttpUrl, admin: { description: 'Application page.' } },
            { name: 'email', type: 'email' },
          ],
        },
        { name: 'instructions', type: 'textarea', localized: true, maxLength: 1000 },
      ],
    },
    {
      type: 'row',
      fields: [
        dayField('postedDate', 'The day the job was posted.', true),
        dayField('closingDate', 'Last day to apply. The job leaves the site after this day.'),
      ],
    },
    {
      name: 'closed',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Tick when the job is filled or withdrawn before its closing date.' },
    },
    exampleField,
  ],
}
