/**
 * The `<search-app>` element's script, in plain DOM so the page ships a few kilobytes instead of a
 * UI framework. Query and filters live in the URL, so a search can be shared, bookmarked and
 * navigated with Back; the Web Worker (search-worker.ts) fetches the index and runs the queries.
 * Controls are updated in place, so a facet keeps keyboard focus while its counts change.
 * Near me (near-me.ts, as on the listings) adds a place and a radius (`near`, `within` in the URL);
 * "Follow this search" (SearchFollow.astro) gets the query and filters as a listing search.
 */
import { type FollowNames, followSearch } from '../lib/search/follow.ts'
import type { Near, SearchResponse, SearchResult } from '../lib/search/query.ts'
import {
  type FacetName,
  type FilterName,
  type FilterOffer,
  type Filters,
  facetNames,
  filterNames,
  highlight,
  removeWords,
  yesFacets,
} from '../lib/search/text.ts'
import { NearMe } from './near-me.ts'

export type SearchStrings = {
  label: string
  placeholder: string
  loading: string
  failed: string
  prompt: string
  fuzzy: string
  /** No result has every word; results with some of them are shown. */
  partial: string
  none: string
  /** A button that applies a filter the query's words name: "Apply filter: {filter}". */
  offer: string
  refine: string
  all: string
  resultsLabel: string
  countOne: string
  countOther: string
  facets: Record<FacetName, string>
  /** The label of the minimum pay field (jobs). */
  payMin: string
  /** Labels of fixed values: types, formats and work modes, costs. */
  values: Record<string, string>
  /** "Can't follow these choices yet: {filters}", and the names of near me and of too long a query in it. */
  follow: { unsupported: string; near: string; words: string }
}

type Labels = { state: Record<string, string>; region: Record<string, string>; workerType: Record<string, string>; language: Record<string, string> }
/** `near` and `within` are the near-me place as typed and the radius, as on the listings. */
type State = { q: string; filters: Filters; near?: string; within?: string }

function readUrl(): State {
  const params = new URLSearchParams(window.location.search)
  const filters: Filters = {}
  for (const name of filterNames) {
    const value = params.get(name)
    if (value) filters[name] = value
  }
  return { q: params.get('q') ?? '', filters, near: params.get('near') || undefined, within: params.get('within') || undefined }
}

function writeUrl(state: State, push: boolean) {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const name of filterNames) if (state.filters[name]) params.set(name, state.filters[name] as string)
  if (state.near) params.set('near', state.near)
  if (state.near && state.within) params.set('within', state.within)
  const search = params.toString()
  const url = `${window.location.pathname}${search ? `?${search}` : ''}`
  if (url === `${window.location.pathname}${window.location.search}`) return
  if (push) window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

/** Text with the words that match the query in <mark>. */
function highlighted(text: string, terms: string[]): (Node | string)[] {
  return highlight(text, terms).map((part) => (part.match ? element('mark', {}, part.text) : part.text))
}

