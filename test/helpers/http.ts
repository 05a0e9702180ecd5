/** A small client for the CMS's REST and GraphQL APIs, as a browser or another server would call them. */
export type Client = {
  rest: (
    method: string,
    path: string,
    options?: { body?: unknown; form?: FormData; headers?: Record<string, string> },
  ) => Promise<{ status: number; json: any; headers: Headers }>
  graphql: (query: string, variables?: Record<string, unknown>) => Promise<{ status: number; data: any; errors?: { message: string }[] }>
}

export function client(baseUrl: string, token?: string): Client {
  const auth: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
  return {
    async rest(method, path, options = {}) {
      const headers: Record<string, string> = { ...auth, ...options.headers }
      let body: BodyInit | undefined
      if (options.form) body = options.form
      else if (options.body !== undefined) {
        headers['Content-Type'] = 'application/json'
        body = JSON.stringify(options.body)
      }
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: 'manual' })
      const text = await response.text()
      let json: unknown = null
      try {
        json = text ? JSON.parse(text) : null
      } catch {
        json = text
      }
      return { status: response.status, json, headers: response.headers }
    },
    async graphql(query, variables) {
      const response = await fetch(`${baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
      const json = (await response.json()) as { data: unknown; errors?: { message: string }[] }
      return { status: response.status, data: json.data, errors: json.errors }
    },
  }
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const { status, json } = await client(baseUrl).rest('POST', '/api/users/login', { body: { email, password } })
  if (status !== 200) throw new Error(`login as ${email} failed: ${status} ${JSON.stringify(json)}`)
  return json.token as string
}
