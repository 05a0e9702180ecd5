/**
 * The CMS server itself (`cms/server.ts`), against the shared test CMS: its port is opened on
 * several sockets so that a burst of new connections is accepted at once, and a second CMS
 * started on the same port stops instead of sharing it.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, inject, it } from 'vitest'
import { rootDir } from '../scripts/lib/processes.ts'

const cmsUrl = inject('cmsUrl')
const port = Number(new URL(cmsUrl).port)

/** Listening TCP sockets on `port`, from the kernel's own table (Linux). */
function listeningSockets(): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter(([, local, , state]) => local?.endsWith(`:${hexPort}`) && state === '0A').length
}

it.runIf(process.platform === 'linux')('opens its port on 16 sockets, each accepting new connections', async () => {
  expect(listeningSockets()).toBe(16)
  // Many new connections at once (one request each, no keep-alive): every one is answered.
  const answers = await Promise.all(
    Array.from({ length: 64 }, () => fetch(`${cmsUrl}/api/regions?limit=1&depth=0`, { headers: { Connection: 'close' } }).then((r) => r.status)),
  )
  expect(answers).toEqual(answers.map(() => 200))
})

it('refuses to start a second CMS on a port in use, and the first goes on answering', async () => {
  const second = spawn(join(rootDir, 'node_modules/.bin/node'), ['cms/server.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: rootDir,
    env: { ...process.env, ...inject('cmsEnv') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  second.stdout.on('data', (chunk: Buffer) => (output += chunk))
  second.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => second.once('exit', resolve))
  expect(code).toBe(1)
  expect(output).toContain(`Port ${port} is in use on 127.0.0.1: is the CMS already running?`)
  // It stopped before Payload started on the shared database.
  expect(output).not.toMatch(/Pledge intake/)
  const after = await fetch(`${cmsUrl}/api/regions?limit=1&depth=0`)
  expect(after.status).toBe(200)
  if (process.platform === 'linux') expect(listeningSockets()).toBe(16)
})
