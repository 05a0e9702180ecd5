/**
 * Who may fetch the snapshot: a site build holding SITE_BUILD_TOKEN, sent as
 * `Authorization: Bearer <token>`. With no token configured nobody may (the endpoint is off).
 */
import { createHash, timingSafeEqual } from 'node:crypto'

export type BuildTokenCheck = 'ok' | 'off' | 'missing' | 'wrong'

const digest = (text: string) => createHash('sha256').update(text).digest()

export function checkBuildToken(authorization: string | null | undefined, configured: string | undefined): BuildTokenCheck {
  const expected = configured?.trim()
  if (!expected) return 'off'
  const sent = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
  if (!sent) return 'missing'
  // Digests have the same length whatever was sent, so the comparison takes the same time too.
  return timingSafeEqual(digest(sent), digest(expected)) ? 'ok' : 'wrong'
}
