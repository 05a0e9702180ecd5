import { slugs } from '../slugs.ts'
import { taxonomy } from './taxonomy.ts'

export const Languages = taxonomy({
  slug: slugs.languages,
  singular: 'Language',
  plural: 'Languages',
  description: 'Languages trainings are taught in and jobs ask for.',
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      maxLength: 35,
      validate: (value: string | null | undefined) =>
        !value || /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value) || 'Use a language code such as es, vi or zh-Hant',
      admin: { description: 'Language code (BCP 47), e.g. es. Used for the lang attribute on the site.' },
    },
  ],
})
