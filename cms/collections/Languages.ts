import { slugs } from '../slugs.ts'
import { taxonomy } from './taxonomy.ts'

export const Languages = taxonomy({
  slug: slugs.languages,
  singular: 'Language',
  plural: 'Languages',
  description: {
    en: 'Languages trainings are taught in and jobs ask for.',
    es: 'Idiomas en los que se imparten las capacitaciones y que piden los empleos.',
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      maxLength: 35,
      validate: (value: string | null | undefined) =>
        !value || /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value) || 'Use a language code such as es, vi or zh-Hant',
      admin: {
        description: {
          en: 'Standard language code (BCP 47), e.g. es for Spanish, vi for Vietnamese, zh-Hant for Traditional Chinese. The site uses it so browsers and screen readers read the text in the right language.',
          es: 'Código estándar del idioma (BCP 47), p. ej., es para español, vi para vietnamita, zh-Hant para chino tradicional. El sitio lo usa para que los navegadores y los lectores de pantalla lean el texto en el idioma correcto.',
        },
      },
    },
  ],
})
