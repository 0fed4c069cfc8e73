/**
 * `npm run bench:hostile`: does the partner API's memory stay flat under
 * hostile filter values (issue 11, point 3)?
 *
 * Seeds a synthetic catalogue into a temporary database and starts the
 * production server on it, as `npm run bench` does (its seeding and server
 * start), warms it up with the ordinary scenarios (listings, searches,
 * details), reads its resident memory (VmRSS), then sends distinct filter
 * values from one API key: minimums of reach and recurrence and years, valid
 * and invalid, distinct search strings, in aliased listings, many a request,
 * over a few connections to 127.0.0.1. Then its resident memory again, and
 * PASS or MISS against "within 50 MB of where it started". It stops by
 * itself (after the values, or --max-seconds), and exits 0 either way: it
 * measures, it does not judge.
 *
 *   npm run build && npm run bench:hostile -- --practices 1000
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { LIMITS } from '../../src/partner-api/limits'
import { freePort, memoryOf, runLoad, seedInChild, sleep, startBenchServer, stopAllChildren, waitForSearchIndexes, type BenchServer } from './measure'
import { buildScenario, type ScenarioId } from './scenarios'
import { DEFAULT_SEED, LOCALES, random, SITE_ALL, syntheticCatalogue, type Random } from './syntheticCatalogue'

const USAGE = `npm run bench:hostile -- [options]

  --practices 5000     catalogue size (default 5000; 500 or 1000 is quicker)
  --values 100000      distinct hostile filter values to send (default 100000)
  --per-request 15     aliased listings per request (default and at most ${LIMITS.maxAliases}, the alias limit)
  --connections 8      concurrent connections (default 8, at most 32)
  --warmup 5           seconds of each ordinary scenario before the first reading (default 5)
  --max-seconds 600    stop sending after this long, whatever was sent (default 600)
  --seed N             seed of the synthetic catalogue (default ${DEFAULT_SEED})
  --keep               keep the temporary database (its path is printed)
`

/** The target: resident memory after the hostile values within this much of before. */
const TARGET_MB = 50

/** Values of each kind in the warm-up with hostile-shaped requests. */
const WARM_UP_POOL = 64

// ---------------------------------------------------------------------------
// Readings
// ---------------------------------------------------------------------------

type Reading = { rss: number; rssAfterGc: number; heapUsedAfterGc: number | null }

/**
 * Resident memory as it is, then after a full garbage collection: under any
 * load V8 keeps room for garbage (hundreds of MB at a high allocation rate,
 * see "Memory" in the README), so only memory measured after a collection
 * tells what requests left behind. The collection is asked for through the
 * server's inspector, opened on 127.0.0.1 only (SIGUSR1, on the port of
 * --inspect-port) for this throwaway server.
 */
async function readMemory(server: BenchServer, inspectPort: number): Promise<Reading> {
  const rss = memoryOf(server.pid)?.rss
  if (rss === undefined) throw new Error(`no /proc/${server.pid}/status (resident memory is read from Linux's /proc); the server's last words: ${server.output().slice(-2000)}`)
  let heapUsedAfterGc: number | null = null
  try {
    heapUsedAfterGc = await collectGarbage(server.pid, inspectPort)
  } catch (error) {
    say(`  (no garbage collection through the inspector: ${error instanceof Error ? error.message : String(error)})`)
  }
  await sleep(500)
  return { rss, rssAfterGc: memoryOf(server.pid)?.rss ?? rss, heapUsedAfterGc }
}

/** Two full collections through the inspector protocol; the heap used after them. */
async function collectGarbage(pid: number, port: number): Promise<number> {
  process.kill(pid, 'SIGUSR1')
  let target: string | undefined
  for (let attempt = 0; attempt < 50 && !target; attempt++) {
    try {
      const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ webSocketDebuggerUrl?: string }>
      target = list[0]?.webSocketDebuggerUrl
    } catch {
      await sleep(100)
    }
  }
  if (!target) throw new Error(`the inspector did not open on port ${port}`)
  const socket = new WebSocket(target)
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true })
    socket.addEventListener('error', () => reject(new Error('could not connect to the inspector')), { once: true })
  })
  let id = 0
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<{ result?: { result?: { value?: unknown } } }>((resolve) => {
      const mine = ++id
      const onMessage = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data)) as { id?: number }
        if (message.id !== mine) return
        socket.removeEventListener('message', onMessage)
        resolve(message as { result?: { result?: { value?: unknown } } })
      }
      socket.addEventListener('message', onMessage)
      socket.send(JSON.stringify({ id: mine, method, params }))
    })
  try {
    await call('HeapProfiler.collectGarbage')
    await call('HeapProfiler.collectGarbage')
    const usage = await call('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed', returnByValue: true })
    return Number(usage.result?.result?.value ?? NaN)
  } finally {
    socket.close()
  }
}

