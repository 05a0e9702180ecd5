/**
 * The site's preview page, pointed at a test CMS: in `astro dev` (as `npm start` serves it) or in
 * the production preview server (`npm run build:preview`). NODE_ENV=test and VITEST (set by the test runner) make `astro dev` answer 404, so
 * the child gets the environment without them.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { rootDir, stop, waitForHttp } from '../../scripts/lib/processes.ts'
import { freePort } from '../../scripts/lib/ports.ts'

export type DevSite = { url: string; stop: () => Promise<void> }

/** node_modules/.bin/<command> with the environment less the test runner's variables, in its own process group. */
function start(name: string, command: string, args: string[], env: Record<string, string>): ChildProcess {
  const childEnv: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }
  for (const name of ['NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete childEnv[name]
  const child = spawn(resolve(rootDir, 'node_modules/.bin', command), args, {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv as NodeJS.ProcessEnv,
    detached: true,
  })
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`))
  return child
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((done) => child.once('exit', done))
    stop(child)
    await exited
  }
}

export async function startDevSite(env: Record<string, string>): Promise<DevSite> {
  const port = await freePort()
  const child = start('preview-site', 'astro', ['dev', '--port', String(port), '--host', '127.0.0.1'], env)
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/`, 180_000)
  return { url, stop: stopper(child) }
}

/** Production: `npm run build:preview` into `outDir`, served by its standalone Node server. */
export async function startPreviewServer(outDir: string, env: Record<string, string>): Promise<DevSite> {
  await new Promise<void>((done, fail) => {
    const build = start('build:preview', 'astro', ['build'], { ...env, PORTAL_PREVIEW_BUILD: '1', PORTAL_OUT_DIR: outDir })
    build.on('exit', (code) => (code === 0 ? done() : fail(new Error(`build:preview exited with ${code}`))))
  })
  const port = await freePort()
  const child = start('preview-server', 'node', [join(outDir, 'server/entry.mjs')], { ...env, HOST: '127.0.0.1', PORT: String(port) })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/preview/`, 60_000)
  return { url, stop: stopper(child) }
}
