/**
 * An index on `_parent_id` for every `*_locales` table (the localized fields of a collection, an
 * array, a version), added through the SQLite adapter's `afterSchemaInit` hook so that migrations
 * create it like any other index.
 *
 * Why: every read of a document fetches its localized fields with a subquery on
 * `_locales._parent_id = <document id>`, and the adapter indexes these tables only on
 * (`_locale`, `_parent_id`), which such a lookup cannot use. Without this, each document read
 * scans its whole locales table: an export or a list grows with the square of the number of
 * documents. Array tables, `_rels` and versions tables already index their parent column.
 * Payload's own options cannot express it: a field's `index` covers that field's column, and a
 * collection's compound `indexes` take field paths (with `_locale` appended), not `_parent_id`.
 */
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

const localesSuffix = '_locales' // the adapter's default `localesSuffix`

export const indexLocalesByParent: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith(localesSuffix) || !table._parentID) continue
    extendTable({ table, extraConfig: (t) => ({ _parentIdIdx: index(`${name}_parent_id_idx`).on(t._parentID) }) })
  }
  return schema
}
