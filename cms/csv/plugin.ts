/**
 * CSV import and export (issue #6).
 *
 * Export: Payload's import-export plugin (its "Export" item in the list view's menu, its download
 * endpoint), for job postings, training programs and pledges, in CSV only, downloaded and never
 * stored (saving would leave pledge contact details in a file on the server). A `before` hook
 * turns each batch into our own columns (cms/csv/columns.ts, pledgeRows.ts): relationships by
 * slug, Spanish text in `_es` columns, the same headers the import reads, no cell a spreadsheet
 * would run as a formula (formulas.ts), pledge contact details for admins only.
 *
 * Import: our own endpoint and admin page, because the plugin saves row by row and keeps the good
 * rows of a bad file; staff here need the whole file checked first, a report naming each bad line
 * and column, and then all rows or none (or only the good ones, if they choose) in one transaction.
 */
import { importExportPlugin } from '@payloadcms/plugin-import-export'
import type { ExportBeforeHook } from '@payloadcms/plugin-import-export/types'
import { type CollectionConfig, type Config, type Field, Forbidden, type PayloadHandler, type PayloadRequest } from 'payload'
import { isAdmin } from '../access/isAdmin.ts'
import { hasRole } from '../access/roles.ts'
import { isStaff } from '../access/isStaff.ts'
import { nobody } from '../access/nobody.ts'
import { slugs } from '../slugs.ts'
import { type ImportableSlug, isImportable } from './columns.ts'
import { importEndpoint } from './importListings.ts'
import { pledgeToRow } from './pledgeRows.ts'
import { templateEndpoint } from './template.ts'
import { richTextCells } from './markdown.ts'
import { listingToRow } from './rows.ts'
import { csvTranslations } from './translations.ts'
import { json } from '../http/json.ts'

const exportableCollections = [slugs.jobPostings, slugs.trainingPrograms, slugs.pledges] as const

const listingRows =
  (collection: ImportableSlug): ExportBeforeHook =>
  async ({ originalData, req }) => {
    const richText = await richTextCells(req.payload.config)
    return (originalData as Record<string, unknown>[]).map((doc) => listingToRow(collection, doc, richText))
  }

// Contact columns for admins only (see contactColumns in pledgeRows.ts). The plugin writes the
// columns the hook's rows have, so editors' and reviewers' files have no contact columns at all.
const pledgeRows: ExportBeforeHook = ({ originalData, req }) =>
  (originalData as Record<string, unknown>[]).map((doc) => pledgeToRow(doc, { contact: hasRole(req.user, 'admin') }))

const exportConfig = (before: ExportBeforeHook) => ({
  format: 'csv' as const,
  disableJobsQueue: true,
  disableSave: true,
  hooks: { before },
})

/**
 * The plugin's endpoints are custom endpoints, which Payload does not put behind the collection's
 * access rules. Only staff get through, and only for a collection they may read (pledges: staff;
 * listings: staff, reviewers seeing published ones only, as in the admin).
 */
function staffWhoCanRead(handler: PayloadHandler): PayloadHandler {
  return async (req: PayloadRequest) => {
    if (!isStaff({ req })) return json({ errors: [{ message: 'Only staff can export.' }] }, req.user ? 403 : 401)
    const body = (await req.json?.().catch(() => undefined)) as { data?: Record<string, unknown> } | undefined
    const collection = body?.data?.collectionSlug
    if (typeof collection !== 'string' || !(exportableCollections as readonly string[]).includes(collection)) {
      return json({ errors: [{ message: `collectionSlug must be one of: ${exportableCollections.join(', ')}` }] }, 400)
    }
    try {
      await req.payload.count({ collection: collection as never, overrideAccess: false, user: req.user, req })
    } catch {
      return json({ errors: [{ message: 'You cannot read this collection.' }] }, 403)
    }
    // Our columns are fixed (the import's format), in both languages with every relationship's slug.
    body!.data!.format = 'csv'
    delete body!.data!.fields
    if (isImportable(collection)) body!.data!.locale = 'all'
    req.json = async () => body
    return handler(req)
  }
}

/**
 * The Export form without the plugin's column picker and preview: our `before` hook writes the
 * same columns whatever is picked, and the preview would show the plugin's own columns instead.
 */
function withoutColumnChoice(fields: Field[]): Field[] {
  return fields
    .filter((field) => !('name' in field && field.name === 'preview'))
    .map((field) => {
      if ('name' in field && field.name === 'fields') return { ...field, admin: { ...field.admin, hidden: true } } as Field
      if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withoutColumnChoice(field.fields) } as Field
      return field
    })
}

/** Exports are streamed to the person who asked, never saved as documents or files. */
function secureExports(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    fields: withoutColumnChoice(collection.fields),
    // Out of the navigation (the plugin's `group: false`), but not hidden: the Export drawer opens it.
    // Staff open the Export form (the admin needs read and create for that); nothing is ever stored
    // (below), so there is nothing to read.
    access: { read: isStaff, create: isStaff, update: nobody, delete: isAdmin },
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ({ operation }) => {
          if (operation === 'create') throw new Forbidden()
        },
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
    endpoints: (collection.endpoints || []).map((endpoint) => ({ ...endpoint, handler: staffWhoCanRead(endpoint.handler) })),
  }
}

/** The plugin's own import keeps a bad file's good rows; ours replaces it, so its collection is shut. */
function closedImports(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    admin: { ...collection.admin, hidden: true },
    access: { read: nobody, create: nobody, update: nobody, delete: nobody },
    endpoints: [],
  }
}

export function csvPlugin() {
  const plugin = importExportPlugin({
    collections: [
      { slug: slugs.jobPostings, import: false, export: exportConfig(listingRows(slugs.jobPostings)) },
      { slug: slugs.trainingPrograms, import: false, export: exportConfig(listingRows(slugs.trainingPrograms)) },
      { slug: slugs.pledges, import: false, export: exportConfig(pledgeRows) },
    ],
    overrideExportCollection: ({ collection }) => secureExports(collection),
    overrideImportCollection: ({ collection }) => closedImports(collection),
  })
  return async (incoming: Config): Promise<Config> => {
    const config = await plugin(incoming)
    // Every export runs in the request (disableJobsQueue), so the plugin's queued tasks are unused.
    if (config.jobs?.tasks) {
      config.jobs.tasks = config.jobs.tasks.filter((task) => !['createCollectionExport', 'createCollectionImport'].includes(task.slug))
    }
    config.endpoints = [...(config.endpoints ?? []), { path: '/csv-import', method: 'post', handler: importEndpoint }, templateEndpoint]
    config.admin ??= {}
    config.admin.components ??= {}
    config.admin.components.views = {
      ...config.admin.components.views,
      csvImport: { Component: '/csv/ImportView.tsx#ImportView', path: '/csv-import', exact: true },
    }
    config.admin.components.afterNavLinks = [...(config.admin.components.afterNavLinks ?? []), '/csv/ImportNavLink.tsx#ImportNavLink']
    config.i18n = {
      ...config.i18n,
      translations: {
        ...config.i18n?.translations,
        en: { ...config.i18n?.translations?.en, ...csvTranslations.en },
        es: { ...config.i18n?.translations?.es, ...csvTranslations.es },
      },
    }
    return config
  }
}
