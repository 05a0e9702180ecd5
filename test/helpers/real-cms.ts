/**
 * A real CMS for tests: a seeded SQLite file in `dir`, served by Payload's standard Next.js server (`next start cms`) on a free port,
 * that a test can stop and start again (same port, same database) to play an outage.
 */
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { run, serve, stop, waitForHttp } from '../../scripts/lib/processes.ts'
import { freePort } from '../../scripts/lib/ports.ts'

export const testAdmin = { email: 'admin@portal.test', password: 'integration-admin-password' }

export type RealCms = {
  url: string
  /** The CMS's environment, for scripts (export, reminders) run against its database. */
  env: Record<string, string>
  mailDir: string
  start: () => Promise<void>
  /** SIGTERM by default; SIGKILL plays a crash. */
  stop: (signal?: NodeJS.Signals) => Promise<void>
  /** Everything the CMS process wrote to stdout and stderr so far (every start), for tests that read its log. */
  output: () => string
}

/** `env` adds to or overrides the CMS's environment (e.g. PORTAL_AUTO_EXPORT for site updates). */
export async function seededCms(options: { dir: string; siteUrl: string; env?: Record<string, string> }): Promise<RealCms> {
  await run('node', ['scripts/build-cms.ts'])
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    DATABASE_URI: `file:${join(options.dir, 'portal.db')}`,
    PAYLOAD_SECRET: 'test-secret-not-for-production',
    ADMIN_EMAIL: testAdmin.email,
    ADMIN_PASSWORD: testAdmin.password,
    CMS_PORT: String(port),
    CMS_URL: url,
    SITE_URL: options.siteUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    MAIL_DIR: join(options.dir, 'mail'),
    MEDIA_DIR: join(options.dir, 'media'),
    // A CMS on this machine for tests, never a public server (cms/env.ts).
    PORTAL_LOCAL: '1',
    // Tests stand in for different clients with X-Forwarded-For; the limit itself is the default.
    PLEDGE_RATE_LIMIT: '5/600',
    // Turns on GET /api/snapshot, which a site build without a database fetches.
    SITE_BUILD_TOKEN: 'test-site-build-token-not-for-production',
    ...options.env,
  }
  await run('tsx', ['scripts/seed.ts'], env)
  let server: ChildProcess | undefined
  // An error nothing caught in the CMS (Next.js logs it and carries on) fails the run when the
  // CMS stops, even if every answer the tests saw was right.
  const uncaught: string[] = []
  const captured: string[] = []
  const watch = (chunk: Buffer) => {
    captured.push(chunk.toString())
    for (const line of chunk.toString().split('\n')) if (/uncaughtException|unhandledRejection/.test(line)) uncaught.push(line.trim())
  }
  const cms: RealCms = {
    url,
    env,
    mailDir: env.MAIL_DIR,
    output: () => captured.join(''),
    async start() {
      server = serve('test-cms', 'next', ['start', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], env)
      server.stdout?.on('data', watch)
      server.stderr?.on('data', watch)
      await waitForHttp(`${url}/api/regions?limit=1`, 120_000)
    },
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      const running = server
      if (running && running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve))
        stop(running, signal)
        await exited
      }
      if (uncaught.length > 0) throw new Error(`The CMS logged errors nothing caught:\n${uncaught.splice(0).join('\n')}`)
    },
  }
  await cms.start()
  return cms
}
