/**
 * The measuring side of the bench: start the production server and time its
 * first answer, load it with autocannon, read its resident memory, and check
 * that an editor's change shows on the next partner request.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import autocannon from 'autocannon'

import { buildServerOnce, PRODUCTION_SERVER_ARGS } from '../build-server'

import type { BenchRequest, Scenario } from './scenarios'
import type { SeedManifest } from './seedSynthetic'

/** Children of the bench (seeding, servers), stopped when the bench is interrupted. */
const children = new Set<ChildProcess>()

export function track(child: ChildProcess): ChildProcess {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

export function stopAllChildren(): void {
  for (const child of children) child.kill('SIGKILL')
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

// ---------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------

export type SeedInChildOptions = {
  practices: number
  seed: number
  /** The temporary directory of the database (the manifest is written there). */
  dir: string
  /** DATABASE_URI, MEDIA_DIR and PAYLOAD_SECRET of the temporary database. */
  env: Record<string, string>
  log: (line: string) => void
}

/**
 * Seeds a synthetic catalogue (scripts/bench/seedSynthetic.ts) into the
 * database of `env`, in a child in production mode, so that Payload applies
 * the committed migrations. The seed's manifest (API keys, admin, ids), or
 * what went wrong.
 */
export async function seedInChild(options: SeedInChildOptions): Promise<{ manifest: SeedManifest; seconds: number } | { problem: string }> {
  const manifestFile = path.join(options.dir, 'manifest.json')
  const started = Date.now()
  const args = ['scripts/bench/seedSynthetic.ts', '--practices', String(options.practices), '--seed', String(options.seed), '--manifest', manifestFile]
  const code = await runChild(args, options.env, options.log)
  if (code !== 0 || !existsSync(manifestFile)) return { problem: `seeding failed (exit code ${code})` }
  return { manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) as SeedManifest, seconds: (Date.now() - started) / 1000 }
}

/** Runs the seeding child (node --conditions=production --import tsx …) with NODE_ENV=production, relaying its progress. */
function runChild(args: string[], env: Record<string, string>, say: (line: string) => void): Promise<number | null> {
  return new Promise((resolve) => {
    const child = track(
      spawn(process.execPath, ['--conditions=production', '--import', 'tsx', ...args], {
        cwd: process.cwd(),
        env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
    let errors = ''
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        // Payload's own log lines (migrations, e-mail adapter) are noise here.
        // eslint-disable-next-line no-control-regex
        const plain = line.replace(/\x1b\[[0-9;]*m/g, '')
        if (plain.trim() && !/^\[[\d:]+\] (INFO|WARN):/.test(plain)) say(plain)
      }
    }
    child.stdout!.on('data', relay)
    child.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
      relay(chunk)
    })
    child.once('exit', (code) => {
      if (code !== 0 && errors) say(errors.split('\n').slice(-5).join('\n'))
      resolve(code)
    })
  })
}

// ---------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------

export type BenchServer = {
  url: string
  pid: number
  /** Spawn to the first successful partner API answer, in ms (null when it never answered). */
  startMs: number | null
  /** What answered first: the partner API; the partner API with an error; or (without it, 404) the server's other routes. */
  firstAnswer: 'partner-api' | 'partner-api-error' | 'payload-rest' | 'none'
  /** Why the partner API did not answer, when it did not. */
  partnerProblem: string | null
  output: () => string
  stop: () => Promise<void>
}

export type StartOptions = {
  env: Record<string, string>
  apiKey: string
  /** Give up after this long (ms). */
  timeoutMs?: number
  log?: (line: string) => void
}

/**
 * Compiles the server (scripts/build-server.ts, as `npm run build` does),
 * then spawns `node --conditions=production dist/server.mjs` (`npm start`) with
 * NODE_ENV=production and polls POST /graphql with a cheap query (the site's
 * slug) every 100 ms: the start time is spawn to that first 200 with data.
 * When /graphql answers but not as expected (404 without a partner API, or
 * an error), the start is timed to that first answer and the reason is kept.
 */
export async function startBenchServer(options: StartOptions): Promise<BenchServer> {
  await buildServerOnce()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const spawned = Date.now()
  const child = track(
    spawn(process.execPath, [...PRODUCTION_SERVER_ARGS], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env, PORT: String(port), SERVER_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  let log = ''
  child.stdout!.on('data', (chunk) => (log = tail(log + chunk)))
  child.stderr!.on('data', (chunk) => (log = tail(log + chunk)))

  const server: BenchServer = {
    url,
    pid: child.pid ?? -1,
    startMs: null,
    firstAnswer: 'none',
    partnerProblem: null,
    output: () => log,
    stop: () => stopChild(child),
  }

  const deadline = spawned + (options.timeoutMs ?? 300_000)
  let lastReport = spawned
  let wrongSince: number | null = null
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      server.partnerProblem = `the server exited with ${child.signalCode ?? `code ${child.exitCode}`}: ${lastLines(log, 3)}`
      return server
    }
    const answer = await probePartnerApi(url, options.apiKey)
    if (answer.ok) {
      server.startMs = Date.now() - spawned
      server.firstAnswer = 'partner-api'
      return server
    }
    if (answer.status !== null) {
      // The server listens only once everything is ready: an answer that is not
      // the expected one will not turn into it. Give it two seconds, then report it.
      wrongSince ??= Date.now()
      if (Date.now() - wrongSince > 2000) {
        server.startMs = wrongSince - spawned
        if (answer.status === 404) {
          server.firstAnswer = 'payload-rest'
          server.partnerProblem = 'no answer: /graphql returned 404 (the partner API is not mounted)'
        } else {
          server.firstAnswer = 'partner-api-error'
          server.partnerProblem = `no answer: /graphql returned ${answer.status}: ${answer.detail}`
        }
        return server
      }
    }
    if (Date.now() - lastReport >= 10_000) {
      lastReport = Date.now()
      options.log?.(`  server starting… ${Math.round((Date.now() - spawned) / 1000)} s`)
    }
    await sleep(100)
  }
  server.partnerProblem ??= `no answer from /graphql within ${Math.round((options.timeoutMs ?? 300_000) / 1000)} s`
  return server
}

/**
 * Sends one search per locale and waits for all the answers. The server
 * answers once its records are loaded and builds its search indexes after
 * that, one per language chain, while serving; a search waits for its
 * chain's index. Returns the milliseconds until every answer, or a problem.
 */
export async function waitForSearchIndexes(url: string, key: string, locales: readonly string[], timeoutMs = 120_000): Promise<{ ms: number | null; problem: string | null }> {
  const started = Date.now()
  try {
    await Promise.all(
      locales.map(async (locale) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: 'query ($locale: Locale) { practices(search: "ab", first: 1, locale: $locale) { totalCount } }', variables: { locale } }),
          signal: AbortSignal.timeout(timeoutMs),
        })
        const text = await response.text()
        if (response.status !== 200 || text.includes('"errors"')) throw new Error(`search (${locale}) answered ${response.status}: ${text.slice(0, 200)}`)
      }),
    )
    return { ms: Date.now() - started, problem: null }
  } catch (error) {
    return { ms: null, problem: error instanceof Error ? error.message : String(error) }
  }
}

