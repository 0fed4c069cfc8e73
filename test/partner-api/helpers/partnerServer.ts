import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { createPartnerApiHandler, type PartnerApiHandler, type PartnerApiOptions } from '../../../src/partner-api/http'
import { bootPayload, shutdownPayload } from '../../helpers/payload'

/**
 * The partner API on a real HTTP server (node:http, 127.0.0.1, a free port)
 * against this test file's own database. Production behaviour by default.
 */
export type PartnerServer = {
  url: string
  payload: Payload
  handler: PartnerApiHandler
  /** A GraphQL request over HTTP; the body parsed as JSON when it is JSON. */
  request: (query: string, options?: RequestOptions) => Promise<GraphQLResponse>
  stop: () => Promise<void>
}

export type RequestOptions = {
  key?: string | null
  variables?: Record<string, unknown>
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  extensions?: Record<string, unknown>
  /** Send the key as x-api-key instead of Authorization: Bearer. */
  keyHeader?: 'authorization' | 'x-api-key'
}

export type GraphQLResponse = {
  status: number
  headers: Headers
  body: any
  text: string
}

export const TEST_SERVER_URL = 'https://praktijkenbank.test'

export async function bootTestPayload(): Promise<Payload> {
  return bootPayload()
}

export async function startPartnerServer(payload: Payload, options: PartnerApiOptions = {}): Promise<PartnerServer> {
  const handler = await createPartnerApiHandler(payload, { production: true, serverUrl: TEST_SERVER_URL, ...options })
  const server: Server = createServer((req, res) => void handler(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const request = async (query: string, options: RequestOptions = {}): Promise<GraphQLResponse> => {
    const method = options.method ?? 'POST'
    const headers: Record<string, string> = { ...options.headers }
    if (options.key) {
      if (options.keyHeader === 'x-api-key') headers['x-api-key'] = options.key
      else headers.authorization = `Bearer ${options.key}`
    }
    let target = `${url}/graphql`
    let body: string | undefined
    if (method === 'GET') {
      const params = new URLSearchParams()
      if (query) params.set('query', query)
      if (options.variables) params.set('variables', JSON.stringify(options.variables))
      if (options.extensions) params.set('extensions', JSON.stringify(options.extensions))
      target += `?${params}`
    } else {
      headers['content-type'] ??= 'application/json'
      body = JSON.stringify({ ...(query ? { query } : {}), variables: options.variables, extensions: options.extensions })
    }
    const response = await fetch(target, { method, headers, body })
    const text = await response.text()
    let parsed: unknown = null
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      parsed = null
    }
    return { status: response.status, headers: response.headers, body: parsed, text }
  }

  return {
    url,
    payload,
    handler,
    request,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await handler.stop()
    },
  }
}

export { shutdownPayload }
