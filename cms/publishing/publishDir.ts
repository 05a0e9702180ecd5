/**
 * One-server mode (SITE_PUBLISH_DIR): the CMS builds the site itself and switches the live site.
 *   SITE_PUBLISH_DIR/builds/<time>/   one folder per build; the newest 3 are kept
 *   SITE_PUBLISH_DIR/current          a symlink to the live build: what the web server serves
 * Each build goes to a new folder. Only when `astro build` succeeded does `current` move to it, by
 * renaming a new symlink over the old one: atomic on POSIX, so a request gets the old site or the
 * new one, never a mix or nothing. A failed build is removed and `current` stays where it was.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import type { SnapshotName } from '../../content/schema.ts'
import { snapshotPath } from '../../content/snapshot.ts'
import { rootDir, runCapturingOutput } from '../../scripts/lib/processes.ts'
import { planOutDir } from '../../site/build/out-dir.ts'

const keptBuilds = 3
const buildsDir = (publishDir: string) => join(publishDir, 'builds')
const currentLink = (publishDir: string) => join(publishDir, 'current')
const cacheDir = (publishDir: string) => join(publishDir, 'cache')

/** Whether `current` points at a build (a dangling link counts as none). */
export function liveSiteExists(publishDir: string): boolean {
  return existsSync(currentLink(publishDir))
}

/** What the site build reads (astro.config.mjs, site/); the CMS's secrets stay out of its environment. */
const passedToSiteBuild = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'NODE_OPTIONS', 'SITE_URL', 'CMS_URL', 'PUBLIC_CMS_URL', 'PORTAL_TODAY', 'PORTAL_PAGE_SIZE']

function siteBuildEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' }
  for (const name of passedToSiteBuild) if (process.env[name]) env[name] = process.env[name]
  return { ...env, ...overrides }
}

export type Published = { build: string; writeMs: number; buildMs: number; swapMs: number; removed: string[] }

/**
 * Builds the site from validated snapshot files (`validateSnapshot`'s output) into a new build
 * folder and makes it the live site. Throws, leaving the live site as it was, when the build fails.
 */
export async function publishSite(files: (readonly [SnapshotName, string])[], publishDir: string): Promise<Published> {
  const id = new Date().toISOString().replace(/[:.]/g, '-')
  const buildDir = join(buildsDir(publishDir), id)
  await mkdir(buildsDir(publishDir), { recursive: true })
  const contentDir = await mkdtemp(join(tmpdir(), 'chw-publish-'))
  try {
    let started = performance.now()
    for (const [name, text] of files) await writeFile(snapshotPath(name, contentDir), text)
    const writeMs = performance.now() - started

    started = performance.now()
    const env = siteBuildEnv({ PORTAL_CONTENT_DIR: contentDir, PORTAL_OUT_DIR: buildDir, PORTAL_BUILD_CACHE_DIR: cacheDir(publishDir) })
    const result = await runCapturingOutput('astro', ['build'], env)
    const buildMs = performance.now() - started
    if (result.code !== 0) {
      await rm(buildDir, { recursive: true, force: true })
      // Astro records the cache's index only when a build succeeds, but may have rewritten cached pages before failing.
      await rm(cacheDir(publishDir), { recursive: true, force: true })
      // An out dir outside the project is built inside it first (site/build/out-dir.ts): remove that too.
      if (result.pid !== undefined) await rm(planOutDir(buildDir, rootDir, String(result.pid)).outDir, { recursive: true, force: true })
      throw new Error(buildFailure(result.signal ?? result.code, result.output))
    }

    started = performance.now()
    const link = join(publishDir, `.current-${process.pid}.tmp`)
    try {
      await rm(link, { force: true })
      await symlink(join('builds', id), link)
      await rename(link, currentLink(publishDir))
    } catch (error) {
      await rm(link, { force: true })
      await rm(buildDir, { recursive: true, force: true })
      throw new Error(`Could not point ${currentLink(publishDir)} at the new build (it must be a symlink, or absent): ${(error as Error).message}`)
    }
    const swapMs = performance.now() - started
    return { build: `builds/${id}`, writeMs, buildMs, swapMs, removed: await pruneBuilds(publishDir) }
  } finally {
    await rm(contentDir, { recursive: true, force: true })
  }
}

/** For the Site status banner: what happened, in both languages, then the end of the build's output. */
function buildFailure(exit: number | string | null, output: string): string {
  const tail = stripVTControlCharacters(output).trim().slice(-3000)
  return (
    `The site build failed (exit ${exit}); the live site was not changed.\n` +
    `La compilación del sitio falló (salida ${exit}); el sitio público no cambió.\n\n${tail}`
  )
}

/** Deletes all but the newest `keptBuilds` build folders, never the live one. Returns the names removed. */
async function pruneBuilds(publishDir: string): Promise<string[]> {
  const live = basename(await readlink(currentLink(publishDir)))
  const builds = (await readdir(buildsDir(publishDir))).sort()
  const old = builds.slice(0, -keptBuilds).filter((name) => name !== live)
  for (const name of old) await rm(join(buildsDir(publishDir), name), { recursive: true, force: true })
  return old
}