async function probePartnerApi(url: string, key: string): Promise<{ ok: boolean; status: number | null; detail: string }> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: '{ site { slug } }' }),
      signal: AbortSignal.timeout(5000),
    })
    const text = await response.text()
    const ok = response.status === 200 && text.includes('"slug"') && !text.includes('"errors"')
    return { ok, status: response.status, detail: text.slice(0, 200) }
  } catch {
    return { ok: false, status: null, detail: 'not listening yet' }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })
}

const tail = (text: string): string => (text.length > 20_000 ? text.slice(-20_000) : text)
const lastLines = (text: string, count: number): string =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => !/^\[[\d:]+\] (INFO|WARN):/.test(line))
    .filter((line) => line.trim())
    .slice(-count)
    .join(' | ')
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// ---------------------------------------------------------------------------
// Memory
// ---------------------------------------------------------------------------

/** Resident memory (VmRSS) and its peak so far (VmHWM) of a process, in bytes, from /proc. */
export function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024
    return { rss: kb('VmRSS'), peak: kb('VmHWM') }
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------
// Other work on the machine
// ---------------------------------------------------------------------------

/** Linux counts CPU time in ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100

type CpuSnapshot = { at: number; busy: number; own: number }

/** Busy CPU ticks of the whole machine and of the given processes (the bench itself and its server). */
export function cpuSnapshot(pids: number[]): CpuSnapshot | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields
    let own = 0
    for (const pid of pids) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      own += Number(after[11]) + Number(after[12])
    }
    return { at: Date.now(), busy: user + nice + system + irq + softirq + steal, own }
  } catch {
    return null
  }
}

/** CPU time a process has used so far, in milliseconds; null when it cannot be read. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(after[11]) + Number(after[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    return null
  }
}

/** CPU used by other processes between two snapshots, in cores (1 = one core fully busy). */
export function otherCpu(before: CpuSnapshot | null, after: CpuSnapshot | null): number | null {
  if (!before || !after || after.at <= before.at) return null
  const ticks = after.busy - before.busy - (after.own - before.own)
  return Math.max(0, ticks / TICKS_PER_SECOND / ((after.at - before.at) / 1000))
}

