/**
 * What happened to the last submission, in a polite live region, and the Retry button when the
 * portal could not be reached (it resends with the same idempotency key).
 */
import type { Strings } from './types.ts'

export type Status = { tone: 'info' | 'error'; text: string; retry?: boolean }

type Props = { status: Status | undefined; strings: Strings; onRetry: () => void }

export default function SubmitStatus({ status, strings, onRetry }: Props) {
  return (
    <div className={`submit-status${status?.tone === 'error' ? ' notice' : ''}`}>
      {/* Always in the page, so screen readers are listening before the text changes. */}
      <p role="status" id="pledge-status">
        {status?.text}
      </p>
      {status?.retry && (
        <button type="button" id="pledge-retry" onClick={onRetry}>
          {strings['pledge.status.retry']}
        </button>
      )}
    </div>
  )
}
