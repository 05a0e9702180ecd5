/**
 * After staff publish, unpublish or delete something, the public site follows. Changes are
 * gathered for a moment (a bulk import is one update, not hundreds), then:
 * - with SITE_BUILD_HOOK_URL set (production), the snapshot is checked and, if valid, the hook is
 *   called once. The build it starts runs exactly `npm run build:site`, with PORTAL_CONTENT_URL
 *   (this CMS's base URL) and SITE_BUILD_TOKEN in the static host's build environment: it fetches
 *   this snapshot from `GET /api/snapshot` (cms/snapshot/endpoint.ts), so the builder needs no
 *   database and no admin build;
 * - with PORTAL_AUTO_EXPORT=1 (`npm start`, `npm run dev`), content/ (or PORTAL_CONTENT_DIR) is
 *   rewritten; the running site reloads the files that changed.
 * Either way an invalid document stops the update, the previous snapshot stays as it was, and the
 * problem is recorded in the Site status global, which the admin shows to staff.
 */
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { SnapshotError, validateSnapshot, writeSnapshot } from '../../content/snapshot.ts'
import { readSnapshotFromCms } from '../snapshot/exportSnapshot.ts'
import { slugs } from '../slugs.ts'

export type SiteUpdateMode = { kind: 'hook'; url: string } | { kind: 'export'; dir?: string } | { kind: 'off' }

export function siteUpdateMode(env: NodeJS.ProcessEnv = process.env): SiteUpdateMode {
  if (env.SITE_BUILD_HOOK_URL) return { kind: 'hook', url: env.SITE_BUILD_HOOK_URL }
  if (env.PORTAL_AUTO_EXPORT === '1') return { kind: 'export', dir: env.PORTAL_CONTENT_DIR || undefined }
  return { kind: 'off' }
}

/** How long to wait after the last change: long enough to gather a burst, short enough to feel live. */
export function debounceMs(mode: SiteUpdateMode, env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.SITE_UPDATE_DEBOUNCE_MS)
  if (Number.isFinite(configured) && configured >= 0 && env.SITE_UPDATE_DEBOUNCE_MS) return configured
  return mode.kind === 'hook' ? 10_000 : 1_000
}

type Pending = { timer: NodeJS.Timeout; reasons: Set<string> }
let pending: Pending | undefined
let running: Promise<void> | undefined

/** Asks for a site update soon; calls within the debounce window are merged into one. */
export function requestSiteUpdate(payload: Payload, reason: string): void {
  const mode = siteUpdateMode()
  if (mode.kind === 'off') return
  const reasons = pending?.reasons ?? new Set<string>()
  reasons.add(reason)
  if (pending) clearTimeout(pending.timer)
  const timer = setTimeout(() => {
    pending = undefined
    // One update at a time; one that arrives meanwhile runs after it, with everything it gathered.
    running = (running ?? Promise.resolve()).then(() => updateSite(payload, mode, [...reasons]))
  }, debounceMs(mode))
  timer.unref?.()
  pending = { timer, reasons }
}

export type SiteUpdateResult = { ok: true; detail: string } | { ok: false; problem: string }

export async function updateSite(payload: Payload, mode: SiteUpdateMode, reasons: string[]): Promise<void> {
  const started = new Date()
  let result: SiteUpdateResult
  try {
    result = await runUpdate(payload, mode)
  } catch (error) {
    result = { ok: false, problem: error instanceof SnapshotError ? error.problems.join('\n') : String((error as Error)?.message ?? error) }
  }
  const summary = reasons.slice(0, 5).join(', ') + (reasons.length > 5 ? ` and ${reasons.length - 5} more` : '')
  if (result.ok) payload.logger.info(`Site update after ${summary}: ${result.detail}`)
  else payload.logger.error(`Site update after ${summary} failed; the site keeps its previous content:\n${result.problem}`)
  await recordStatus(payload, started, summary, result)
}

async function runUpdate(payload: Payload, mode: SiteUpdateMode): Promise<SiteUpdateResult> {
  if (mode.kind === 'off') return { ok: true, detail: 'off' }
  const snapshot = await readSnapshotFromCms(payload)
  if (mode.kind === 'export') {
    const written = await writeSnapshot(snapshot, mode.dir)
    return { ok: true, detail: written.length ? `rewrote ${written.join(', ')}` : 'content/ already up to date' }
  }
  // The build would stop on the same problem: check first, so staff hear of it here and no build
  // is started for nothing. A change the site cannot show (a draft saved over a published page)
  // starts no build either.
  const digest = createHash('sha256')
    .update(validateSnapshot(snapshot).map(([, text]) => text).join('\0'))
    .digest('hex')
  if (digest === lastBuiltDigest) return { ok: true, detail: 'nothing the site shows changed; no build needed' }
  const response = await fetch(mode.url, { method: 'POST', signal: AbortSignal.timeout(15_000) })
  if (!response.ok) return { ok: false, problem: `the build hook answered ${response.status} ${response.statusText}` }
  lastBuiltDigest = digest
  return { ok: true, detail: `build hook called (${response.status})` }
}

let lastBuiltDigest: string | undefined

async function recordStatus(payload: Payload, at: Date, trigger: string, result: SiteUpdateResult): Promise<void> {
  const data = result.ok
    ? { state: 'ok' as const, problem: null, lastAttemptAt: at.toISOString(), lastSuccessAt: at.toISOString(), trigger }
    : { state: 'failed' as const, problem: result.problem.slice(0, 4000), lastAttemptAt: at.toISOString(), trigger }
  try {
    await payload.updateGlobal({ slug: slugs.siteStatus, data, overrideAccess: true, context: { skipSiteUpdate: true } })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not record the site update status' })
  }
}

/** For tests and scripts: wait until any gathered or running update has finished. */
export async function siteUpdateSettled(): Promise<void> {
  while (pending || running) {
    if (pending) await new Promise((resolve) => setTimeout(resolve, 50))
    else {
      const current = running
      await current
      if (running === current) running = undefined
    }
  }
}
