/**
 * `npm run restore -- <archive> [--force]`: puts a backup from `npm run backup` back where the CMS
 * looks for its data (DATABASE_URI, MEDIA_DIR). In order, and nothing is changed until all of it
 * passed: the archive's checksum (`<archive>.sha256`, when it is there) and every file against the
 * manifest inside; an existing database or media folder is replaced only with --force, and never
 * while a process (the CMS) has the database open; the database passes SQLite's integrity check.
 * Then each is swapped in with a rename, and what it replaced is kept beside it
 * (`….before-restore-<time>`) until you delete it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as tar from 'tar'
import { databaseKind, sqliteFile } from '../cms/databaseUri.ts'
import { mediaDir } from '../cms/env.ts'
import {
  ArchiveError,
  checksumFile,
  databaseEntry,
  databaseInUse,
  integrityCheck,
  type Manifest,
  mediaEntry,
  readChecksum,
  sha256File,
  verifyArchive,
} from './lib/backup-archive.ts'

class Refusal extends Error {}

/** Extracts the files of the archive under `prefix` (inside its top folder) into a new folder beside `target`. */
async function extractBeside(archive: string, top: string, prefix: string, target: string): Promise<string> {
  mkdirSync(dirname(target), { recursive: true })
  const stage = mkdtempSync(join(dirname(target), `.restore-${basename(target)}-`))
  await tar.x({ file: archive, cwd: stage, strip: 1, strict: true }, [`${top}/${prefix}`])
  return stage
}

/** Checks the extracted files once more: the disk may have been full, or the archive changed meanwhile. */
async function verifyExtracted(stage: string, manifest: Manifest, prefix: string): Promise<void> {
  for (const file of manifest.files.filter((f) => f.path === prefix || f.path.startsWith(`${prefix}/`))) {
    const actual = existsSync(join(stage, file.path)) ? await sha256File(join(stage, file.path)) : undefined
    if (actual?.sha256 !== file.sha256) throw new Refusal(`${file.path} did not extract intact (is the disk full?).`)
  }
}

const nonEmpty = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0

async function restore(archive: string, force: boolean): Promise<string> {
  if (!existsSync(archive)) throw new Refusal(`There is no file ${archive}.`)
  const notes: string[] = []
  const sums = checksumFile(archive)
  if (existsSync(sums)) {
    if ((await sha256File(archive)).sha256 !== readChecksum(sums)) {
      throw new Refusal(`${archive} does not match its checksum in ${basename(sums)}: it is damaged or incomplete.`)
    }
  } else {
    notes.push(`No ${basename(sums)} beside the archive: checked against the manifest inside it only.`)
  }
  let verified: Awaited<ReturnType<typeof verifyArchive>>
  try {
    verified = await verifyArchive(archive)
  } catch (error) {
    if (error instanceof ArchiveError) throw new Refusal(`${archive} is not a backup that can be restored: ${error.message}.`)
    throw error
  }
  const { manifest, top } = verified

  const databaseFile = sqliteFile(process.env.DATABASE_URI)
  const databaseExists = [databaseFile, `${databaseFile}-wal`].some((file) => existsSync(file))
  const mediaExists = nonEmpty(mediaDir)
  if (!force && (databaseExists || mediaExists)) {
    const would = [databaseExists && `the database ${databaseFile}`, mediaExists && `the media folder ${mediaDir}`].filter(Boolean)
    throw new Refusal(
      `This would replace ${would.join(' and ')}. To replace ${would.length > 1 ? 'them' : 'it'}, run again with --force ` +
        `(npm run restore -- ${archive} --force); what is replaced is kept beside it as ….before-restore-<time>.`,
    )
  }
  if (databaseExists) {
    let inUse = false
    try {
      inUse = databaseInUse(databaseFile)
    } catch (error) {
      // An unreadable database is one reason to restore: it is replaced like any other.
      notes.push(`The database being replaced could not be opened (${error instanceof Error ? error.message : String(error)}).`)
    }
    if (inUse) {
      throw new Refusal(`The database ${databaseFile} is open in another process: stop the CMS (and any script using it), then restore.`)
    }
  }

  const stages: string[] = []
  try {
    const databaseStage = await extractBeside(archive, top, databaseEntry, databaseFile)
    stages.push(databaseStage)
    const mediaStage = await extractBeside(archive, top, mediaEntry, mediaDir)
    stages.push(mediaStage)
    mkdirSync(join(mediaStage, mediaEntry), { recursive: true })
    await verifyExtracted(databaseStage, manifest, databaseEntry)
    await verifyExtracted(mediaStage, manifest, mediaEntry)
    const integrity = integrityCheck(join(databaseStage, databaseEntry))
    if (integrity !== 'ok') throw new Refusal(`The database in the archive fails SQLite's integrity check: ${integrity}`)

    const stamp = new Date()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace(/:/g, '-')
    const kept: string[] = []
    const keepAside = (path: string) => {
      if (!existsSync(path)) return
      renameSync(path, `${path}.before-restore-${stamp}`)
      kept.push(`${path}.before-restore-${stamp}`)
    }
    // A write-ahead log left beside the old file must never be replayed onto the restored one.
    for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) keepAside(file)
    renameSync(join(databaseStage, databaseEntry), databaseFile)
    if (!nonEmpty(mediaDir)) rmSync(mediaDir, { recursive: true, force: true })
    keepAside(mediaDir)
    renameSync(join(mediaStage, mediaEntry), mediaDir)
    const media = manifest.files.length - 1
    return [
      `Restored ${archive} (taken ${manifest.createdAt}):`,
      `  database    ${databaseFile}`,
      `  media       ${mediaDir} (${media} file${media === 1 ? '' : 's'})`,
      ...(kept.length > 0 ? [`  kept aside  ${kept.join(', ')} (delete once the CMS runs well)`] : []),
      ...notes.map((note) => `  note        ${note}`),
      'Now start the CMS (npm run serve:cms, or your service manager); it applies any newer migrations as it starts.',
    ].join('\n')
  } finally {
    for (const stage of stages) rmSync(stage, { recursive: true, force: true })
  }
}

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true })
try {
  if (databaseKind(process.env.DATABASE_URI) === 'mongodb') {
    throw new Refusal('DATABASE_URI points to MongoDB: restore it with mongorestore (docs/deploy.md, Backups). npm run restore restores SQLite backups only.')
  }
  if (positionals.length !== 1) throw new Refusal('Usage: npm run restore -- <archive.tar.gz> [--force]')
  // Paths on the command line are from where npm was run, not the repository root it moves to.
  console.log(await restore(resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!), values.force))
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(error instanceof Refusal ? `Restore refused; nothing was changed. ${message}` : `Restore failed: ${message}`)
  process.exitCode = 1
}
