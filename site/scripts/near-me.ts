/**
 * The "near me" controls of a listing's filter form: turns what the CHW typed (a ZIP or "City, ST")
 * or, only when they press the button, their device's location into a point. The place is looked
 * up in one small file (one ZIP prefix or one state, under /places/), fetched the first time it is
 * needed; nothing is fetched before the CHW asks. The filter script loads this module when the CHW
 * reaches for near me (or a link carries `near=`), passes it their actions, and calls `arrange`;
 * the search page passes `origin` and `radius` to its search and words its results with
 * `distanceText` and `countText`, so both say the same.
 */
import type { Point } from '../lib/geo/distance.ts'
import { nearOrder } from '../lib/geo/near-order.ts'
import { parsePlace, placeFile, placeKey } from '../lib/geo/place-names.ts'

type Strings = Record<
  | 'myLocation'
  | 'locating'
  | 'distance'
  | 'distanceUnderOne'
  | 'countOne'
  | 'countOther'
  | 'unknownZip'
  | 'unknownCity'
  | 'unreadable'
  | 'lookupFailed'
  | 'locationFailed',
  string
>

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))

const files = new Map<string, Promise<Record<string, [number, number]>>>()

export class NearMe {
  /** Where distances are measured from, once the CHW has given a place. */
  origin: { point: Point; label: string; typed?: string } | undefined
  private readonly strings: Strings
  private readonly input: HTMLInputElement
  private readonly radiusSelect: HTMLSelectElement
  private readonly message: HTMLElement
  private readonly base: string

  constructor(
    box: HTMLElement,
    private readonly changed: () => void,
  ) {
    this.strings = JSON.parse(box.dataset.strings ?? '{}') as Strings
    this.base = box.dataset.places ?? '/places/'
    this.input = box.querySelector('[data-near-place]') as HTMLInputElement
    this.radiusSelect = box.querySelector('[data-near-radius]') as HTMLSelectElement
    this.message = box.querySelector('[data-near-message]') as HTMLElement
  }

  /** As the CHW types: a whole ZIP is looked up at once; a city waits for the button or Enter. */
  typed() {
    const value = this.input.value.trim()
    if (/^\d{5}$/.test(value)) void this.lookUp()
    else if (value === '' && this.origin?.typed !== undefined) this.clear()
  }

  get radius(): number {
    return Number(this.radiusSelect.value || this.radiusSelect.dataset.default || 25)
  }

  /** URL parameters that bring the same choice back (never the device's coordinates). */
  params(): [string, string][] {
    if (this.origin?.typed === undefined) return []
    return [['near', this.origin.typed], ...(this.radiusSelect.value ? ([['within', this.radiusSelect.value]] as [string, string][]) : [])]
  }

  restore(params: URLSearchParams) {
    const near = params.get('near')
    const within = params.get('within')
    if (within && [...this.radiusSelect.options].some((o) => o.value === within)) this.radiusSelect.value = within
    if (near) {
      this.input.value = near
      // Set after the page loaded: tell the filters' summary, which counts what is set.
      this.input.dispatchEvent(new Event('change', { bubbles: true }))
      void this.lookUp()
    }
  }

  clear() {
    this.origin = undefined
    this.say('')
    this.changed()
  }

  private say(text: string, error = false) {
    this.message.textContent = text
    this.message.hidden = text === ''
    this.message.classList.toggle('field-error', error)
    if (error) this.input.setAttribute('aria-invalid', 'true')
    else this.input.removeAttribute('aria-invalid')
  }

  private fail(text: string) {
    this.origin = undefined
    this.say(text, true)
    this.changed()
  }

  async lookUp() {
    const typed = this.input.value.trim()
    if (typed === '') return this.clear()
    const query = parsePlace(typed)
    if (!query) return this.fail(this.strings.unreadable)
    const file = placeFile(query)
    let places: Record<string, [number, number]>
    try {
      places = await this.fetchFile(file)
    } catch {
      return this.fail(this.strings.lookupFailed)
    }
    if (this.input.value.trim() !== typed) return // the CHW typed on meanwhile
    const found = places[placeKey(query)]
    if (!found) return this.fail('zip' in query ? fill(this.strings.unknownZip, { zip: query.zip }) : fill(this.strings.unknownCity, query))
    this.origin = { point: { lat: found[0], lon: found[1] }, label: 'zip' in query ? query.zip : `${query.city}, ${query.state}`, typed }
    this.say('')
    this.changed()
  }

  private fetchFile(file: string) {
    let request = files.get(file)
    if (!request) {
      request = fetch(`${this.base}${file}`).then((response) => {
        // A prefix or state with no file is a place we do not know, not a failure.
        if (response.status === 404) return {}
        if (!response.ok) throw new Error(`${response.status}`)
        return response.json() as Promise<Record<string, [number, number]>>
      })
      request.catch(() => files.delete(file))
      files.set(file, request)
    }
    return request
  }

  locate() {
    this.say(this.strings.locating)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.input.value = ''
        this.origin = { point: { lat: position.coords.latitude, lon: position.coords.longitude }, label: this.strings.myLocation }
        this.say('')
        this.changed()
      },
      () => this.fail(this.strings.locationFailed),
      { maximumAge: 600_000, timeout: 20_000 },
    )
  }

  /** "12 mi away", "less than 1 mi away". */
  distanceText(miles: number): string {
    return miles < 1 ? this.strings.distanceUnderOne : fill(this.strings.distance, { n: miles })
  }

  /** "3 results within 25 miles of 97401" (only with an origin). */
  countText(n: number): string {
    return fill(n === 1 ? this.strings.countOne : this.strings.countOther, { n, miles: this.radius, place: this.origin?.label ?? '' })
  }

  /**
   * Shows the items that pass the other filters (`matches`) and lie within the radius, nearest
   * first with their distance, and the remote ones in their own list. Returns the count text, or
   * undefined when near me is not in use (then every item goes back in its place).
   */
  arrange(items: HTMLElement[], matches: boolean[], list: HTMLElement, remoteSection: HTMLElement | null): string | undefined {
    const remoteList = remoteSection?.querySelector('ul')
    for (const item of items) item.querySelector('[data-distance]')?.remove()
    if (!this.origin || !remoteSection || !remoteList) {
      list.append(...items)
      if (remoteSection) remoteSection.hidden = true
      return undefined
    }
    const order = nearOrder(
      items.map((item) => item.dataset.place),
      this.origin.point,
      this.radius,
    )
    const nearby = order.nearby.filter(({ index }) => matches[index])
    const remote = order.remote.filter((index) => matches[index])
    for (const item of items) item.hidden = true
    for (const { index, miles } of nearby) {
      const item = items[index]!
      item.hidden = false
      const distance = Object.assign(document.createElement('p'), { className: 'distance' })
      distance.dataset.distance = ''
      distance.textContent = this.distanceText(miles)
      item.querySelector('.meta')?.before(distance)
      list.append(item)
    }
    for (const index of remote) {
      items[index]!.hidden = false
      remoteList.append(items[index]!)
    }
    remoteSection.hidden = remote.length === 0
    return this.countText(nearby.length)
  }
}
