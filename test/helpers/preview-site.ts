/**
 * The site as `npm start` serves it (`astro dev`), where the on-demand preview page exists, pointed
 * at a test CMS. NODE_ENV=test and VITEST (set by the test runner) make `astro dev` answer 404, so
 * the child gets the environment without them.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { rootDir, stop, waitForHttp } from '../../scripts/lib/processes.ts'
import { freePort } from './ports.ts'

export type DevSite = { url: string; stop: () => Promise<void> }

export async function startDevSite(env: Record<string, string>): Promise<DevSite> {
  const port = await freePort()
  const { NODE_ENV, VITEST, VITEST_MODE, VITEST_POOL_ID, VITEST_WORKER_ID, ...inherited } = process.env
  const child: ChildProcess = spawn(resolve(rootDir, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env } as NodeJS.ProcessEnv,
    detached: true,
  })
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[preview-site] ${chunk}`))
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/`, 180_000)
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((done) => child.once('exit', done))
      stop(child)
      await exited
    },
  }
}