// ---------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------

export type LoadResult = {
  requests: number
  durationSeconds: number
  requestsPerSecond: number
  p50: number
  p99: number
  /** Non-2xx answers, GraphQL errors, socket errors and timeouts. */
  failures: { non2xx: number; graphqlErrors: number; errors: number; timeouts: number }
  /**
   * The server's CPU time per answered request (all its threads, garbage
   * collection included): what a request costs, whatever the load generator
   * manages to send.
   */
  serverCpuMsPerRequest: number | null
  /** CPU the load generator (autocannon, in this process) used, in cores: near 1, it sets the pace. */
  loadGeneratorCores: number | null
  /** CPU used by processes other than the bench and its server during the load, in cores; a busy machine skews the figures. */
  otherCpuCores: number | null
}

/** Sends a scenario's sample requests one by one; returns what is wrong, or null. */
export async function checkScenario(url: string, scenario: Scenario): Promise<string | null> {
  const request = scenario.requests[0]!
  for (const body of scenario.samples) {
    let response: Response
    try {
      response = await fetch(`${url}${scenario.path}`, { method: 'POST', headers: request.headers, body, signal: AbortSignal.timeout(30_000) })
    } catch (error) {
      return `no answer: ${scenario.path} failed: ${error instanceof Error ? error.message : String(error)}`
    }
    const text = await response.text()
    if (response.status !== 200) return `no answer: ${scenario.path} returned ${response.status}${text ? `: ${oneLine(text)}` : ''}`
    let parsed: { data?: unknown; errors?: Array<{ message?: string }> }
    try {
      parsed = JSON.parse(text)
    } catch {
      return `no answer: ${scenario.path} returned no JSON: ${oneLine(text)}`
    }
    if (parsed.errors?.length) return `errors: ${oneLine(parsed.errors.map((error) => error.message).join('; '))}`
    const problem = scenario.check(parsed.data ?? {})
    if (problem) return `wrong answer: ${problem}`
  }
  return null
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 200)

/** Runs one autocannon load of a scenario for `seconds`, with `connections` connections. */
export async function runLoad(url: string, scenario: Scenario, seconds: number, connections: number, serverPid?: number): Promise<LoadResult> {
  let graphqlErrors = 0
  const pids = [process.pid, ...(serverPid ? [serverPid] : [])]
  const before = cpuSnapshot(pids)
  const serverBefore = serverPid ? processCpuMs(serverPid) : null
  const generatorBefore = process.cpuUsage()
  const result = await autocannon({
    url: `${url}${scenario.path}`,
    connections,
    duration: seconds,
    // Each connection walks the list: a new body per request through setupRequest.
    requests: scenario.requests as unknown as autocannon.Request[],
    // A GraphQL error comes with status 200; count it apart.
    verifyBody: (body: string) => {
      const ok = !body.includes('"errors":[')
      if (!ok) graphqlErrors++
      return ok
    },
    timeout: 30,
  } as autocannon.Options)
  const after = cpuSnapshot(pids)
  const serverAfter = serverPid ? processCpuMs(serverPid) : null
  const generator = process.cpuUsage(generatorBefore)
  const ok = result['2xx'] - graphqlErrors
  return {
    otherCpuCores: otherCpu(before, after),
    requests: result.requests.total,
    durationSeconds: result.duration,
    requestsPerSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: { non2xx: result.non2xx, graphqlErrors, errors: result.errors, timeouts: result.timeouts },
    serverCpuMsPerRequest: serverBefore !== null && serverAfter !== null && result.requests.total > 0 ? (serverAfter - serverBefore) / result.requests.total : null,
    loadGeneratorCores: (generator.user + generator.system) / 1e6 / result.duration,
  }
}

// ---------------------------------------------------------------------------
// Freshness
// ---------------------------------------------------------------------------

export type FreshnessResult = {
  edit: boolean
  unpublish: boolean
  publish: boolean
  /** The slowest of the three, from the CMS's answer to the partner API's answer that shows it, in ms. */
  worstMs: number
  /** Each change: from the CMS's answer to the partner API's answer that shows it (or gave up), in ms. */
  ms: { edit: number | null; unpublish: number | null; publish: number | null }
  problem: string | null
}

export type FreshnessOptions = {
  /** Where the editor writes (Payload's REST API). */
  adminUrl: string
  /** Where the partner reads (/graphql): the same instance, or another one on the same database. */
  partnerUrl: string
  apiKey: string
  adminToken: string
  practice: { id: number | string; slug: string }
  /**
   * 0: only the very next partner request counts (one instance). Otherwise
   * poll every 50 ms for up to this long and report how long it took.
   */
  pollMs?: number
}

