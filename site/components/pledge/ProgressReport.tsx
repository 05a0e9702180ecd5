/**
 * The annual progress report, reached by the private link a signatory gets by email
 * (`/pledge/progress/?token=…`): one rating and an optional note per committed area.
 */
import { useEffect, useRef, useState } from 'react'
import { type Locale, selfAssessmentRatings } from '../../../content/schema.ts'
import { type LoadOutcome, type ProgressTarget, loadProgress, noteMaxLength, sendProgress, validateProgress } from '../../lib/pledge/progress-api.ts'
import ErrorSummary, { type SummaryItem } from './ErrorSummary.tsx'
import { HintAndError, describedBy } from './Fields.tsx'
import SubmitStatus, { type Status } from './SubmitStatus.tsx'
import { type AreaView, type Strings, format } from './types.ts'

type Props = { cmsUrl: string; locale: Locale; strings: Strings; areas: AreaView[] }
/** Where "write to us" leads: the contact page in the reader's language. */
const contactHref = (locale: Locale) => (locale === 'es' ? '/es/contact/' : '/contact/')
type Phase =
  | { kind: 'loading' }
  | { kind: 'message'; text: string; retry?: boolean; contact?: boolean }
  | { kind: 'ready'; target: ProgressTarget }
  | { kind: 'sent' }

const ratingId = (area: string) => `progress-${area}`
const noteId = (area: string) => `progress-${area}-note`

