import { slugs } from '../slugs.ts'
import { taxonomy } from './taxonomy.ts'

export const WorkerTypes = taxonomy({
  slug: slugs.workerTypes,
  singular: 'Worker type',
  plural: 'Worker types',
  description: {
    en: 'The CHW family: community health workers, promotores, peers, doulas, navigators and others.',
    es: 'La familia de los CHW: trabajadores comunitarios de salud, promotores de salud, pares (peers), doulas, navegadores de pacientes y otros.',
  },
  fields: [
    {
      name: 'oregonThw',
      type: 'checkbox',
      label: { en: 'Oregon THW type', es: 'Tipo de THW de Oregón' },
      defaultValue: false,
      admin: {
        description: {
          en: "Tick if this is one of Oregon's Traditional Health Worker (THW) types certified by the THW Commission, e.g. community health worker, peer support specialist or birth doula.",
          es: 'Marque la casilla si es uno de los tipos de Trabajador Tradicional de Salud (THW) de Oregón certificados por la Comisión de THW, p. ej., trabajador comunitario de salud, especialista de apoyo entre pares o doula de parto.',
        },
      },
    },
  ],
})
