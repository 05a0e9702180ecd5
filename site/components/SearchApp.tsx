/**
 * The search page's island: a labelled search box, facets with counts, results with the matched
 * words highlighted, the count announced politely. Query and filters live in the URL
 * (/search/?q=…&type=…&region=…), so a search can be shared, bookmarked and navigated with Back.
 * The index is fetched and queried in a Web Worker.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import type { SearchResponse } from '../lib/search/query.ts'
import { type FacetName, type Filters, facetNames, highlight } from '../lib/search/text.ts'

export type SearchStrings = {
  label: string
  placeholder: string
  loading: string
  failed: string
  prompt: string
  fuzzy: string
  none: string
  refine: string
  all: string
  resultsLabel: string
  countOne: string
  countOther: string
  facets: Record<FacetName, string>
  /** Labels of fixed values: types, formats and work modes, costs. */
  values: Record<string, string>
}

type Labels = { region: Record<string, string>; workerType: Record<string, string>; language: Record<string, string> }
type State = { q: string; filters: Filters }

function readUrl(): State {
  const params = new URLSearchParams(window.location.search)
  const filters: Filters = {}
  for (const facet of facetNames) {
    const value = params.get(facet)
    if (value) filters[facet] = value
  }
  return { q: params.get('q') ?? '', filters }
}

function writeUrl(state: State, push: boolean) {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const facet of facetNames) if (state.filters[facet]) params.set(facet, state.filters[facet] as string)
  const search = params.toString()
  const url = `${window.location.pathname}${search ? `?${search}` : ''}`
  if (url === `${window.location.pathname}${window.location.search}`) return
  if (push) window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  )
}

export default function SearchApp({ indexUrl, strings }: { indexUrl: string; strings: SearchStrings }) {
  const [state, setState] = useState<State>({ q: '', filters: {} })
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading')
  const [labels, setLabels] = useState<Labels | undefined>()
  const [response, setResponse] = useState<SearchResponse | undefined>()
  const worker = useRef<Worker | undefined>(undefined)
  const lastId = useRef(0)

  useEffect(() => {
    setState(readUrl())
    const w = new Worker(new URL('../scripts/search-worker.ts', import.meta.url), { type: 'module' })
    worker.current = w
    w.onmessage = (event) => {
      const message = event.data
      if (message.type === 'ready') {
        setLabels(message.labels)
        setStatus('ready')
      } else if (message.type === 'failed') setStatus('failed')
      else if (message.type === 'results' && message.id === lastId.current) setResponse(message.response)
    }
    w.postMessage({ type: 'load', url: indexUrl })
    const onPop = () => setState(readUrl())
    window.addEventListener('popstate', onPop)
    return () => {
      window.removeEventListener('popstate', onPop)
      w.terminate()
    }
  }, [indexUrl])

  useEffect(() => {
    if (status !== 'ready') return
    lastId.current += 1
    worker.current?.postMessage({ type: 'search', id: lastId.current, q: state.q, filters: state.filters })
  }, [state, status])

  const update = (next: State, push: boolean) => {
    setState(next)
    writeUrl(next, push)
  }

  const nameOf = useMemo(
    () => (facet: FacetName, value: string) =>
      (facet === 'region' || facet === 'workerType' || facet === 'language' ? labels?.[facet][value] : strings.values[value]) ?? value,
    [labels, strings],
  )

  const hasQuery = state.q.trim() !== '' || Object.keys(state.filters).length > 0
  const count = response ? (response.total === 1 ? strings.countOne : strings.countOther).replace('{n}', String(response.total)) : ''

  return (
    <div className="search-app">
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-q">{strings.label}</label>
        <div className="header-search">
          <input
            id="search-q"
            type="search"
            name="q"
            value={state.q}
            placeholder={strings.placeholder}
            autoComplete="off"
            onChange={(event) => update({ ...state, q: event.target.value }, false)}
          />
        </div>
      </form>
      {status === 'loading' && <p>{strings.loading}</p>}
      {status === 'failed' && <p className="notice">{strings.failed}</p>}
      {status === 'ready' && response && (
        <div className="search-layout">
          <section aria-labelledby="search-refine" className="filters">
            <h2 id="search-refine">{strings.refine}</h2>
            <fieldset>
              {facetNames.map((facet) => {
                const options = response.facets[facet]
                const chosen = state.filters[facet]
                if (options.length === 0 && !chosen) return null
                return (
                  <div key={facet}>
                    <label htmlFor={`facet-${facet}`}>{strings.facets[facet]}</label>
                    <select
                      id={`facet-${facet}`}
                      value={chosen ?? ''}
                      onChange={(event) => {
                        const filters = { ...state.filters }
                        if (event.target.value) filters[facet] = event.target.value
                        else delete filters[facet]
                        update({ ...state, filters }, true)
                      }}
                    >
                      <option value="">{strings.all}</option>
                      {options.map(([value, n]) => (
                        <option key={value} value={value}>
                          {nameOf(facet, value)} ({n})
                        </option>
                      ))}
                    </select>
                  </div>
                )
              })}
            </fieldset>
          </section>
          <section aria-label={strings.resultsLabel}>
            <p className="result-count" role="status" aria-live="polite">
              {hasQuery ? count : strings.prompt}
            </p>
            {response.fuzzy && <p>{strings.fuzzy}</p>}
            {hasQuery && response.total === 0 && <p>{strings.none}</p>}
            {hasQuery && (
              <ol className="cards search-results">
                {response.results.map((result) => (
                  <li key={result.url} className="card">
                    <h3>
                      <a href={result.url}>
                        <Highlighted text={result.title} terms={response.terms} />
                      </a>
                    </h3>
                    <p className="meta">
                      {strings.values[result.type]}
                      {result.organization && ` · ${result.organization}`}
                    </p>
                    <p>
                      <Highlighted text={result.summary} terms={response.terms} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      )}
    </div>
  )
}
