/** Child processes for the npm entry points: run a step to completion, or keep services running. */
import { type ChildProcess, spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const rootDir = resolve(fileURLToPath(import.meta.url), '../../..')
const binDir = resolve(rootDir, 'node_modules/.bin')
const bin = (name: string) => resolve(binDir, name)
/** The project's Node (24) first on PATH, as under `npm run`: the tools' `#!/usr/bin/env node` finds it. */
const withProjectNode = (env: Record<string, string>) => ({ ...process.env, PATH: `${binDir}:${process.env.PATH ?? ''}`, ...env })

/** Runs node_modules/.bin/<command> in the repository root and resolves when it exits 0. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(bin(command), args, { cwd: rootDir, stdio: 'inherit', env: withProjectNode(env) })
    child.on('error', fail)
    child.on('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`))))
  })
}

/**
 * Runs node_modules/.bin/<command> in the repository root without blocking the caller, with only
 * `env` as its environment (plus the project's Node on PATH), and resolves when it exits, whatever
 * the exit code, with the end of its output (stdout and stderr interleaved) for an error message,
 * and its process id.
 */
export function runCapturingOutput(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  keepChars = 8000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string; pid?: number }> {
  return new Promise((done, fail) => {
    const child = spawn(bin(command), args, {
      cwd: rootDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, PATH: `${binDir}:${env.PATH ?? process.env.PATH ?? ''}` },
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-keepChars)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', fail)
    child.on('close', (code, signal) => done({ code, signal, output, pid: child.pid }))
  })
}

/** Starts a long-running service whose output is prefixed with its name. */
export function serve(name: string, command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(bin(command), args, {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: withProjectNode(env),
    detached: true,
  })
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${name}] ${line}\n`)
      .join('')
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  return child
}

/** Stops a service and everything it started (its process group). */
export function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Resolves once `url` answers with a status below 500, or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
