/**
 * The GOV.UK error summary: shown on submit, focused, one link per problem that moves focus to the
 * field (and scrolls its whole question into view, which a plain fragment link would cut off).
 */
import { forwardRef } from 'react'
import type { Strings } from './types.ts'

export type SummaryItem = { id: string; message: string }

function focusField(id: string) {
  const element = document.getElementById(id)
  if (!element) return
  element.focus({ preventScroll: true })
  // Bring the whole question into view: its label or legend and its error message, which sit above the control.
  const question = element.closest('.field--error') ?? element.closest('fieldset') ?? element
  question.scrollIntoView({ block: 'start' })
}

const ErrorSummary = forwardRef<HTMLElement, { items: SummaryItem[]; strings: Strings }>(function ErrorSummary({ items, strings }, ref) {
  return (
    <section className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h3 id="error-summary-title">{strings['pledge.errors.title']}</h3>
        <ul>
          {items.map((item) => (
            <li key={`${item.id}:${item.message}`}>
              <a
                href={`#${item.id}`}
                onClick={(event) => {
                  event.preventDefault()
                  focusField(item.id)
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
})

export default ErrorSummary
