// @ts-check
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// The public site: static output built from content/ only (never the database or the CMS).
export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [react()],
  devToolbar: { enabled: false },
  server: { port: Number(process.env.SITE_PORT || 4321) },
})
