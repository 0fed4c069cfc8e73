/**
 * `npm run fuzz`: hostile requests at every door of a production server on a
 * throwaway database, for a bounded time (at most 3 minutes in all, loopback
 * only). Prints, per door, the requests sent, the count of 5xx (must be 0),
 * the slowest answer, and the server's resident memory before, after the
 * first third (warmed up) and at the end. Exits 1 when any answer was a 5xx
 * or never came, or when memory grew by more than 50 MB after the warm-up.
 *
 *   npm run fuzz -- [--seconds 90] [--seed N] [--practices 60] [--connections 4] [--doors rest-query,auth]
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import fc from 'fast-check'
import { z } from 'zod'

import { loginAdmin, memoryOf, seedInChild, sleep, startBenchServer, stopAllChildren } from '../bench/measure'
import { DEFAULT_SEED, SITE_ALL } from '../bench/syntheticCatalogue'
import { describe, DOORS, doorArbitrary, send, type Door, type HostileRequest } from './doors'
import { fuzzTarget } from './target'

const USAGE = `npm run fuzz -- [options]

  --seconds 90        seconds of hostile requests (default 90, at most 150; the whole run stays under 3 minutes)
  --seed N            fast-check seed, to replay a run (default: random, printed)
  --practices 60      practices in the throwaway catalogue (default 60)
  --connections 4     requests in flight at once (default 4)
  --doors a,b         only these doors: ${DOORS.join(', ')}
`

/** The whole run, seeding and start included, ends by then. */
const RUN_BUDGET_MS = 175_000
const SLOW_MS = 2000
const MEMORY_MARGIN_BYTES = 50 * 1024 * 1024

const optionsSchema = z.object({
  seconds: z.coerce.number().int().min(5).max(150).default(90),
  seed: z.coerce.number().int().optional(),
  practices: z.coerce.number().int().min(10).max(2000).default(60),
  connections: z.coerce.number().int().min(1).max(16).default(4),
  doors: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return [...DOORS]
      const doors = value.split(',').map((door) => door.trim())
      const unknown = doors.filter((door) => !(DOORS as readonly string[]).includes(door))
      if (unknown.length > 0) {
        context.addIssue({ code: 'custom', message: `unknown door(s) ${unknown.join(', ')}; choose from ${DOORS.join(', ')}` })
        return z.NEVER
      }
      return doors as Door[]
    }),
  help: z.boolean().default(false),
})

type DoorStats = { sent: number; serverErrors: number; noAnswer: number; slowest: number; slowestRequest: string; failures: string[] }

const say = (line: string) => console.log(line)

