/**
 * The newcomer's command: `npm start` (scripts/start.ts) on a temporary database and free ports
 * brings up the CMS and the site on seeded content, and Ctrl-C (SIGINT) stops everything it started.
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

const listening = async (url: string) => fetch(url).then(() => true, () => false)

it('starts the CMS and the site, then stops both on Ctrl-C', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chw-start-'))
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const cmsUrl = `http://localhost:${cmsPort}`
  const siteUrl = `http://localhost:${sitePort}`
  // A person's shell: none of vitest's own variables (NODE_ENV=test makes Astro's dev server 404).
  const shell: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
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
      const timer = setInterval(() => output.includes('Press Ctrl-C to stop') && (clearInterval(timer), resolve()), 250)
      child.on('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)))
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
})
