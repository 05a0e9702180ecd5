import type { TextField } from 'payload'

/** "Promotor(a) de Salud – Condado de Sonoma" → "promotor-a-de-salud-condado-de-sonoma" */
export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The public, stable identifier used in URLs and in `content/`. Made from `from` (in the locale of
 * the first save) when left empty, and never regenerated afterwards: a title edit must not break
 * links people have shared.
 */
export function slugField(from: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    maxLength: 120,
    admin: {
      position: 'sidebar',
      description:
        'Part of the public address (/jobs/<slug>/). Filled in from the title when left empty. Changing it breaks links people have saved.',
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim()) return value.trim()
          if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
          const source = data?.[from] ?? originalDoc?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: string | null | undefined) => {
      if (!value) return 'A slug is needed: fill in the title, or type a slug.'
      return slugPattern.test(value) || 'Use lowercase letters, digits and single hyphens, e.g. doula-training-2027.'
    },
  }
}
