/**
 * The CMS's settings, from the environment. A `.env` file at the repository root is read first
 * (without overriding variables already set), so `npm start`, the Payload CLI and Next.js all see
 * the same values wherever they were started from.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { rootDir } from './paths.ts'

const envFile = resolve(rootDir, '.env')
if (existsSync(envFile)) process.loadEnvFile(envFile)

const cmsPort = Number(process.env.CMS_PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
/** Where the CMS is reached (links in emails, the admin's own URL). */
export const cmsUrl = (process.env.CMS_URL || `http://localhost:${cmsPort}`).replace(/\/$/, '')
/** The public site's origin: the only origin allowed to call the API from a browser. */
export const siteUrl = (process.env.SITE_URL || `http://localhost:${sitePort}`).replace(/\/$/, '')
/** Uploaded files (relative paths are from the repository root); backups include this folder. */
export const mediaDir = resolve(rootDir, process.env.MEDIA_DIR || '.data/media')

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) {
    throw new Error('PAYLOAD_SECRET is not set. `npm start` writes a development one to .env; in production set a long random value.')
  }
  return secret
}

type Env = Record<string, string | undefined>

/** How `npm start` marks the secret it writes to .env (scripts/lib/dev-env.ts). */
export const developmentSecretPrefix = 'dev-only-'
export const developmentSecretComment = '# Written by npm start for local development. Never reuse in production.'
const minimumSecretLength = 32

const readDotEnv = () => (existsSync(envFile) ? readFileSync(envFile, 'utf8') : '')

/** The secret `npm start` wrote: its prefix, or (written before the prefix existed) the line under its comment in .env. */
function isDevelopmentSecret(secret: string, dotEnv: string): boolean {
  if (secret.startsWith(developmentSecretPrefix)) return true
  const lines = dotEnv.split(/\r?\n/)
  return lines.some((line, i) => line.trim() === developmentSecretComment && lines[i + 1]?.trim() === `PAYLOAD_SECRET=${secret}`)
}

const localHosts = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i

function publicUrlProblem(name: 'SITE_URL' | 'CMS_URL', value: string | undefined, what: string): string | undefined {
  const example = name === 'SITE_URL' ? 'https://chw.example.org' : 'https://cms.chw.example.org'
  const advice = `set ${name} to ${what} public address, e.g. ${example}.`
  if (!value) return `${name} is not set: ${advice}`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `${name} is not a URL ("${value}"): ${advice}`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${name} must be an http(s) address ("${value}"): ${advice}`
  if (localHosts.test(url.hostname)) return `${name} points to this machine (${value}), which nobody else can reach: ${advice}`
  return undefined
}

/**
 * What makes these settings unsafe for a public server: a missing, short or development
 * PAYLOAD_SECRET (anyone who knows it can sign sessions), and a SITE_URL or CMS_URL that is
 * missing or local (emails would link to localhost, and CORS/CSRF would trust the wrong origin).
 */
export function unsafeProductionSettings(env: Env = process.env, dotEnv = readDotEnv()): string[] {
  const problems: string[] = []
  const secret = env.PAYLOAD_SECRET
  const newSecret = 'generate one with `openssl rand -hex 32`'
  if (!secret) problems.push(`PAYLOAD_SECRET is not set: set it to a random value of at least ${minimumSecretLength} characters (${newSecret}).`)
  else if (isDevelopmentSecret(secret, dotEnv))
    problems.push(`PAYLOAD_SECRET is the development secret \`npm start\` wrote to .env: set a new random value for production (${newSecret}).`)
  else if (secret.length < minimumSecretLength)
    problems.push(`PAYLOAD_SECRET is ${secret.length} characters long: set a random value of at least ${minimumSecretLength} characters (${newSecret}).`)
  problems.push(
    ...[publicUrlProblem('SITE_URL', env.SITE_URL, "the site's"), publicUrlProblem('CMS_URL', env.CMS_URL, "this CMS's")].filter((p) => p !== undefined),
  )
  return problems
}

/**
 * Whether this process serves the public: NODE_ENV=production, except while `next build` runs
 * (it builds with NODE_ENV=production too) and for runs on this machine in production mode that
 * mark themselves with PORTAL_LOCAL=1 (`npm start`, the tests, the benchmarks).
 */
export function servesThePublic(env: Env = process.env): boolean {
  return env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build' && env.PORTAL_LOCAL !== '1'
}

/** Refuses to start a public server with unsafe settings; the message names each variable and what to set. */
export function refuseUnsafeProductionSettings(env: Env = process.env): void {
  if (!servesThePublic(env)) return
  const problems = unsafeProductionSettings(env)
  if (problems.length === 0) return
  throw new Error(
    `The CMS will not start in production (NODE_ENV=production) with these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
      'Set them in the environment (or .env). A local trial in production mode on this machine: set PORTAL_LOCAL=1, as `npm start` does.',
  )
}
