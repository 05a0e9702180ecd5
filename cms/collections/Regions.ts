import { slugs } from '../slugs.ts'
import { validateStateCode } from '../fields/validators.ts'
import { taxonomy } from './taxonomy.ts'

export const Regions = taxonomy({
  slug: slugs.regions,
  singular: 'Region',
  plural: 'Regions',
  description: 'Counties and areas people filter trainings and jobs by.',
  fields: [
    {
      name: 'state',
      type: 'text',
      required: true,
      maxLength: 2,
      validate: validateStateCode,
      admin: { description: 'Two-letter code, e.g. CA. Use US for nationwide remote work.' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'county',
      options: [
        { label: 'County', value: 'county' },
        { label: 'Several counties or a city', value: 'multi-county' },
        { label: 'Statewide', value: 'statewide' },
        { label: 'National', value: 'national' },
      ],
    },
  ],
})
