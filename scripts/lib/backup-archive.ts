/**
 * The backup archive, shared by `npm run backup` and `npm run restore`: one `.tar.gz` holding a
 * folder `chw-portal-<time>/` with the SQLite database (`portal.db`), the uploads (`media/…`) and
 * `manifest.json` (the size and SHA-256 of every other file), plus `<archive>.sha256` beside it
 * in `sha256sum` format.
 */
import { createHash } from 'node:crypto'
import { createReadStream, readFileSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'
import * as tar from 'tar'

export const manifestFormat = 'chw-portal-backup/1'
export const databaseEntry = 'portal.db'
export const mediaEntry = 'media'

type ManifestFile = { path: string; size: number; sha256: string }
export type Manifest = { format: string; createdAt: string; files: ManifestFile[] }

/** `chw-portal-2026-12-05T17-40-00Z`: sorts by time, and safe in any file system. */
export function backupName(at: Date): string {
  return `chw-portal-${at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}`
}
export const archivePattern = /^chw-portal-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.tar\.gz$/

export async function sha256File(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { size, sha256: hash.digest('hex') }
}

/** The line `sha256sum` writes and `sha256sum -c` checks. */
export const checksumLine = (sha256: string, fileName: string) => `${sha256}  ${fileName}\n`
export const checksumFile = (archive: string) => `${archive}.sha256`
export function readChecksum(file: string): string {
  const match = /^([0-9a-f]{64})\s/i.exec(readFileSync(file, 'utf8'))
  if (!match) throw new Error(`${file} does not hold a SHA-256 checksum.`)
  return match[1]!.toLowerCase()
}

export class ArchiveError extends Error {}

/**
 * Reads the whole archive and checks every file against its manifest: the same files, sizes and
 * checksums, nothing missing, nothing added. Returns the manifest and the archive's top folder.
 */
export async function verifyArchive(archive: string): Promise<{ manifest: Manifest; top: string }> {
  const found = new Map<string, { size: number; sha256: string }>()
  const reading: Promise<void>[] = []
  let manifestText: string | undefined
  let top: string | undefined
  try {
    await tar.t({
      file: archive,
      strict: true,
      onReadEntry: (entry) => {
        if (entry.type === 'Directory') return entry.resume()
        const slash = entry.path.indexOf('/')
        const head = entry.path.slice(0, slash)
        top ??= head
        // Anything but a regular file in the top folder is never in a backup: it counts as an extra.
        if (slash < 1 || head !== top || entry.type !== 'File') {
          found.set(entry.path, { size: -1, sha256: '' })
          return entry.resume()
        }
        const path = entry.path.slice(slash + 1)
        const hash = createHash('sha256')
        const chunks: Buffer[] = []
        let size = 0
        reading.push(
          new Promise((done) => {
            entry.on('data', (chunk: Buffer) => {
              hash.update(chunk)
              size += chunk.length
              if (path === 'manifest.json') chunks.push(chunk)
            })
            entry.on('end', () => {
              if (path === 'manifest.json') manifestText = Buffer.concat(chunks).toString('utf8')
              else found.set(path, { size, sha256: hash.digest('hex') })
              done()
            })
          }),
        )
      },
    })
    await Promise.all(reading)
  } catch (error) {
    throw new ArchiveError(`it cannot be read (${error instanceof Error ? error.message : String(error)})`)
  }
  if (!top || manifestText === undefined) throw new ArchiveError('it has no manifest.json: it is not a backup made by npm run backup')
  let manifest: Manifest
  try {
    manifest = JSON.parse(manifestText) as Manifest
  } catch {
    throw new ArchiveError('its manifest.json is not valid JSON')
  }
  if (manifest.format !== manifestFormat) throw new ArchiveError(`its format is "${manifest.format}", not ${manifestFormat}`)
  if (!manifest.files.some((f) => f.path === databaseEntry)) throw new ArchiveError(`it holds no ${databaseEntry}`)
  for (const file of manifest.files) {
    const actual = found.get(file.path)
    if (!actual) throw new ArchiveError(`${file.path} is missing`)
    if (actual.size !== file.size || actual.sha256 !== file.sha256) throw new ArchiveError(`${file.path} does not match its checksum`)
    found.delete(file.path)
  }
  const extra = [...found.keys()][0]
  if (extra !== undefined) throw new ArchiveError(`it holds ${extra}, which its manifest does not list`)
  return { manifest, top }
}

/** `PRAGMA integrity_check`: 'ok', or the first problems SQLite reports. */
export function integrityCheck(databaseFile: string): string {
  const db = new DatabaseSync(databaseFile, { readOnly: true })
  try {
    const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]
    return rows.map((row) => row.integrity_check).join('; ')
  } finally {
    db.close()
  }
}

/**
 * Whether another process has the database open: the CMS (or a script) keeps a connection while
 * it runs, and that stops anyone else from taking SQLite's exclusive lock. Closing this probe, the
 * last connection, also folds the write-ahead log into the database file.
 */
export function databaseInUse(databaseFile: string): boolean {
  const db = new DatabaseSync(databaseFile, { timeout: 0 })
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE')
    db.exec('BEGIN EXCLUSIVE')
    db.exec('COMMIT')
    return false
  } catch (error) {
    if ((error as { errcode?: number }).errcode === 5 /* SQLITE_BUSY */) return true
    throw error
  } finally {
    db.close()
  }
}
