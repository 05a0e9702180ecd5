/** Where the CMS keeps its files, resolved from this folder so the working directory never matters. */
import { mkdirSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = dirname(fileURLToPath(import.meta.url))
export const rootDir = resolve(cmsDir, '..')
export const dataDir = resolve(rootDir, '.data')
export const migrationsDir = resolve(cmsDir, 'migrations')

/** A path from the repository root (or absolute), with its folder created if missing. */
export function ensureParentDir(path: string): string {
  const absolute = isAbsolute(path) ? path : resolve(rootDir, path)
  mkdirSync(dirname(absolute), { recursive: true })
  return absolute
}
