/**
 * With NODE_ENV=production, Payload's standard server (`next start cms`) refuses to start with a
 * development or short PAYLOAD_SECRET, or a SITE_URL / CMS_URL that is missing or local, and says
 * which variable to set; with good settings it starts and serves. `npm start` and the tests, which
 * run `next start` on localhost, mark themselves with PORTAL_LOCAL=1 (cms/env.ts).
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from '../scripts/lib/ports.ts'
import { serve } from '../scripts/lib/processes.ts'
import { seededCms } from './helpers/real-cms.ts'

const dir = mkdtempSync(join(tmpdir(), 'chw-production-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const good = {
  NODE_ENV: 'production',
  PORTAL_LOCAL: '',
  PAYLOAD_SECRET: randomBytes(24).toString('base64url'),
  SITE_URL: 'https://chw.example.org',
  CMS_URL: 'https://cms.chw.example.org',
  DATABASE_URI: `file:${join(dir, 'never-opened.db')}`,
  NEXT_TELEMETRY_DISABLED: '1',
}

/** Starts `next start cms` and waits for it to stop by itself (a server that starts is killed after `ms`). */
async function startAndWait(env: Record<string, string>, ms = 60_000): Promise<{ code: number | null; output: string }> {
  const port = await freePort()
  const child = serve('production-check', 'next', ['start', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], env)
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), ms)
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)))
  clearTimeout(timer)
  return { code, output }
}

describe('next start cms with NODE_ENV=production', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['the development secret', { PAYLOAD_SECRET: `dev-only-${randomBytes(32).toString('hex')}` }, /PAYLOAD_SECRET is the development secret/],
    ['a short secret', { PAYLOAD_SECRET: 'only-twenty-chars-xx' }, /PAYLOAD_SECRET is 20 characters long: set a random value of at least 32 characters/],
    ['no SITE_URL', { SITE_URL: '' }, /SITE_URL is not set: set SITE_URL to the site's public address/],
    ['SITE_URL on localhost', { SITE_URL: 'http://localhost:4321' }, /SITE_URL points to this machine \(http:\/\/localhost:4321\)/],
    ['no CMS_URL', { CMS_URL: '' }, /CMS_URL is not set: set CMS_URL to this CMS's public address/],
    ['CMS_URL on 127.0.0.1', { CMS_URL: 'http://127.0.0.1:3000' }, /CMS_URL points to this machine/],
    ['CMS_URL on ::1', { CMS_URL: 'http://[::1]:3000' }, /CMS_URL points to this machine/],
  ]
  for (const [what, setting, message] of cases) {
    it(`refuses to start with ${what}, naming the variable`, async () => {
      const { code, output } = await startAndWait({ ...good, ...setting })
      expect(code, output).not.toBe(0)
      expect(code, output).not.toBeNull()
      expect(output).toMatch(message)
      expect(output).toContain('The CMS will not start in production')
    })
  }

  it('starts and serves with a long random secret and public URLs', async () => {
    const cmsDir = join(dir, 'good')
    const cms = await seededCms({ dir: cmsDir, siteUrl: good.SITE_URL, env: { ...good, DATABASE_URI: `file:${join(cmsDir, 'portal.db')}` } })
    try {
      const response = await fetch(`${cms.url}/api/regions?limit=1`)
      expect(response.status).toBe(200)
      expect(cms.output()).not.toContain('will not start')
    } finally {
      await cms.stop()
    }
  })

  it('a run marked PORTAL_LOCAL=1 (npm start, the tests) may use localhost and a development secret', async () => {
    // It has loaded its configuration (where a refusal would stop it) within a second or two; it never
    // opens its database, as no request comes.
    const local = await startAndWait(
      { ...good, PORTAL_LOCAL: '1', PAYLOAD_SECRET: `dev-only-${'a'.repeat(64)}`, SITE_URL: 'http://localhost:4321', CMS_URL: 'http://127.0.0.1:3000' },
      15_000,
    )
    // Killed after 15 s because it was still serving, not stopped by a refusal.
    expect(local.code, local.output).toBeNull()
    expect(local.output).not.toContain('will not start')
  })
})
