/**
 * The pledge submission handler that `cms/server.ts` calls for `POST /api/pledges` without going
 * through Next.js. Registered on globalThis once Payload has started in the CMS server, because
 * the server and Next's bundles are separate module graphs in one process; the handler itself
 * is the same `receivePledge` the Next route calls, so both answer alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { json, withCors } from './http.ts'
import { pledgeDrainer } from './intake/index.ts'
import { receivePledge } from './receive.ts'

const fastPathKey = Symbol.for('chw-portal.pledge-fast-path')

/** Node's request headers as the Fetch API's, with X-Forwarded-For set to the peer's address when absent, as Next.js does. */
function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const peer = req.socket.remoteAddress
  if (peer && !headers.has('x-forwarded-for')) headers.set('x-forwarded-for', peer)
  return headers
}

/**
 * The request body as a web stream for `receivePledge`. Unlike `Readable.toWeb`, a reader that
 * stops early (a body too large) does not destroy the request, and with it the connection, before
 * the 413 is written: the rest of the body is then dealt with by `discardRest`.
 */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array<ArrayBuffer>> {
  let stop = () => {}
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      const onData = (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength))
        if ((controller.desiredSize ?? 0) <= 0) req.pause()
      }
      const onEnd = () => controller.close()
      const onError = (error: Error) => controller.error(error)
      req.on('data', onData).once('end', onEnd).once('error', onError)
      stop = () => req.off('data', onData).off('end', onEnd).off('error', onError).pause()
    },
    pull: () => void req.resume(),
    // The reader stopped early: the stream lets go of the request, which stays open.
    cancel: () => stop(),
  })
}

/** Largest part of a refused body read and dropped to keep the connection; past it, it is closed. */
const maxDiscardBytes = 1024 * 1024

/**
 * After answering a request whose body was not read to its end (413): the rest is read and
 * dropped, so the connection stays in step for the client's next request, as Node does for a
 * body nobody reads. A client still sending past `maxDiscardBytes` is cut off.
 */
function discardRest(req: IncomingMessage): void {
  let left = maxDiscardBytes
  req.on('data', (chunk: Buffer) => {
    left -= chunk.byteLength
    if (left < 0) req.socket.destroy()
  })
  req.resume()
}

async function answer(payload: Payload, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = requestHeaders(req)
  let response: Response
  try {
    response = await receivePledge(payload, { headers, body: bodyOf(req) })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Pledge submission failed' })
    response = json({ errors: [{ field: '', message: 'Something went wrong; try again.' }] }, 500)
  }
  response = withCors({ headers } as Request, response, payload.config.cors)
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': String(body.byteLength) })
  res.end(body)
  if (!req.complete) discardRest(req)
}

/** What `cms/server.ts` finds on globalThis: the handler, and when the CMS is ready for a burst. */
export type FastPath = ((req: IncomingMessage, res: ServerResponse) => void) & { ready?: Promise<void> }

export function registerPledgeFastPath(payload: Payload): void {
  const handler: FastPath = (req, res) => {
    answer(payload, req, res).catch((error) => {
      payload.logger.error({ err: error, msg: 'Pledge answer failed' })
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  }
  handler.ready = pledgeDrainer()?.started
  ;(globalThis as Record<symbol, unknown>)[fastPathKey] = handler
}
