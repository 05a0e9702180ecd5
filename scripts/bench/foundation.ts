/**
 * `npm run bench`: the foundation's figures, printed (not asserted). Seeds a fresh temporary
 * SQLite database from content/, seeds it again (a no-op), and exports it, each as the npm
 * command a person runs (so process start-up and migrations count), and reports wall time and
 * peak memory of each.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { rootDir } from '../lib/processes.ts'

const dir = mkdtempSync(join(tmpdir(), 'chw-bench-'))
const env = {
  ...process.env,
  DATABASE_URI: `file:${join(dir, 'portal.db')}`,
  PAYLOAD_SECRET: 'bench-secret',
  ADMIN_EMAIL: 'bench@portal.test',
  ADMIN_PASSWORD: 'a-long-bench-password',
}

// GNU time (Debian package `time`) reports peak memory; without it only wall time is printed.
const gnuTime = existsSync('/usr/bin/time')

/** Runs a script with tsx; returns its wall time and, under GNU time, its peak resident memory. */
function measure(label: string, args: string[]): { label: string; seconds: number; peakMb: number } {
  const started = performance.now()
  const tsx = resolve(rootDir, 'node_modules/.bin/tsx')
  const result = spawnSync(gnuTime ? '/usr/bin/time' : tsx, gnuTime ? ['-f', '%M', tsx, ...args] : args, {
    cwd: rootDir,
    env,
    encoding: 'utf8',
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`)
  const peakKb = gnuTime ? Number(result.stderr.trim().split('\n').at(-1)) : Number.NaN
  return { label, seconds, peakMb: peakKb / 1024 }
}

try {
  const rows = [
    measure('seed (fresh database)', ['scripts/seed.ts']),
    measure('seed (again: no-op)', ['scripts/seed.ts']),
    measure('export', ['scripts/export-content.ts', '--out', join(dir, 'content')]),
  ]
  console.log('\nFoundation benchmark (each is a whole process: start-up, migrations, work)\n')
  console.log('| step | wall time | peak RSS |\n|---|---|---|')
  for (const row of rows) console.log(`| ${row.label} | ${row.seconds.toFixed(1)} s | ${Number.isNaN(row.peakMb) ? 'n/a' : `${row.peakMb.toFixed(0)} MB`} |`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
