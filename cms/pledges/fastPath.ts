/**
 * The pledge submission handler that `cms/server.ts` calls for `POST /api/pledges` without going
 * through Next.js. Registered on globalThis once Payload has started in the CMS server, because
 * the server and Next's bundles are separate module graphs in one process; the handler itself
 * is the same `receivePledge` the Next route calls, so both answer alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
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

async function answer(payload: Payload, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = requestHeaders(req)
  let response: Response
  try {
    response = await receivePledge(payload, { headers, body: Readable.toWeb(req) as unknown as Request['body'] })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Pledge submission failed' })
    response = json({ errors: [{ field: '', message: 'Something went wrong; try again.' }] }, 500)
  }
  response = withCors({ headers } as Request, response, payload.config.cors)
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': String(body.byteLength) })
  res.end(body)
  // A body refused before it was read (413) must not be left half-read on a kept-alive socket.
  if (!req.complete) req.resume()
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
