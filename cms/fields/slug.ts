import type { StaticDescription, TextField } from 'payload'

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
  const sourceName = from === 'title' ? { en: 'title', es: 'título' } : { en: 'name', es: 'nombre' }
  const description: StaticDescription = {
    en: `The short name in this item's public web address, e.g. doula-training-2027: lowercase letters, numbers and hyphens only. Leave it empty and it is made from the ${sourceName.en} when you first save; it does not change when you edit the ${sourceName.en} later. Changing it yourself breaks links people have saved or shared.`,
    es: `El nombre corto en la dirección web pública de este elemento, p. ej., doula-training-2027: solo letras minúsculas, números y guiones. Si lo deja vacío, se crea a partir del ${sourceName.es} al guardar por primera vez, y no cambia si después edita el ${sourceName.es}. Si usted lo cambia, se rompen los enlaces que la gente ya guardó o compartió.`,
  }
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    maxLength: 120,
    admin: { position: 'sidebar', description },
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
