/**
 * The GOV.UK error summary: shown on submit, focused, one link per problem that moves focus to the
 * field (and scrolls its label or legend into view, which a plain fragment link would hide).
 */
import { forwardRef } from 'react'
import type { Strings } from './types.ts'

export type SummaryItem = { id: string; message: string }

export function focusField(id: string) {
  const element = document.getElementById(id)
  if (!element) return
  element.focus({ preventScroll: true })
  const legend = element.closest('fieldset')?.querySelector('legend')
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`)
  // For checkboxes and radios the question is the legend; for other inputs, the label.
  const target = (element as HTMLInputElement).type === 'checkbox' || (element as HTMLInputElement).type === 'radio' ? (legend ?? label) : (label ?? legend)
  ;(target ?? element).scrollIntoView({ block: 'start' })
}

const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[]; strings: Strings }>(function ErrorSummary({ items, strings }, ref) {
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
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
    </div>
  )
})

export default ErrorSummary
