import { slugs } from '../slugs.ts'
import { validateStateCode } from '../fields/validators.ts'
import { taxonomy } from './taxonomy.ts'

export const Regions = taxonomy({
  slug: slugs.regions,
  singular: 'Region',
  plural: 'Regions',
  description: {
    en: 'Counties and areas people filter trainings and jobs by.',
    es: 'Condados y zonas por los que la gente filtra las capacitaciones y los empleos.',
  },
  fields: [
    {
      name: 'state',
      type: 'text',
      required: true,
      maxLength: 2,
      validate: validateStateCode,
      admin: {
        description: {
          en: 'Two-letter state code in capitals, e.g. CA. Use US for the whole country (e.g. remote work open nationwide).',
          es: 'Código del estado de dos letras en mayúsculas, p. ej., CA. Use US para todo el país (p. ej., trabajo remoto abierto en todo el país).',
        },
      },
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
      admin: {
        description: {
          en: 'How big the area is: one county, several counties or a city, a whole state, or the whole country.',
          es: 'Qué tan grande es la zona: County (un condado), Several counties or a city (varios condados o una ciudad), Statewide (todo el estado) o National (todo el país).',
        },
      },
    },
  ],
})
