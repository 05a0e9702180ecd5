/**
 * A site built for the pledge's end-to-end tests: the real content plus fixture signatories, with
 * the form posting to a contract server the test runs (PUBLIC_CMS_URL is fixed at build time, so
 * the shared build from site-server.ts cannot be used), in its own output folder, served by
 * `astro preview`.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Signatory } from '../../content/schema.ts'
import { rootDir, run, serve, stop, waitForHttp } from '../../scripts/lib/processes.ts'
import { freePort } from './ports.ts'
import { testToday } from './site-server.ts'

export type PledgeSite = { url: string; outDir: string; close: () => Promise<void> }

export async function buildPledgeSite(options: { cmsUrl: string; signatories: Signatory[] }): Promise<PledgeSite> {
  const root = mkdtempSync(join(tmpdir(), 'chw-pledge-site-'))
  const contentDir = join(root, 'content')
  const outDir = join(root, 'dist')
  cpSync(join(rootDir, 'content'), contentDir, { recursive: true })
  writeFileSync(join(contentDir, 'signatories.json'), `${JSON.stringify(options.signatories, null, 2)}\n`)
  const env = {
    PORTAL_TODAY: testToday,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'http://localhost:4321',
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_OUT_DIR: outDir,
    PUBLIC_CMS_URL: options.cmsUrl,
  }
  await run('astro', ['build', '--silent'], env)
  const port = await freePort()
  const server = serve('pledge-site', 'astro', ['preview', '--port', String(port), '--host', '127.0.0.1'], env)
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/`, 60_000)
  return {
    url,
    outDir,
    close: async () => {
      stop(server)
      rmSync(root, { recursive: true, force: true })
    },
  }
}
