/**
 * The CMS's settings, from the environment. A `.env` file at the repository root is read first
 * (without overriding variables already set), so `npm start`, the Payload CLI and Next.js all see
 * the same values wherever they were started from.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { rootDir } from './paths.ts'

const envFile = resolve(rootDir, '.env')
if (existsSync(envFile)) process.loadEnvFile(envFile)

export const cmsPort = Number(process.env.CMS_PORT || 3000)
export const sitePort = Number(process.env.SITE_PORT || 4321)
/** Where the CMS is reached (links in emails, the admin's own URL). */
export const cmsUrl = (process.env.CMS_URL || `http://localhost:${cmsPort}`).replace(/\/$/, '')
/** The public site's origin: the only origin allowed to call the API from a browser. */
export const siteUrl = (process.env.SITE_URL || `http://localhost:${sitePort}`).replace(/\/$/, '')

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. `npm start` writes a development one to .env; in production set a long random value.',
    )
  }
  return secret
}
