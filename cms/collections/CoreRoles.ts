import { slugs } from '../slugs.ts'
import { taxonomy } from './taxonomy.ts'

export const CoreRoles = taxonomy({
  slug: slugs.coreRoles,
  singular: 'Core role',
  plural: 'Core roles',
  description: {
    en: 'The C3 Project roles a training covers (outreach, care coordination, advocacy…).',
    es: 'Los roles del Proyecto C3 que cubre una capacitación (alcance comunitario, coordinación de la atención, abogacía…).',
  },
})