const positiveInt = z.coerce.number().int().positive()
const optionsSchema = z.object({
  practices: positiveInt.default(5000),
  values: positiveInt.default(100_000),
  perRequest: positiveInt.max(LIMITS.maxAliases).default(LIMITS.maxAliases),
  connections: positiveInt.max(32).default(8),
  warmup: z.coerce.number().int().min(0).default(5),
  maxSeconds: positiveInt.default(600),
  seed: positiveInt.default(DEFAULT_SEED),
  keep: z.boolean().default(false),
  help: z.boolean().default(false),
})

type Options = z.infer<typeof optionsSchema>

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      practices: { type: 'string' },
      values: { type: 'string' },
      'per-request': { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      'max-seconds': { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  const { 'per-request': perRequest, 'max-seconds': maxSeconds, ...rest } = values
  const parsed = optionsSchema.safeParse({ ...rest, perRequest, maxSeconds })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    console.error(`--${String(issue.path[0] ?? 'options')}: ${issue.message}`)
    console.error(USAGE)
    process.exit(2)
  }
  return parsed.data
}

const say = (line: string) => console.log(line)
const mb = (bytes: number) => bytes / 2 ** 20

// ---------------------------------------------------------------------------
// The hostile requests
// ---------------------------------------------------------------------------

/**
 * Distinct values, each sent once: years and minimums counting away from the
 * valid ranges (both ways, to the ends of GraphQL's Int), the valid ones in
 * turn, and search strings of random words (accents, other scripts, typos),
 * up to the search length limit. With `pool`, the same kinds of values, but
 * only `pool` of each, over and over: the control load.
 */
class HostileValues {
  sent = 0
  private next = 0
  private readonly rng: Random
  private readonly searches: string[] = []

  constructor(
    seed: number,
    private readonly pool: number | null = null,
  ) {
    this.rng = random(seed)
  }

  private count(): number {
    const n = ++this.next
    return this.pool === null ? n : 1 + (n % this.pool)
  }

  /** A distinct integer outside 1..4 (and 1900..2100), or now and then a valid one. */
  private integer(valid: readonly [number, number]): number {
    this.sent++
    const n = this.count()
    if (n % 10 === 0) return valid[0] + (n % (valid[1] - valid[0] + 1))
    // Far from the range, up and down, spread over the whole of Int.
    const far = (n * 2_654_435_761) % 2_000_000_000
    return n % 2 === 0 ? valid[1] + 1 + far : valid[0] - 1 - far
  }

  filter(): Record<string, number> {
    return {
      minReach: this.integer([LIMITS.scores.min, LIMITS.scores.max]),
      minRecurrence: this.integer([LIMITS.scores.min, LIMITS.scores.max]),
      activeInYear: this.integer([LIMITS.years.min, LIMITS.years.max]),
    }
  }

  /** Only valid values: these reach the read model's memos (an invalid one is refused first). */
  validFilter(): Record<string, number> {
    this.sent += 3
    const n = this.count()
    return { minReach: 1 + (n % 4), minRecurrence: 1 + ((n >> 2) % 4), activeInYear: LIMITS.years.min + (n % (LIMITS.years.max - LIMITS.years.min + 1)) }
  }

  search(): string {
    this.sent++
    if (this.pool !== null && this.searches.length === this.pool) return this.searches[this.count() % this.pool]!
    const letters = 'abcdeéèëfghiïjklmnoöpqrstuvwxyzçœß'
    const words: string[] = [`w${++this.next}`]
    const length = this.rng.int(1, 12)
    for (let w = 0; w < length; w++) {
      let word = ''
      for (let c = this.rng.int(2, 14); c > 0; c--) word += letters[this.rng.int(0, letters.length - 1)]
      words.push(this.rng.chance(0.1) ? word.toUpperCase() : word)
    }
    if (this.rng.chance(0.2)) words.push('Ελληνικά', 'кириллица', '日本語')
    const search = words.join(' ').slice(0, LIMITS.maxSearchLength)
    if (this.pool !== null) this.searches.push(search)
    return search
  }
}

/**
 * One request: `perRequest` aliased listings, each with its own filter
 * values and search. Every other request has only valid values (they reach
 * the read model's memos, searches and recent selections); the others only
 * invalid ones (refused at the edge: the first refusal ends the request, as
 * `practices` cannot be null). One request in five writes its values in the
 * query text instead of variables: a new document every time.
 */
