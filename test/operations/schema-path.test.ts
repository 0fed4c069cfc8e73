/**
 * One schema path: every command that opens the database applies the
 * committed migrations and none marks it, so a production start after any of
 * them serves. The first test is the operator's sequence of issue 12 exactly:
 * `npm start` on a fresh database, stop, `npm run site:key -- <slug>` (no
 * NODE_ENV, as in an operator's shell), `npm start` again. Before, that
 * second start asked "Would you like to proceed? (y/N)" and exited 0.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload } from '../helpers/payload'
import { freePort, runNpmScript, runServerToExit, startServer } from '../helpers/server'

const built = existsSync(path.resolve('.next/BUILD_ID'))
const onSqlite = !process.env.DATABASE_URI!.startsWith('mongodb')
const PRODUCTION_ENV = { PAYLOAD_SECRET: 'http-test-secret-that-is-long-enough-0123456789' }
let payload: Payload | undefined

afterAll(async () => {
  await shutdownPayload(payload)
})

async function devPushMarks(): Promise<number> {
  const client = createClient({ url: process.env.DATABASE_URI! })
  try {
    const result = await client.execute('SELECT count(*) AS marks FROM payload_migrations WHERE batch = -1')
    return Number(result.rows[0]!.marks)
  } finally {
    client.close()
  }
}

/** Starts production, proves it serves (a partner query with `key`, when given), and stops it. */
async function productionServes(key?: string): Promise<void> {
  const server = await startServer(PRODUCTION_ENV)
  try {
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    if (key) {
      const answer = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query: '{ __typename }' }),
      })
      expect(answer.status).toBe(200)
    }
  } finally {
    await server.stop()
  }
}

describe.skipIf(!built || !onSqlite)('one schema path for every command', () => {
  it('npm start, stop, npm run site:key, npm start: the second start serves', async () => {
    const first = await startServer(PRODUCTION_ENV)
    await first.stop()

    payload = await bootPayload()
    const owner = await payload.create({ collection: 'organisations', data: { name: 'VVSG', type: 'umbrella' } as never, overrideAccess: true })
    await payload.create({
      collection: 'sites',
      data: { name: 'VVSG', slug: 'vvsg', owner: owner.id, defaultLocale: 'nl', enabledLocales: ['nl'] } as never,
      overrideAccess: true,
    })

    const siteKey = await runNpmScript('site:key', ['vvsg'])
    expect(siteKey.code, siteKey.output).toBe(0)
    const key = siteKey.output.trim().split('\n').at(-1)!
    expect(key).toMatch(/^pbk_/)
    expect(await devPushMarks()).toBe(0)

    await productionServes(key)
  }, 300_000)

  it('npm run seed, then a production start serves (once the demo credentials are gone)', async () => {
    const seed = await runNpmScript('seed')
    expect(seed.code, seed.output).toBe(0)
    expect(await devPushMarks()).toBe(0)

    // The production start refuses the public demo logins and keys (src/server/productionSafety.ts), not the schema.
    payload ??= await bootPayload()
    await payload.delete({ collection: 'users', where: { email: { like: '@praktijkenbank.test' } }, overrideAccess: true })
    await payload.update({ collection: 'api-keys', where: { isDemo: { equals: true } }, data: { revoked: true } as never, overrideAccess: true })

    await productionServes()
  }, 400_000)

  it('npm run dev on the migrated database, then a production start serves', async () => {
    const port = await freePort()
    const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' }
    delete env.NODE_ENV
    // Its own process group: npm, its shell and node get the stop signal together, as from a terminal's Ctrl-C.
    const dev = spawn('npm', ['run', '--silent', 'dev'], { cwd: process.cwd(), env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    dev.stdout!.on('data', (chunk) => (output += chunk))
    dev.stderr!.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => dev.once('exit', (code) => resolve(code)))
    try {
      const deadline = Date.now() + 240_000
      while (!output.includes('luistert op') && dev.exitCode === null && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(output, output).toContain('(ontwikkeling) luistert op')
      const health = await fetch(`http://127.0.0.1:${port}/healthz`)
      expect(health.status).toBe(200)
    } finally {
      if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGINT')
      await exited
    }
    expect(await devPushMarks()).toBe(0)

    await productionServes()
  }, 400_000)

  it('a database marked by an old development push stops the start with a non-zero code and what to do', async () => {
    const client = createClient({ url: process.env.DATABASE_URI! })
    await client.execute("INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)")
    client.close()

    const refused = await runServerToExit({ NODE_ENV: 'production', PORT: String(await freePort()), ...PRODUCTION_ENV })
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('npm run migrate:accept-dev-schema')
    expect(refused.output).not.toContain('Would you like to proceed')

    const accepted = await runNpmScript('migrate:accept-dev-schema')
    expect(accepted.code, accepted.output).toBe(0)
    expect(accepted.output).toContain('development mark removed')
    expect(await devPushMarks()).toBe(0)

    await productionServes()
  }, 300_000)
})
