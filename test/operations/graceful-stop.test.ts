/**
 * A clean stop: on SIGTERM the production server refuses new connections,
 * lets an upload in progress finish with its normal answer, stops its
 * pollers, closes the database and exits 0; a request that never ends is
 * named in one line and the process exits 1 after the 10 s deadline.
 */
import { existsSync } from 'node:fs'
import { request, type ClientRequest, type IncomingMessage } from 'node:http'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'

const built = existsSync(path.resolve('.next/BUILD_ID'))
const EMAIL = 'beheer@stop.test'
const PASSWORD = 'een-lang-genoeg-wachtwoord-voor-de-test'
let photo: Buffer
const servers: RunningServer[] = []

type SlowUpload = { sendRest: () => void; response: Promise<{ status: number; body: string }>; request: ClientRequest }

/** Starts a multipart upload of a photo and sends only its first half; the rest waits for sendRest(). */
async function startSlowUpload(url: string, token: string): Promise<SlowUpload> {
  const boundary = `----praktijkenbank${Date.now()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: 'Een foto tijdens het stoppen' })}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stoppen.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  )
  const body = Buffer.concat([head, photo, Buffer.from(`\r\n--${boundary}--\r\n`)])
  const half = Math.floor(body.length / 2)
  const target = new URL('/api/media', url)
  const client = request({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    agent: false,
    headers: { authorization: `JWT ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length },
  })
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    client.once('response', (res: IncomingMessage) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    client.once('error', reject)
  })
  await new Promise<void>((resolve) => client.write(body.subarray(0, half), () => resolve()))
  // The server has accepted the connection and is reading the body.
  await new Promise((resolve) => setTimeout(resolve, 500))
  return { sendRest: () => client.end(body.subarray(half)), response, request: client }
}

/** Tries new connections until one is refused (the signal reaches the server a moment after it is sent). */
async function refusesNewConnections(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`${url}/healthz`)
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code
      if (code === 'ECONNREFUSED') return true
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

describe.skipIf(!built)('stopping the production server', () => {
  beforeAll(async () => {
    await createFirstAdmin(EMAIL, PASSWORD)
    photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#8a3b12' } }).jpeg({ quality: 95 }).toBuffer()
  }, 120_000)

  afterAll(async () => {
    for (const server of servers) await server.stop()
  })

  it('SIGTERM: no new connections, the upload in progress gets its answer, exit code 0', async () => {
    const server = await startServer({ LOG_LEVEL: 'debug' })
    servers.push(server)
    const token = await login(server.url, EMAIL, PASSWORD)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

    const upload = await startSlowUpload(server.url, token)
    server.signal('SIGTERM')
    expect(await refusesNewConnections(server.url)).toBe(true)

    upload.sendRest()
    const answer = await upload.response
    expect(answer.status, answer.body).toBe(201)
    expect(JSON.parse(answer.body).doc.filename).toMatch(/^stoppen/)

    expect(await server.exited).toBe(0)
    expect(server.output()).toContain('SIGTERM: stopping; no new connections, 1 request(s) in progress')
    expect(server.output()).toContain('Stopped cleanly')
    // Health checks are logged, at debug level only.
    const healthLines = server.output().split('\n').filter((line) => line.includes('"path":"/healthz"'))
    expect(healthLines.length).toBeGreaterThan(0)
    for (const line of healthLines) expect(JSON.parse(line).level).toBe(20)
  }, 240_000)

  it('a request that never ends: stopped by force after 10 s, naming it, exit code 1', async () => {
    const server = await startServer()
    servers.push(server)
    const token = await login(server.url, EMAIL, PASSWORD)
    const upload = await startSlowUpload(server.url, token)
    upload.response.catch(() => {})

    server.signal('SIGINT')
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/Stopped by force after 10 s; still open: 1 request\(s\): POST \/api\/media/)
    upload.request.destroy()
  }, 240_000)
})
