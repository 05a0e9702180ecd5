/**
 * The pledge page's island: self-assessment, its result, and the sign form, sharing one draft
 * that is saved in the browser on every change. It owns the state and the submit flow; the
 * steps are plain components. Everything it shows comes localized from the page.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Locale } from '../../../content/schema.ts'
import { type KeyState, type SubmitOutcome, keyAfterEdit, submitPledge } from '../../lib/pledge/pledge-api.ts'
import { applyEarlyInput, readControls } from '../../lib/pledge/early-input.ts'
import { type PledgeDraft, browserStorage, clearDraft, emptyDraft, loadDraft, saveDraft } from '../../lib/pledge/pledge-draft.ts'
import { errorMessage, fieldId, fieldPath, isPledgeField, pledgeFields } from '../../lib/pledge/pledge-errors.ts'
import { type PledgeForm, type Rating, validateForm } from '../../lib/pledge/pledge-form.ts'
import AssessmentResults from './AssessmentResults.tsx'
import Confirmation from './Confirmation.tsx'
import ErrorSummary, { type SummaryItem } from './ErrorSummary.tsx'
import SelfAssessment from './SelfAssessment.tsx'
import SignForm from './SignForm.tsx'
import SubmitStatus, { type Status } from './SubmitStatus.tsx'
import { type AreaView, type Option, type Strings, type ToolkitView, format } from './types.ts'

export type PledgeAppProps = {
  cmsUrl: string
  siteUrl: string
  locale: Locale
  strings: Strings
  areas: AreaView[]
  toolkits: ToolkitView[]
  kinds: Option[]
  regions: Option[]
  pledgeTextId: string
}

type Focus = 'summary' | 'results' | 'confirmation' | 'form-title' | undefined

const hasContent = (draft: PledgeDraft) => JSON.stringify({ ...draft, keyState: {} }) !== JSON.stringify({ ...emptyDraft(), keyState: {} })

export default function PledgeApp(props: PledgeAppProps) {
  const { strings: s, locale } = props
  const [draft, setDraft] = useState<PledgeDraft>(emptyDraft)
  // Until the draft is read, nothing is saved (or an empty form would overwrite it).
  const [ready, setReady] = useState(false)
  const [restored, setRestored] = useState(false)
  const [touched, setTouched] = useState<Set<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  /**
   * The fields the error summary lists, fixed at submit: the summary is an alert, so it must not
   * grow while the user types. Fixed problems drop out of it (removals are not announced).
   */
  const [summaryIds, setSummaryIds] = useState<string[]>([])
  /** Problems the CMS reported, by field, until the user edits that field. */
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<Status>()
  const [sending, setSending] = useState(false)
  const [needOne, setNeedOne] = useState(false)
  const [focus, setFocus] = useState<{ target: Focus }>({ target: undefined })
  const draftRef = useRef(draft)
  draftRef.current = draft
  const rootRef = useRef<HTMLDivElement>(null)
  const summaryRef = useRef<HTMLElement>(null)
  const resultsRef = useRef<HTMLHeadingElement>(null)
  const confirmationRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const stored = loadDraft(browserStorage())
    // The island hydrates at the first interaction: what was typed into the server-rendered form
    // before that is still in its controls (React leaves the DOM's values alone when it hydrates).
    const early = rootRef.current ? applyEarlyInput(stored, readControls(rootRef.current)) : { draft: stored, changed: [] }
    const focused = document.activeElement?.getAttribute('name') ?? ''
    setDraft(early.draft)
    setTouched(new Set(early.changed.filter((field) => field !== focused)))
    setRestored(hasContent(stored) && !stored.confirmed)
    setReady(true)
  }, [])

  // Rendered with the draft and what was typed: the directive may now replay a held-back submit or click.
  useEffect(() => {
    if (ready) rootRef.current?.dispatchEvent(new Event('island:ready', { bubbles: true }))
  }, [ready])

  useEffect(() => {
    if (ready) saveDraft(browserStorage(), draft)
  }, [draft, ready])

  // Focus moves after the render that shows its target.
  useEffect(() => {
    const target = {
      summary: summaryRef.current,
      results: resultsRef.current,
      confirmation: confirmationRef.current,
      'form-title': document.getElementById('pledge-form-title'),
    }[focus.target ?? 'summary']
    if (focus.target && target) target.focus()
  }, [focus])

  const validation = useMemo(() => validateForm(draft.form, draft.ratings, locale), [draft.form, draft.ratings, locale])

  const shownErrors: Record<string, string> = {}
  for (const field of pledgeFields) {
    if (serverErrors[field] !== undefined) shownErrors[field] = errorMessage(s, field, serverErrors[field])
    else if (validation.errors[field] && (submitted || touched.has(field))) shownErrors[field] = errorMessage(s, field, validation.errors[field])
  }
  const summaryItems: SummaryItem[] = [
    ...pledgeFields.filter((f) => shownErrors[f]).map((f) => ({ id: fieldId(f), message: shownErrors[f] })),
    // Problems the form does not know (a new server rule): the server's message, linked to the form.
    ...Object.entries(serverErrors)
      .filter(([f]) => !isPledgeField(f))
      .map(([f, message]) => ({ id: fieldId(f), message })),
  ]

  /** Every edit: a new attempt after a definite rejection, and the CMS's verdict on that field no longer applies. */
  const edit = (field: string, change: (d: PledgeDraft) => PledgeDraft) => {
    setDraft((d) => ({ ...change(d), keyState: keyAfterEdit(d.keyState) }))
    setServerErrors((errors) => {
      if (!(field in errors)) return errors
      const { [field]: _, ...rest } = errors
      return rest
    })
  }
  const updateForm = (field: string, change: (f: PledgeForm) => PledgeForm) => edit(field, (d) => ({ ...d, form: change(d.form) }))
  const touch = (field: string) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)))
  const rate = (area: AreaView['slug'], rating: Rating) => {
    setNeedOne(false)
    edit('selfAssessment', (d) => ({ ...d, ratings: { ...d.ratings, [area]: rating } }))
  }
  const showResults = () => {
    if (Object.keys(draft.ratings).length === 0) return setNeedOne(true)
    setDraft((d) => ({ ...d, showResults: true }))
    setFocus({ target: 'results' })
  }

  const persistKey = (keyState: KeyState) => {
    // Written at once, not on the next render: a reload while the request is in flight must retry with this key.
    const next = { ...draftRef.current, keyState }
    draftRef.current = next
    saveDraft(browserStorage(), next)
    setDraft(next)
  }

  function explain(outcome: SubmitOutcome): Status | undefined {
    switch (outcome.kind) {
      case 'invalid':
        return { tone: 'error', text: s['pledge.status.invalid'] }
      case 'duplicate':
        return { tone: 'error', text: s['pledge.status.duplicate'] }
      case 'too-large':
        return { tone: 'error', text: s['pledge.status.tooLarge'] }
      case 'unsupported':
        return { tone: 'error', text: s['pledge.status.unsupported'] }
      case 'rejected':
        return { tone: 'error', text: format(s['pledge.status.rejected'], { status: outcome.status }) }
      case 'rate-limited': {
        const seconds = outcome.retryAfterSeconds
        if (seconds === undefined) return { tone: 'error', text: s['pledge.status.rateLimitedSoon'] }
        const time = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
          hour: 'numeric',
          minute: '2-digit',
          ...(seconds < 120 ? { second: '2-digit' } : {}),
        }).format(new Date(Date.now() + seconds * 1000))
        return { tone: 'error', text: format(s['pledge.status.rateLimited'], { time }) }
      }
      case 'unreachable':
        return { tone: 'error', text: s['pledge.status.unreachable'], retry: true }
      default:
        return undefined
    }
  }

  async function send() {
    if (sending) return
    setSubmitted(true)
    const result = validateForm(draftRef.current.form, draftRef.current.ratings, locale)
    if (!result.ok) {
      setSummaryIds(Object.keys(result.errors).map(fieldId))
      setStatus(undefined)
      setFocus({ target: 'summary' })
      return
    }
    setSending(true)
    setServerErrors({})
    setStatus({ tone: 'info', text: s['pledge.status.sending'] })
    const { outcome } = await submitPledge(props.cmsUrl, result.submission, draftRef.current.form.fax, draftRef.current.keyState, persistKey)
    setSending(false)
    if (outcome.kind === 'confirmed') {
      setStatus(undefined)
      setDraft((d) => ({ ...d, confirmed: { reference: outcome.reference } }))
      setFocus({ target: 'confirmation' })
      return
    }
    if (outcome.kind === 'invalid') {
      setServerErrors(Object.fromEntries(outcome.errors.map((e) => [fieldPath(e.field), e.message])))
      setSummaryIds(outcome.errors.map((e) => fieldId(fieldPath(e.field))))
      setFocus({ target: 'summary' })
    }
    setStatus(explain(outcome))
  }

  function startOver(message: string) {
    clearDraft(browserStorage())
    setDraft(emptyDraft())
    setTouched(new Set())
    setSubmitted(false)
    setSummaryIds([])
    setServerErrors({})
    setRestored(false)
    setStatus({ tone: 'info', text: message })
    setFocus({ target: 'form-title' })
  }

  const summary = summaryItems.filter((item) => summaryIds.includes(item.id))
  return (
    <div className="pledge-app" ref={rootRef} data-ready={ready ? '' : undefined}>
      {restored && (
        <div className="notice pledge-no-print">
          <p>{s['pledge.form.restored']}</p>
          <button type="button" className="secondary" onClick={() => startOver(s['pledge.form.startedOver'])}>
            {s['pledge.form.startOver']}
          </button>
        </div>
      )}
      <SelfAssessment areas={props.areas} ratings={draft.ratings} strings={s} onRate={rate} onShowResults={showResults} needOne={needOne} />
      {draft.showResults && Object.keys(draft.ratings).length > 0 && (
        <AssessmentResults ref={resultsRef} areas={props.areas} toolkits={props.toolkits} ratings={draft.ratings} strings={s} siteUrl={props.siteUrl} />
      )}
      <section className="pledge-step pledge-print-hide" aria-labelledby="pledge-form-title">
        <h2 id="pledge-form-title" tabIndex={-1}>
          {s['pledge.form.title']}
        </h2>
        {draft.confirmed ? (
          <Confirmation
            ref={confirmationRef}
            reference={draft.confirmed.reference}
            strings={s}
            contactHref={locale === 'es' ? '/es/contact/' : '/contact/'}
            onClear={() => startOver(s['pledge.status.cleared'])}
          />
        ) : (
          <>
            <p>{s['pledge.form.lead']}</p>
            {summary.length > 0 && <ErrorSummary ref={summaryRef} items={summary} strings={s} />}
            <SignForm
              form={draft.form}
              errors={shownErrors}
              strings={s}
              areas={props.areas}
              kinds={props.kinds}
              regions={props.regions}
              pledgeTextId={props.pledgeTextId}
              update={updateForm}
              touch={touch}
              sending={sending}
              onSubmit={send}
            />
          </>
        )}
        <SubmitStatus status={status} strings={s} onRetry={send} />
      </section>
    </div>
  )
}
