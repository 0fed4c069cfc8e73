/** A small client for Payload's REST API, as the admin UI and scripts use it. */
export type Rest = {
  call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; json: any }>
}

export function restClient(baseUrl: string, token?: string): Rest {
  return {
    async call(method, path, body, headers = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `JWT ${token}` } : {}),
          ...headers,
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      })
      const text = await response.text()
      let json: unknown = null
      try {
        json = text ? JSON.parse(text) : null
      } catch {
        json = { raw: text }
      }
      return { status: response.status, json }
    },
  }
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const { status, json } = await restClient(baseUrl).call('POST', '/api/users/login', { email, password })
  if (status !== 200 || !json?.token) throw new Error(`login of ${email} failed with ${status}: ${JSON.stringify(json)}`)
  return json.token as string
}