function hostileBody(values: HostileValues, perRequest: number, index: number): string {
  const literal = index % 5 === 4
  const fields: string[] = []
  const declarations: string[] = []
  const variables: Record<string, unknown> = {}
  // One alias is left for policy plans by year.
  const listings = perRequest > 1 ? perRequest - 1 : perRequest
  for (let a = 0; a < listings; a++) {
    const valid = index % 2 === 0
    const filter = valid ? values.validFilter() : values.filter()
    const search = values.search()
    const locale = LOCALES[(index + a) % LOCALES.length]
    const facets = a % 3 === 0 ? ' facets { reach { value count } recurrence { value count } }' : ''
    if (literal) {
      const filterText = Object.entries(filter)
        .map(([name, value]) => `${name}: ${value}`)
        .join(', ')
      fields.push(`l${a}: practices(first: 2, locale: ${locale}, search: ${JSON.stringify(search)}, filter: { ${filterText} }) { totalCount nodes { slug }${facets} }`)
    } else {
      declarations.push(`$f${a}: PracticeFilter`, `$s${a}: String`)
      variables[`f${a}`] = filter
      variables[`s${a}`] = search
      fields.push(`l${a}: practices(first: 2, locale: ${locale}, search: $s${a}, filter: $f${a}) { totalCount nodes { slug }${facets} }`)
    }
  }
  if (listings < perRequest) {
    const year = (index % 2 === 0 ? values.validFilter() : values.filter()).activeInYear
    fields.push(`plans: policyPlans(filter: { activeInYear: ${year} }) { totalCount }`)
  }
  const query = literal ? `{ ${fields.join(' ')} }` : `query Hostile(${declarations.join(', ')}) { ${fields.join(' ')} }`
  // A nonce, so that no answer comes from the response cache, in the control load either.
  const extensions = { nonce: index }
  return JSON.stringify(literal ? { query, extensions } : { query, variables, extensions })
}

type HostileOutcome = {
  requests: number
  values: number
  seconds: number
  statuses: Map<number, number>
  /** Per error code, how many answers carried it first, and one message. */
  errors: Map<string, { count: number; message: string }>
  failures: number
  slowestMs: number
}

/** Request numbers of both loads differ (they make the nonces). */
let nonceBase = 0

