/**
 * The site build's side of `GET /api/snapshot`: fetches the CMS's published snapshot with
 * SITE_BUILD_TOKEN, validates it with the contract and writes it as content/ files to a folder.
 * Every failure is a SiteBuildError whose message says what to fix.
 */
import type { Snapshot } from '../../content/schema.ts'
import { SnapshotError, writeSnapshot } from '../../content/snapshot.ts'

class SiteBuildError extends Error {
  override name = 'SiteBuildError'
}

/** PORTAL_CONTENT_URL is the CMS's base URL (what CMS_URL is on the CMS); the snapshot is under its API. */
export function snapshotUrl(contentUrl: string): URL {
  try {
    return new URL('api/snapshot', contentUrl.endsWith('/') ? contentUrl : `${contentUrl}/`)
  } catch {
    throw new SiteBuildError(`PORTAL_CONTENT_URL is not a URL: "${contentUrl}". Set it to the CMS's base URL, e.g. https://cms.example.org`)
  }
}

const tokenHint = "SITE_BUILD_TOKEN is wrong or missing: set it in the build's environment to the CMS's own SITE_BUILD_TOKEN."

/** What the CMS said, when it answered JSON with a message (and problems). */
async function explanation(response: Response): Promise<{ message?: string; problems?: string[] }> {
  try {
    return (await response.json()) as { message?: string; problems?: string[] }
  } catch {
    return {}
  }
}

function networkProblem(error: unknown): string {
  const { name, message, cause } = error as Error & { cause?: { message?: string } }
  if (name === 'TimeoutError') return 'no answer in time'
  // fetch says only "fetch failed"; its cause says why ("connect ECONNREFUSED 127.0.0.1:3000").
  return cause?.message ?? message
}

export type DownloadOptions = { contentUrl: string; token: string | undefined; dir: string; timeoutMs?: number }

/** Fetches, validates and writes the snapshot; returns the URL it came from and the files written. */
export async function downloadSnapshot({ contentUrl, token, dir, timeoutMs = 300_000 }: DownloadOptions): Promise<{ url: string; files: string[] }> {
  const url = snapshotUrl(contentUrl).href
  if (!token?.trim()) throw new SiteBuildError(tokenHint)
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${token.trim()}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    throw new SiteBuildError(`Could not reach the CMS at ${url}: ${networkProblem(error)}. Check PORTAL_CONTENT_URL and that the CMS is running.`)
  }
  if (response.status === 401) throw new SiteBuildError(`${tokenHint} (${url} answered 401)`)
  if (response.status === 409) {
    const { problems = [] } = await explanation(response)
    throw new SiteBuildError(
      `The CMS's published content does not pass the contract, so nothing was built (staff see the same in the admin's banner):\n  ${problems.join('\n  ')}`,
    )
  }
  if (response.status === 404) {
    const { message } = await explanation(response)
    throw new SiteBuildError(
      `${url} answered 404${message ? `: ${message}` : ''}. PORTAL_CONTENT_URL is the CMS's base URL (e.g. https://cms.example.org), and the CMS needs SITE_BUILD_TOKEN set.`,
    )
  }
  if (!response.ok) {
    const { message } = await explanation(response)
    throw new SiteBuildError(`The CMS at ${url} answered ${response.status} ${response.statusText}${message ? `: ${message}` : ''}`)
  }
  let snapshot: unknown
  try {
    snapshot = JSON.parse(await response.text())
  } catch (error) {
    throw new SiteBuildError(`The answer from ${url} is not JSON (${(error as Error).message}); is PORTAL_CONTENT_URL the CMS?`)
  }
  try {
    // Validates every file and reference before writing any.
    return { url, files: await writeSnapshot(snapshot as Snapshot, dir) }
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error
    throw new SiteBuildError(`The snapshot from ${url} does not pass the contract, so nothing was built:\n${error.message}`)
  }
}
