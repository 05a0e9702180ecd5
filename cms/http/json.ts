/** A JSON answer from one of the CMS's own endpoints; no cache keeps it unless the headers say so. */
export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}
