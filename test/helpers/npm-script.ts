/** Runs an npm entry point as a person's shell would, and collects what it printed. */
import { spawn } from 'node:child_process'
import { rootDir } from '../../scripts/lib/processes.ts'

export type ScriptRun = { code: number | null; output: string }

/**
 * `npm run <script> -- <args>` in the repository with `env` added: the system's npm, which puts
 * the project's Node 24 first on PATH. None of vitest's variables (NODE_ENV=test) are passed on.
 */
export function npmRun(script: string, args: string[], env: Record<string, string>): Promise<ScriptRun> {
  const base: NodeJS.ProcessEnv = { ...process.env }
  for (const key of Object.keys(base)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete base[key]
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: rootDir, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}
