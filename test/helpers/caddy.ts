/**
 * Debian's caddy (`apt-get install caddy`) running a shipped Caddyfile from deploy/, over plain
 * HTTP on a given port, as a child process: never the system service, never port 80, no admin
 * endpoint, and its state in a temporary folder.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rootDir, waitForHttp } from '../../scripts/lib/processes.ts'

export type RunningCaddy = { url: string; output: () => string; close: () => Promise<void> }

/** Fails with a hint when caddy is not installed. */
export function caddyVersion(): string {
  try {
    return execFileSync('caddy', ['version']).toString().trim()
  } catch {
    throw new Error('caddy is not installed: apt-get install caddy (Debian bookworm ships 2.6)')
  }
}

/** `env` is the Caddyfile's settings (SITE_ROOT, CMS_UPSTREAM, ...); SITE_ADDRESS is set from `port`. */
export async function startCaddy(options: { port: number; config?: string; env: Record<string, string> }): Promise<RunningCaddy> {
  caddyVersion()
  const home = mkdtempSync(join(tmpdir(), 'chw-caddy-'))
  const url = `http://127.0.0.1:${options.port}`
  const config = join(rootDir, options.config ?? 'deploy/Caddyfile')
  const child: ChildProcess = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    cwd: home,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      CADDY_ADMIN: 'off',
      SITE_ADDRESS: url,
      ...options.env,
    },
  })
  const captured: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => captured.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => captured.push(chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    rmSync(home, { recursive: true, force: true })
  }
  try {
    await Promise.race([
      waitForHttp(`${url}/`, 30_000),
      exited.then(() => {
        throw new Error(`caddy exited:\n${captured.join('')}`)
      }),
    ])
  } catch (error) {
    await close()
    throw error
  }
  return { url, output: () => captured.join(''), close }
}
