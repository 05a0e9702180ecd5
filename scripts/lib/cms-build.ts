/**
 * Whether the admin's production build (cms/.next) is current: a hash of everything it is built
 * from, kept beside the build. `npm start` and the tests rebuild only when it changed.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { rootDir } from './processes.ts'

const buildDir = join(rootDir, 'cms/.next')
const stampFile = join(buildDir, 'portal-build-hash')
const inputs = ['cms', 'content/schema.ts', 'package-lock.json']
const skip = new Set(['.next', 'node_modules', 'payload-types.ts', 'next-env.d.ts', 'tsconfig.tsbuildinfo'])

function files(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .filter((name) => !skip.has(name))
    .sort()
    .flatMap((name) => files(join(path, name)))
}

export function cmsSourceHash(): string {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap((input) => files(join(rootDir, input)))) {
    hash.update(relative(rootDir, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export function cmsBuildIsCurrent(): boolean {
  return existsSync(join(buildDir, 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === cmsSourceHash()
}

export function markCmsBuilt(sources = cmsSourceHash()): void {
  writeFileSync(stampFile, sources)
}
