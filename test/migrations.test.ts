/**
 * Production SQLite databases get their schema only from the committed migrations, so a change
 * to a collection without a new migration would break them. Asks Payload to create a migration
 * for the current config: there must be nothing to create.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { migrationsDir } from '../cms/paths.ts'
import { run } from '../scripts/lib/processes.ts'

it('has a committed migration for every schema change', { timeout: 120_000 }, async () => {
  const before = new Set(readdirSync(migrationsDir))
  const index = readFileSync(join(migrationsDir, 'index.ts'), 'utf8')
  await run('payload', ['migrate:create', 'schema-check', '--skip-empty'], {
    PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
    PAYLOAD_SECRET: 'migration-check',
  })
  const added = readdirSync(migrationsDir).filter((name) => !before.has(name))
  for (const name of added) rmSync(join(migrationsDir, name))
  writeFileSync(join(migrationsDir, 'index.ts'), index)
  expect(added, 'the schema changed without a migration: run `npm run migrate:create -- <name>`').toEqual([])
})