export default function ProgressReport({ cmsUrl, locale, strings: s, areas }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' })
  const [token, setToken] = useState('')
  const [ratings, setRatings] = useState<Record<string, string>>({})
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<Status>()
  const [sending, setSending] = useState(false)
  const summaryRef = useRef<HTMLElement>(null)
  const doneRef = useRef<HTMLHeadingElement>(null)
  const [focusSummary, setFocusSummary] = useState(0)

  const goneText = (message?: string) => `${s['pledge.progress.gone']}${message ? ` (${message})` : ''}`

  async function load(t: string) {
    setPhase({ kind: 'loading' })
    const outcome: LoadOutcome = await loadProgress(cmsUrl, t)
    if (outcome.kind === 'ready') setPhase(outcome)
    else if (outcome.kind === 'gone') setPhase({ kind: 'message', text: goneText(outcome.message), contact: true })
    else if (outcome.kind === 'unreachable') setPhase({ kind: 'message', text: s['pledge.status.unreachable'], retry: true })
    else setPhase({ kind: 'message', text: format(s['pledge.status.rejected'], { status: outcome.status }) })
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on the link's token as the page opened.
  useEffect(() => {
    const t = new URLSearchParams(window.location.search).get('token') ?? ''
    setToken(t)
    if (t) load(t)
    else setPhase({ kind: 'message', text: s['pledge.progress.noToken'], contact: true })
  }, [])

  useEffect(() => {
    if (focusSummary) summaryRef.current?.focus()
  }, [focusSummary])
  useEffect(() => {
    if (phase.kind === 'sent') doneRef.current?.focus()
  }, [phase.kind])

  if (phase.kind === 'loading') return <p role="status">{s['pledge.progress.loading']}</p>
  if (phase.kind === 'sent')
    return (
      <h2 tabIndex={-1} ref={doneRef} className="confirmation">
        {s['pledge.progress.sent']}
      </h2>
    )
  if (phase.kind === 'message') {
    return (
      <div className="notice">
        <p role="status">{phase.text}</p>
        {phase.contact && (
          <p>
            <a href={contactHref(locale)}>{s['pledge.progress.contact']}</a>
          </p>
        )}
        {phase.retry && (
          <button type="button" onClick={() => load(token)}>
            {s['pledge.status.retry']}
          </button>
        )}
      </div>
    )
  }

  const target = phase.target
  const areaTitle = (slug: string) => areas.find((a) => a.slug === slug)?.title ?? { text: slug }
  /** `reports.2.rating` → the field to show it on and link to. */
  const where = (path: string) => {
    const match = /^reports\.(\d+)\.(rating|note)$/.exec(path)
    const area = match ? target.areas[Number(match[1])] : undefined
    if (!match || !area) return undefined
    return { area, kind: match[2] as 'rating' | 'note' }
  }
  const localized = (path: string, fallback: string) => {
    const w = where(path)
    return w ? s[`pledge.progress.error.${w.kind}`] : fallback
  }
  const shown = (area: string, kind: 'rating' | 'note') => {
    const i = target.areas.indexOf(area as (typeof target.areas)[number])
    const path = `reports.${i}.${kind}`
    return errors[path] !== undefined ? localized(path, errors[path]) : undefined
  }
  const summary: SummaryItem[] = Object.entries(errors).map(([path, message]) => {
    const w = where(path)
    return { id: w ? (w.kind === 'rating' ? ratingId(w.area) : noteId(w.area)) : 'progress-title', message: localized(path, message) }
  })

  async function submit() {
    if (sending) return
    const problems = validateProgress(target.areas, ratings, notes)
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([path, kind]) => [path, s[`pledge.progress.error.${kind}`]])))
      setFocusSummary((n) => n + 1)
      return
    }
    setErrors({})
    setSending(true)
    setStatus({ tone: 'info', text: s['pledge.progress.sending'] })
    const reports = target.areas.map((area) => ({
      area,
      rating: ratings[area] as (typeof selfAssessmentRatings)[number],
      ...(notes[area]?.trim() ? { note: notes[area].trim() } : {}),
    }))
    const outcome = await sendProgress(cmsUrl, token, reports)
    setSending(false)
    if (outcome.kind === 'saved') return setPhase({ kind: 'sent' })
    if (outcome.kind === 'invalid') {
      setErrors(Object.fromEntries(outcome.errors.map((e) => [e.field, e.message])))
      setStatus({ tone: 'error', text: s['pledge.status.invalid'] })
      return setFocusSummary((n) => n + 1)
    }
    if (outcome.kind === 'gone') return setPhase({ kind: 'message', text: goneText(outcome.message), contact: true })
    if (outcome.kind === 'rate-limited') return setStatus({ tone: 'error', text: s['pledge.status.rateLimitedSoon'] })
    if (outcome.kind === 'rejected') return setStatus({ tone: 'error', text: format(s['pledge.status.rejected'], { status: outcome.status }) })
    setStatus({ tone: 'error', text: s['pledge.status.unreachable'], retry: true })
  }

  const renewal = target.renewalDue
    ? new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(target.renewalDue))
    : '—'
  return (
    <>
      <p>{format(s['pledge.progress.for'], { name: target.organizationName, date: renewal })}</p>
      {summary.length > 0 && <ErrorSummary ref={summaryRef} items={summary} strings={s} />}
      <form noValidate aria-labelledby="progress-title" onSubmit={(e) => (e.preventDefault(), submit())}>
        {target.areas.map((area) => {
          const title = areaTitle(area)
          const ratingError = shown(area, 'rating')
          const noteError = shown(area, 'note')
          return (
            <fieldset
              key={area}
              className={`rating-group${ratingError ? ' field--error' : ''}`}
              aria-describedby={describedBy(`${ratingId(area)}-group`, s['pledge.progress.rating'], ratingError)}
            >
              <legend>
                <h2 lang={title.lang}>{title.text}</h2>
              </legend>
              <HintAndError id={`${ratingId(area)}-group`} hint={s['pledge.progress.rating']} error={ratingError} strings={s} />
              <div className="choices choices--inline">
                {selfAssessmentRatings.map((rating, i) => {
                  const id = i === 0 ? ratingId(area) : `${ratingId(area)}-${rating}`
                  return (
                    <div className="choice" key={rating}>
                      <input
                        type="radio"
                        id={id}
                        name={`progress-${area}`}
                        value={rating}
                        checked={ratings[area] === rating}
                        aria-invalid={ratingError ? true : undefined}
                        onChange={() => setRatings((r) => ({ ...r, [area]: rating }))}
                      />
                      <label htmlFor={id}>{s[`assessment.rating.${rating}`]}</label>
                    </div>
                  )
                })}
              </div>
              <div className={`field${noteError ? ' field--error' : ''}`}>
                <label className="field-label" htmlFor={noteId(area)}>
                  {s['pledge.progress.note']}
                </label>
                <HintAndError id={noteId(area)} hint={s['pledge.progress.noteHint']} error={noteError} strings={s} />
                <textarea
                  id={noteId(area)}
                  rows={3}
                  value={notes[area] ?? ''}
                  maxLength={noteMaxLength * 2}
                  aria-describedby={describedBy(noteId(area), s['pledge.progress.noteHint'], noteError)}
                  aria-invalid={noteError ? true : undefined}
                  onChange={(e) => setNotes((n) => ({ ...n, [area]: e.target.value }))}
                />
              </div>
            </fieldset>
          )
        })}
        <p className="actions">
          <button type="submit" id="progress-submit" aria-disabled={sending ? true : undefined}>
            {s['pledge.progress.submit']}
          </button>
        </p>
      </form>
      <SubmitStatus status={status} strings={s} onRetry={submit} />
    </>
  )
}
