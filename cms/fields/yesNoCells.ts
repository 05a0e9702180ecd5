/** Every checkbox field's list column shows Yes / No in the admin's language (cms/components/YesNoCell.tsx). */
import type { CollectionConfig, Field } from 'payload'

const yesNoCell = '/components/YesNoCell.tsx#YesNoCell'

function withCell(field: Field): Field {
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withCell) })) }
  if ('fields' in field && field.type !== 'array') return { ...field, fields: field.fields.map(withCell) } as Field
  if (field.type !== 'checkbox' || field.admin?.components?.Cell) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: yesNoCell } } }
}

export function withYesNoCells(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(withCell) }
}
