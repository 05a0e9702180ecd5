/**
 * A site built for the pledge's end-to-end tests: the real content plus fixture signatories, with
 * the form posting to a contract server the test runs (PUBLIC_CMS_URL is fixed at build time, so
 * the shared build from site-server.ts cannot be used), in its own output folder, served by a
 * small static server.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Signatory } from '../../content/schema.ts'
import { rootDir, run } from '../../scripts/lib/processes.ts'
import { testToday } from './site-server.ts'
import { serveStatic } from './static-server.ts'

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
  const server = await serveStatic(outDir)
  return {
    url: server.url,
    outDir,
    close: async () => {
      await server.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/**
 * The pledge island hydrates at the first interaction with it, or at once when a draft is saved
 * (site/lib/client-interaction.ts): press a pointer on it, then wait until it has taken over the form.
 */
export async function hydratePledge(page: Page): Promise<void> {
  await page.waitForSelector('[data-inert-until-script]:not([inert]) .pledge-app')
  await page.dispatchEvent('.pledge-app', 'pointerdown')
  await page.waitForSelector('astro-island:not([ssr]) .pledge-app[data-ready]')
}