async function sendHostile(server: BenchServer, apiKey: string, options: Options, values: HostileValues): Promise<HostileOutcome> {
  const statuses = new Map<number, number>()
  const errors: HostileOutcome['errors'] = new Map()
  let requests = 0
  let failures = 0
  let slowestMs = 0
  const started = Date.now()
  const deadline = started + options.maxSeconds * 1000
  let lastReport = started
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` }
  const worker = async () => {
    while (values.sent < options.values && Date.now() < deadline) {
      const body = hostileBody(values, options.perRequest, requests++ + nonceBase)
      const sentAt = Date.now()
      try {
        const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) })
        const text = await response.text()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const first = /"message":"((?:[^"\\]|\\.){0,160})[^"]*".*?"code":"([A-Z_]+)"/.exec(text)
        if (first) {
          const seen = errors.get(first[2]!) ?? { count: 0, message: first[1]! }
          seen.count++
          errors.set(first[2]!, seen)
        }
      } catch {
        failures++
      }
      slowestMs = Math.max(slowestMs, Date.now() - sentAt)
      if (Date.now() - lastReport >= 10_000) {
        lastReport = Date.now()
        const rss = memoryOf(server.pid)
        say(`  ${values.sent.toLocaleString('en-US')} values in ${requests.toLocaleString('en-US')} requests, ${Math.round((Date.now() - started) / 1000)} s; resident ${rss ? mb(rss.rss).toFixed(0) : '?'} MB`)
      }
    }
  }
  await Promise.all(Array.from({ length: options.connections }, worker))
  nonceBase += requests
  return { requests, values: values.sent, seconds: (Date.now() - started) / 1000, statuses, errors, failures, slowestMs }
}

// ---------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------

let currentDir: string | null = null

async function main(): Promise<void> {
  const options = readOptions()
  if (options.help) {
    say(USAGE)
    return
  }
  if (!existsSync(path.resolve('.next/BUILD_ID'))) {
    console.error('The bench runs the production server: run `npm run build` first.')
    process.exit(1)
  }
  const dir = mkdtempSync(path.join(tmpdir(), `praktijkenbank-hostile-${options.practices}-`))
  if (!options.keep) currentDir = dir
  const env = { DATABASE_URI: `file:${path.join(dir, 'bench.db')}`, MEDIA_DIR: path.join(dir, 'media'), PAYLOAD_SECRET: randomBytes(32).toString('hex') }
  say(`Praktijkenbank hostile filter values: ${options.practices.toLocaleString('en-US')} practices, ${options.values.toLocaleString('en-US')} values, ${options.perRequest} listings a request, ${options.connections} connections`)
  try {
    say('seeding…')
    const seeded = await seedInChild({ practices: options.practices, seed: options.seed, dir, env, log: say })
    if ('problem' in seeded) throw new Error(seeded.problem)
    say(`seeded in ${seeded.seconds.toFixed(1)} s`)
    const apiKey = seeded.manifest.keys[SITE_ALL]!
    say('starting the production server…')
    // The inspector stays closed until the first reading opens it (SIGUSR1), on 127.0.0.1 only.
    const inspectPort = await freePort()
    const server = await startBenchServer({ env: { ...env, NODE_OPTIONS: `--inspect-port=127.0.0.1:${inspectPort}` }, apiKey, log: say })
    try {
      if (server.firstAnswer !== 'partner-api') throw new Error(`the partner API did not answer: ${server.partnerProblem ?? ''}`)
      const search = await waitForSearchIndexes(server.url, apiKey, LOCALES)
      if (search.ms === null) throw new Error(`search indexes: ${search.problem}`)

      // Ordinary use first, so that what it keeps (caches, compiled queries) is in the first reading.
      const setup = { catalogue: syntheticCatalogue({ practices: options.practices, seed: options.seed }), manifest: seeded.manifest, adminToken: null, seed: options.seed }
      for (const id of ['listing', 'listing-repeated', 'search', 'detail'] as ScenarioId[]) {
        if (options.warmup === 0) break
        const load = await runLoad(server.url, buildScenario(id, setup), options.warmup, options.connections, server.pid)
        say(`warm-up ${id}: ${load.requests.toLocaleString('en-US')} requests`)
      }
      // The same requests with only a few values of each kind, over and over: what the
      // request shape itself keeps (parsed and compiled queries) is in the first reading too.
      const warmUp = await sendHostile(server, apiKey, { ...options, values: Math.min(options.values, 20_000) }, new HostileValues(options.seed + 1, WARM_UP_POOL))
      say(`warm-up hostile-shaped: ${warmUp.requests.toLocaleString('en-US')} requests, ${WARM_UP_POOL} values of each kind`)
      await sleep(2000)
      const before = await readMemory(server, inspectPort)
      say(`resident memory before: ${mb(before.rss).toFixed(0)} MB, ${mb(before.rssAfterGc).toFixed(0)} MB after a full garbage collection`)

      say('sending hostile filter values…')
      const outcome = await sendHostile(server, apiKey, options, new HostileValues(options.seed))
      await sleep(2000)
      const after = await readMemory(server, inspectPort)
      const peak = memoryOf(server.pid)?.peak ?? after.rss
      const growth = mb(after.rssAfterGc - before.rssAfterGc)
      const statuses = [...outcome.statuses].sort((a, b) => a[0] - b[0]).map(([status, count]) => `${status} × ${count.toLocaleString('en-US')}`)
      const serverErrors = [...outcome.statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0)

      say('')
      say(`values sent       ${outcome.values.toLocaleString('en-US')} in ${outcome.requests.toLocaleString('en-US')} requests, ${outcome.seconds.toFixed(0)} s`)
      say(`answers           ${statuses.join(', ')}${outcome.failures ? `; ${outcome.failures} without an answer` : ''}; 5xx: ${serverErrors}; slowest ${outcome.slowestMs} ms`)
      for (const [code, { count, message }] of outcome.errors) say(`  ${code} × ${count.toLocaleString('en-US')}, e.g. "${message}"`)
      const heap = (reading: Reading) => (reading.heapUsedAfterGc === null ? '' : `, heap used ${mb(reading.heapUsedAfterGc).toFixed(0)} MB`)
      say(`resident before   ${mb(before.rss).toFixed(0)} MB; after a full collection ${mb(before.rssAfterGc).toFixed(0)} MB${heap(before)}`)
      say(`resident after    ${mb(after.rss).toFixed(0)} MB (peak ${mb(peak).toFixed(0)} MB); after a full collection ${mb(after.rssAfterGc).toFixed(0)} MB${heap(after)}`)
      say(`difference        ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB after full collections (${mb(after.rss - before.rss).toFixed(0)} MB as they were)   ${growth <= TARGET_MB ? 'pass' : 'MISS'} (target: within ${TARGET_MB} MB)`)
      if (outcome.values < options.values) say(`(stopped after ${options.maxSeconds} s, before all ${options.values.toLocaleString('en-US')} values)`)
    } finally {
      await server.stop()
    }
  } finally {
    if (options.keep) say(`kept: ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
    currentDir = null
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the bench and its server`)
    stopAllChildren()
    if (currentDir) setTimeout(() => rmSync(currentDir!, { recursive: true, force: true }), 200)
    setTimeout(() => process.exit(130), 400)
  })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:hostile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
