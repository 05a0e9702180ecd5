/**
 * Preview tokens: short-lived, signed by the CMS, naming one document. The CMS mints one when a
 * signed-in editor clicks Preview and checks it when the site's preview page asks for the draft,
 * so a preview link that leaks later stops working once it expires. HMAC-SHA256 with a key derived
 * from PAYLOAD_SECRET (never the secret itself, which also signs staff sessions).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { isPreviewKind, type PreviewKind } from './kinds.ts'

/** How long a preview link works: long enough to read and reload, short enough not to matter if it leaks. */
export const previewTokenSeconds = 15 * 60

export type PreviewTarget = { kind: PreviewKind; id?: string }
type Claims = { k: PreviewKind; id?: string; exp: number }

export type VerifiedToken = { ok: true; target: PreviewTarget } | { ok: false; reason: 'missing' | 'invalid' | 'expired' }

const previewKey = (secret: string) => createHmac('sha256', secret).update('chw-portal preview token v1').digest()
const sign = (body: string, secret: string) => createHmac('sha256', previewKey(secret)).update(body).digest('base64url')

export function signPreviewToken(target: PreviewTarget, secret: string, now = Date.now(), seconds = previewTokenSeconds): string {
  const claims: Claims = { k: target.kind, ...(target.id !== undefined && { id: target.id }), exp: Math.floor(now / 1000) + seconds }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${sign(body, secret)}`
}

export function verifyPreviewToken(token: string | null | undefined, secret: string, now = Date.now()): VerifiedToken {
  if (!token) return { ok: false, reason: 'missing' }
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' }
  let claims: Claims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (!isPreviewKind(claims.k) || typeof claims.exp !== 'number') return { ok: false, reason: 'invalid' }
  if (claims.exp * 1000 <= now) return { ok: false, reason: 'expired' }
  return { ok: true, target: { kind: claims.k, ...(claims.id !== undefined && { id: String(claims.id) }) } }
}
