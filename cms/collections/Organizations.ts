import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone.ts'
import { isEditor } from '../access/isEditor.ts'
import { slugField } from '../fields/slug.ts'
import { validateHttpUrl } from '../fields/validators.ts'
import { organizationKindOptions } from '../options.ts'
import { slugs } from '../slugs.ts'
import { hiddenFromNonEditors } from '../access/adminVisibility.ts'
import { lastEditedByField } from '../fields/audit.ts'

export const Organizations: CollectionConfig = {
  slug: slugs.organizations,
  labels: { singular: 'Organization', plural: 'Organizations' },
  admin: {
    group: 'Directory',
    hidden: hiddenFromNonEditors,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'region', 'example', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
    description: {
      en: 'Employers, training providers and the sources of toolkits.',
      es: 'Empleadores, proveedores de capacitación y las fuentes de los kits de herramientas (toolkits).',
    },
  },
  defaultSort: 'name',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: {
        description: {
          en: 'Full public name, spelled the way the organization spells it, e.g. La Clínica de la Raza. Avoid abbreviations unless that is how people know it.',
          es: 'Nombre público completo, escrito como lo escribe la organización, p. ej., La Clínica de la Raza. Evite las siglas, salvo que así la conozca la gente.',
        },
      },
    },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: organizationKindOptions,
      admin: {
        description: {
          en: 'What kind of organization it is, e.g. Clinic / FQHC or Community-based organization. Choose Other only when nothing else fits.',
          es: 'Qué tipo de organización es, p. ej., Clínica / FQHC (centro de salud calificado federalmente) u Organización comunitaria. Elija Otro solo si ninguna otra opción corresponde.',
        },
      },
    },
    {
      name: 'website',
      type: 'text',
      validate: validateHttpUrl,
      admin: {
        description: {
          en: 'Home page, starting with https://, e.g. https://www.example.org',
          es: 'Página principal, empezando con https://, p. ej., https://www.example.org',
        },
      },
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: slugs.regions,
      admin: {
        description: {
          en: 'Where it is based: the county or area of its main office.',
          es: 'Dónde tiene su sede: el condado o la zona de su oficina principal.',
        },
      },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      admin: {
        description: {
          en: 'One or two sentences readers see on listings from this organization: what it does and whom it serves. Switch the Locale to Español to add the Spanish.',
          es: 'Una o dos oraciones que los lectores ven en los anuncios de esta organización: qué hace y a quién atiende. Cambie el Idioma a Español para escribirlas también en español.',
        },
      },
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: slugs.media,
      admin: {
        description: {
          en: 'Optional logo (PNG, JPG, WebP or SVG). Upload a new file or choose one from Media; describe it as "<Name> logo".',
          es: 'Logotipo opcional (PNG, JPG, WebP o SVG). Suba un archivo nuevo o elija uno de Media; descríbalo como "Logotipo de <Nombre>".',
        },
      },
    },
    {
      name: 'example',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: {
          en: 'Tick only for a fictional organization used by demo listings. Leave unticked for real organizations.',
          es: 'Marque solo si es una organización ficticia que usan los anuncios de demostración. Déjela sin marcar en las organizaciones reales.',
        },
      },
    },
    lastEditedByField,
  ],
}
