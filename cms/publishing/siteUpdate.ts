/**
 * After staff publish, unpublish or delete something, the public site follows. Changes are
 * gathered for a moment (a bulk import is one update, not hundreds), then:
 * - with SITE_BUILD_HOOK_URL set (production), the snapshot is checked and, if valid, the hook is
 *   called once. The build it starts runs exactly `npm run build:site`, with PORTAL_CONTENT_URL
 *   (this CMS's base URL) and SITE_BUILD_TOKEN in the static host's build environment: it fetches
 *   this snapshot from `GET /api/snapshot` (cms/snapshot/endpoint.ts), so the builder needs no
 *   database and no admin build;
 * - with SITE_PUBLISH_DIR set (one-server mode), the CMS server builds the site itself into a new
 *   folder there and switches the live site to it (cms/publishing/publishDir.ts); at start, it
 *   builds once if there is no live site yet;
 * - with PORTAL_AUTO_EXPORT=1 (`npm start`, `npm run dev`), content/ (or PORTAL_CONTENT_DIR) is
 *   rewritten; the running site reloads the files that changed.
 * Either way an invalid document (or a failed build) stops the update, the previous snapshot and
 * site stay as they were, and the problem is recorded in the Site status global, which the admin
 * shows to staff. One update runs at a time; changes that arrive meanwhile make one more after it.
 */
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import type { Payload } from 'payload'
import { SnapshotError, validateSnapshot, writeSnapshot } from '../../content/snapshot.ts'
import { rootDir } from '../paths.ts'
import { readSnapshotFromCms } from '../snapshot/exportSnapshot.ts'
import { slugs } from '../slugs.ts'
import { liveSiteExists, publishSite } from './publishDir.ts'

export type SiteUpdateMode = { kind: 'hook'; url: string } | { kind: 'publish'; dir: string } | { kind: 'export'; dir?: string } | { kind: 'off' }

export function siteUpdateMode(env: NodeJS.ProcessEnv = process.env): SiteUpdateMode {
  if (env.SITE_BUILD_HOOK_URL) return { kind: 'hook', url: env.SITE_BUILD_HOOK_URL }
  if (env.SITE_PUBLISH_DIR) {
    // Only the CMS server builds: a script that opens the CMS (the seed, the export) must not.
    const server = env.NEXT_RUNTIME === 'nodejs' && env.NEXT_PHASE !== 'phase-production-build'
    return server ? { kind: 'publish', dir: resolve(rootDir, env.SITE_PUBLISH_DIR) } : { kind: 'off' }
  }
  if (env.PORTAL_AUTO_EXPORT === '1') return { kind: 'export', dir: env.PORTAL_CONTENT_DIR || undefined }
  return { kind: 'off' }
}

/** How long to wait after the last change: long enough to gather a burst, short enough to feel live. */
export function debounceMs(mode: SiteUpdateMode, env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.SITE_UPDATE_DEBOUNCE_MS)
  if (Number.isFinite(configured) && configured >= 0 && env.SITE_UPDATE_DEBOUNCE_MS) return configured
  return mode.kind === 'hook' ? 10_000 : 1_000
}

type State = {
  /** Changes gathered during the debounce window. */
  pending?: { timer: NodeJS.Timeout; reasons: Set<string> }
  /** Changes that arrived while an update was running: they make one more update after it. */
  queued?: { mode: SiteUpdateMode; reasons: Set<string> }
  running?: Promise<void>
  lastChangeAt?: number
  /** The snapshot last handed to a build (hook or publish), so an unchanged one starts none. */
  lastBuiltDigest?: string
}
// One queue per process: kept on globalThis, as Payload keeps its own instance, in case the Next.js
// server loads this module more than once (one copy per route bundle).
const state: State = ((globalThis as { __portalSiteUpdate?: State }).__portalSiteUpdate ??= {})

/** Asks for a site update soon; calls within the debounce window are merged into one. */
export function requestSiteUpdate(payload: Payload, reason: string): void {
  const mode = siteUpdateMode()
  if (mode.kind === 'off') return
  const reasons = state.pending?.reasons ?? new Set<string>()
  reasons.add(reason)
  if (state.pending) clearTimeout(state.pending.timer)
  state.lastChangeAt = Date.now()
  const timer = setTimeout(() => {
    state.pending = undefined
    startUpdate(payload, mode, reasons)
  }, debounceMs(mode))
  timer.unref?.()
  state.pending = { timer, reasons }
}

