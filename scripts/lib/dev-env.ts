/**
 * Zero-setup development: creates .data/ and, when no PAYLOAD_SECRET is set anywhere, writes a
 * random development secret to .env. Production sets its own environment and never gets here
 * with a missing secret.
 */
import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { developmentSecretComment, developmentSecretPrefix } from '../../cms/env.ts'
import { rootDir } from './processes.ts'

export function ensureDevelopmentEnv(): void {
  mkdirSync(join(rootDir, '.data'), { recursive: true })
  const envFile = join(rootDir, '.env')
  if (existsSync(envFile)) process.loadEnvFile(envFile)
  if (process.env.PAYLOAD_SECRET) return
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET is not set. In production, set it to a long random value.')
  }
  // The prefix lets a production start recognise it and refuse it (cms/env.ts).
  const secret = `${developmentSecretPrefix}${randomBytes(32).toString('hex')}`
  const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : ''
  appendFileSync(envFile, `${existing && !existing.endsWith('\n') ? '\n' : ''}${developmentSecretComment}\nPAYLOAD_SECRET=${secret}\n`)
  process.env.PAYLOAD_SECRET = secret
  console.log('Wrote a development PAYLOAD_SECRET to .env')
}
