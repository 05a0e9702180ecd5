/** Keeps the "Filters (n active)" summary of a filter panel (site/components/FilterPanel.astro) current. */
export function showActiveFilters(active: number, root: ParentNode = document) {
  const summary = root.querySelector<HTMLElement>('[data-filter-summary]')
  if (!summary) return
  const { none = '', one = '', other = '' } = summary.dataset
  const label = active === 0 ? none : (active === 1 ? one : other).replace('{n}', String(active))
  if (summary.textContent !== label) summary.textContent = label
}

/** How many of these controls are set: a ticked box, a chosen option, a typed value. */
export function countActive(controls: Iterable<Element>): number {
  let n = 0
  for (const control of controls) {
    if (control instanceof HTMLInputElement && control.type === 'checkbox') n += control.checked ? 1 : 0
    else if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) n += control.value.trim() !== '' ? 1 : 0
  }
  return n
}
