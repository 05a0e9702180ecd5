/**
 * Vitest global setup for integration tests: a real CMS over HTTP. Builds the admin if its
 * sources changed, seeds a temporary SQLite database from content/ (with a known admin), starts
 * `next start` on a free port, and tells the tests where it is.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { run, serve, stop, waitForHttp } from '../../scripts/lib/processes.ts'
import { freePort } from './ports.ts'

export const testAdmin = { email: 'admin@portal.test', password: 'integration-admin-password' }

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    siteUrl: string
    adminEmail: string
    adminPassword: string
    /** The test CMS's environment, for scripts (export, reminders) run against its database. */
    cmsEnv: Record<string, string>
    mailDir: string
  }
}

export default async function setup(project: TestProject) {
  await run('node', ['scripts/build-cms.ts', '--if-changed'])
  const dir = mkdtempSync(join(tmpdir(), 'chw-http-'))
  const port = await freePort()
  const cmsUrl = `http://127.0.0.1:${port}`
  const siteUrl = 'http://site.portal.test'
  const env = {
    DATABASE_URI: `file:${join(dir, 'portal.db')}`,
    PAYLOAD_SECRET: 'http-test-secret-not-for-production',
    ADMIN_EMAIL: testAdmin.email,
    ADMIN_PASSWORD: testAdmin.password,
    CMS_PORT: String(port),
    CMS_URL: cmsUrl,
    SITE_URL: siteUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    MAIL_DIR: join(dir, 'mail'),
    // Tests stand in for different clients with X-Forwarded-For; the limit itself is the default.
    PLEDGE_RATE_LIMIT: '5/600',
  }
  await run('tsx', ['scripts/seed.ts'], env)
  const server = serve('test-cms', 'next', ['start', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], env)
  await waitForHttp(`${cmsUrl}/api/regions?limit=1`, 120_000)
  project.provide('cmsUrl', cmsUrl)
  project.provide('siteUrl', siteUrl)
  project.provide('adminEmail', testAdmin.email)
  project.provide('adminPassword', testAdmin.password)
  project.provide('cmsEnv', env)
  project.provide('mailDir', env.MAIL_DIR)
  return () => {
    stop(server)
    rmSync(dir, { recursive: true, force: true })
  }
}
