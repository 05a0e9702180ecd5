/**
 * `npm run backup [-- --out <dir>] [--keep <n>]`: a consistent copy of the live SQLite database,
 * taken with SQLite's online backup API while the CMS keeps running, and the uploaded media, in one
 * timestamped archive with its checksum (scripts/lib/backup-archive.ts). The archive is read back
 * and checked before it counts. `--out` (or BACKUP_DIR) is the folder, `backups/` by default;
 * `--keep <n>` (or BACKUP_KEEP) then deletes all but the newest n archives there.
 * With MongoDB it refuses: use mongodump (docs/deploy.md, Backups).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'
import { parseArgs } from 'node:util'
import * as tar from 'tar'
import { databaseKind, sqliteFile } from '../cms/databaseUri.ts'
import { mediaDir } from '../cms/env.ts'
import { rootDir } from '../cms/paths.ts'
import {
  archivePattern,
  backupName,
  checksumFile,
  checksumLine,
  databaseEntry,
  integrityCheck,
  type Manifest,
  manifestFormat,
  mediaEntry,
  sha256File,
  verifyArchive,
} from './lib/backup-archive.ts'

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

async function writeBackup(outDir: string): Promise<{ archive: string; sha256: string; manifest: Manifest }> {
  const databaseFile = sqliteFile(process.env.DATABASE_URI)
  if (!existsSync(databaseFile)) throw new Error(`There is no database at ${databaseFile} (DATABASE_URI): nothing to back up.`)
  const now = new Date()
  const name = backupName(now)
  const archive = join(outDir, `${name}.tar.gz`)
  if (existsSync(archive)) throw new Error(`${archive} already exists: one backup per second at most.`)
  mkdirSync(outDir, { recursive: true })
  const stage = mkdtempSync(join(outDir, '.backup-'))
  try {
    const top = join(stage, name)
    mkdirSync(top)
    // All pages in one step: one read transaction, so the copy is the database at one moment.
    // Under WAL the CMS keeps writing meanwhile; smaller steps would restart at each of its writes.
    const source = new DatabaseSync(databaseFile, { timeout: 10_000 })
    try {
      await backup(source, join(top, databaseEntry), { rate: 0x7fffffff })
    } finally {
      source.close()
    }
    const copy = new DatabaseSync(join(top, databaseEntry))
    // The archived file stands alone: no write-ahead log beside it (the CMS turns WAL back on).
    copy.exec('PRAGMA journal_mode = DELETE')
    copy.close()
    const integrity = integrityCheck(join(top, databaseEntry))
    if (integrity !== 'ok') throw new Error(`The copy of the database fails SQLite's integrity check: ${integrity}`)

    // The media folder goes in through a link, so large uploads are not copied first.
    symlinkSync(mediaDir, join(top, mediaEntry))
    const paths = [databaseEntry, ...filesUnder(mediaDir).map((file) => `${mediaEntry}/${file}`)]
    const manifest: Manifest = { format: manifestFormat, createdAt: now.toISOString(), files: [] }
    for (const path of paths) manifest.files.push({ path, ...(await sha256File(join(top, path))) })
    writeFileSync(join(top, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

    const partial = join(stage, basename(archive))
    await tar.c({ gzip: true, file: partial, cwd: stage, portable: true }, [`${name}/manifest.json`, ...paths.map((path) => `${name}/${path}`)])
    // Read back before it counts: a file changed while it was archived (an upload replaced) fails here.
    await verifyArchive(partial).catch((error: Error) => {
      throw new Error(`The archive did not verify (${error.message}); run the backup again.`)
    })
    const { sha256 } = await sha256File(partial)
    renameSync(partial, archive)
    writeFileSync(join(stage, 'checksum'), checksumLine(sha256, basename(archive)))
    renameSync(join(stage, 'checksum'), checksumFile(archive))
    return { archive, sha256, manifest }
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

/** Deletes all but the newest `keep` archives (and their checksums) in `outDir`. */
function keepNewest(outDir: string, keep: number): string[] {
  const archives = readdirSync(outDir)
    .filter((name) => archivePattern.test(name))
    .sort()
  const old = archives.slice(0, Math.max(0, archives.length - keep))
  for (const name of old) {
    rmSync(join(outDir, name), { force: true })
    rmSync(checksumFile(join(outDir, name)), { force: true })
  }
  return old
}

const { values } = parseArgs({ options: { out: { type: 'string' }, keep: { type: 'string' } } })
try {
  if (databaseKind(process.env.DATABASE_URI) === 'mongodb') {
    throw new Error(
      'DATABASE_URI points to MongoDB: back it up with mongodump (and the media folder or bucket separately); see docs/deploy.md, Backups. ' +
        'npm run backup copies SQLite databases only, and makes no partial backup.',
    )
  }
  const keepText = values.keep ?? process.env.BACKUP_KEEP
  const keep = keepText === undefined ? undefined : Number(keepText)
  if (keep !== undefined && !(Number.isInteger(keep) && keep >= 1)) throw new Error(`--keep must be a whole number of archives, 1 or more; got "${keepText}".`)
  // --out is from where npm was run; BACKUP_DIR, like DATABASE_URI, from the repository root.
  const outDir = values.out ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : resolve(rootDir, process.env.BACKUP_DIR ?? 'backups')
  const started = performance.now()
  const { archive, sha256, manifest } = await writeBackup(outDir)
  const media = manifest.files.length - 1
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0)
  console.log(
    `Backup written in ${((performance.now() - started) / 1000).toFixed(1)} s: ${archive}\n` +
      `  the database and ${media} media file${media === 1 ? '' : 's'} (${(bytes / 1e6).toFixed(1)} MB before compression), checked\n` +
      `  sha256 ${sha256} (${basename(checksumFile(archive))})`,
  )
  if (keep !== undefined) {
    const removed = keepNewest(outDir, keep)
    if (removed.length > 0) console.log(`Deleted ${removed.length} older archive${removed.length === 1 ? '' : 's'} (keeping ${keep}): ${removed.join(', ')}`)
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
