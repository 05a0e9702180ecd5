/**
 * The site as `npm start` runs it: `astro dev` on a free port, reading the snapshot from
 * `contentDir` and reloading it when the CMS rewrites a file (the dev plugin in astro.config.mjs).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { rootDir, waitForHttp } from '../../scripts/lib/processes.ts'
import { freePort } from '../../scripts/lib/ports.ts'

export type DevSite = { url: string; stop: () => Promise<void> }

/** vitest's NODE_ENV=test and VITEST* variables make `astro dev` answer 404 to every page. */
function developmentEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key]
  return env
}

export async function startDevSite(options: { contentDir: string; port?: number; env?: Record<string, string> }): Promise<DevSite> {
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(resolve(rootDir, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: developmentEnv({ PORTAL_CONTENT_DIR: options.contentDir, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: url, ...options.env }),
  })
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[dev-site] ${line}\n`)
      .join('')
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  await waitForHttp(`${url}/`, 120_000)
  return {
    url,
    async stop() {
      if (child.pid === undefined || child.exitCode !== null) return
      const exited = new Promise((done) => child.once('exit', done))
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        return
      }
      await exited
    },
  }
}
