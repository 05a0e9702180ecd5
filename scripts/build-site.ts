/**
 * `npm run build:site`: the static site, into dist/ (or PORTAL_OUT_DIR, anywhere).
 * - By default from content/ (or PORTAL_CONTENT_DIR).
 * - With PORTAL_CONTENT_URL (the CMS's base URL) and SITE_BUILD_TOKEN: from the CMS's published
 *   snapshot, fetched from `GET /api/snapshot` and validated by the contract first. No database and
 *   no admin build: what a static host's build hook runs. The snapshot goes to PORTAL_CONTENT_DIR
 *   when set (kept), otherwise to a temporary folder (removed), so content/ is never overwritten.
 * - With PORTAL_BUILD_CACHE_DIR: an incremental build (astro.config.mjs); a failed build clears
 *   that folder, as Astro may have rewritten cached pages without recording them.
 * Arguments after `--` go to `astro build`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { rootDir, run } from './lib/processes.ts'
import { downloadSnapshot } from './lib/remote-snapshot.ts'

const astroArgs = ['build', ...process.argv.slice(2)]
const env = { ASTRO_TELEMETRY_DISABLED: '1' }
const contentUrl = process.env.PORTAL_CONTENT_URL?.trim()

try {
  if (!contentUrl) {
    await run('astro', astroArgs, env)
  } else {
    const keep = process.env.PORTAL_CONTENT_DIR
    const dir = keep || mkdtempSync(join(tmpdir(), 'chw-snapshot-'))
    try {
      const started = performance.now()
      const { url } = await downloadSnapshot({ contentUrl, token: process.env.SITE_BUILD_TOKEN, dir })
      console.log(`Fetched and validated the snapshot from ${url} in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
      await run('astro', astroArgs, { ...env, PORTAL_CONTENT_DIR: dir })
    } finally {
      if (!keep) rmSync(dir, { recursive: true, force: true })
    }
  }
} catch (error) {
  console.error(`\nSite build failed:\n${error instanceof Error ? error.message : String(error)}`)
  const cacheDir = process.env.PORTAL_BUILD_CACHE_DIR?.trim()
  // Never the project or a folder holding it, should the variable name one by mistake.
  if (cacheDir && !`${rootDir}${sep}`.startsWith(`${resolve(cacheDir)}${sep}`)) rmSync(cacheDir, { recursive: true, force: true })
  process.exitCode = 1
}
