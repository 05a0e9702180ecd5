import { slugField } from '../fields/slug.ts'
import { sourceDocumentsField, sourceField } from '../fields/source.ts'
import { audienceOptions, frameworkAreaOptions, nycDomainOptions } from '../options.ts'
import { slugs } from '../slugs.ts'
import { publishedCollection } from './published.ts'
import { lastEditedByField } from '../fields/audit.ts'

export const Toolkits = publishedCollection({
  slug: slugs.toolkits,
  labels: { singular: 'Toolkit', plural: 'Toolkits' },
  admin: {
    group: 'Best practices',
    defaultColumns: ['title', 'frameworkAreas', 'audiences', '_status', 'updatedAt'],
    description: {
      en: 'Best-practice guides and checklists, tagged by framework area so employers find what they need.',
      es: 'Guías de buenas prácticas y listas de verificación, etiquetadas por área del Marco para que los empleadores encuentren lo que necesitan.',
    },
  },
  defaultSort: 'title',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: {
        description: {
          en: "The toolkit's name as readers see it, e.g. Supervising CHWs. Switch the Locale at the top to Español to add the Spanish name.",
          es: 'El nombre del kit de herramientas tal como lo ven los lectores, p. ej., Supervisión de CHW. Cambie el Idioma arriba a Español para escribir el nombre en español.',
        },
      },
    },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 600,
      admin: {
        description: {
          en: 'What the toolkit helps with, in one or two sentences. Shown in listings and search results.',
          es: 'En qué ayuda el kit de herramientas, en una o dos oraciones. Aparece en los listados y en los resultados de búsqueda.',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      admin: {
        description: {
          en: 'The guide itself, in our own words: headings, steps and tips. Credit the originals under Sources.',
          es: 'La guía en sí, en nuestras propias palabras: títulos, pasos y consejos. Dé crédito a los originales en Sources.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'frameworkAreas',
          type: 'select',
          hasMany: true,
          options: frameworkAreaOptions,
          admin: {
            description: {
              en: 'Framework areas it helps with, e.g. Hiring; employers see it next to those areas.',
              es: 'Áreas del Marco en las que ayuda, p. ej., Hiring (contratación); los empleadores lo ven junto a esas áreas.',
            },
          },
        },
        {
          name: 'audiences',
          type: 'select',
          hasMany: true,
          required: true,
          options: audienceOptions,
          admin: {
            description: {
              en: 'Who it is for: employers, CHWs and peers, health plans, trainers. Pick all that apply.',
              es: 'Para quién es: Employers (empleadores), CHWs and peers (CHW y pares), Health plans (planes de salud), Trainers (capacitadores). Elija todos los que correspondan.',
            },
          },
        },
        {
          name: 'topics',
          type: 'select',
          hasMany: true,
          options: nycDomainOptions,
          admin: {
            description: {
              en: "Topics from the NYC Peer and Community Health Worker Workforce Consortium's nine domains, e.g. Supervision. Pick all that apply.",
              es: 'Temas de los nueve dominios del Consorcio de la Fuerza Laboral de Pares y Trabajadores Comunitarios de Salud de Nueva York (NYC), p. ej., Supervision (supervisión). Elija todos los que correspondan.',
            },
          },
        },
      ],
    },
    {
      name: 'checklists',
      type: 'array',
      admin: {
        description: {
          en: 'Step-by-step lists readers can print and tick off.',
          es: 'Listas paso a paso que los lectores pueden imprimir e ir marcando.',
        },
      },
      fields: [
        {
          name: 'slug',
          type: 'text',
          required: true,
          maxLength: 80,
          admin: {
            description: {
              en: 'Short id used in the page address, e.g. engaging-program-partners: lowercase letters, numbers and hyphens only, different for each checklist in this toolkit. Changing it breaks saved links.',
              es: 'Identificador corto que se usa en la dirección de la página, p. ej., engaging-program-partners: solo letras minúsculas, números y guiones, distinto para cada lista de este kit. Si lo cambia, se rompen los enlaces guardados.',
            },
          },
        },
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 200,
          admin: {
            description: {
              en: "The checklist's title, e.g. Before a new CHW's first day.",
              es: 'El título de la lista, p. ej., Antes del primer día de un nuevo CHW.',
            },
          },
        },
        {
          name: 'items',
          type: 'array',
          minRows: 1,
          admin: {
            description: {
              en: 'The steps, in order, one per row. At least one.',
              es: 'Los pasos, en orden, uno por fila. Al menos uno.',
            },
          },
          fields: [
            {
              name: 'text',
              type: 'textarea',
              required: true,
              localized: true,
              maxLength: 600,
              admin: {
                description: {
                  en: 'One step, written as an action, e.g. "Introduce the CHW to the care team."',
                  es: 'Un paso, escrito como una acción, p. ej., "Presentar al CHW al equipo de atención".',
                },
              },
            },
            sourceField(),
          ],
        },
      ],
    },
    sourceDocumentsField(),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      admin: {
        description: {
          en: 'Printable forms or templates (PDF or images) readers can download.',
          es: 'Formularios o plantillas para imprimir (PDF o imágenes) que los lectores pueden descargar.',
        },
      },
    },
    lastEditedByField,
  ],
})
