/**
 * `client:interaction="<localStorage key>"`: an Astro client directive (registered in
 * astro.config.mjs) for an island whose server-rendered HTML is already a working form. Its
 * JavaScript is fetched and run at the user's first interaction with the island (focus, pointer,
 * key, click, typing), or at once when the given localStorage key holds something to restore.
 * Until then nothing of it is downloaded, so the page's load is not blocked by it.
 *
 * Before hydration the form works natively (typing, radios, checkboxes, selects); the island reads
 * what was typed when it hydrates. Two things native HTML would do wrong are held back and replayed
 * once the island says it is ready (an `island:ready` event from inside it, sent after it has taken
 * over what was typed): a form submission (natively a GET with the fields in the URL) and a click on
 * a plain button (natively nothing).
 *
 * Without JavaScript the island's wrapper keeps `inert` (see the page); this removes it.
 */
import type { ClientDirective } from 'astro'

const triggers = ['focusin', 'pointerdown', 'keydown', 'input', 'change', 'click', 'submit'] as const

const interaction: ClientDirective = (load, options, el) => {
  let started = false
  let submitted: HTMLFormElement | undefined
  let clicked: HTMLButtonElement | undefined

  async function start() {
    if (started) return
    started = true
    try {
      const hydrate = await load()
      await hydrate()
    } catch (error) {
      // A failed download: the next interaction tries again.
      started = false
      throw error
    }
  }

  function early(event: Event) {
    if (event.type === 'submit') {
      event.preventDefault()
      submitted = event.target as HTMLFormElement
    } else if (event.type === 'click') {
      const button = (event.target as Element | null)?.closest?.('button')
      if (button && button.type === 'button') clicked = button
    }
    void start()
  }

  el.addEventListener(
    'island:ready',
    () => {
      for (const type of triggers) el.removeEventListener(type, early, true)
      if (submitted?.isConnected) submitted.requestSubmit()
      else if (clicked?.isConnected) clicked.click()
      submitted = clicked = undefined
    },
    { once: true },
  )
  for (const type of triggers) el.addEventListener(type, early, true)
  el.closest('[data-inert-until-script]')?.removeAttribute('inert')

  let saved = false
  try {
    saved = typeof options.value === 'string' && options.value !== '' && window.localStorage.getItem(options.value) !== null
  } catch {
    // storage blocked: nothing to restore
  }
  if (saved) void start()
}

export default interaction
