import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug.ts'
import { validateHttpUrl, validateStateCode } from '../fields/validators.ts'
import { costTypeOptions, trainingFormatOptions, trainingPaceOptions } from '../options.ts'
import { slugs } from '../slugs.ts'
import { dayField, exampleField, publishedContentAccess, publishedContentVersions } from './published.ts'

export const TrainingPrograms: CollectionConfig = {
  slug: slugs.trainingPrograms,
  labels: { singular: 'Training program', plural: 'Training programs' },
  admin: {
    group: 'Listings',
    useAsTitle: 'title',
    defaultColumns: ['title', 'provider', 'format', 'cost.type', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
    description: 'Courses and certification programs for CHWs, promotores, peers, doulas and navigators.',
  },
  defaultSort: '-updatedAt',
  access: publishedContentAccess,
  versions: publishedContentVersions,
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: { description: 'The program name as the provider uses it.' },
    },
    slugField('title'),
    {
      name: 'provider',
      type: 'relationship',
      relationTo: slugs.organizations,
      required: true,
      admin: { description: 'Who runs the training.' },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 500,
      admin: { description: 'One or two sentences shown in listings and search results.' },
    },
    { name: 'description', type: 'richText', localized: true, admin: { description: 'The full description.' } },
    {
      type: 'row',
      fields: [
        {
          name: 'workerTypes',
          type: 'relationship',
          relationTo: slugs.workerTypes,
          hasMany: true,
          required: true,
          admin: { description: 'Who the training is for.' },
        },
        {
          name: 'coreRoles',
          type: 'relationship',
          relationTo: slugs.coreRoles,
          hasMany: true,
          admin: { description: 'C3 core roles and skills it covers.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'format', type: 'select', required: true, options: trainingFormatOptions },
        { name: 'pace', type: 'select', required: true, options: trainingPaceOptions },
        {
          name: 'hours',
          type: 'number',
          min: 0,
          admin: { description: 'Total hours of instruction, if known.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'languages',
          type: 'relationship',
          relationTo: slugs.languages,
          hasMany: true,
          required: true,
          admin: { description: 'Languages it is taught in.' },
        },
        {
          name: 'regions',
          type: 'relationship',
          relationTo: slugs.regions,
          hasMany: true,
          required: true,
          admin: { description: 'Where it is offered; for online programs, who may enroll.' },
        },
      ],
    },
    {
      name: 'cost',
      type: 'group',
      admin: { description: 'What a participant pays.' },
      fields: [
        { name: 'type', type: 'select', required: true, defaultValue: 'free', options: costTypeOptions },
        {
          name: 'amount',
          type: 'number',
          min: 0,
          admin: { description: 'US dollars for the whole program.', condition: (_, sibling) => sibling?.type === 'paid' },
        },
        {
          name: 'stipendOffered',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'Participants are paid to attend.' },
        },
        {
          name: 'note',
          type: 'textarea',
          localized: true,
          maxLength: 500,
          admin: { description: 'Scholarships, employer sponsorship, payment plans…' },
        },
      ],
    },
    {
      name: 'certification',
      type: 'group',
      admin: { description: 'Whether completing it counts toward state CHW certification.' },
      fields: [
        { name: 'approved', type: 'checkbox', defaultValue: false, label: 'Approved for state certification' },
        { name: 'state', type: 'text', maxLength: 2, validate: validateStateCode, admin: { description: 'e.g. OR' } },
        { name: 'body', type: 'text', maxLength: 200, admin: { description: 'The approving body.' } },
      ],
    },
    {
      name: 'sessions',
      type: 'array',
      admin: {
        description: 'Upcoming and past sessions (cohorts). Leave empty for self-paced programs that start any time.',
        initCollapsed: true,
      },
      fields: [
        {
          type: 'row',
          fields: [
            dayField('startDate', 'First day.', true),
            dayField('endDate', 'Last day.'),
            dayField('applicationDeadline', 'Last day to apply.'),
          ],
        },
        {
          name: 'schedule',
          type: 'text',
          localized: true,
          maxLength: 200,
          admin: { description: 'e.g. Tuesdays and Thursdays, 6–8 pm' },
        },
      ],
    },
    {
      name: 'registrationUrl',
      type: 'text',
      required: true,
      validate: validateHttpUrl,
      admin: { description: 'Where people register or apply.' },
    },
    {
      name: 'contact',
      type: 'group',
      admin: { description: 'Public contact for questions about the program.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 120 },
            { name: 'email', type: 'email' },
            { name: 'phone', type: 'text', maxLength: 40 },
          ],
        },
      ],
    },
    exampleField,
  ],
}
