/** Small helpers for the pledge endpoints' HTTP side. */
import type { Locale } from '../../content/schema.ts'
import { maxJsonBytes, readAtMost } from '../http/bodyLimit.ts'
import { messages } from './messages.ts'
import type { FieldError } from './submission.ts'
import { json } from '../http/json.ts'

/** Largest request body the pledge endpoints read. A full pledge is about 5 KB. */
const maxBodyBytes = 64 * 1024

export function badRequest(errors: FieldError[]): Response {
  return json({ errors }, 400)
}

/**
 * The body as text, or the 413/415 answer; never keeps more than `maxJsonBytes`, whatever it claims.
 * A body over `maxBodyBytes` but within `maxJsonBytes` is read to its end and dropped, so the
 * client's keep-alive connection stays usable for its next request.
 */
export async function readBody(req: Pick<Request, 'headers'> & { body?: Request['body'] }, locale: Locale = 'en'): Promise<Response | string> {
  if (!isJsonType(req.headers.get('content-type'))) {
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

/** `application/json`, in UTF-8 if a charset is named (not `application/jsonp`, not UTF-16). */
function isJsonType(contentType: string | null): boolean {
  const [type, ...params] = (contentType ?? '')
    .toLowerCase()
    .split(';')
    .map((s) => s.trim())
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replaceAll('"', '')
  return type === 'application/json' && (charset === undefined || charset === 'utf-8')
}

/** A pledge nests four levels deep; far deeper JSON is not a pledge, and walking it would overflow the stack. */
const maxDepth = 16

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false }
  }
  return depthWithin(value, maxDepth) ? { ok: true, value } : { ok: false }
}

function depthWithin(root: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (value === null || typeof value !== 'object') continue
    if (depth >= max) return false
    for (const child of Object.values(value)) stack.push([child, depth + 1])
  }
  return true
}
