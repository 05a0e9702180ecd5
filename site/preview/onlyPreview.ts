/** Middleware of the preview server build: every path but the preview page is a 404 (assets are served before this). */
import { defineMiddleware } from 'astro:middleware'

const previewPaths = new Set(['/preview/', '/es/preview/'])

export const onRequest = defineMiddleware((context, next) =>
  previewPaths.has(context.url.pathname)
    ? next()
    : new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } }),
)
