/**
 * Chooses the database from DATABASE_URI: a `mongodb://` or `mongodb+srv://` URI selects MongoDB
 * (production, several CMS instances); anything else, or nothing, an embedded SQLite file
 * (`file:.data/portal.db` by default, relative paths resolved from the repository root).
 */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { ensureParentDir, migrationsDir } from './paths.ts'

export const defaultSqliteFile = '.data/portal.db'

export type DatabaseKind = 'mongodb' | 'sqlite'

export function databaseKind(uri: string | undefined): DatabaseKind {
  return uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

/** `file:` URL of the SQLite database, absolute, its folder created. */
export function sqliteUrl(uri: string | undefined): string {
  if (uri && !uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with file: (SQLite) or mongodb:// (MongoDB); got "${uri.split(':')[0]}:…"`)
  }
  const path = uri ? uri.slice('file:'.length) : defaultSqliteFile
  return `file:${ensureParentDir(path)}`
}

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
