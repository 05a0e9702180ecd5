/**
 * PORTAL_OUT_DIR may be anywhere. Astro writes the static build's server chunks into outDir when
 * outDir's path starts with the working directory's (a string test, so `/srv/portal-dist` counts as
 * inside `/srv/portal`), and Node cannot resolve the project's packages from there ("Cannot find
 * package '@oslojs/encoding'"). So a site whose out dir is outside the project is built in a
 * folder inside it (under the ignored .astro/) and moved into place when the build is done.
 */
import type { AstroIntegration } from 'astro'
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export type OutDirPlan = { outDir: string; moveTo?: string }

/** Where Astro builds (`outDir`) and, for an out dir outside `root`, where the result goes. */
export function planOutDir(requested: string, root: string, buildId = String(process.pid)): OutDirPlan {
  const target = resolve(root, requested)
  const fromRoot = relative(root, target)
  const inside = fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot)
  return inside ? { outDir: target } : { outDir: join(root, '.astro', `out-${buildId}`), moveTo: target }
}

/** Replaces `to`'s contents with `from`'s (emptied first: for a live site that swaps atomically, see one-server mode). */
export async function moveSite(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(to)) await rm(join(to, entry), { recursive: true, force: true })
  for (const entry of await readdir(from)) {
    try {
      await rename(join(from, entry), join(to, entry))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      await cp(join(from, entry), join(to, entry), { recursive: true })
    }
  }
  await rm(from, { recursive: true, force: true })
}

/**
 * For `astro build` only (`astro preview` serves the out dir itself). Last in the integrations,
 * so the sitemap, written when the build is done, moves with the site.
 */
export function outDirAnywhere(): AstroIntegration {
  let moveTo: string | undefined
  return {
    name: 'portal:out-dir-anywhere',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return
        const plan = planOutDir(fileURLToPath(config.outDir), fileURLToPath(config.root))
        moveTo = plan.moveTo
        if (moveTo) updateConfig({ outDir: pathToFileURL(plan.outDir + sep) })
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!moveTo) return
        await moveSite(fileURLToPath(dir), moveTo)
        logger.info(`site moved to ${moveTo}`)
      },
    },
  }
}