/**
 * As an editor through Payload's REST API: edit a practice's title, unpublish
 * it, publish it again; after each, the partner API must show it, on the
 * very next request (one instance) or within `pollMs` (another instance).
 */
export async function checkFreshness(options: FreshnessOptions): Promise<FreshnessResult> {
  const { adminUrl, partnerUrl, apiKey, adminToken, practice } = options
  const pollMs = options.pollMs ?? 0
  const result: FreshnessResult = { edit: false, unpublish: false, publish: false, worstMs: 0, ms: { edit: null, unpublish: null, publish: null }, problem: null }
  const admin = { 'content-type': 'application/json', authorization: `JWT ${adminToken}` }
  const partner = async (): Promise<{ title: string } | null | undefined> => {
    const response = await fetch(`${partnerUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query: 'query ($slug: String!) { practice(slug: $slug, locale: nl) { title } }', variables: { slug: practice.slug } }),
    })
    const body = (await response.json()) as { data?: { practice: { title: string } | null } }
    return body.data?.practice
  }
  const change = async (data: Record<string, unknown>) => {
    const response = await fetch(`${adminUrl}/api/practices/${practice.id}?locale=nl&draft=false&depth=0`, { method: 'PATCH', headers: admin, body: JSON.stringify(data) })
    if (!response.ok) throw new Error(`PATCH /api/practices/${practice.id} returned ${response.status}: ${oneLine(await response.text())}`)
    return Date.now()
  }
  /** Reads until `shows` holds (or once, without polling); returns whether it did, and counts the time. */
  const visible = async (
    which: keyof FreshnessResult['ms'],
    changedAt: number,
    shows: (practice: { title: string } | null | undefined) => boolean,
  ): Promise<boolean> => {
    for (;;) {
      const ok = shows(await partner())
      const elapsed = Date.now() - changedAt
      if (ok || pollMs === 0 || elapsed >= pollMs) {
        result.worstMs = Math.max(result.worstMs, elapsed)
        result.ms[which] = elapsed
        return ok
      }
      await sleep(50)
    }
  }
  try {
    const title = `Bench freshness ${Date.now()}`
    result.edit = await visible('edit', await change({ title, _status: 'published' }), (seen) => seen?.title === title)
    result.unpublish = await visible('unpublish', await change({ _status: 'draft' }), (seen) => seen === null)
    result.publish = await visible('publish', await change({ _status: 'published' }), (seen) => seen?.title === title)
  } catch (error) {
    result.problem = error instanceof Error ? error.message : String(error)
  }
  return result
}

export async function loginAdmin(url: string, email: string, password: string): Promise<{ token: string | null; problem: string | null }> {
  try {
    const response = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
    const body = (await response.json()) as { token?: string; errors?: Array<{ message: string }> }
    if (!response.ok || !body.token) return { token: null, problem: `login returned ${response.status}: ${body.errors?.[0]?.message ?? ''}` }
    return { token: body.token, problem: null }
  } catch (error) {
    return { token: null, problem: `login failed: ${error instanceof Error ? error.message : String(error)}` }
  }
}

export type { BenchRequest }

// ---------------------------------------------------------------------------
// The ratio's premise: both listings give the same practices
// ---------------------------------------------------------------------------

/**
 * Sends the same filter pairs to the partner API and to Payload's
 * /api/graphql and compares the totals and the first page's slugs (newest
 * first). Returns how many of `pairs` differ, with the first difference.
 */
export async function compareListings(
  url: string,
  partner: { headers: Record<string, string>; body: (index: number) => string },
  payload: { headers: Record<string, string>; body: (index: number) => string },
  count: number,
): Promise<{ compared: number; different: number; example: string | null }> {
  let different = 0
  let example: string | null = null
  for (let index = 0; index < count; index++) {
    const [a, b] = await Promise.all([
      fetch(`${url}/graphql`, { method: 'POST', headers: partner.headers, body: partner.body(index) }).then((response) => response.json()),
      fetch(`${url}/api/graphql`, { method: 'POST', headers: payload.headers, body: payload.body(index) }).then((response) => response.json()),
    ])
    const left = (a as { data?: { practices?: { totalCount: number; nodes: Array<{ slug: string }> } } }).data?.practices
    const right = (b as { data?: { Practices?: { totalDocs: number; docs: Array<{ slug: string }> } } }).data?.Practices
    const same = left && right && left.totalCount === right.totalDocs && left.nodes.map((node) => node.slug).join() === right.docs.map((doc) => doc.slug).join()
    if (!same) {
      different++
      example ??= `partner ${left?.totalCount ?? '?'} vs Payload ${right?.totalDocs ?? '?'} for ${partner.body(index).slice(-200)}`
    }
  }
  return { compared: count, different, example }
}
