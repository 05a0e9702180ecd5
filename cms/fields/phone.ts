/** An optional phone number, checked by the contract's rule for it (the pledge's contact, the site's contact page). */
import type { TextField } from 'payload'
import type { z } from 'zod'
import { contractRule } from './contract.ts'

export function phoneField(rule: z.ZodType): TextField {
  return {
    name: 'phone',
    type: 'text',
    label: { en: 'Phone', es: 'Teléfono' },
    validate: contractRule(rule),
    admin: {
      description: {
        en: 'Optional phone number, with area code, e.g. (707) 555-0123.',
        es: 'Teléfono opcional, con código de área, p. ej., (707) 555-0123.',
      },
    },
  }
}
