/**
 * The CMS in production: `node cms/server.ts [--port 3000] [--hostname 0.0.0.0]`, the same as
 * `next start cms` with one difference. A pledge submission (`POST /api/pledges`) on SQLite is
 * answered by a handler the CMS registers once Payload has started (pledges/fastPath.ts), before
 * Next.js sees the request: Next's own routing costs several times what the intake does, and a
 * burst of employers signing at once should not queue behind it. Everything else, and every
 * request before the handler is registered or on MongoDB, goes to Next.js as before.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import next from 'next'

type FastHandler = (req: IncomingMessage, res: ServerResponse) => void
const fastPathKey = Symbol.for('chw-portal.pledge-fast-path')

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? '0.0.0.0'
// `next start` runs in production mode whatever the shell says; so does this.
;(process.env as Record<string, string>).NODE_ENV = 'production'

const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const isPledgeSubmission = (req: IncomingMessage) =>
  req.method === 'POST' && (req.url === '/api/pledges' || req.url === '/api/pledges/' || req.url?.startsWith('/api/pledges?') === true)

function route(req: IncomingMessage, res: ServerResponse): void {
  const fast = isPledgeSubmission(req) ? (globalThis as Record<symbol, FastHandler | undefined>)[fastPathKey] : undefined
  if (fast) fast(req, res)
  else void handle(req, res)
}

/**
 * Payload starts at the first request that needs it. That request is made here, on a private
 * port, before the public one opens: after a restart, the first employers and staff to arrive
 * are answered by a CMS that is ready, instead of queueing behind its start.
 */
async function startPayload(): Promise<void> {
  const privateServer = createServer(route)
  await new Promise<void>((resolve) => privateServer.listen(0, '127.0.0.1', resolve))
  const { port: privatePort } = privateServer.address() as { port: number }
  try {
    const response = await fetch(`http://127.0.0.1:${privatePort}/api/regions?limit=1&depth=0`)
    await response.arrayBuffer()
    if (!response.ok) console.error(`CMS start: /api/regions answered ${response.status}`)
  } catch (error) {
    console.error('CMS start: Payload did not answer', error)
  } finally {
    privateServer.closeAllConnections()
    privateServer.close()
  }
}

await startPayload()
const server = createServer(route)
server.on('upgrade', (req, socket, head) => void app.getUpgradeHandler()(req, socket, head))
server.listen(port, hostname, () => console.log(`CMS ready on http://${hostname}:${port}`))

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close()
    void app.close().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
