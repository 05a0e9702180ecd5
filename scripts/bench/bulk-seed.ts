/**
 * `tsx scripts/bench/bulk-seed.ts --from <dir>`: the benchmarks' seed. The same as `npm run seed`
 * (every document through Payload's Local API and its hooks), except that this process's own
 * SQLite connection does not flush each commit to disk. With transactions off (cms/database.ts)
 * every statement is a commit, and with `synchronous = FULL` each waits for the disk: tens per
 * document, most of a 10k-document seed. A benchmark loads a fresh database it can load again, so
 * it gives up only what it does not need: the last commits if the machine lost power mid-load.
 * The CMS server opens its own connection with the configured setting.
 */
import { parseArgs } from 'node:util'
import { sql } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { readSnapshot } from '../../content/snapshot.ts'
import { ensureFirstAdmin } from '../../cms/firstAdmin.ts'
import { databaseKind } from '../../cms/database.ts'
import { seedSnapshot } from '../../cms/snapshot/seedSnapshot.ts'
import { withCms } from '../lib/cms.ts'

const { values } = parseArgs({ options: { from: { type: 'string' } } })

await withCms('Bulk seed', async (payload) => {
  const started = performance.now()
  if (databaseKind(process.env.DATABASE_URI) === 'sqlite') {
    await (payload.db as unknown as SQLiteAdapter).drizzle.run(sql`PRAGMA synchronous = OFF`)
  }
  const result = await seedSnapshot(payload, await readSnapshot(values.from), (message) => payload.logger.info(message))
  await ensureFirstAdmin(payload)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(result.seeded ? `Bulk seed done in ${seconds} s.` : `Nothing to seed (${seconds} s).`)
})
