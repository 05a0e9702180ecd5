/**
 * `npm run seed [-- --from <dir>]`: loads content/ (or another snapshot folder, e.g. a benchmark's
 * generated corpus) into an empty database and creates the first admin.
 * Safe to run again: a database that already has content is left as it is.
 */
import { parseArgs } from 'node:util'
import { readSnapshot } from '../content/snapshot.ts'
import { ensureFirstAdmin } from '../cms/firstAdmin.ts'
import { seedSnapshot } from '../cms/snapshot/seedSnapshot.ts'
import { withCms } from './lib/cms.ts'

const { values } = parseArgs({ options: { from: { type: 'string' } } })

await withCms('Seed', async (payload) => {
  const started = performance.now()
  const snapshot = await readSnapshot(values.from)
  const result = await seedSnapshot(payload, snapshot, (message) => payload.logger.info(message))
  const admin = await ensureFirstAdmin(payload)
  if (admin.created && admin.generatedPassword) {
    console.log(
      `\nCreated a development admin account (also saved in ${admin.credentialsFile}):\n` +
        `  email:    ${admin.email}\n  password: ${admin.generatedPassword}\n` +
        'Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own; never use this in production.\n',
    )
  } else if (admin.created) {
    console.log(`Created the admin account ${admin.email}.`)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(result.seeded ? `Seed done in ${seconds} s.` : `Nothing to seed (${seconds} s).`)
})
