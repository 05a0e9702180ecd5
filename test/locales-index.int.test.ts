/**
 * Every read of a document fetches its localized fields from a `*_locales` table by `_parent_id`
 * (cms/indexLocalesByParent.ts). On a database file migrated as production migrates it, SQLite
 * must answer that lookup from an index, not by scanning the table: without it an export of N
 * documents costs N full scans.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let db: SQLiteAdapter['drizzle']

beforeAll(async () => {
  cms = await openTestCms('locales-index')
  db = (cms.payload.db as unknown as SQLiteAdapter).drizzle
})
afterAll(async () => {
  await cms?.close()
})

const plan = async (query: string) => (await db.all<{ detail: string }>(sql.raw(`EXPLAIN QUERY PLAN ${query}`))).map((row) => row.detail)

it('looks up every locales table by its parent document through an index', async () => {
  const tables = (await db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table'`))
    .map((row) => row.name)
    .filter((name) => name.endsWith('_locales'))
  // Documents, list rows and versions of each localized collection and of the framework.
  expect(tables).toEqual(expect.arrayContaining(['job_postings_locales', 'job_postings_duties_locales', '_job_postings_v_locales', 'framework_locales']))
  const scanned: Record<string, string[]> = {}
  for (const table of tables) {
    const steps = await plan(`select * from "${table}" where "_parent_id" = 1`)
    if (!steps.some((step) => new RegExp(`^SEARCH ${table} USING (COVERING )?INDEX \\S+ \\(_parent_id=\\?\\)`).test(step))) scanned[table] = steps
  }
  expect(scanned, "these locales tables are scanned to find a document's localized fields").toEqual({})
})

it('uses the index in the subquery Payload runs for a list of documents', async () => {
  // The shape of Payload's read (drizzle's relational query): one correlated subquery per row.
  const steps = await plan(
    `select "id", (select json_group_array(json_array("title", "_locale")) from "job_postings_locales" "l" where "l"."_parent_id" = "j"."id") from "job_postings" "j"`,
  )
  expect(steps).toContainEqual(expect.stringMatching(/^SEARCH l USING INDEX job_postings_locales_parent_id_idx \(_parent_id=\?\)/))
})
