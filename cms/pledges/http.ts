/** Small helpers for the pledge endpoints' HTTP side. */
import type { Locale } from '../../content/schema.ts'
import { messages } from './messages.ts'
import type { FieldError } from './submission.ts'

/** Largest request body the pledge endpoints read. A full pledge is about 5 KB. */
export const maxBodyBytes = 64 * 1024

export class BodyTooLarge extends Error {}

export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  // no-transform: Next.js would otherwise gzip each of these small answers, which costs more CPU
  // than the rest of a submission.
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store, no-transform', ...headers } })
}

export function badRequest(errors: FieldError[]): Response {
  return json({ errors }, 400)
}

/** Reads at most `maxBodyBytes`, stopping as soon as a body is larger, whatever it claims to be. */
export async function readBody(req: Pick<Request, 'headers'> & { body?: Request['body'] }, locale: Locale = 'en'): Promise<Response | string> {
  if (!(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return json({ errors: [{ field: '', message: messages.notJsonType[locale] }] }, 415)
  }
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxBodyBytes) return json({ errors: [{ field: '', message: messages.tooLarge[locale] }] }, 413)
  if (!req.body) return ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBodyBytes) {
      await reader.cancel()
      return json({ errors: [{ field: '', message: messages.tooLarge[locale] }] }, 413)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/**
 * The CORS headers Payload puts on its own answers, for a route that answers without Payload:
 * only an origin in the config's `cors` list (the site) may read the answer.
 */
export function withCors(request: Request, response: Response, cors: unknown): Response {
  const origin = request.headers.get('origin')
  if (origin && (cors === '*' || (Array.isArray(cors) && cors.includes(origin)))) {
    response.headers.set('Access-Control-Allow-Origin', cors === '*' ? '*' : origin)
    if (cors !== '*') response.headers.set('Access-Control-Allow-Credentials', 'true')
  }
  return response
}
