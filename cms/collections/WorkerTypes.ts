import { slugs } from '../slugs.ts'
import { taxonomy } from './taxonomy.ts'

export const WorkerTypes = taxonomy({
  slug: slugs.workerTypes,
  singular: 'Worker type',
  plural: 'Worker types',
  description: 'The CHW family: community health workers, promotores, peers, doulas, navigators and others.',
  fields: [
    {
      name: 'oregonThw',
      type: 'checkbox',
      label: 'Oregon THW type',
      defaultValue: false,
      admin: { description: "One of Oregon's Traditional Health Worker types certified by the THW Commission." },
    },
  ],
})
