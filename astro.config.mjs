// @ts-check
import node from '@astrojs/node'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { resolve, sep } from 'node:path'
import { outDirAnywhere } from './site/build/out-dir.ts'
import { sitemapSerialize } from './site/build/sitemap.ts'
import { previewIntegration } from './site/preview/integration.ts'

/** `npm run build:preview`: the preview server for drafts (site/preview/), not the public site. */
const previewServer = process.env.PORTAL_PREVIEW_BUILD === '1'

/**
 * Opt-in incremental builds (docs/publishing.md): Astro restores the detail pages whose cacheKey
 * (site/lib/page-keys.ts) and code did not change from this folder. One folder per site: builds
 * sharing one would race.
 */
const buildCacheDir = previewServer ? undefined : process.env.PORTAL_BUILD_CACHE_DIR?.trim() || undefined

/**
 * Development only: site/lib/content.ts reads content/*.json itself (not through Astro's content
 * layer), so Astro does not know when the CMS rewrites a snapshot file. Tell it, as its content
 * layer would: clear the cached getStaticPaths results and reload the browser.
 * @returns {import('vite').Plugin}
 */
function reloadOnSnapshotChange() {
  const dir = resolve(process.env.PORTAL_CONTENT_DIR || 'content') + sep
  return {
    name: 'portal:reload-on-snapshot-change',
    configureServer(server) {
      server.watcher.add(dir)
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dir) || !file.endsWith('.json')) return
        for (const [name, environment] of Object.entries(server.environments)) {
          if (name !== 'client') environment.hot.send('astro:content-changed', {})
        }
        server.environments.client.hot.send({ type: 'full-reload', path: '*' })
      })
    },
  }
}

/**
 * `client:interaction`: hydrate an island at the first interaction with it (site/lib/client-interaction.ts).
 * @returns {import('astro').AstroIntegration}
 */
function interactionDirective() {
  return {
    name: 'portal:client-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: './site/lib/client-interaction.ts' })
      },
    },
  }
}

// The public site: static output built from content/ only (never the database or the CMS).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.PORTAL_OUT_DIR || (previewServer ? './dist-preview' : './dist'),
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  // The preview server renders on demand (only its preview page: no public page is prerendered).
  ...(previewServer && { output: 'server', adapter: node({ mode: 'standalone' }) }),
  integrations: [
    react(),
    interactionDirective(),
    previewIntegration({ serverBuild: previewServer }),
    ...(previewServer
      ? []
      : [
          sitemap({
            // The progress report is reached only by a private link: not a page to list or index.
            filter: (page) => !page.endsWith('/404/') && !page.includes('/pledge/progress/'),
            // lastmod from each item's last change; closed jobs keep their page but leave the sitemap.
            // Every page exists in English (at the root) and Spanish (under /es/): both are listed as alternates.
            serialize: sitemapSerialize(),
          }),
          // PORTAL_OUT_DIR may be outside the project (site/build/out-dir.ts). Last: it moves what the others wrote.
          outDirAnywhere(),
        ]),
  ],
  // Render a few pages at a time, so writing one page's file overlaps with rendering the next.
  build: { concurrency: 4 },
  vite: {
    plugins: [reloadOnSnapshotChange()],
    // The preview server keeps running while exports rewrite content/: it re-reads a changed snapshot, as astro dev does.
    ...(previewServer && { define: { 'import.meta.env.PORTAL_LIVE_SNAPSHOT': 'true' } }),
  },
  ...(buildCacheDir && { cacheDir: resolve(buildCacheDir), experimental: { incrementalBuild: true } }),
  devToolbar: { enabled: false },
  server: { port: Number(process.env.SITE_PORT || 4321) },
})
