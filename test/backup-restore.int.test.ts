/**
 * Backups that restore: `npm run backup` (the real script, a child process) while pledges and
 * staff saves are being written to a real CMS over HTTP, then `npm run restore` into a fresh
 * place. The restored database holds every write acknowledged before the backup began, passes
 * SQLite's integrity check, and a CMS started on it serves those documents and the media. Restore
 * refuses to replace data without --force, refuses while the CMS has the database open, and
 * refuses a damaged archive; a refusal changes nothing.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sha256File } from '../scripts/lib/backup-archive.ts'
import { type Refs, tinyPng, validDocument } from './helpers/access-matrix.ts'
import { type Client, client, login } from './helpers/http.ts'
import { firstId } from './helpers/listings.ts'
import { npmRun } from './helpers/npm-script.ts'
import { formBody, savedPledge } from './helpers/pledges.ts'
import { type RealCms, seededCms, testAdmin } from './helpers/real-cms.ts'

let dir: string
let live: RealCms
let admin: Client
let refs: Refs
const backups = () => join(dir, 'backups')
const restoredDir = () => join(dir, 'restored')
const restoredEnv = () => ({ ...live.env, DATABASE_URI: `file:${join(restoredDir(), 'portal.db')}`, MEDIA_DIR: join(restoredDir(), 'media') })
let archive: string
let media: { filename: string; bytes: Buffer }

/** A folder's files and their checksums, to show a refused restore changed nothing. */
async function fingerprint(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) result[join(entry.parentPath, entry.name)] = (await sha256File(join(entry.parentPath, entry.name))).sha256
  }
  return result
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chw-backup-'))
  live = await seededCms({ dir: join(dir, 'live'), siteUrl: inject('siteUrl'), env: { PLEDGE_RATE_LIMIT: 'off' } })
  admin = client(live.url, await login(live.url, testAdmin.email, testAdmin.password))
  refs = {
    region: await firstId(admin, 'regions'),
    organization: await firstId(admin, 'organizations'),
    workerType: await firstId(admin, 'worker-types'),
    language: await firstId(admin, 'languages'),
  }
  const form = new FormData()
  form.append('file', new Blob([tinyPng], { type: 'image/png' }), 'backup-dot.png')
  form.append('_payload', JSON.stringify({ alt: 'A dot, to back up' }))
  const uploaded = await admin.rest('POST', '/api/media', { form })
  expect(uploaded.status, JSON.stringify(uploaded.json)).toBe(201)
  media = { filename: uploaded.json.doc.filename, bytes: readFileSync(join(live.env.MEDIA_DIR!, uploaded.json.doc.filename)) }
}, 600_000)

