/**
 * A translation may be partial. A required text that is localized must be written in English (the
 * default locale); in Spanish it may stay empty, and readers then see the English text (the site
 * marks it `lang="en"`). Payload checks `required` in every locale, so publishing a Spanish
 * version with one duty still untranslated was refused ("Duties 1 → Text"). Every such field
 * gets a validate that skips the required check for an empty value outside English and otherwise
 * runs Payload's own validation for its type; the empty value is stored as no value (null), so
 * every reader falls back to English rather than showing an empty text.
 */
import type { CollectionConfig, Field, FieldHook, GlobalConfig, Validate } from 'payload'
import { richText, text, textarea } from 'payload/shared'

const defaultLocale = 'en'
const builtIn: Partial<Record<Field['type'], Validate>> = { text: text as Validate, textarea: textarea as Validate, richText: richText as Validate }

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** No words, and nothing but empty paragraphs: what a cleared rich-text editor saves. */
function isEmptyRichText(node: LexicalNode): boolean {
  if (node.type === 'text') return !node.text?.trim()
  if (node.type && !['root', 'paragraph', 'linebreak'].includes(node.type)) return false
  return (node.children ?? []).every(isEmptyRichText)
}

function isUntranslated(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  const root = (value as { root?: LexicalNode }).root
  return root !== undefined && isEmptyRichText(root)
}

function allowUntranslated(field: Field): Field {
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(allowUntranslated) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(allowUntranslated) })) }
  if ('fields' in field) return { ...field, fields: field.fields.map(allowUntranslated) } as Field
  if (!('localized' in field && field.localized && 'required' in field && field.required)) return field
  const validate = (('validate' in field && field.validate) || builtIn[field.type]) as Validate | undefined
  if (!validate) return field
  const outsideEnglish = (locale: unknown) => typeof locale === 'string' && locale !== defaultLocale
  const untranslatedAllowed: Validate = (value, options) => (outsideEnglish(options.req?.locale) && isUntranslated(value) ? true : validate(value, options))
  const storedAsNoValue: FieldHook = ({ value, req }) => (outsideEnglish(req.locale) && isUntranslated(value) ? null : value)
  const hooks = field.hooks ?? {}
  return { ...field, validate: untranslatedAllowed, hooks: { ...hooks, beforeChange: [storedAsNoValue, ...(hooks.beforeChange ?? [])] } } as Field
}

export function withPartialTranslations<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, fields: config.fields.map(allowUntranslated) }
}
