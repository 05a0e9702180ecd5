/**
 * The scripts that open Payload in their own process (`npm run seed`, `npm run export`,
 * `npm run pledges:remind`, all through scripts/lib/cms.ts) exit when their work is done, even
 * while another app listens on :3000 and accepts WebSockets without ever answering (a squatter):
 * outside production, getPayload() would otherwise open its hot-reload socket there, and that
 * socket alone keeps the process alive forever. They must not even try to connect.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { rootDir } from '../scripts/lib/processes.ts'
import { type Squatter, squat } from './helpers/squatter.ts'

/**
 * Each script takes 7–10 s on an idle 2-core machine (the seed the longest) and up to ~35 s when
 * other test runs load it; a hung one never ends.
 */
const EXIT_WITHIN_MS = 90_000

const dir = mkdtempSync(join(tmpdir(), 'chw-scripts-exit-'))
let squatter: Squatter

/**
 * A person's shell running `npm run <script>`: node_modules/.bin first on PATH (so `tsx` and
 * `node` are the project's), none of vitest's variables (NODE_ENV=test alone turns Payload's
 * hot-reload socket off), nothing that moves or disables that socket (PORT, DISABLE_PAYLOAD_HMR,
 * PAYLOAD_HMR_URL_OVERRIDE, …): only the script itself may turn it off.
 */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key]
  }
  for (const key of ['PORT', 'DISABLE_PAYLOAD_HMR', 'PAYLOAD_HMR_URL_OVERRIDE', 'USE_HTTPS', '__NEXT_ASSET_PREFIX']) delete env[key]
  return {
    ...env,
    ...inject('cmsEnv'),
    PATH: [join(rootDir, 'node_modules/.bin'), env.PATH].join(delimiter),
    DATABASE_URI: `file:${join(dir, 'portal.db')}`,
    PAYLOAD_SECRET: 'scripts-exit-secret-not-for-production',
    MAIL_DIR: join(dir, 'mail'),
    PORTAL_AUTO_EXPORT: '0',
  }
}

type Run = { code: number | null; signal: NodeJS.Signals | null; ms: number; timedOut: boolean; output: string }

/** Runs `tsx scripts/<file>` as `npm run` would, and kills it (and its children) after EXIT_WITHIN_MS. */
function runScript(file: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(join(rootDir, 'node_modules/.bin/tsx'), [`scripts/${file}`, ...args], {
      cwd: rootDir,
      env: shellEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a hung script and tsx's child node both go on timeout.
      detached: true,
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    }, EXIT_WITHIN_MS)
    child.on('error', (error) => (clearTimeout(timer), reject(error)))
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, ms: performance.now() - started, timedOut, output })
    })
  })
}

/** Runs the script with a fresh count on the squatter, and checks it exited 0, in time, without connecting. */
async function expectExits(label: string, file: string, args: string[] = []): Promise<Run> {
  squatter.reset()
  const run = await runScript(file, args)
  const seen = `the squatter on :${squatter.port} saw ${squatter.connections} connection(s) and ${squatter.upgrades.length} WebSocket upgrade(s) (${squatter.upgrades.join(', ') || 'none'})`
  console.log(`[scripts-exit] ${label}: exit ${run.signal ?? run.code} in ${(run.ms / 1000).toFixed(1)} s; ${seen}`)
  expect(run.timedOut, `${label} did not exit within ${EXIT_WITHIN_MS / 1000} s (killed); ${seen}. Output:\n${run.output}`).toBe(false)
  expect(run.code, `${label} exited with ${run.signal ?? run.code}. Output:\n${run.output}`).toBe(0)
  expect(run.ms).toBeLessThan(EXIT_WITHIN_MS)
  // Not merely exiting despite the socket: the script never opened it.
  expect(squatter.upgrades, seen).toEqual([])
  expect(squatter.connections, seen).toBe(0)
  return run
}

describe('scripts that open Payload exit while an app squats on :3000', () => {
  beforeAll(async () => {
    // Fails (does not skip) when :3000 is taken: the test cannot play its squatter then.
    squatter = await squat(3000)
  })

  afterAll(async () => {
    await squatter?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const timeout = EXIT_WITHIN_MS + 30_000

  it('npm run seed (a fresh database)', { timeout }, async () => {
    const run = await expectExits('seed', 'seed.ts')
    expect(run.output).toMatch(/Seed done in/)
  })

  it('npm run export -- --out <dir> (the seeded database)', { timeout }, async () => {
    const out = join(dir, 'content')
    const run = await expectExits('export', 'export-content.ts', ['--out', out])
    expect(run.output).toContain(`Exported to ${out}`)
    expect(existsSync(out)).toBe(true)
  })

  it('npm run pledges:remind (the seeded database)', { timeout }, async () => {
    const run = await expectExits('pledges:remind', 'pledges-remind.ts')
    expect(run.output).toMatch(/Reminders queued: \d+/)
  })
})
