import type { GlobalConfig } from 'payload'
import { isEditor } from '../access/isEditor.ts'
import { publishedOrEditor } from '../access/publishedOrEditor.ts'
import { sourceDocumentsField, sourceField } from '../fields/source.ts'
import { areaField } from '../fields/frameworkArea.ts'
import { slugs } from '../slugs.ts'
import { frameworkAreaSlugs } from '../../content/schema.ts'
import { hiddenFromNonEditors } from '../access/adminVisibility.ts'
import { lastEditedByField } from '../fields/audit.ts'
import { updateSiteAfterGlobalChange } from '../publishing/hooks.ts'
import { previewButton } from '../preview/adminPreview.ts'

/** The Framework for Equitable Employment: eight areas, each with the recommendations a pledge commits to. */
export const Framework: GlobalConfig = {
  slug: slugs.framework,
  label: 'Framework',
  admin: {
    group: 'Framework pledge',
    hidden: hiddenFromNonEditors,
    // Preview the latest draft on the site, unpublished (cms/preview/).
    preview: previewButton('framework'),
    description: {
      en: 'The eight areas of the Framework for Equitable Employment and their recommendations. Pledges refer to recommendations by id, so keep ids stable.',
      es: 'Las ocho áreas del Marco para el Empleo Equitativo y sus recomendaciones. Los compromisos se refieren a las recomendaciones por su identificador, así que no cambie los identificadores.',
    },
  },
  access: { read: publishedOrEditor, readVersions: isEditor, update: isEditor },
  versions: { drafts: { schedulePublish: true }, max: 50 },
  hooks: { afterChange: [updateSiteAfterGlobalChange] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: {
        description: {
          en: "The framework's name as readers see it, e.g. Framework for Equitable Employment of Community Health Workers. Switch the Locale at the top to Español to add the Spanish name.",
          es: 'El nombre del Marco tal como lo ven los lectores, p. ej., Marco para el Empleo Equitativo de Trabajadores Comunitarios de Salud (CHW). Cambie el Idioma arriba a Español para escribir el nombre en español.',
        },
      },
    },
    {
      name: 'introduction',
      type: 'textarea',
      required: true,
      localized: true,
      admin: {
        description: {
          en: 'What the framework is and who made it; shown at the top of /framework/.',
          es: 'Qué es el Marco y quién lo creó; aparece al principio de /framework/.',
        },
      },
    },
    {
      name: 'pledgeText',
      type: 'textarea',
      required: true,
      localized: true,
      admin: {
        description: {
          en: 'What an employer agrees to when signing the pledge. Change it with care: employers who already signed agreed to the earlier text.',
          es: 'Lo que acepta un empleador al firmar el compromiso. Cámbielo con cuidado: los empleadores que ya firmaron aceptaron el texto anterior.',
        },
      },
    },
    sourceDocumentsField({
      en: 'First the framework this one is built on (credited on the framework and pledge pages), then every other document the recommendations come from, once each. Recommendations name a document by its key.',
      es: 'Primero el marco en el que se basa este (se le da crédito en las páginas del Marco y del compromiso), luego cada uno de los demás documentos de los que provienen las recomendaciones, una vez cada uno. Las recomendaciones nombran un documento por su clave.',
    }),
    {
      name: 'areas',
      type: 'array',
      required: true,
      minRows: frameworkAreaSlugs.length,
      maxRows: frameworkAreaSlugs.length,
      admin: {
        description: {
          en: 'Exactly the eight areas, in order.',
          es: 'Exactamente las ocho áreas, en orden.',
        },
        // Eight fixed rows (none can be added): closed, each labelled with its area's name.
        initCollapsed: true,
        components: { RowLabel: '/components/FrameworkAreaRowLabel.tsx#FrameworkAreaRowLabel' },
      },
      fields: [
        areaField(
          {
            en: 'Which of the eight areas this row is. Keep the fixed order, from Recruitment first to Financial sustainability last.',
            es: 'Cuál de las ocho áreas es esta fila. Mantenga el orden fijo, de Reclutamiento primero a Sostenibilidad financiera al final.',
          },
          'slug',
        ),
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 120,
          admin: {
            description: {
              en: "The area's heading as readers see it, e.g. Pay and benefits.",
              es: 'El título del área tal como lo ven los lectores, p. ej., Salario y prestaciones.',
            },
          },
        },
        {
          name: 'summary',
          type: 'textarea',
          required: true,
          localized: true,
          maxLength: 800,
          admin: {
            description: {
              en: 'A short paragraph on what this area covers and why it matters for CHWs and their employers.',
              es: 'Un párrafo breve sobre lo que abarca esta área y por qué es importante para los CHW y sus empleadores.',
            },
          },
        },
        {
          name: 'recommendations',
          type: 'array',
          required: true,
          minRows: 1,
          admin: {
            description: {
              en: 'What employers should do in this area, one per row. Employers choose from these when they sign the pledge.',
              es: 'Lo que deben hacer los empleadores en esta área, una por fila. Los empleadores eligen entre estas al firmar el compromiso.',
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
                  en: 'Stable id, e.g. fair-pay-scale: lowercase letters, numbers and hyphens. Pledges refer to it, so never change or reuse it once published.',
                  es: 'Identificador fijo, p. ej., fair-pay-scale: letras minúsculas, números y guiones. Los compromisos se refieren a él, así que nunca lo cambie ni lo reutilice una vez publicado.',
                },
              },
            },
            {
              name: 'text',
              type: 'textarea',
              required: true,
              localized: true,
              maxLength: 600,
              admin: {
                description: {
                  en: 'The recommendation as readers see it, e.g. "Pay CHWs a fair wage on a written pay scale."',
                  es: 'La recomendación tal como la ven los lectores, p. ej., "Pagar a los CHW un salario justo según una escala salarial por escrito".',
                },
              },
            },
            sourceField(),
          ],
        },
      ],
    },
    lastEditedByField,
  ],
}
