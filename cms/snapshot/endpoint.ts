/**
 * `GET /api/snapshot`: the published content as one JSON document (one entry per content/ file),
 * for a site build that has no database (`npm run build:site` with PORTAL_CONTENT_URL). It is
 * the export `npm run export` writes, validated by the contract before anything is sent: an
 * invalid document answers 409 with the problems, never a partial snapshot.
 *
 * Only a build holding SITE_BUILD_TOKEN gets it (401 otherwise); with no token configured the
 * endpoint is off (404). A strong ETag (a hash of the body) lets a client ask `If-None-Match` and
 * get 304 when nothing changed; shared caches must not keep it (`private`).
 */
import { createHash } from 'node:crypto'
import type { Endpoint } from 'payload'
import { parseSnapshot, SnapshotError } from '../../content/snapshot.ts'
import { type BuildTokenCheck, checkBuildToken } from './buildToken.ts'
import { readSnapshotFromCms } from './exportSnapshot.ts'
import { json } from '../http/json.ts'

const cacheHeaders = { 'Cache-Control': 'private, no-cache', 'Referrer-Policy': 'no-referrer' }

const refusals: Record<Exclude<BuildTokenCheck, 'ok'>, () => Response> = {
  off: () => json({ message: 'The snapshot endpoint is off: set SITE_BUILD_TOKEN in the CMS environment to turn it on.' }, 404, cacheHeaders),
  missing: () =>
    json({ message: 'SITE_BUILD_TOKEN is missing: send it as "Authorization: Bearer <token>".' }, 401, {
      ...cacheHeaders,
      'WWW-Authenticate': 'Bearer realm="snapshot"',
    }),
  wrong: () =>
    json({ message: 'SITE_BUILD_TOKEN is wrong: it must equal SITE_BUILD_TOKEN in the CMS environment.' }, 401, {
      ...cacheHeaders,
      'WWW-Authenticate': 'Bearer realm="snapshot", error="invalid_token"',
    }),
}

/** If-None-Match compares weakly (RFC 9110 13.1.2): a W/ prefix still matches. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((tag) => {
    const value = tag.trim()
    return value === '*' || value.replace(/^W\//, '') === etag
  })
}

export const snapshotEndpoint: Endpoint = {
  path: '/snapshot',
  method: 'get',
  handler: async (req) => {
    const access = checkBuildToken(req.headers.get('authorization'), process.env.SITE_BUILD_TOKEN)
    if (access !== 'ok') return refusals[access]()
    let body: string
    try {
      body = JSON.stringify(parseSnapshot(await readSnapshotFromCms(req.payload)))
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error
      return json(
        { message: 'The published content does not pass the contract; fix the documents named below and publish again.', problems: error.problems },
        409,
        cacheHeaders,
      )
    }
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`
    if (matchesEtag(req.headers.get('if-none-match'), etag)) {
      return new Response(null, { status: 304, headers: { ...cacheHeaders, ETag: etag } })
    }
    return new Response(body, { status: 200, headers: { ...cacheHeaders, ETag: etag, 'Content-Type': 'application/json; charset=utf-8' } })
  },
}
