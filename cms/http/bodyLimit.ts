/**
 * How much of a request body the CMS reads: at most 1 MB of JSON, GraphQL or anything else, and
 * 10 MB for a multipart upload. Next.js sets no limit
 * on a route handler's body (`serverActions.bodySizeLimit` is for server actions only, and
 * `proxyClientMaxBodySize` truncates what a proxy buffers), so the API routes wrap Payload's
 * handlers in `withBodyLimit`, whether or not a reverse proxy in front has its own limit.
 */
import { json } from './json.ts'

/** Largest JSON, GraphQL or other non-upload body. */
export const maxJsonBytes = 1024 * 1024
/**
 * Largest multipart body (an upload: media, a CSV import), so largest file; also Payload's
 * `upload.limits.fileSize`. The whole body is refused here rather than the file by Payload, which
 * stops reading mid-body and resets the connection, so the client never sees its 413.
 */
export const maxUploadBytes = 10 * 1024 * 1024

function bodyLimitFor(contentType: string | null): number {
  return (contentType ?? '').toLowerCase().startsWith('multipart/') ? maxUploadBytes : maxJsonBytes
}

/**
 * The body's bytes, or `undefined` as soon as more than `limit` bytes have come: what was read is
 * dropped, and the rest is left unread.
 */
export async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Buffer<ArrayBuffer> | undefined> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return Buffer.concat(chunks, size)
      size += value.byteLength
      if (size > limit) return undefined
      chunks.push(value)
    }
  } finally {
    reader.releaseLock()
  }
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))

const tooLargeMessage = (limit: number) => ({
  en: `The request is larger than ${megabytes(limit)} MB, the most the CMS accepts.`,
  es: `La solicitud pesa más de ${megabytes(limit)} MB, el máximo que acepta el CMS.`,
})

/** Spanish when the client's first language is Spanish, English otherwise. */
export function clientLanguage(headers: Headers): 'en' | 'es' {
  return /^\s*es\b/i.test(headers.get('accept-language') ?? '') ? 'es' : 'en'
}

/**
 * After a 413, what the client goes on sending is read and dropped for a while (at most 64 MB or
 * 10 seconds: a photo too large to upload, say), so that it receives the answer rather than a
 * reset connection; then the connection is cut. Nothing of it is kept, and a body that ends
 * within that leaves the connection usable for the next request.
 */
function discardRest(body: ReadableStream<Uint8Array>): void {
  const reader = body.getReader()
  const cut = () => void reader.cancel().catch(() => {})
  const timer = setTimeout(cut, 10_000)
  void (async () => {
    try {
      for (let read = 0; read <= 64 * 1024 * 1024; ) {
        const { done, value } = await reader.read()
        if (done) break
        read += value.byteLength
      }
    } catch {
      // The client went away.
    }
    clearTimeout(timer)
    cut()
  })()
}

function tooLarge(request: Request, limit: number): Response {
  if (request.body) discardRest(request.body)
  return json({ errors: [{ message: tooLargeMessage(limit)[clientLanguage(request.headers)] }] }, 413)
}

/** The same request with its body read into `body`. */
export function withBodyBytes(request: Request, body: Uint8Array<ArrayBuffer>): Request {
  const headers = new Headers(request.headers)
  headers.delete('transfer-encoding')
  headers.set('content-length', String(body.byteLength))
  // Built from its parts: Next's request object cannot be the `input` of a new Request.
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal })
}

/**
 * The route handler, refusing a body over its limit before Payload reads any of it: by its
 * Content-Length, or, sent without one (chunked), as soon as the bytes read pass the limit; a
 * chunked body within it is passed on buffered. `limitFor` gives the limit for a Content-Type.
 */
export function withBodyLimit<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
  limitFor: (contentType: string | null) => number = bodyLimitFor,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    if (!request.body) return handler(request, ...rest)
    const limit = limitFor(request.headers.get('content-type'))
    const declared = request.headers.get('content-length')
    // Node's HTTP parser never delivers more than a declared Content-Length.
    if (declared !== null) return Number(declared) > limit ? tooLarge(request, limit) : handler(request, ...rest)
    const bytes = await readAtMost(request.body, limit)
    if (!bytes) return tooLarge(request, limit)
    return handler(withBodyBytes(request, bytes), ...rest)
  }
}
