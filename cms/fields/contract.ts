/**
 * Payload field validators that apply a rule of the contract (content/schema.ts): the CMS saves
 * exactly what the site's form and the pledge endpoint accept, and refuses the rest with the
 * contract's own message.
 */
import type { z } from 'zod'

export function contractRule(schema: z.ZodType, { required = false }: { required?: boolean } = {}) {
  return (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') return required ? 'This field is required.' : true
    const result = schema.safeParse(value)
    if (result.success) return true
    const message = result.error.issues[0]?.message ?? 'invalid value'
    return message.charAt(0).toUpperCase() + message.slice(1)
  }
}