/**
 * One-server mode, when the CMS server starts: a fresh deployment has no live site yet, so build
 * one now (the update reads the database, so call it once migrations are done).
 */
export function publishIfNoLiveSite(payload: Payload): void {
  const mode = siteUpdateMode()
  if (mode.kind === 'publish' && !liveSiteExists(mode.dir)) startUpdate(payload, mode, new Set(['CMS start (no live site yet)']))
}

/** Runs an update now, or, while one is running, once more after it with everything gathered meanwhile. */
function startUpdate(payload: Payload, mode: SiteUpdateMode, reasons: Set<string>): void {
  if (state.running) {
    state.queued = { mode, reasons: new Set([...(state.queued?.reasons ?? []), ...reasons]) }
    return
  }
  state.running = (async () => {
    let next: State['queued'] = { mode, reasons }
    while (next) {
      const waitedMs = Date.now() - (state.lastChangeAt ?? Date.now())
      await updateSite(payload, next.mode, [...next.reasons], waitedMs)
      next = state.queued
      state.queued = undefined
    }
  })().finally(() => {
    state.running = undefined
  })
}

type SiteUpdateResult = { ok: true; detail: string } | { ok: false; problem: string }

async function updateSite(payload: Payload, mode: SiteUpdateMode, reasons: string[], waitedMs = 0): Promise<void> {
  const started = new Date()
  const summary = reasons.slice(0, 5).join(', ') + (reasons.length > 5 ? ` and ${reasons.length - 5} more` : '')
  // A site build takes a while: say when it starts.
  if (mode.kind === 'publish') payload.logger.info(`Site update after ${summary}: started`)
  let result: SiteUpdateResult
  try {
    result = await runUpdate(payload, mode, waitedMs)
  } catch (error) {
    result = { ok: false, problem: error instanceof SnapshotError ? error.problems.join('\n') : String((error as Error)?.message ?? error) }
  }
  if (result.ok) payload.logger.info(`Site update after ${summary}: ${result.detail}`)
  else payload.logger.error(`Site update after ${summary} failed; the site keeps its previous content:\n${result.problem}`)
  await recordStatus(payload, started, summary, result)
}

async function runUpdate(payload: Payload, mode: SiteUpdateMode, waitedMs: number): Promise<SiteUpdateResult> {
  if (mode.kind === 'off') return { ok: true, detail: 'off' }
  const exportStarted = performance.now()
  const snapshot = await readSnapshotFromCms(payload)
  if (mode.kind === 'export') {
    const written = await writeSnapshot(snapshot, mode.dir)
    return { ok: true, detail: written.length ? `rewrote ${written.join(', ')}` : 'content/ already up to date' }
  }
  // The build would stop on the same problem: check first, so staff hear of it here and no build
  // is started for nothing. A change the site cannot show (a draft saved over a published page)
  // starts no build either.
  const files = validateSnapshot(snapshot)
  const digest = createHash('sha256')
    .update(files.map(([, text]) => text).join('\0'))
    .digest('hex')
  const live = mode.kind === 'hook' || liveSiteExists(mode.dir)
  if (digest === state.lastBuiltDigest && live) return { ok: true, detail: 'nothing the site shows changed; no build needed' }
  if (mode.kind === 'publish') {
    const exportMs = performance.now() - exportStarted
    const published = await publishSite(files, mode.dir)
    state.lastBuiltDigest = digest
    // scripts/bench/publish.ts reads these figures from the log.
    const s = (ms: number) => (ms / 1000).toFixed(3)
    return {
      ok: true,
      detail:
        `published ${published.build} (waited ${s(waitedMs)} s, export ${s(exportMs + published.writeMs)} s, ` +
        `build ${s(published.buildMs)} s, swap ${s(published.swapMs)} s)` +
        (published.removed.length ? `; removed old builds ${published.removed.join(', ')}` : ''),
    }
  }
  const response = await fetch(mode.url, { method: 'POST', signal: AbortSignal.timeout(15_000) })
  if (!response.ok) return { ok: false, problem: `the build hook answered ${response.status} ${response.statusText}` }
  state.lastBuiltDigest = digest
  return { ok: true, detail: `build hook called (${response.status})` }
}

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
  while (state.pending || state.running) {
    if (state.pending) await new Promise((resolve) => setTimeout(resolve, 50))
    else await state.running
  }
}