afterAll(async () => {
  await live?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('npm run backup and npm run restore', () => {
  it('a backup taken while pledges and staff saves are written restores to a database that holds every acknowledged write, is intact, and starts the CMS', async () => {
    // Drafts the staff writer edits again and again; each save's title carries its sequence number.
    const edited: number[] = []
    for (let i = 0; i < 5; i++) {
      const made = await admin.rest('POST', '/api/job-postings?draft=true', { body: { ...validDocument('job-postings', refs), _status: 'draft' } })
      expect(made.status, JSON.stringify(made.json)).toBe(201)
      edited.push(made.json.doc.id)
    }
    type Ack = { at: number } & (
      | { kind: 'pledge'; reference: string }
      | { kind: 'create'; id: number; title: string }
      | { kind: 'edit'; id: number; n: number }
    )
    const acks: Ack[] = []
    const failures: string[] = []
    let writing = true
    const anonymous = client(live.url)
    const pledger = async () => {
      while (writing) {
        const sent = await anonymous.rest('POST', '/api/pledges', { body: formBody() })
        if (sent.status === 201) acks.push({ at: performance.now(), kind: 'pledge', reference: sent.json.reference })
        else failures.push(`pledge ${sent.status} ${JSON.stringify(sent.json)}`)
      }
    }
    const creator = async () => {
      for (let i = 0; writing; i++) {
        const title = `Backup storm job ${process.pid}-${i}`
        const made = await admin.rest('POST', '/api/job-postings?draft=true', { body: { ...validDocument('job-postings', refs), title, _status: 'draft' } })
        if (made.status === 201) acks.push({ at: performance.now(), kind: 'create', id: made.json.doc.id, title })
        else failures.push(`create ${made.status} ${JSON.stringify(made.json)}`)
      }
    }
    const editor = async () => {
      for (let n = 1; writing; n++) {
        const id = edited[n % edited.length]!
        const saved = await admin.rest('PATCH', `/api/job-postings/${id}?draft=true`, { body: { title: `Backup storm edit ${id} v${n}`, _status: 'draft' } })
        if (saved.status === 200) acks.push({ at: performance.now(), kind: 'edit', id, n })
        else failures.push(`edit ${saved.status} ${JSON.stringify(saved.json)}`)
      }
    }
    const writers = Promise.all([pledger(), pledger(), pledger(), creator(), editor()])
    while (acks.length < 30 && failures.length === 0) await new Promise((r) => setTimeout(r, 50))

    const backupStarted = performance.now()
    const before = [...acks]
    const backup = await npmRun('backup', ['--out', backups()], live.env)
    const backupEnded = performance.now()
    writing = false
    await writers
    console.log(backup.output.trim())
    expect(backup.code, backup.output).toBe(0)
    expect(failures).toEqual([])
    const during = acks.filter((a) => a.at > backupStarted && a.at < backupEnded).length
    console.log(
      `writes acknowledged: ${before.length} before the backup began, ${during} while it ran (${((backupEnded - backupStarted) / 1000).toFixed(1)} s)`,
    )
    // The writers really were writing while the backup ran.
    expect(during).toBeGreaterThan(0)

    const names = readdirSync(backups())
    const archives = names.filter((n) => /^chw-portal-.*Z\.tar\.gz$/.test(n))
    expect(archives).toHaveLength(1)
    expect(names).toContain(`${archives[0]}.sha256`)
    archive = join(backups(), archives[0]!)

    const restored = await npmRun('restore', [archive], restoredEnv())
    console.log(restored.output.trim())
    expect(restored.code, restored.output).toBe(0)

    // The file itself: intact, and every pledge acknowledged before the backup began is in it.
    const db = new DatabaseSync(join(restoredDir(), 'portal.db'), { readOnly: true })
    try {
      expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }])
      const references = new Set((db.prepare('SELECT reference FROM pledges').all() as { reference: string }[]).map((row) => row.reference))
      for (const ack of before) if (ack.kind === 'pledge') expect(references.has(ack.reference), ack.reference).toBe(true)
    } finally {
      db.close()
    }
    expect(readFileSync(join(restoredDir(), 'media', media.filename)).equals(media.bytes)).toBe(true)

    // A CMS started on it serves every document acknowledged before the backup began.
    const restoredCms = await seededCms({ dir: restoredDir(), siteUrl: inject('siteUrl'), env: { PLEDGE_RATE_LIMIT: 'off' } })
    try {
      const staff = client(restoredCms.url, await login(restoredCms.url, testAdmin.email, testAdmin.password))
      const lastEdit = new Map<number, number>()
      for (const ack of before) {
        if (ack.kind === 'pledge') expect(await savedPledge(staff, ack.reference), ack.reference).toBeDefined()
        if (ack.kind === 'create') {
          const { status, json } = await staff.rest('GET', `/api/job-postings/${ack.id}?draft=true&depth=0`)
          expect(status).toBe(200)
          expect(json.title).toBe(ack.title)
        }
        if (ack.kind === 'edit') lastEdit.set(ack.id, Math.max(ack.n, lastEdit.get(ack.id) ?? 0))
      }
      // An edit acknowledged before the backup is there, or one made after it.
      for (const [id, n] of lastEdit) {
        const { json } = await staff.rest('GET', `/api/job-postings/${id}?draft=true&depth=0`)
        const stored = Number(/ v(\d+)$/.exec(json.title)?.[1])
        expect(stored, json.title).toBeGreaterThanOrEqual(n)
      }
      const file = await fetch(`${restoredCms.url}/api/media/file/${media.filename}`)
      expect(file.status).toBe(200)
      expect(Buffer.from(await file.arrayBuffer()).equals(media.bytes)).toBe(true)
      const counted = {
        pledges: before.filter((a) => a.kind === 'pledge').length,
        creates: before.filter((a) => a.kind === 'create').length,
        edits: lastEdit.size,
      }
      console.log(
        `restored CMS serves all ${counted.pledges} pledges, ${counted.creates} new jobs and the latest of ${counted.edits} edited jobs acknowledged before the backup`,
      )
    } finally {
      await restoredCms.stop()
    }
  })

  it('restore refuses to replace an existing database or media folder without --force, naming them, and changes nothing', async () => {
    const before = await fingerprint(restoredDir())
    const refused = await npmRun('restore', [archive], restoredEnv())
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('nothing was changed')
    expect(refused.output).toContain(`the database ${join(restoredDir(), 'portal.db')}`)
    expect(refused.output).toContain(`the media folder ${join(restoredDir(), 'media')}`)
    expect(refused.output).toContain('--force')
    expect(await fingerprint(restoredDir())).toEqual(before)
  })

  it('restore refuses, even with --force, while the CMS has the database open', async () => {
    const liveDb = join(live.env.DATABASE_URI!.slice('file:'.length))
    const refused = await npmRun('restore', [archive, '--force'], live.env)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain(`The database ${liveDb} is open in another process`)
    expect(readdirSync(join(dir, 'live')).filter((n) => n.includes('before-restore'))).toEqual([])
    // The live CMS carries on.
    expect((await client(live.url).rest('GET', '/api/health')).status).toBe(200)
  })

  it('restore refuses a damaged archive, with or without its checksum file, and changes nothing', async () => {
    const before = await fingerprint(restoredDir())
    const damaged = join(dir, 'damaged.tar.gz')
    copyFileSync(archive, damaged)
    copyFileSync(`${archive}.sha256`, `${damaged}.sha256`)
    const bytes = readFileSync(damaged)
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff
    writeFileSync(damaged, bytes)

    const mismatch = await npmRun('restore', [damaged, '--force'], restoredEnv())
    expect(mismatch.code).toBe(1)
    expect(mismatch.output).toMatch(/Restore refused; nothing was changed\. .*damaged\.tar\.gz does not match its checksum/)
    rmSync(`${damaged}.sha256`)
    const unchecked = await npmRun('restore', [damaged, '--force'], restoredEnv())
    expect(unchecked.code).toBe(1)
    expect(unchecked.output).toMatch(/Restore refused; nothing was changed\. .*is not a backup that can be restored/)
    expect(await fingerprint(restoredDir())).toEqual(before)
  })

  it('restore --force replaces them and keeps what it replaced beside them', async () => {
    const forced = await npmRun('restore', [archive, '--force'], restoredEnv())
    expect(forced.code, forced.output).toBe(0)
    const kept = readdirSync(restoredDir()).filter((n) => n.includes('.before-restore-'))
    expect(kept.some((n) => n.startsWith('portal.db.before-restore-'))).toBe(true)
    expect(kept.some((n) => n.startsWith('media.before-restore-'))).toBe(true)
    expect(existsSync(join(restoredDir(), 'media', media.filename))).toBe(true)
  })

  it('npm run backup refuses MongoDB and says to use mongodump; --keep leaves the newest archives', async () => {
    const mongo = await npmRun('backup', ['--out', backups()], { ...live.env, DATABASE_URI: 'mongodb://127.0.0.1:1/portal' })
    expect(mongo.code).toBe(1)
    expect(mongo.output).toContain('mongodump')

    const older = join(backups(), 'chw-portal-2000-01-01T00-00-00Z.tar.gz')
    writeFileSync(older, 'an old archive')
    writeFileSync(`${older}.sha256`, 'an old checksum')
    mkdirSync(join(backups(), 'unrelated'), { recursive: true })
    const kept = await npmRun('backup', ['--out', backups(), '--keep', '2'], live.env)
    expect(kept.code, kept.output).toBe(0)
    const left = readdirSync(backups()).sort()
    expect(left.filter((n) => n.endsWith('.tar.gz'))).toHaveLength(2)
    expect(left).not.toContain('chw-portal-2000-01-01T00-00-00Z.tar.gz')
    expect(left).not.toContain('chw-portal-2000-01-01T00-00-00Z.tar.gz.sha256')
    expect(left).toContain('unrelated')
  })
})
