/**
 * `GET /api/csv-import/template/<collection>`: an empty CSV with exactly the import's columns
 * (cms/csv/columns.ts), for staff to fill in a spreadsheet and import as it is. UTF-8 with a byte
 * order mark, so spreadsheets read accents right; the importer reads past it.
 */
import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles.ts'
import { type ImportableSlug, importableCollections, isImportable } from './columns.ts'
import { json } from '../http/json.ts'

export function csvTemplate(collection: ImportableSlug): string {
  return `\uFEFF${importableCollections[collection].map((column) => column.name).join(',')}\r\n`
}

const refuse = (message: string, status: number) => json({ errors: [{ message }] }, status)

export const templateEndpoint: Endpoint = {
  path: '/csv-import/template/:collection',
  method: 'get',
  handler: (req) => {
    const es = req.i18n?.language === 'es'
    if (!req.user) return refuse(es ? 'Inicie sesión para descargar la plantilla.' : 'Sign in to download the template.', 401)
    if (!hasRole(req.user as never, 'admin', 'editor')) {
      return refuse(es ? 'Solo editores y administradores importan anuncios.' : 'Only editors and admins import listings.', 403)
    }
    const collection = req.routeParams?.collection
    if (!isImportable(collection)) return refuse(`collection must be one of: ${Object.keys(importableCollections).join(', ')}`, 404)
    return new Response(csvTemplate(collection), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${collection}-template.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
