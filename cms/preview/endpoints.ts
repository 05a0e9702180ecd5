/**
 * The two halves of a preview:
 *
 * - `GET /api/preview/:collection/:id` and `GET /api/preview/framework` (`?locale=es` for Spanish):
 *   the admin's Preview button links here. Only a signed-in editor or admin who may read the
 *   document's drafts gets through; the CMS then mints a short-lived token for that one document
 *   and redirects to the site's preview page (`SITE_PREVIEW_URL`, else `SITE_URL`).
 * - `GET /api/preview/draft` with the token in `X-Preview-Token`: called by the site's preview
 *   page, server to server. Answers the latest draft in the snapshot's shape, or why it cannot be
 *   shown; 401 for a missing, forged or expired token.
 *
 * Nothing here is cached (`Cache-Control: no-store`), and nothing is published.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { isEditor } from '../access/isEditor.ts'
import { cmsUrl, payloadSecret, siteUrl } from '../env.ts'
import { readDraft } from './draft.ts'
import { isPreviewCollection, type PreviewKind } from './kinds.ts'
import { signPreviewToken, verifyPreviewToken, type PreviewTarget } from './token.ts'
import { json } from '../http/json.ts'

/** Where the site's on-demand preview page runs: the dev server in development, a small node service in production. */
const sitePreviewUrl = () => (process.env.SITE_PREVIEW_URL || siteUrl).replace(/\/$/, '')

const noStore = { 'Cache-Control': 'no-store, private', 'Referrer-Policy': 'no-referrer' }

/** The site's preview page for a token, in English or under /es/. */
export function sitePreviewLocation(token: string, locale: string | null | undefined): string {
  return `${sitePreviewUrl()}${locale === 'es' ? '/es' : ''}/preview/?token=${encodeURIComponent(token)}`
}

/** What the admin's Preview button links to (`admin.preview` of the collection or global). */
export function adminPreviewPath(kind: PreviewKind, id: number | string | undefined, locale: string | undefined): string | null {
  if (kind !== 'framework' && (id === undefined || id === null || id === '')) return null
  const path = kind === 'framework' ? '/api/preview/framework' : `/api/preview/${kind}/${encodeURIComponent(String(id))}`
  return `${cmsUrl}${path}?locale=${locale === 'es' ? 'es' : 'en'}`
}

async function openPreview(req: PayloadRequest, target: PreviewTarget): Promise<Response> {
  if (!req.user) return json({ message: 'Sign in to the admin to preview drafts.' }, 401, noStore)
  if (!isEditor({ req })) return json({ message: 'Only content staff (editors and admins) can preview drafts.' }, 403, noStore)
  // The user's own access decides: the document must exist and its drafts be readable by them.
  const found =
    target.kind === 'framework'
      ? await req.payload.findGlobal({ slug: 'framework', draft: true, depth: 0, user: req.user, overrideAccess: false })
      : await req.payload.findByID({
          collection: target.kind,
          id: target.id ?? '',
          draft: true,
          depth: 0,
          user: req.user,
          overrideAccess: false,
          disableErrors: true,
        })
  if (!found) return json({ message: 'No such document.' }, 404, noStore)
  const token = signPreviewToken(target, payloadSecret())
  const locale = new URL(req.url ?? '', cmsUrl).searchParams.get('locale')
  return new Response(null, { status: 302, headers: { ...noStore, Location: sitePreviewLocation(token, locale) } })
}

export const previewEndpoints: Endpoint[] = [
  {
    path: '/preview/draft',
    method: 'get',
    handler: async (req) => {
      const verified = verifyPreviewToken(req.headers.get('x-preview-token'), payloadSecret())
      if (!verified.ok) {
        const message = {
          missing: 'A preview token is required.',
          invalid: 'This preview link is not valid.',
          expired: 'This preview link has expired.',
        }[verified.reason]
        return json({ reason: verified.reason, message }, 401, noStore)
      }
      const draft = await readDraft(req.payload, verified.target)
      if (draft.state === 'not-found') return json({ reason: 'not-found', message: 'The document no longer exists.' }, 404, noStore)
      if (draft.state === 'invalid') return json({ reason: 'invalid', problems: draft.problems }, 422, noStore)
      return json({ kind: draft.kind, item: draft.item }, 200, noStore)
    },
  },
  {
    path: '/preview/framework',
    method: 'get',
    handler: (req) => openPreview(req, { kind: 'framework' }),
  },
  {
    path: '/preview/:collection/:id',
    method: 'get',
    handler: (req) => {
      const collection = req.routeParams?.collection
      if (!isPreviewCollection(collection)) return json({ message: 'Nothing to preview here.' }, 404, noStore)
      return openPreview(req, { kind: collection, id: String(req.routeParams?.id) })
    },
  },
]
