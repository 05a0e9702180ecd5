'use client'
/**
 * Upload → report → import. The report is a heading, a summary that screen readers hear
 * (role="status"), and two tables: each problem by line and column, and what each good row will do.
 * Focus moves to the report when it arrives.
 */
import { useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState } from 'react'
import type { ImportMode, ImportReport } from './importListings.ts'

type Collection = 'job-postings' | 'training-programs'
/** Per collection, its import columns and what to write in each (from cms/csv/columns.ts). */
export type ColumnGuide = Record<Collection, { name: string; required: boolean; help: string }[]>

export function ImportForm({ columns }: { columns: ColumnGuide }) {
  const { t: translate, i18n } = useTranslation()
  const t = (key: string, vars?: Record<string, unknown>) => (translate as (k: string, v?: Record<string, unknown>) => string)(`csvImport:${key}`, vars)
  const id = useId()
  const [collection, setCollection] = useState<Collection>('job-postings')
  const [status, setStatus] = useState<'draft' | 'published'>('draft')
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState<ImportMode | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const reportHeading = useRef<HTMLHeadingElement>(null)
  // Once a report is on screen, focus goes to its heading.
  useEffect(() => {
    if (report) reportHeading.current?.focus()
  }, [report])

  async function send(mode: ImportMode) {
    if (!file) return
    setBusy(mode)
    setFailure(null)
    const form = new FormData()
    form.set('file', file)
    form.set('collection', collection)
    form.set('mode', mode)
    form.set('status', status)
    form.set('lang', i18n.language === 'es' ? 'es' : 'en')
    try {
      const response = await fetch('/api/csv-import', { method: 'POST', body: form, credentials: 'include' })
      const body = await response.json().catch(() => null)
      if (body && Array.isArray(body.problems)) setReport(body as ImportReport)
      else setFailure(t('requestFailed', { status: response.status }))
    } catch {
      setFailure(t('requestFailed', { status: '—' }))
    } finally {
      setBusy(null)
    }
  }

  const fileProblems = report?.problems.some((p) => p.line === 1) ?? false
  const badCount = report?.badLines.length ?? 0
  const goodCount = report?.rows.length ?? 0
  const checked = report?.mode === 'check'

  return (
    <div>
      <p>{t('intro')}</p>
      <p>{t('templateIntro')}</p>
      <ul>
        <li>
          <a href="/api/csv-import/template/job-postings" download data-template="job-postings">
            {t('templateJobs')}
          </a>
        </li>
        <li>
          <a href="/api/csv-import/template/training-programs" download data-template="training-programs">
            {t('templateTrainings')}
          </a>
        </li>
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void send('check')
        }}
      >
        <div style={{ display: 'grid', gap: 'var(--base)', maxWidth: '40rem', marginBlock: 'var(--base)' }}>
          <label htmlFor={`${id}-collection`}>
            {t('collection')}
            <select
              id={`${id}-collection`}
              name="collection"
              value={collection}
              onChange={(e) => {
                setCollection(e.target.value as Collection)
                setReport(null)
              }}
              style={{ display: 'block', marginTop: 4 }}
            >
              <option value="job-postings">{i18n.language === 'es' ? 'Ofertas de empleo (job postings)' : 'Job postings'}</option>
              <option value="training-programs">{i18n.language === 'es' ? 'Programas de capacitación (training programs)' : 'Training programs'}</option>
            </select>
          </label>
          <label htmlFor={`${id}-file`}>
            {t('file')}
            <input
              id={`${id}-file`}
              name="file"
              type="file"
              accept=".csv,text/csv"
              required
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null)
                setReport(null)
              }}
              style={{ display: 'block', marginTop: 4 }}
            />
          </label>
          <fieldset>
            <legend>{t('status')}</legend>
            {(['draft', 'published'] as const).map((value) => (
              <label key={value} style={{ display: 'block' }}>
                <input type="radio" name="status" value={value} checked={status === value} onChange={() => setStatus(value)} />{' '}
                {t(value === 'draft' ? 'statusDraft' : 'statusPublished')}
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" className="btn btn--style-primary" disabled={!file || busy !== null}>
              {busy === 'check' ? t('checking') : t('check')}
            </button>
          </div>
        </div>
      </form>

      <details style={{ marginBlock: 'var(--base)' }}>
        <summary>{t('columnsTitle')}</summary>
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th scope="col">{t('columnName')}</th>
              <th scope="col">{t('columnRequired')}</th>
              <th scope="col">{t('columnHelp')}</th>
            </tr>
          </thead>
          <tbody>
            {columns[collection].map((column) => (
              <tr key={column.name}>
                <td>
                  <code>{column.name}</code>
                </td>
                <td>{t(column.required ? 'yes' : 'no')}</td>
                <td>{column.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      {failure && <p role="alert">{failure}</p>}

      {report && (
        <section aria-labelledby={`${id}-report`} data-testid="csv-report">
          <h2 id={`${id}-report`} ref={reportHeading} tabIndex={-1}>
            {t('reportTitle')}
          </h2>
          <p role="status">
            {checked
              ? fileProblems
                ? t('summaryFileProblems')
                : badCount
                  ? t('summaryProblems', { bad: badCount, count: report.rowCount })
                  : t('summaryOk', { count: report.rowCount })
              : report.saved
                ? t('saved', { created: report.created, updated: report.updated })
                : t('notSaved')}
          </p>
          {checked && !fileProblems && goodCount > 0 && (
            <p style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap' }}>
              {badCount === 0 ? (
                <button type="button" className="btn btn--style-primary" disabled={busy !== null} onClick={() => void send('all')}>
                  {busy === 'all' ? t('importing') : t('importAll', { count: goodCount })}
                </button>
              ) : (
                <button type="button" className="btn btn--style-secondary" disabled={busy !== null} onClick={() => void send('valid')}>
                  {busy === 'valid' ? t('importing') : t('importValid', { count: goodCount })}
                </button>
              )}
            </p>
          )}
          {report.problems.length > 0 && (
            <table className="table" style={{ width: '100%', marginBlock: 'var(--base)' }}>
              <caption style={{ textAlign: 'start', fontWeight: 600 }}>{t('problemsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('line')}</th>
                  <th scope="col">{t('column')}</th>
                  <th scope="col">{t('problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the report is never reordered, and one line may have several problems.
                  <tr key={i}>
                    <td>{p.line}</td>
                    <td>
                      <code>{p.column ?? '—'}</code>
                    </td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.rows.length > 0 && (
            <table className="table" style={{ width: '100%', marginBlock: 'var(--base)' }}>
              <caption style={{ textAlign: 'start', fontWeight: 600 }}>{t('goodRowsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('line')}</th>
                  <th scope="col">{t('slug')}</th>
                  <th scope="col">{t('listingTitle')}</th>
                  <th scope="col">{t('action')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>
                      <code>{row.slug}</code>
                    </td>
                    <td>{row.title}</td>
                    <td>{t(row.action)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  )
}
