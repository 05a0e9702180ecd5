/**
 * Errors the client caused, which Payload answers with 500, answered with a 4xx that says what
 * to do: an upload the form parser cannot read (a control character in the file name makes its
 * part header malformed), and an id or query value SQLite cannot compare (letters for a numeric
 * id, a date that is not a date).
 */
import type { AfterErrorHook } from 'payload'

const unreadableUpload = /^(Malformed part header|Malformed urlencoded form|Unexpected end of form|Multipart: Boundary not found)/
const uncomparableValue = /Only finite numbers \(not Infinity or NaN\) can be passed|undefined cannot be passed as argument/

const causes = (error: unknown): string => {
  const parts: string[] = []
  for (let e = error as { message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    parts.push(String(e.message ?? ''))
  }
  return parts.join('\n')
}

export const clientErrors: AfterErrorHook = ({ error, req }) => {
  const message = causes(error)
  if (unreadableUpload.test(message)) {
    return {
      status: 400,
      response: {
        errors: [
          {
            field: 'file',
            message:
              'The upload could not be read: its file name has characters that cannot be sent. Rename the file with letters, digits, spaces, hyphens and dots, and upload it again.',
          },
        ],
      },
    }
  }
  if (uncomparableValue.test(message)) {
    // /api/<collection>/<id> with an id that cannot exist: that document is not found.
    if (req?.routeParams?.id !== undefined) return { status: 404, response: { errors: [{ message: 'Not Found' }] } }
    return { status: 400, response: { errors: [{ message: 'A value in this query does not fit its field (an id, a number or a date).' }] } }
  }
}
