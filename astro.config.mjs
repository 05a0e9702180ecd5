// @ts-check
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

// The public site: static output built from content/ only (never the database or the CMS).
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.PORTAL_OUT_DIR || './dist',
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [
    react(),
    sitemap({
      // Every page exists in English (at the root) and Spanish (under /es/): list both as alternates.
      i18n: { defaultLocale: 'en', locales: { en: 'en-US', es: 'es-US' } },
      // The progress report is reached only by a private link: not a page to list or index.
      filter: (page) => !page.endsWith('/404/') && !page.includes('/pledge/progress/'),
    }),
  ],
  devToolbar: { enabled: false },
  server: { port: Number(process.env.SITE_PORT || 4321) },
})
