/**
 * The MongoDB path, against a real server when MONGODB_URI names one (e.g. a local mongod or an
 * Atlas test cluster): seed, export and compare with content/, byte for byte. No MongoDB server can
 * be installed on the project's CI machines, so there this suite is skipped, and says so.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { snapshotNames } from '../content/schema.ts'
import { contentDir, readSnapshot, snapshotPath } from '../content/snapshot.ts'

const uri = process.env.MONGODB_URI
if (!uri) {
  console.warn(
    '[mongodb.int.test.ts] SKIPPED: MONGODB_URI is not set. No MongoDB server can be installed on this machine; ' +
      'set MONGODB_URI=mongodb://host/some-throwaway-db to run the seed/export round trip against MongoDB.',
  )
}

describe.skipIf(!uri)('MongoDB (MONGODB_URI)', () => {
  const out = mkdtempSync(join(tmpdir(), 'chw-mongo-export-'))
  let close: (() => Promise<void>) | undefined

  afterAll(async () => {
    await close?.()
    rmSync(out, { recursive: true, force: true })
  })

  it('seeds and exports content/ byte for byte', async () => {
    process.env.DATABASE_URI = uri
    process.env.PAYLOAD_SECRET ||= 'mongodb-test-secret'
    const { default: config } = await import('../cms/payload.config.ts')
    const { getPayload } = await import('payload')
    const { seedSnapshot } = await import('../cms/snapshot/seedSnapshot.ts')
    const { exportSnapshot } = await import('../cms/snapshot/exportSnapshot.ts')
    const payload = await getPayload({ config })
    close = async () => {
      await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      await payload.destroy()
    }
    expect((await seedSnapshot(payload, await readSnapshot())).seeded).toBe(true)
    await exportSnapshot(payload, out)
    for (const name of snapshotNames) {
      expect(readFileSync(snapshotPath(name, out), 'utf8'), name).toBe(readFileSync(snapshotPath(name, contentDir), 'utf8'))
    }
  })
})
