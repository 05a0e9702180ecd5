/**
 * Chooses the database from DATABASE_URI: a `mongodb://` or `mongodb+srv://` URI selects MongoDB
 * (production, several CMS instances); anything else, or nothing, an embedded SQLite file
 * (`file:.data/portal.db` by default, relative paths resolved from the repository root).
 */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { databaseKind, sqliteUrl } from './databaseUri.ts'
import { indexLocalesByParent } from './indexLocalesByParent.ts'
import { migrationsDir } from './paths.ts'

export { databaseKind, sqliteUrl } from './databaseUri.ts'

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri as string })
  }
  return sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    migrationDir: migrationsDir,
    // Schema changes always go through committed migrations (cms/migrations), in development too:
    // mixing push mode and migrations makes `payload migrate` stop at an interactive prompt.
    push: false,
    // Reads by parent document use an index on every locales table (cms/indexLocalesByParent.ts).
    afterSchemaInit: [indexLocalesByParent],
    // Write-ahead log: readers (export, reminders) never block the CMS. FULL keeps every
    // acknowledged write through a power cut.
    wal: { synchronous: 'FULL' },
    // Another process writing (the seed, an export, `payload jobs:run`) is waited for, not failed.
    busyTimeout: 10_000,
    // No `transactionOptions`: Payload's default for SQLite, transactions off. libsql gives each
    // transaction a connection of its own, and its driver waits for a lock synchronously, so two
    // writers in one process block each other until one fails with SQLITE_BUSY (Payload's own
    // forgot-password writes outside its transaction and always failed). Without transactions
    // every write of the process goes through one connection, one statement at a time.
  })
}
