/**
 * Where the portal's words come from. A toolkit or the Framework lists its source documents once
 * (`sourceDocumentsField`); each recommendation or checklist item then names one of them by key,
 * or is marked as this portal's own wording (`sourceField`). The site shows which; the contract
 * (content/schema.ts) refuses an item with neither.
 */
import type { ArrayField, GroupField, PayloadRequest, StaticDescription, TextField } from 'payload'
import { slugs } from '../slugs.ts'
import { validateHttpUrl } from './validators.ts'

type Lang = 'en' | 'es'
const langOf = (req: PayloadRequest | undefined): Lang => (req?.i18n?.language === 'es' ? 'es' : 'en')

const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const messages = {
  keyFormat: {
    en: 'Use lowercase letters, numbers and single hyphens, e.g. oregon-thw-liaison.',
    es: 'Use letras minúsculas, números y guiones sueltos, p. ej., oregon-thw-liaison.',
  },
  keyTwice: {
    en: 'Another source document already uses this key. Give each one its own.',
    es: 'Otro documento fuente ya usa esta clave. Dé a cada uno la suya.',
  },
  documentMissing: {
    en: 'Enter the key of one of the source documents listed under Sources, or tick “This portal’s own wording”.',
    es: 'Escriba la clave de uno de los documentos fuente de la lista Sources, o marque “Redacción propia de este portal”.',
  },
  documentUnknown: {
    en: 'No source document has this key. Use one of: {keys}.',
    es: 'Ningún documento fuente tiene esta clave. Use una de estas: {keys}.',
  },
}

function sourceKeys(data: unknown): string[] | undefined {
  const sources = (data as { sources?: unknown } | undefined)?.sources
  if (!Array.isArray(sources)) return undefined
  return sources.map((s) => (s as { key?: unknown })?.key).filter((k): k is string => typeof k === 'string' && k !== '')
}

const keyField: TextField = {
  name: 'key',
  type: 'text',
  required: true,
  label: { en: 'Key', es: 'Clave' },
  validate: (value, { data, req }) => {
    const lang = langOf(req)
    if (!value || !keyPattern.test(value) || value.length > 120) return messages.keyFormat[lang]
    const keys = sourceKeys(data) ?? []
    return keys.filter((k) => k === value).length > 1 ? messages.keyTwice[lang] : true
  },
  admin: {
    description: {
      en: 'A short id the recommendations or checklist items below use to name this document, e.g. oregon-thw-liaison. Lowercase letters, numbers and hyphens.',
      es: 'Un identificador corto con el que las recomendaciones o los puntos de las listas nombran este documento, p. ej., oregon-thw-liaison. Letras minúsculas, números y guiones.',
    },
  },
}

const sourcesDescription: StaticDescription = {
  en: 'Every published document this is drawn from, once each. Readers see each one credited and linked. Items below name a document by its key.',
  es: 'Cada documento publicado del que se toma este contenido, una vez cada uno. Los lectores ven el crédito y el enlace de cada uno. Los puntos de abajo nombran un documento por su clave.',
}

/** The list of documents this toolkit or the Framework summarises. */
export function sourceDocumentsField(description: StaticDescription = sourcesDescription): ArrayField {
  return {
    name: 'sources',
    type: 'array',
    required: true,
    minRows: 1,
    labels: { singular: { en: 'Source document', es: 'Documento fuente' }, plural: { en: 'Sources', es: 'Fuentes' } },
    admin: { description },
    fields: [
      {
        type: 'row',
        fields: [
          keyField,
          {
            name: 'title',
            type: 'text',
            required: true,
            maxLength: 300,
            label: { en: 'Title', es: 'Título' },
            admin: {
              description: {
                en: 'Title of the original document, exactly as published.',
                es: 'Título del documento original, tal como se publicó.',
              },
            },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'organization',
            type: 'relationship',
            relationTo: slugs.organizations,
            required: true,
            label: { en: 'Organization', es: 'Organización' },
            admin: {
              description: {
                en: 'The organization that wrote it. If it is not in the list yet, add it with the + button or under Organizations.',
                es: 'La organización que lo escribió. Si todavía no aparece en la lista, agréguela con el botón + o en Organizations.',
              },
            },
          },
          {
            name: 'url',
            type: 'text',
            validate: validateHttpUrl,
            label: { en: 'Link', es: 'Enlace' },
            admin: {
              description: {
                en: 'Link to the original, starting with https://. Leave empty only if it is not online.',
                es: 'Enlace al original, empezando con https://. Déjelo vacío solo si no está en línea.',
              },
            },
          },
        ],
      },
    ],
  }
}

const isOwn = (siblingData: unknown) => (siblingData as { portalOwn?: unknown } | undefined)?.portalOwn === true

const documentField: TextField = {
  name: 'document',
  type: 'text',
  label: { en: 'Source document (key)', es: 'Documento fuente (clave)' },
  validate: (value, { data, siblingData, req }) => {
    if (isOwn(siblingData)) return true
    const lang = langOf(req)
    if (!value) return messages.documentMissing[lang]
    const keys = sourceKeys(data)
    if (keys && !keys.includes(value)) return messages.documentUnknown[lang].replace('{keys}', keys.join(', '))
    return true
  },
  admin: {
    condition: (_data, siblingData) => !isOwn(siblingData),
    description: {
      en: 'The key of the document under Sources, e.g. oregon-thw-liaison.',
      es: 'La clave del documento en Sources, p. ej., oregon-thw-liaison.',
    },
  },
}

/** Where one item comes from: a document of the `sources` list (and where in it), or the portal's own wording. */
export function sourceField(): GroupField {
  return {
    name: 'source',
    type: 'group',
    label: { en: 'Source', es: 'Fuente' },
    admin: {
      description: {
        en: 'Which of the source documents under Sources this comes from, or tick “This portal’s own wording” if none of them says it.',
        es: 'De cuál de los documentos fuente de la lista Sources proviene, o marque “Redacción propia de este portal” si ninguno lo dice.',
      },
    },
    fields: [
      {
        name: 'portalOwn',
        type: 'checkbox',
        label: { en: 'This portal’s own wording', es: 'Redacción propia de este portal' },
        admin: {
          description: {
            en: 'Tick when no source document says this: readers see “This portal’s own wording”.',
            es: 'Márquelo cuando ningún documento fuente lo diga: los lectores verán “Redacción propia de este portal”.',
          },
        },
      },
      {
        type: 'row',
        fields: [
          documentField,
          {
            name: 'section',
            type: 'text',
            maxLength: 200,
            label: { en: 'Section', es: 'Sección' },
            admin: {
              condition: (_data, siblingData) => !isOwn(siblingData),
              description: {
                en: 'Where in the document, as it is headed there, e.g. Required Qualifications 2. Optional.',
                es: 'En qué parte del documento, con el título que tiene allí, p. ej., Required Qualifications 2. Opcional.',
              },
            },
          },
        ],
      },
    ],
  }
}
