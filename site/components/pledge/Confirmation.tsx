/** After a 201 (or a 200 replay): the reference, what happens next, and an offer to clear the draft. */
import { forwardRef } from 'react'
import type { Strings } from './types.ts'

/** `contactHref`: the contact page in the reader's language, where "write to us" leads. */
type Props = { reference: string; strings: Strings; contactHref: string; onClear: () => void }

const Confirmation = forwardRef<HTMLHeadingElement, Props>(function Confirmation({ reference, strings: s, contactHref, onClear }, ref) {
  return (
    <section className="confirmation" aria-labelledby="confirmation-title">
      <h3 id="confirmation-title" tabIndex={-1} ref={ref}>
        {s['pledge.status.confirmed']}
      </h3>
      {reference && (
        <p className="reference">
          {s['pledge.status.reference']}: <strong data-reference>{reference}</strong>
        </p>
      )}
      <p>
        {s['pledge.status.emailSent']} <a href={contactHref}>{s['pledge.progress.contact']}</a>
      </p>
      <p>{s['pledge.status.review']}</p>
      <p className="pledge-no-print">{s['pledge.status.clearDraft']}</p>
      <p className="actions pledge-no-print">
        <button type="button" className="secondary" onClick={onClear}>
          {s['pledge.status.clear']}
        </button>
      </p>
    </section>
  )
})

export default Confirmation
