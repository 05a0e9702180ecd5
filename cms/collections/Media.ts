import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone.ts'
import { isEditor } from '../access/isEditor.ts'
import { mediaDir } from '../env.ts'
import { slugs } from '../slugs.ts'
import { hiddenFromNonEditors } from '../access/adminVisibility.ts'

export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { singular: 'Media file', plural: 'Media' },
  admin: { group: 'Directory', hidden: hiddenFromNonEditors, defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/pdf'],
    // Small renditions for listings and cards; the original is kept for download.
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, fit: 'inside', withoutEnlargement: true },
      { name: 'card', width: 640, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: {
        description: {
          en: 'What the image shows, for people who cannot see it (screen readers read it aloud), e.g. "A promotora talks with a family at a health fair". For a logo: "<Name> logo". For a PDF: its title.',
          es: 'Lo que muestra la imagen, para las personas que no pueden verla (los lectores de pantalla lo leen en voz alta), p. ej., "Una promotora habla con una familia en una feria de salud". Para un logotipo: "Logotipo de <Nombre>". Para un PDF: su título.',
        },
      },
    },
  ],
}
