/**
 * The preview of a draft (site/preview/): the page asks the CMS, server side, for the draft its
 * token names, and checks it against the contract like any snapshot document. The token is
 * checked by the CMS, which minted it; the site holds no secret and never opens the database.
 */
import { framework, jobPosting, toolkit, trainingProgram, type Framework, type JobPosting, type Toolkit, type TrainingProgram } from '../../content/schema.ts'
import { describeIssues } from '../../content/snapshot.ts'

/** What a detail page needs to show itself as a preview: a banner, noindex, a language switch that keeps the token. */
export type PreviewProps = { switchHref: string }

export type PreviewDraft =
  | { state: 'ok'; kind: 'job-postings'; item: JobPosting }
  | { state: 'ok'; kind: 'training-programs'; item: TrainingProgram }
  | { state: 'ok'; kind: 'toolkits'; item: Toolkit }
  | { state: 'ok'; kind: 'framework'; item: Framework }
  | { state: 'denied' | 'expired' | 'not-found' | 'unreachable' }
  | { state: 'invalid'; problems: string[] }

export const previewHttpStatus: Record<PreviewDraft['state'], number> = {
  ok: 200,
  denied: 401,
  expired: 401,
  'not-found': 404,
  invalid: 422,
  unreachable: 502,
}

/** Never stored by a browser or a proxy, never indexed, and the token never sent on as a Referer. */
export const previewHeaders = {
  'Cache-Control': 'no-store, private',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
}

const schemas = { 'job-postings': jobPosting, 'training-programs': trainingProgram, toolkits: toolkit, framework }

/** Where the preview page reaches the CMS, server to server (an internal address will do). */
const previewCmsUrl = () => (process.env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')

export async function fetchDraft(token: string | null, cmsUrl = previewCmsUrl()): Promise<PreviewDraft> {
  if (!token) return { state: 'denied' }
  let response: Response
  try {
    response = await fetch(`${cmsUrl}/api/preview/draft`, {
      headers: { 'X-Preview-Token': token },
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    })
  } catch {
    return { state: 'unreachable' }
  }
  const body = (await response.json().catch(() => null)) as { reason?: string; kind?: string; item?: unknown; problems?: string[] } | null
  if (response.status === 401 || response.status === 403) return { state: body?.reason === 'expired' ? 'expired' : 'denied' }
  if (response.status === 404) return { state: 'not-found' }
  if (response.status === 422) return { state: 'invalid', problems: body?.problems ?? [] }
  if (!response.ok || !body?.kind || !(body.kind in schemas)) return { state: 'unreachable' }
  const kind = body.kind as keyof typeof schemas
  const parsed = schemas[kind].safeParse(body.item)
  if (!parsed.success) return { state: 'invalid', problems: describeIssues(kind, body.item, parsed.error) }
  return { state: 'ok', kind, item: parsed.data } as PreviewDraft
}
