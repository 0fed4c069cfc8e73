/**
 * Bounded resources and private answers at the partner API's edge, over
 * real HTTP: filter values out of range are refused, a body over its limit
 * is refused without being read to its end, and keyed answers are private
 * unless the operator says their CDN keys its cache on the API key.
 */
import { connect, type Socket } from 'node:net'

import { describe, expect, it } from 'vitest'

import { LIMITS } from '../../src/partner-api/limits'
import { startPartnerServer, type PartnerServer } from './helpers/partnerServer'
import type { PartnerWorld } from './helpers/partnerWorld'
import { usePartnerServer } from './helpers/usePartnerServer'

let server: PartnerServer
let world: PartnerWorld

usePartnerServer((started) => ({ server, world } = started))

const COUNT = 'query ($filter: PracticeFilter) { practices(filter: $filter) { totalCount } }'

describe('filter values', () => {
  it('refuses reach and recurrence minimums outside 1 to 4, and years outside 1900 to 2100, with BAD_USER_INPUT saying the range', async () => {
    const refused: Array<[Record<string, number>, RegExp]> = [
      [{ minReach: 0 }, /`filter.minReach` must be between 1 and 4/],
      [{ minReach: 5 }, /`filter.minReach` must be between 1 and 4/],
      [{ minReach: -2_147_483_648 }, /between 1 and 4/],
      [{ minRecurrence: 0 }, /`filter.minRecurrence` must be between 1 and 4/],
      [{ minRecurrence: 2_147_483_647 }, /between 1 and 4/],
      [{ activeInYear: 1899 }, /`filter.activeInYear` must be between 1900 and 2100/],
      [{ activeInYear: 2101 }, /between 1900 and 2100/],
      [{ activeInYear: -5 }, /between 1900 and 2100/],
    ]
    for (const [filter, message] of refused) {
      const response = await server.request(COUNT, { key: world.keys.a, variables: { filter } })
      expect(response.status, JSON.stringify(filter)).toBe(400)
      expect(response.body.errors[0].extensions.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT')
      expect(response.body.errors[0].message, JSON.stringify(filter)).toMatch(message)
      expect(response.body.data ?? null).toBeNull()
    }
    // Written in the query rather than as variables: the same.
    const literal = await server.request('{ practices(filter: { activeInYear: 3000 }) { totalCount } }', { key: world.keys.a })
    expect(literal.body.errors[0].extensions.code).toBe('BAD_USER_INPUT')
    // Policy plans' year too.
    const plans = await server.request('{ policyPlans(filter: { activeInYear: 12 }) { totalCount } }', { key: world.keys.a })
    expect(plans.body.errors[0].extensions.code).toBe('BAD_USER_INPUT')
    expect(plans.body.errors[0].message).toMatch(/between 1900 and 2100/)
  })

  it('answers the values at the edges of the ranges', async () => {
    for (const filter of [{ minReach: 1 }, { minReach: 4 }, { minRecurrence: 1 }, { minRecurrence: 4 }, { activeInYear: 1900 }, { activeInYear: 2100 }]) {
      const response = await server.request(COUNT, { key: world.keys.a, variables: { filter } })
      expect(response.status, JSON.stringify(filter)).toBe(200)
      expect(response.body.errors, JSON.stringify(filter)).toBeUndefined()
      expect(typeof response.body.data.practices.totalCount).toBe('number')
    }
    const plans = await server.request('{ policyPlans(filter: { activeInYear: 2100 }) { totalCount } }', { key: world.keys.a })
    expect(plans.body.errors).toBeUndefined()
  })
})

/** What a raw HTTP client receives on a connection until the server closes it. */
type RawExchange = { received: string; closed: Promise<void>; sent: () => number; socket: Socket }

function rawRequest(head: string): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url)
    const socket = connect(Number(url.port), '127.0.0.1')
    const exchange = { received: '', socket } as RawExchange
    let sent = 0
    const closed = new Promise<void>((done) => socket.once('close', () => done()))
    socket.on('data', (chunk) => (exchange.received += chunk.toString('latin1')))
    // The server closing while we send is what is expected: a reset is not a failure.
    socket.on('error', () => {})
    const originalWrite = socket.write.bind(socket)
    socket.write = ((chunk: string | Buffer, ...rest: never[]) => {
      sent += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length
      return originalWrite(chunk, ...rest)
    }) as Socket['write']
    socket.once('connect', () => {
      socket.write(head)
      resolve(Object.assign(exchange, { closed, sent: () => sent }))
    })
    socket.once('error', reject)
  })
}

/** Writes `total` bytes of body in 16 KB pieces, as fast as the connection takes them, while it is open. */
async function sendBody(exchange: RawExchange, total: number, chunked: boolean): Promise<void> {
  const piece = Buffer.alloc(16 * 1024, 'x')
  for (let written = 0; written < total && !exchange.socket.destroyed; written += piece.length) {
    const data = chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece
    if (!exchange.socket.write(data)) await new Promise<void>((resolve) => exchange.socket.once('drain', resolve).once('close', resolve))
  }
}