async function main(): Promise<number> {
  const started = Date.now()
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      seed: { type: 'string' },
      practices: { type: 'string' },
      connections: { type: 'string' },
      doors: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  const parsed = optionsSchema.safeParse(values)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    console.error(`--${String(issue.path[0] ?? 'options')}: ${issue.message}\n\n${USAGE}`)
    return 2
  }
  const options = parsed.data
  if (options.help) {
    console.log(USAGE)
    return 0
  }
  const seed = options.seed ?? randomBytes(4).readInt32LE(0)
  say(`fuzz: seed ${seed} (replay with --seed ${seed}), doors ${options.doors.join(', ')}`)

  const dir = mkdtempSync(path.join(tmpdir(), 'praktijkenbank-fuzz-'))
  const env = {
    DATABASE_URI: `file:${path.join(dir, 'fuzz.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    READ_MODEL_POLL_INTERVAL_MS: '0',
  }
  Object.assign(process.env, env)
  try {
    say(`seeding ${options.practices} practices into a throwaway database…`)
    const seeded = await seedInChild({ practices: options.practices, seed: DEFAULT_SEED, dir, env, log: (line) => say(`  ${line}`) })
    if ('problem' in seeded) throw new Error(seeded.problem)
    const { manifest } = seeded
    const siteKey = manifest.keys[SITE_ALL]!

    say('starting the production server…')
    const server = await startBenchServer({ env, apiKey: siteKey, log: say, timeoutMs: 90_000 })
    if (server.startMs === null) throw new Error(`the server did not start: ${server.partnerProblem ?? ''}`)
    try {
      const admin = await loginAdmin(server.url, manifest.admin.email, manifest.admin.password)
      if (!admin.token) throw new Error(admin.problem ?? 'no admin token')
      const editorToken = await makeEditor(server.url, admin.token)
      const { default: configPromise } = await import('../../payload.config')
      const target = await fuzzTarget(await configPromise, server.url, admin.token)
      const credentials = { adminToken: admin.token, editorToken, siteKey }

      const before = memoryOf(server.pid)
      const deadline = Math.min(Date.now() + options.seconds * 1000, started + RUN_BUDGET_MS)
      say(`sending hostile requests for ${Math.round((deadline - Date.now()) / 1000)} s over ${options.connections} connections…`)
      const stats = new Map<Door, DoorStats>(options.doors.map((door) => [door, { sent: 0, serverErrors: 0, noAnswer: 0, slowest: 0, slowestRequest: '', failures: [] }]))
      const streams = options.doors.map((door, index) => requestStream(doorArbitrary(door, target), seed + index))
      let turn = 0
      const worker = async () => {
        while (Date.now() < deadline) {
          const index = turn++ % options.doors.length
          const door = options.doors[index]!
          const request = streams[index]!.next()
          const doorStats = stats.get(door)!
          doorStats.sent++
          try {
            const answer = await send(server.url, request, credentials)
            if (answer.ms > doorStats.slowest) {
              doorStats.slowest = answer.ms
              doorStats.slowestRequest = describe(request)
            }
            if (answer.status >= 500) {
              doorStats.serverErrors++
              if (doorStats.failures.length < 5) doorStats.failures.push(`${answer.status} ← ${describe(request)}\n      ${answer.text.slice(0, 200)}`)
            }
          } catch (error) {
            doorStats.noAnswer++
            if (doorStats.failures.length < 5) doorStats.failures.push(`no answer (${error instanceof Error ? error.message : String(error)}) ← ${describe(request)}`)
          }
        }
      }
      // Resident memory once the caches and V8's heap have grown to their working size, to tell growth from warm-up.
      let warm: number | null = null
      const warmUp = setTimeout(() => (warm = memoryOf(server.pid)?.rss ?? null), (deadline - Date.now()) / 3)
      await Promise.all(Array.from({ length: options.connections }, worker))
      clearTimeout(warmUp)
      await sleep(1000)
      const after = memoryOf(server.pid)
      return report(stats, { before: before?.rss ?? null, warm, after: after?.rss ?? null }, seed, Date.now() - started)
    } finally {
      await server.stop()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** An endless supply of requests of one door, reproducible from the seed. */
function requestStream(arbitrary: fc.Arbitrary<HostileRequest>, seed: number): { next: () => HostileRequest } {
  let batch: HostileRequest[] = []
  let round = 0
  return {
    next() {
      if (batch.length === 0) batch = fc.sample(arbitrary, { numRuns: 200, seed: seed + 7919 * round++ })
      return batch.pop()!
    },
  }
}

async function makeEditor(url: string, adminToken: string): Promise<string> {
  const headers = { authorization: `JWT ${adminToken}`, 'content-type': 'application/json' }
  const umbrellas = (await (await fetch(`${url}/api/organisations?where[type][equals]=umbrella&limit=1&depth=0`, { headers })).json()) as { docs: Array<{ id: number | string }> }
  const email = 'fuzz-redacteur@praktijkenbank.test'
  const password = randomBytes(18).toString('base64url')
  const created = await fetch(`${url}/api/users`, { method: 'POST', headers, body: JSON.stringify({ email, password, role: 'editor', teams: [umbrellas.docs[0]!.id] }) })
  if (created.status !== 201) throw new Error(`could not create the fuzz editor: ${created.status} ${await created.text()}`)
  const login = await loginAdmin(url, email, password)
  if (!login.token) throw new Error(login.problem ?? 'no editor token')
  return login.token
}

type Memory = { before: number | null; warm: number | null; after: number | null }

function report(stats: Map<Door, DoorStats>, { before, warm, after }: Memory, seed: number, elapsedMs: number): number {
  const mb = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 1024 / 1024).toFixed(0)} MB`)
  say('')
  say('| door | requests | 5xx | no answer | slowest | ')
  say('| --- | --- | --- | --- | --- |')
  let failed = false
  for (const [door, each] of stats) {
    failed ||= each.serverErrors > 0 || each.noAnswer > 0
    say(`| ${door} | ${each.sent} | ${each.serverErrors}${each.serverErrors > 0 ? ' MISS' : ''} | ${each.noAnswer}${each.noAnswer > 0 ? ' MISS' : ''} | ${each.slowest.toFixed(0)} ms${each.slowest > SLOW_MS ? ' MISS' : ''} |`)
  }
  const total = [...stats.values()].reduce((sum, each) => ({ sent: sum.sent + each.sent, errors: sum.errors + each.serverErrors }), { sent: 0, errors: 0 })
  const grew = warm !== null && after !== null ? after - warm : null
  say('')
  say(`${total.sent} requests, ${total.errors} x 5xx, in ${(elapsedMs / 1000).toFixed(0)} s (seed ${seed})`)
  say(
    `server memory: ${mb(before)} before, ${mb(warm)} after the first third, ${mb(after)} at the end ` +
      `(${grew === null ? '?' : `${grew >= 0 ? '+' : ''}${mb(grew)}`} over the last two thirds; flat within ${mb(MEMORY_MARGIN_BYTES)})${grew !== null && grew > MEMORY_MARGIN_BYTES ? ' MISS' : ''}`,
  )
  for (const [door, each] of stats) {
    if (each.slowest > SLOW_MS) say(`slowest ${door}: ${each.slowest.toFixed(0)} ms ← ${each.slowestRequest}`)
    for (const failure of each.failures) say(`FAIL ${door}: ${failure}`)
  }
  return failed || (grew !== null && grew > MEMORY_MARGIN_BYTES) ? 1 : 0
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAllChildren()
    setTimeout(() => process.exit(130), 300)
  })
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fuzz failed: ${error instanceof Error ? error.message : String(error)}`)
    stopAllChildren()
    process.exit(1)
  },
)
