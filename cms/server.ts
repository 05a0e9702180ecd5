/**
 * The CMS in production: `node cms/server.ts [--port 3000] [--hostname 0.0.0.0]`, the same as
 * `next start cms` with one difference. A pledge submission (`POST /api/pledges`) on SQLite is
 * answered by a handler the CMS registers once Payload has started (pledges/fastPath.ts), before
 * Next.js sees the request: Next's own routing costs several times what the intake does, and a
 * burst of employers signing at once should not queue behind it. Everything else, and every
 * request before the handler is registered or on MongoDB, goes to Next.js as before.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import next from 'next'
// Type only: the handler itself lives in Next's module graph and is found on globalThis.
import type { FastPath } from './pledges/fastPath.ts'

const fastPathKey = Symbol.for('chw-portal.pledge-fast-path')
const fastPath = () => (globalThis as Record<symbol, FastPath | undefined>)[fastPathKey]

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? '0.0.0.0'
// `next start` runs in production mode whatever the shell says; so does this.
;(process.env as Record<string, string>).NODE_ENV = 'production'

/**
 * The port is shared between this process's sockets (see `listeners` below), which would also let
 * a second CMS of the same user share it without a word. So a port in use stops the start, before
 * Payload or the pledge drainer start on the database.
 */
async function ensureFree(listenPort: number): Promise<void> {
  if (listenPort === 0) return
  const probe = createServer()
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject)
      probe.listen({ port: listenPort, host: hostname }, resolve)
    })
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
    console.error(inUse ? `Port ${listenPort} is in use on ${hostname}: is the CMS already running?` : error)
    process.exit(1)
  }
  await new Promise((resolve) => probe.close(resolve))
}
await ensureFree(port)

const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const isPledgeSubmission = (req: IncomingMessage) =>
  req.method === 'POST' && (req.url === '/api/pledges' || req.url === '/api/pledges/' || req.url?.startsWith('/api/pledges?') === true)

function route(req: IncomingMessage, res: ServerResponse): void {
  const fast = isPledgeSubmission(req) ? fastPath() : undefined
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

/**
 * libuv accepts one connection per listening socket per turn of the event loop. When a burst of
 * employers connect at once while the CMS is busy answering others, a turn is long and the last
 * of them waited seconds just to be accepted (bench:pledges, 100 new connections: up to 3.6 s,
 * with every answer taking milliseconds). So the port is opened several times (SO_REUSEPORT, on
 * Linux): the kernel spreads new connections over the sockets and each turn accepts one on each.
 * Only processes of the same user can join them, and ensureFree keeps a second CMS out.
 */
const listeners = process.platform === 'linux' ? 16 : 1

function listen(listenPort: number, reusePort: boolean): Promise<Server> {
  const server = createServer(route)
  server.on('upgrade', (req, socket, head) => void app.getUpgradeHandler()(req, socket, head))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port: listenPort, host: hostname, reusePort }, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}

await startPayload()
// After a restart with pledges left to save, the first save (the slowest, nothing is compiled
// yet) is done before anyone waits behind it; never more than 15 s.
await Promise.race([fastPath()?.ready, new Promise((resolve) => setTimeout(resolve, 15_000).unref())])
await ensureFree(port)
const first = await listen(port, listeners > 1)
// With --port 0 the system picks the port; the other sockets open that same one.
const { port: openPort } = first.address() as { port: number }
const servers = [first, ...(await Promise.all(Array.from({ length: listeners - 1 }, () => listen(openPort, true))))]
console.log(`CMS ready on http://${hostname}:${openPort}`)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    for (const server of servers) server.close()
    void app.close().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