describe('request bodies over the limit', () => {
  const head = (framing: string) =>
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${world.keys.a}\r\n${framing}\r\n\r\n`

  it('refuses a body whose Content-Length is over the limit at once, 413, and closes the connection without reading it', async () => {
    const declared = 10 * 1024 * 1024
    const exchange = await rawRequest(head(`Content-Length: ${declared}`))
    // 100 KB of the 10 MB declared, then nothing more: a server that read to the end would wait for the rest.
    await sendBody(exchange, 100 * 1024, false)
    await exchange.closed
    expect(exchange.received).toMatch(/^HTTP\/1\.1 413 /)
    expect(exchange.received).toMatch(/\r\nconnection: close\r\n/i)
    expect(exchange.received).toMatch(new RegExp(`at most ${LIMITS.maxBodyBytes} bytes`))
    expect(exchange.sent()).toBeLessThan(declared)
  })

  it('stops reading a chunked body at the limit, 413, and closes the connection', async () => {
    const exchange = await rawRequest(head('Transfer-Encoding: chunked'))
    // Past the limit, never ending (no last chunk): only the server can end this.
    await sendBody(exchange, LIMITS.maxBodyBytes + 64 * 1024, true)
    await exchange.closed
    expect(exchange.received).toMatch(/^HTTP\/1\.1 413 /)
    expect(exchange.received).toMatch(/\r\nconnection: close\r\n/i)
  })

  it('refuses an over-long declared body before the key is even looked at', async () => {
    const exchange = await rawRequest(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${LIMITS.maxBodyBytes + 1}\r\n\r\n`)
    await exchange.closed
    expect(exchange.received).toMatch(/^HTTP\/1\.1 413 /)
  })

  it('still answers a body within the limit, and keeps that connection open', async () => {
    const body = JSON.stringify({ query: `{ site { name } } # ${'x'.repeat(LIMITS.maxBodyBytes - 200)}` })
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(LIMITS.maxBodyBytes)
    const exchange = await rawRequest(head(`Content-Length: ${Buffer.byteLength(body)}`) + body)
    await new Promise<void>((resolve) => {
      const check = () => (/\r\n\r\n\{.*\}\s*$/s.test(exchange.received) ? resolve() : exchange.socket.once('data', check))
      check()
    })
    expect(exchange.received).toMatch(/^HTTP\/1\.1 200 /)
    expect(exchange.received).toContain('"name":"Site A"')
    expect(exchange.socket.destroyed).toBe(false)
    exchange.socket.destroy()
  })
})

describe('Cache-Control of keyed answers', () => {
  const QUERY = '{ site { name practiceCount } }'

  it('is private by default, with max-age, ETag and 304, and Vary on the key', async () => {
    const first = await server.request(QUERY, { key: world.keys.a, method: 'GET' })
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe(`private, max-age=${LIMITS.cacheMaxAgeSeconds}`)
    expect(first.headers.get('vary')).toMatch(/Authorization/)
    expect(first.headers.get('vary')).toMatch(/X-Api-Key/)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    const again = await server.request(QUERY, { key: world.keys.a, method: 'GET', headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('cache-control')).toBe(`private, max-age=${LIMITS.cacheMaxAgeSeconds}`)
    // From the response cache too (the second sighting kept it, this one is served from it).
    const kept = await server.request(QUERY, { key: world.keys.a, method: 'GET' })
    expect(kept.headers.get('x-partner-cache')).toBe('hit')
    expect(kept.headers.get('cache-control')).toBe(`private, max-age=${LIMITS.cacheMaxAgeSeconds}`)
    // Through x-api-key as well.
    const byHeader = await server.request(QUERY, { key: world.keys.b, keyHeader: 'x-api-key', method: 'GET' })
    expect(byHeader.headers.get('cache-control')).toMatch(/^private, /)
  })

  it('is public when the operator opts in (a CDN keyed on the API key header), still with Vary', async () => {
    const shared = await startPartnerServer(server.payload, { sharedCache: true })
    try {
      const first = await shared.request(QUERY, { key: world.keys.a, method: 'GET' })
      expect(first.status).toBe(200)
      expect(first.headers.get('cache-control')).toBe(`public, max-age=${LIMITS.cacheMaxAgeSeconds}`)
      expect(first.headers.get('vary')).toMatch(/Authorization/)
      expect(first.headers.get('vary')).toMatch(/X-Api-Key/)
      const again = await shared.request(QUERY, { key: world.keys.a, method: 'GET', headers: { 'if-none-match': first.headers.get('etag')! } })
      expect(again.status).toBe(304)
      // POSTs and errors are still not cached by anyone.
      const post = await shared.request(QUERY, { key: world.keys.a })
      expect(post.headers.get('cache-control')).toBe('no-store')
    } finally {
      await shared.stop()
    }
  })
})
