/**
 * What DATABASE_URI names, without loading any database adapter: the CMS's adapter choice
 * (cms/database.ts) and the backup and restore commands read it the same way.
 */
import { ensureParentDir } from './paths.ts'

const defaultSqliteFile = '.data/portal.db'

export type DatabaseKind = 'mongodb' | 'sqlite'

export function databaseKind(uri: string | undefined): DatabaseKind {
  return uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

/** Absolute path of the SQLite database file, its folder created. */
export function sqliteFile(uri: string | undefined): string {
  if (uri && !uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with file: (SQLite) or mongodb:// (MongoDB); got "${uri.split(':')[0]}:…"`)
  }
  return ensureParentDir(uri ? uri.slice('file:'.length) : defaultSqliteFile)
}

/** `file:` URL of the SQLite database, absolute, its folder created. */
export function sqliteUrl(uri: string | undefined): string {
  return `file:${sqliteFile(uri)}`
}
