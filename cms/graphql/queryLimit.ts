/**
 * GraphQL query text of at most `maxQueryLength` characters. The body may be up to 1 MB (a
 * mutation's variables can carry long rich text), but parsing a query costs time in proportion to
 * its tokens before any validation rule runs: a 1 MB query of repeated fields takes seconds to parse.
 * The largest query Payload's complexity limit lets through (about 1,000 fields) is a few tens of KB.
 */
import { clientLanguage, withBodyBytes } from '../http/bodyLimit.ts'
import { json } from '../http/json.ts'

const maxQueryLength = 50_000

const message = {
  en: `The GraphQL query is longer than ${maxQueryLength.toLocaleString('en')} characters. Ask for fewer fields, or pass long values as variables.`,
  es: `La consulta GraphQL tiene más de ${maxQueryLength.toLocaleString('es')} caracteres. Pida menos campos o pase los valores largos como variables.`,
}

/** The `query` of a JSON GraphQL request, if it has one. */
function queryOf(bytes: Uint8Array): unknown {
  try {
    return (JSON.parse(Buffer.from(bytes).toString('utf8')) as { query?: unknown } | null)?.query
  } catch {
    return undefined
  }
}

/** The GraphQL route handler, refusing a JSON request whose query is too long (400) before it is parsed. */
export function withQueryLengthLimit<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    // The body is already bounded (cms/http/bodyLimit.ts); Payload's GraphQL reads only JSON.
    if (!request.body || !(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      return handler(request, ...rest)
    }
    const bytes = new Uint8Array(await request.arrayBuffer())
    const query = queryOf(bytes)
    if (typeof query === 'string' && query.length > maxQueryLength) {
      return json({ errors: [{ message: message[clientLanguage(request.headers)] }] }, 400)
    }
    return handler(withBodyBytes(request, bytes), ...rest)
  }
}
