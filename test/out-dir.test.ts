/**
 * PORTAL_OUT_DIR anywhere (site/build/out-dir.ts): an out dir outside the project, including one
 * whose path merely starts with the project's (where Astro's own check goes wrong), is built inside
 * the project and moved; the move replaces what was there.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { moveSite, planOutDir } from '../site/build/out-dir.ts'

const root = '/srv/portal'

describe('planOutDir', () => {
  it('builds in place inside the project', () => {
    expect(planOutDir('dist', root)).toEqual({ outDir: '/srv/portal/dist' })
    expect(planOutDir('/srv/portal/test-results/site', root)).toEqual({ outDir: '/srv/portal/test-results/site' })
    expect(planOutDir('..dist', root)).toEqual({ outDir: '/srv/portal/..dist' })
  })

  it('builds inside and moves for an out dir outside, whatever its path starts with', () => {
    for (const outside of ['/tmp/site', '/srv/portal-dist', '/srv/portal2', '../site', '/srv']) {
      const plan = planOutDir(outside, root, '42')
      expect(plan, outside).toEqual({ outDir: '/srv/portal/.astro/out-42', moveTo: resolve(root, outside) })
    }
  })
})

describe('moveSite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chw-out-dir-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('replaces the target contents with the build and removes the build folder', async () => {
    const from = join(dir, 'build')
    const to = join(dir, 'site')
    mkdirSync(join(from, 'jobs'), { recursive: true })
    writeFileSync(join(from, 'index.html'), 'new home')
    writeFileSync(join(from, 'jobs', 'index.html'), 'new jobs')
    mkdirSync(join(to, 'old-section'), { recursive: true })
    writeFileSync(join(to, 'index.html'), 'old home')
    await moveSite(from, to)
    expect(readdirSync(to).sort()).toEqual(['index.html', 'jobs'])
    expect(readFileSync(join(to, 'index.html'), 'utf8')).toBe('new home')
    expect(readFileSync(join(to, 'jobs', 'index.html'), 'utf8')).toBe('new jobs')
    expect(existsSync(from)).toBe(false)
  })
})
