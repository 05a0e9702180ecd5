/**
 * Preview of drafts (issue #6): adds the on-demand page `/[...lang]/preview/` to `astro dev` (what
 * `npm start` runs) and to the preview server build (`npm run build:preview`), never to the static
 * build, whose dist/ stays exactly the public site.
 */
import type { AstroIntegration } from 'astro'

export function previewIntegration({ serverBuild }: { serverBuild: boolean }): AstroIntegration {
  return {
    name: 'portal:preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, addMiddleware }) => {
        if (command !== 'dev' && !serverBuild) return
        injectRoute({ pattern: '/[...lang]/preview', entrypoint: new URL('./PreviewPage.astro', import.meta.url), prerender: false })
        // The preview server answers previews and their assets only; the public site is the static one.
        if (serverBuild) addMiddleware({ entrypoint: new URL('./onlyPreview.ts', import.meta.url), order: 'pre' })
      },
    },
  }
}
