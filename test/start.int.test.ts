/**
 * The newcomer's command: `npm start` (scripts/start.ts) on a temporary database and free ports
 * brings up the CMS and the site on seeded content, and Ctrl-C (SIGINT) stops everything it started;
 * also while another app squats on :3000 (where Payload's hot-reload socket would go, see
 * helpers/squatter.ts): the seed step must not hang on it.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { isJobClosed } from '../content/schema.ts'
import { readSnapshot } from '../content/snapshot.ts'
import { rootDir } from '../scripts/lib/processes.ts'
import { freePort } from '../scripts/lib/ports.ts'
import { squat } from './helpers/squatter.ts'

const listening = async (url: string) =>
  fetch(url).then(
    () => true,
    () => false,
  )

/** Within the test's 600 s: admin build (when cms/ changed), seed, next start and astro dev. */
const READY_WITHIN_MS = 540_000

it('starts the CMS and the site, then stops both on Ctrl-C', { timeout: 600_000 }, async () => {
  await startThenStop()
})

it('CMS_PORT=<free port> npm start while an app squats on :3000: ready, then stopped by Ctrl-C', { timeout: 600_000 }, async () => {
  // Fails (does not skip) when :3000 is taken: the test cannot play its squatter then.
  const squatter = await squat(3000)
  try {
    await startThenStop()
    // Nothing npm start runs (the seed, next start, astro dev) opened a hot-reload socket there.
    expect(squatter.upgrades).toEqual([])
  } finally {
    await squatter.close()
  }
})

async function startThenStop() {
  const dir = mkdtempSync(join(tmpdir(), 'chw-start-'))
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const cmsUrl = `http://localhost:${cmsPort}`
  const siteUrl = `http://localhost:${sitePort}`
  // A person's shell: none of vitest's own variables (NODE_ENV=test makes Astro's dev server 404,
  // and turns Payload's hot-reload socket off), nothing that moves or disables that socket.
  const unset = new Set(['NODE_ENV', 'PORT', 'DISABLE_PAYLOAD_HMR', 'PAYLOAD_HMR_URL_OVERRIDE'])
  const shell: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !unset.has(key) && !key.startsWith('VITEST')),
  )
  const child = spawn(join(rootDir, 'node_modules/.bin/node'), ['scripts/start.ts'], {
    cwd: rootDir,
    env: {
      ...shell,
      DATABASE_URI: `file:${join(dir, 'portal.db')}`,
      ADMIN_EMAIL: 'start@portal.test',
      ADMIN_PASSWORD: 'a-long-start-password',
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      CMS_URL: '',
      SITE_URL: '',
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  try {
    await new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + READY_WITHIN_MS
      const timer = setInterval(() => {
        if (output.includes('Press Ctrl-C to stop')) {
          clearInterval(timer)
          resolve()
        } else if (Date.now() > deadline) {
          clearInterval(timer)
          reject(new Error(`npm start was not ready within ${READY_WITHIN_MS / 1000} s:\n${output}`))
        }
      }, 250)
      child.on('exit', (code) => (clearInterval(timer), reject(new Error(`npm start exited early (${code}):\n${output}`))))
    })
    expect(output).toContain(`${cmsUrl}/admin`)
    expect(output).toContain(siteUrl)

    expect((await fetch(`${cmsUrl}/admin/login`)).status).toBe(200)
    const jobs = (await (await fetch(`${cmsUrl}/api/job-postings?limit=0&depth=0`)).json()) as { totalDocs: number }
    expect(jobs.totalDocs).toBe((await readSnapshot())['job-postings'].length)
    const home = await (await fetch(siteUrl)).text()
    const today = new Date().toISOString().slice(0, 10)
    const [newest] = (await readSnapshot())['job-postings']
      .filter((job) => !isJobClosed(job, today))
      .sort((a, b) => b.postedDate.localeCompare(a.postedDate) || a.slug.localeCompare(b.slug))
    expect(home).toContain(`/jobs/${newest.slug}/`)

    child.kill('SIGINT')
    await new Promise((resolve) => child.once('exit', resolve))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await listening(`${cmsUrl}/admin/login`)).toBe(false)
    expect(await listening(siteUrl)).toBe(false)
  } finally {
    // On failure, stop it the way a person would, so it stops its services too.
    if (child.exitCode === null) {
      child.kill('SIGINT')
      await new Promise((resolve) => setTimeout(resolve, 3000))
    }
    rmSync(dir, { recursive: true, force: true })
  }
}
