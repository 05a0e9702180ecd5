/**
 * A "squatter" on a port (3000 by default): another app that accepts WebSocket upgrades and then
 * never sends a byte. Outside production, Payload's getPayload() opens a hot-reload socket to
 * ws://localhost:${PORT || 3000}/_next/hmr (node_modules/payload/dist/utilities/getNextJsHMRURL.js)
 * unless DISABLE_PAYLOAD_HMR=true; with a squatter there, that socket stays open forever and a
 * script that opened Payload never exits. It listens on every interface, IPv4 and IPv6, so it
 * answers whatever `localhost` resolves to, and it checks that a WebSocket client reaching
 * ws://localhost:<port> does get an open (silent) socket from it.
 */
import { createHash } from 'node:crypto'
import { lookup } from 'node:dns/promises'
import { createServer } from 'node:http'
import type { Socket } from 'node:net'

export type Squatter = {
  port: number
  /** TCP connections accepted since the last reset(). */
  connections: number
  /** Request lines (`GET /_next/hmr`) of the WebSocket upgrades answered since the last reset(). */
  upgrades: string[]
  /** Drops every open connection and zeroes the counts. */
  reset: () => void
  close: () => Promise<void>
}

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'

function listen(server: ReturnType<typeof createServer>, port: number, host: string, ipv6Only?: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error)
    server.once('error', fail)
    server.listen({ port, host, ipv6Only, exclusive: true }, () => {
      server.off('error', fail)
      resolve()
    })
  })
}

export async function squat(port = 3000): Promise<Squatter> {
  const sockets = new Set<Socket>()
  const server = createServer((_request, response) => {
    // A plain request (not an upgrade): answer, so nothing hangs on it by accident.
    response.writeHead(404).end()
  })
  const squatter: Squatter = {
    port,
    connections: 0,
    upgrades: [],
    reset() {
      for (const socket of sockets) socket.destroy()
      sockets.clear()
      squatter.connections = 0
      squatter.upgrades = []
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
  server.on('connection', (socket: Socket) => {
    squatter.connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
  })
  server.on('upgrade', (request, socket: Socket) => {
    squatter.upgrades.push(`${request.method} ${request.url}`)
    const key = request.headers['sec-websocket-key']
    if (typeof key !== 'string' || request.headers.upgrade?.toLowerCase() !== 'websocket') {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
      return
    }
    const accept = createHash('sha1')
      .update(key + WEBSOCKET_GUID)
      .digest('base64')
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
    // …and then nothing, ever: no frames, no pings, no close. The socket stays open.
  })

  try {
    // Dual-stack: [::]:port also takes 127.0.0.1:port (IPv4-mapped), so both families are covered.
    await listen(server, port, '::', false)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw inUse(port)
    if (code !== 'EAFNOSUPPORT' && code !== 'EADDRNOTAVAIL') throw error
    // No IPv6 here: all IPv4 interfaces.
    try {
      await listen(server, port, '0.0.0.0')
    } catch (ipv4Error) {
      throw (ipv4Error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? inUse(port) : ipv4Error
    }
  }

  try {
    // What Payload's client would reach: ws://localhost:<port>, and each address localhost resolves to.
    const addresses = (await lookup('localhost', { all: true })).map(({ address, family }) => (family === 6 ? `[${address}]` : address))
    const urls = ['localhost', ...addresses].map((host) => `ws://${host}:${port}/_next/hmr`)
    for (const url of urls) await probe(url)
    if (squatter.upgrades.length !== urls.length) {
      throw new Error(`The squatter's self-check failed: ${urls.length} WebSocket(s) opened but it answered ${squatter.upgrades.length}`)
    }
  } catch (error) {
    await squatter.close()
    throw error
  }
  squatter.reset()
  return squatter
}

function inUse(port: number): Error {
  return new Error(
    `Port ${port} is already in use. This test needs it free so that it can stand in for another app ` +
      `listening on :${port} (Payload's hot-reload socket aims there); stop whatever listens on it ` +
      `(\`ss -ltnp | grep :${port}\`) and run the test again.`,
  )
}

/** Opens a WebSocket to `url` and expects the squatter's silent 101 within 5 s. */
function probe(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url)
    const timer = setTimeout(() => {
      socket.close()
      reject(new Error(`The squatter's self-check failed: ${url} did not open within 5 s`))
    }, 5000)
    socket.onopen = () => {
      clearTimeout(timer)
      resolve()
    }
    socket.onerror = () => {
      clearTimeout(timer)
      reject(new Error(`The squatter's self-check failed: ${url} did not open a WebSocket (is another app answering there?)`))
    }
  })
}