class SearchApp extends HTMLElement {
  private state: State = { q: '', filters: {} }
  private strings!: SearchStrings
  private labels: Labels | undefined
  private worker: Worker | undefined
  private ready = false
  private lastId = 0
  private input!: HTMLInputElement
  private selects = new Map<FacetName, HTMLSelectElement>()
  /** Facets with the one value `yes`: a checkbox each, its count in its label. */
  private checkboxes = new Map<FacetName, { input: HTMLInputElement; label: HTMLLabelElement }>()
  private payInput!: HTMLInputElement
  /** Buttons offering the filters the query's words name ("no degree", "remoto", "Oregon"). */
  private offers!: HTMLElement
  private near: NearMe | undefined
  private onPop = () => {
    const before = this.state.near
    this.state = readUrl()
    this.showState()
    if (this.near && this.state.near !== before) this.restoreNear()
    this.query()
  }

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as SearchStrings
    this.input = this.querySelector('#search-q') as HTMLInputElement
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault())
    this.input.addEventListener('input', () => this.update({ ...this.state, q: this.input.value }, false))
    this.buildFacets()
    this.offers = element('div', { className: 'search-offers', hidden: true })
    this.querySelector('.search-results')?.before(this.offers)
    this.state = readUrl()
    this.showState()
    this.wireNear()
    this.wireFollow()
    this.input.disabled = false

    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' })
    this.worker = worker
    worker.onmessage = (event) => {
      const message = event.data
      if (message.type === 'ready') {
        this.labels = message.labels
        this.ready = true
        this.status('')
        this.query()
      } else if (message.type === 'failed') this.status(this.strings.failed, true)
      else if (message.type === 'results' && message.id === this.lastId) this.render(message.response)
    }
    worker.postMessage({ type: 'load', url: this.dataset.index })
    window.addEventListener('popstate', this.onPop)
    this.dataset.ready = ''
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.onPop)
    this.worker?.terminate()
  }

  private status(text: string, failed = false) {
    const status = this.querySelector('[data-search-status]') as HTMLElement
    status.textContent = text
    status.hidden = text === ''
    status.classList.toggle('notice', failed)
  }

  private update(next: State, push: boolean) {
    this.state = next
    writeUrl(next, push)
    this.query()
  }

  private query() {
    if (!this.ready) return
    this.lastId += 1
    const origin = this.near?.origin
    const near: Near | undefined = origin && { point: origin.point, radius: this.near!.radius }
    this.worker?.postMessage({ type: 'search', id: this.lastId, q: this.state.q, filters: this.state.filters, near })
  }

  /** Near me's controls, wired as the listings' filter script wires them (a place is looked up only when asked). */
  private wireNear() {
    const box = this.querySelector<HTMLElement>('[data-near]')
    if (!box) return
    const near = new NearMe(box, () => {
      const params = new URLSearchParams(near.params())
      this.update({ ...this.state, near: params.get('near') ?? undefined, within: params.get('within') ?? undefined }, false)
    })
    this.near = near
    const place = box.querySelector('[data-near-place]') as HTMLInputElement
    place.addEventListener('input', () => near.typed())
    place.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') void near.lookUp()
    })
    box.querySelector('[data-near-find]')?.addEventListener('click', () => void near.lookUp())
    box.querySelector('[data-near-radius]')?.addEventListener('change', () => {
      if (near.origin) {
        const within = near.params().find(([name]) => name === 'within')?.[1]
        this.update({ ...this.state, within }, false)
      }
    })
    const locate = box.querySelector<HTMLButtonElement>('[data-near-locate]')
    if (locate && 'geolocation' in navigator) {
      locate.hidden = false
      locate.addEventListener('click', () => near.locate())
    }
    if (this.state.near) this.restoreNear()
  }

  /** The URL's place and radius into near me (a shared link, Back and Forward). */
  private restoreNear() {
    const near = this.near as NearMe
    const place = this.querySelector('[data-near-place]') as HTMLInputElement
    const radius = this.querySelector('[data-near-radius]') as HTMLSelectElement
    if (this.state.near) {
      if (!this.state.within) radius.value = ''
      near.restore(new URLSearchParams([['near', this.state.near], ...(this.state.within ? [['within', this.state.within]] : [])]))
    } else if (place.value !== '' || near.origin?.typed !== undefined) {
      place.value = ''
      near.clear()
    }
  }

  /** "Follow jobs" / "Follow trainings" choose the type, as the type facet does. */
  private wireFollow() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-follow-type]')) {
      button.addEventListener('click', () => {
        this.setFilter('type', button.dataset.followType as string, true)
        this.showState()
        this.querySelector<HTMLElement>('[data-follow-kind]:not([hidden]) a, #search-follow-title')?.focus()
      })
    }
  }

  /** Shows the feed links and alert sign-up of exactly this search, or why it cannot be followed yet. */
  private showFollow() {
    const section = this.querySelector<HTMLElement>('[data-search-follow]')
    if (!section) return
    const follow = followSearch(this.state.q, this.state.filters, this.near?.origin !== undefined, JSON.parse(section.dataset.names ?? '{}') as FollowNames)
    section.hidden = false
    ;(section.querySelector('[data-follow-needs-type]') as HTMLElement).hidden = !('needsType' in follow)
    const unsupported = section.querySelector('[data-follow-unsupported]') as HTMLElement
    unsupported.hidden = !('unsupported' in follow)
    if ('unsupported' in follow) {
      const names = follow.unsupported.map((name) =>
        name === 'near' ? this.strings.follow.near : name === 'q' ? this.strings.follow.words : this.filterLabel(name as FilterName),
      )
      unsupported.textContent = this.strings.follow.unsupported.replace('{filters}', names.join(', '))
    }
    for (const box of section.querySelectorAll<HTMLElement>('[data-follow-kind]')) {
      box.hidden = !(follow.ok && follow.kind === box.dataset.followKind)
      if (box.hidden || !follow.ok) continue
      const alerts = box.querySelector('[data-listing-alerts]') as HTMLElement
      const query = new URLSearchParams(follow.params)
      if (alerts.dataset.lang === 'es') query.set('lang', 'es')
      const suffix = query.size ? `?${query}` : ''
      for (const link of alerts.querySelectorAll<HTMLAnchorElement>('[data-search-feed]'))
        link.href = `${alerts.dataset.feedBase}.${link.dataset.searchFeed}${suffix}`
      const form = alerts.querySelector('form') as HTMLFormElement
      for (const old of form.querySelectorAll('[data-search-field]')) old.remove()
      for (const [name, value] of follow.params) {
        const input = element('input', { type: 'hidden', name, value })
        input.dataset.searchField = ''
        form.prepend(input)
      }
    }
  }

  private filterLabel(name: FilterName): string {
    return name === 'pay' ? this.strings.payMin : this.strings.facets[name]
  }

  private setFilter(name: keyof Filters, value: string, push: boolean) {
    const filters = { ...this.state.filters }
    if (value) filters[name] = value
    else delete filters[name]
    this.update({ ...this.state, filters }, push)
  }

  /** One labelled select per facet (a checkbox for a yes-facet), and the minimum pay; made once and updated in place. */
  private buildFacets() {
    const fieldset = this.querySelector('fieldset[data-facets]') as HTMLFieldSetElement
    for (const facet of facetNames) {
      if ((yesFacets as readonly string[]).includes(facet)) {
        const input = element('input', { type: 'checkbox', id: `facet-${facet}`, value: 'yes' })
        const label = element('label', { htmlFor: input.id }, this.strings.facets[facet])
        input.addEventListener('change', () => this.setFilter(facet, input.checked ? 'yes' : '', true))
        this.checkboxes.set(facet, { input, label })
        fieldset.append(element('div', { hidden: true, className: 'check' }, input, ' ', label))
        continue
      }
      const select = element('select', { id: `facet-${facet}` })
      select.addEventListener('change', () => {
        const filters = { ...this.state.filters }
        if (select.value) filters[facet] = select.value
        else delete filters[facet]
        this.update({ ...this.state, filters }, true)
      })
      this.selects.set(facet, select)
      fieldset.append(element('div', { hidden: true }, element('label', { htmlFor: select.id }, this.strings.facets[facet]), select))
    }
    this.payInput = element('input', { type: 'number', id: 'facet-pay', min: '0', step: '1', inputMode: 'numeric' })
    this.payInput.addEventListener('input', () => this.setFilter('pay', this.payInput.value.trim(), false))
    fieldset.append(element('div', { hidden: true }, element('label', { htmlFor: this.payInput.id }, this.strings.payMin), this.payInput))
  }

  private showState() {
    if (this.input.value !== this.state.q) this.input.value = this.state.q
    for (const [facet, select] of this.selects) select.value = this.state.filters[facet] ?? ''
    for (const [facet, { input }] of this.checkboxes) input.checked = this.state.filters[facet] === 'yes'
    if (this.payInput.value !== (this.state.filters.pay ?? '')) this.payInput.value = this.state.filters.pay ?? ''
  }

  private nameOf(facet: FacetName, value: string): string {
    const label =
      facet === 'state' || facet === 'region' || facet === 'workerType' || facet === 'language' ? this.labels?.[facet]?.[value] : this.strings.values[value]
    return label ?? value
  }

  /** "No degree required", "Region: Sonoma County". */
  private filterName(facet: FacetName, value: string): string {
    return (yesFacets as readonly string[]).includes(facet) ? this.strings.facets[facet] : `${this.strings.facets[facet]}: ${this.nameOf(facet, value)}`
  }

  /** Applying an offered filter takes the words that named it out of the query. */
  private showOffers(offers: FilterOffer[]) {
    this.offers.hidden = offers.length === 0
    this.offers.replaceChildren(
      ...offers.map((offer) => {
        const button = element(
          'button',
          { type: 'button', className: 'chip' },
          this.strings.offer.replace('{filter}', this.filterName(offer.facet, offer.value)),
        )
        button.addEventListener('click', () => {
          const q = removeWords(this.state.q, offer.from, offer.to)
          this.update({ q, filters: { ...this.state.filters, [offer.facet]: offer.value } }, true)
          this.showState()
          this.input.focus()
        })
        return button
      }),
    )
  }

  private render(response: SearchResponse) {
    const { strings, state } = this
    for (const [facet, select] of this.selects) {
      const options = response.facets[facet]
      const chosen = state.filters[facet]
      ;(select.parentElement as HTMLElement).hidden = options.length === 0 && !chosen
      select.replaceChildren(
        element('option', { value: '' }, strings.all),
        ...options.map(([value, n]) => element('option', { value }, `${this.nameOf(facet, value)} (${n})`)),
      )
      select.value = chosen ?? ''
    }
    for (const [facet, { input, label }] of this.checkboxes) {
      const n = response.facets[facet].find(([value]) => value === 'yes')?.[1] ?? 0
      const chosen = state.filters[facet] === 'yes'
      ;(input.parentElement as HTMLElement).hidden = n === 0 && !chosen
      label.textContent = `${strings.facets[facet]} (${n})`
      input.checked = chosen
    }
    // Minimum pay is for jobs: offered while the results hold jobs, or when it is set.
    const jobs = response.facets.type.some(([value, n]) => value === 'job' && n > 0)
    ;(this.payInput.parentElement as HTMLElement).hidden = !jobs && !state.filters.pay
    const near = response.near && this.near?.origin ? response.near : undefined
    const hasQuery = state.q.trim() !== '' || Object.keys(state.filters).length > 0 || near !== undefined
    const count = near
      ? (this.near as NearMe).countText(response.total)
      : (response.total === 1 ? strings.countOne : strings.countOther).replace('{n}', String(response.total))
    ;(this.querySelector('.result-count') as HTMLElement).textContent = hasQuery ? count : strings.prompt
    ;(this.querySelector('[data-search-fuzzy]') as HTMLElement).hidden = !response.fuzzy
    ;(this.querySelector('[data-search-partial]') as HTMLElement).hidden = !(hasQuery && response.partial)
    this.showOffers(hasQuery ? response.offers : [])
    ;(this.querySelector('[data-search-none]') as HTMLElement).hidden = !(hasQuery && response.total === 0 && !near?.remoteTotal)
    const list = this.querySelector('.search-results') as HTMLOListElement
    list.hidden = !hasQuery
    list.replaceChildren(...(hasQuery ? response.results : []).map((result) => this.card(result, response.terms)))
    // Remote and online results: apart, never with a distance, only with near me.
    const remote = this.querySelector<HTMLElement>('[data-near-remote]')
    if (remote) {
      remote.hidden = !near || near.remote.length === 0
      remote.querySelector('ul')?.replaceChildren(...(near?.remote ?? []).map((result) => this.card(result, response.terms)))
    }
    this.showFollow()
    ;(this.querySelector('.search-layout') as HTMLElement).hidden = false
  }

  /** A result: title (linked), distance with near me, type and organization, summary. */
  private card(result: SearchResult, terms: string[]): HTMLLIElement {
    const distance = result.miles === undefined || !this.near ? [] : [element('p', { className: 'distance' }, this.near.distanceText(result.miles))]
    return element(
      'li',
      { className: 'card' },
      element('h3', {}, element('a', { href: result.url }, ...highlighted(result.title, terms))),
      ...distance,
      element('p', { className: 'meta' }, `${this.strings.values[result.type]}${result.organization ? ` · ${result.organization}` : ''}`),
      element('p', {}, ...highlighted(result.summary, terms)),
    )
  }
}

export function defineSearchApp() {
  if (!customElements.get('search-app')) customElements.define('search-app', SearchApp)
}
