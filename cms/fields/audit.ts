/**
 * "Who changed this": every save records the staff member (or the system task) that made it.
 * Kept as readable text rather than a relationship so each version in the history names its
 * author even for staff who may not read other accounts, and even after an account is deleted.
 */
import type { Field, FieldHook } from 'payload'
import { isStaff } from '../access/isStaff.ts'

type Editor = { name?: string | null; email?: string | null }

export function describeEditor(user: Editor | null | undefined, context?: Record<string, unknown>): string {
  if (user?.email) return user.name ? `${user.name} <${user.email}>` : user.email
  const task = typeof context?.systemChange === 'string' ? context.systemChange : 'system'
  return `System (${task})`
}

const recordEditor: FieldHook = ({ req, context }) => describeEditor(req.user as Editor | null, context)

export const lastEditedByField: Field = {
  name: 'lastEditedBy',
  type: 'text',
  access: { read: isStaff },
  hooks: { beforeChange: [recordEditor] },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Who made the last change. Each version under the Versions tab keeps its own.',
      es: 'Quién hizo el último cambio. Cada versión en la pestaña Versiones guarda el suyo.',
    },
  },
  label: { en: 'Last edited by', es: 'Última edición por' },
}
