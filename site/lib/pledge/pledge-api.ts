/**
 * Sending a pledge to the CMS (`POST {cmsUrl}/api/pledges`) and reading its answer, as plain
 * functions the form calls and the unit tests drive against a real HTTP server.
 *
 * The idempotency key makes retries safe: one key per submission attempt, reused for every retry
 * (after a timeout, a 5xx, a reload), so the CMS stores the pledge at most once. A new key is made
 * only after a success, or when the user edits the form after a definite rejection (4xx): that
 * is a new attempt with different content.
 */
import type { PledgeSubmission } from '../../../content/schema.ts'

const requestTimeoutMs = 15_000

export type KeyState = {
  idempotencyKey?: string
  /** The CMS definitely rejected the last attempt: the next edit starts a new attempt. */
  rejected?: boolean
}

export type FieldProblem = { field: string; message: string }

export type SubmitOutcome =
  | { kind: 'confirmed'; reference: string; message: string; replayed: boolean }
  | { kind: 'invalid'; errors: FieldProblem[] }
  | { kind: 'duplicate'; message: string }
  | { kind: 'too-large' }
  | { kind: 'unsupported' }
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  | { kind: 'rejected'; status: number; message?: string }
  | { kind: 'unreachable'; reason: 'network' | 'timeout' | 'server'; status?: number }

/** What goes over the wire: the submission plus the key and the honeypot, sent as typed. */
export type PledgeRequest = PledgeSubmission & { idempotencyKey: string; fax: string }

export type RequestOptions = { fetch?: typeof fetch; timeoutMs?: number; now?: () => number }

/** `https://cms.example.org/` + `api/pledges`, whether or not the configured URL ends in a slash. */
export const apiUrl = (cmsUrl: string, path: string) => `${cmsUrl.replace(/\/+$/, '')}${path}`

export type JsonResponse = { status: number; headers: Headers; json: unknown }

/**
 * A JSON request with a deadline. Resolves with any HTTP answer; rejects with 'timeout' or
 * 'network' when there is none (connection refused, offline, CORS refused, aborted).
 */
export async function requestJson(url: string, init: RequestInit, options: RequestOptions = {}): Promise<JsonResponse> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? requestTimeoutMs)
  try {
    const response = await (options.fetch ?? fetch)(url, { ...init, signal: controller.signal })
    const text = await response.text()
    let json: unknown = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = null // an HTML error page from a proxy: the status still tells us what happened
    }
    return { status: response.status, headers: response.headers, json }
  } catch {
    throw new Error(controller.signal.aborted ? 'timeout' : 'network')
  } finally {
    clearTimeout(timer)
  }
}

/** `Retry-After` is either seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const messageOf = (json: unknown): string | undefined => (isObject(json) && typeof json.message === 'string' ? json.message : undefined)

/** `{ errors: [{ field, message }] }` from a 400, keeping only well-formed entries. */
export function fieldProblems(json: unknown): FieldProblem[] {
  const errors = isObject(json) && Array.isArray(json.errors) ? json.errors : []
  return errors.flatMap((e: unknown) =>
    isObject(e) && typeof e.message === 'string' ? [{ field: typeof e.field === 'string' ? e.field : '', message: e.message }] : [],
  )
}

/** The outcome of one HTTP answer (or of having none), whatever the endpoint. */
function outcomeOf(response: JsonResponse, now: number): SubmitOutcome {
  const { status, json } = response
  if (status === 200 || status === 201) {
    const reference = isObject(json) && typeof json.reference === 'string' ? json.reference : ''
    return { kind: 'confirmed', reference, message: messageOf(json) ?? '', replayed: status === 200 || (isObject(json) && json.replayed === true) }
  }
  if (status === 400 || status === 422) return { kind: 'invalid', errors: fieldProblems(json) }
  if (status === 409) return { kind: 'duplicate', message: messageOf(json) ?? '' }
  if (status === 413) return { kind: 'too-large' }
  if (status === 415) return { kind: 'unsupported' }
  if (status === 429) return { kind: 'rate-limited', retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after'), now) }
  // 408 (request timeout) is the server saying "try again", like a 5xx.
  if (status >= 400 && status < 500 && status !== 408) return { kind: 'rejected', status, message: messageOf(json) }
  return { kind: 'unreachable', reason: 'server', status }
}

/** POST one attempt. Never throws: every failure is an outcome the form can explain. */
export async function postPledge(cmsUrl: string, body: PledgeRequest, options: RequestOptions = {}): Promise<SubmitOutcome> {
  try {
    const response = await requestJson(
      apiUrl(cmsUrl, '/api/pledges'),
      { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) },
      options,
    )
    return outcomeOf(response, (options.now ?? Date.now)())
  } catch (error) {
    return { kind: 'unreachable', reason: (error as Error).message === 'timeout' ? 'timeout' : 'network' }
  }
}

/** The key for the next attempt: the kept one (a retry), or a new one. */
export function keyForAttempt(state: KeyState, newKey: () => string = () => crypto.randomUUID()): Required<Pick<KeyState, 'idempotencyKey'>> & KeyState {
  return state.idempotencyKey ? { idempotencyKey: state.idempotencyKey, rejected: state.rejected } : { idempotencyKey: newKey() }
}

/** After an answer: forget the key on success, mark a definite rejection, keep it for a retry. */
export function keyAfterOutcome(state: KeyState, outcome: SubmitOutcome): KeyState {
  switch (outcome.kind) {
    case 'confirmed':
      return {}
    case 'unreachable':
    case 'rate-limited':
      return { idempotencyKey: state.idempotencyKey }
    default:
      return { idempotencyKey: state.idempotencyKey, rejected: true }
  }
}

/** The user changed something: after a definite rejection that is a new attempt with a new key. */
export function keyAfterEdit(state: KeyState): KeyState {
  return state.rejected ? {} : state
}

/**
 * One attempt, start to finish. `persist` is called with the key before the request leaves, so a
 * reload during the request retries with the same key, and again with the state after the answer.
 */
export async function submitPledge(
  cmsUrl: string,
  submission: PledgeSubmission,
  fax: string,
  state: KeyState,
  persist: (state: KeyState) => void,
  options: RequestOptions & { newKey?: () => string } = {},
): Promise<{ outcome: SubmitOutcome; keyState: KeyState; idempotencyKey: string }> {
  const attempt = keyForAttempt(state, options.newKey)
  persist(attempt)
  const outcome = await postPledge(cmsUrl, { ...submission, idempotencyKey: attempt.idempotencyKey, fax }, options)
  const keyState = keyAfterOutcome(attempt, outcome)
  persist(keyState)
  return { outcome, keyState, idempotencyKey: attempt.idempotencyKey }
}
