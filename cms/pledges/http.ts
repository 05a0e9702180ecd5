/** Small helpers for the pledge endpoints' HTTP side. */
import type { Locale } from '../../content/schema.ts'
import { maxJsonBytes, readAtMost } from '../http/bodyLimit.ts'
import { messages } from './messages.ts'
import type { FieldError } from './submission.ts'

/** Largest request body the pledge endpoints read. A full pledge is about 5 KB. */
export const maxBodyBytes = 64 * 1024

export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

export function badRequest(errors: FieldError[]): Response {
  return json({ errors }, 400)
}

/**
 * The body as text, or the 413/415 answer; never keeps more than `maxJsonBytes`, whatever it claims.
 * A body over `maxBodyBytes` but within `maxJsonBytes` is read to its end and dropped, so the
 * client's keep-alive connection stays usable for its next request.
 */
export async function readBody(req: Pick<Request, 'headers'> & { body?: Request['body'] }, locale: Locale = 'en'): Promise<Response | string> {
  if (!(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return json({ errors: [{ field: '', message: messages.notJsonType[locale] }] }, 415)
  }
  const tooLarge = () => json({ errors: [{ field: '', message: messages.tooLarge[locale] }] }, 413)
  if (Number(req.headers.get('content-length') ?? 0) > maxJsonBytes) return tooLarge()
  if (!req.body) return ''
  const bytes = await readAtMost(req.body, maxJsonBytes)
  if (!bytes || bytes.byteLength > maxBodyBytes) return tooLarge()
  try {
    return utf8.decode(bytes)
  } catch {
    // Bytes that are not UTF-8 would be stored as U+FFFD: refuse them instead.
    return json({ errors: [{ field: '', message: messages.notUtf8[locale] }] }, 400)
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}
