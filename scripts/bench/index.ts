/**
 * `npm run bench`: the partner API benchmark of issue 4 (docs/benchmark.md).
 *
 * For each catalogue size: seed synthetic practices into a temporary SQLite
 * database (a child process in production mode, so the committed migrations
 * make the schema), start the production server on it, time its first
 * answer, load each scenario with autocannon, read the server's memory, and
 * check that an editor's change shows on the next request. Then one table,
 * with MISS beside every figure that misses its target, and optionally the
 * same as JSON. Exits 0 when targets are missed: it measures, it does not judge.
 *
 *   npm run bench -- --sizes 500,5000,20000 --json bench-results/partner-api.json
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import {
  checkFreshness,
  checkScenario,
  compareListings,
  cpuSnapshot,
  loginAdmin,
  memoryOf,
  otherCpu,
  runLoad,
  seedInChild,
  sleep,
  startBenchServer,
  stopAllChildren,
  track,
  waitForSearchIndexes,
} from './measure'
import { BUSY_MACHINE_CORES, growthOf, machine, renderReport, TARGETS, type BenchReport, type ScenarioOutcome, type SizeOutcome } from './report'
import { buildScenario, comparableListings, SCENARIO_ORDER, type ScenarioId } from './scenarios'
import { DEFAULT_SEED, LOCALES, SITE_ALL, syntheticCatalogue } from './syntheticCatalogue'

const USAGE = `npm run bench -- [options]

  --sizes 500,5000,20000   catalogue sizes, in practices (default 5000)
  --duration 10            seconds of load per scenario (default 10)
  --warmup 2               seconds of unmeasured load before each scenario (default 2)
  --connections 8          concurrent connections (default 8)
  --scenarios a,b          only these: ${SCENARIO_ORDER.join(', ')}
  --json FILE              also write the figures as JSON
  --seed N                 seed of the synthetic catalogue (default ${DEFAULT_SEED})
  --start-timeout 600      seconds to wait for the server's first answer (default 600)
  --instances 2            also start a second server on the same database and time how long an
                           editor's change on the first takes to show on the second (default 1)
  --keep                   keep the temporary database and uploads (their path is printed)
`

const positiveInt = z.coerce.number().int().positive()
const optionsSchema = z.object({
  sizes: z
    .string()
    .default('5000')
    .transform((value, context) => {
      const sizes = value.split(',').map((part) => Number(part.trim()))
      if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
        context.addIssue({ code: 'custom', message: `whole numbers separated by commas, e.g. 500,5000 (got "${value}")` })
        return z.NEVER
      }
      return sizes
    }),
  duration: positiveInt.default(10),
  warmup: z.coerce.number().int().min(0).default(2),
  connections: positiveInt.default(8),
  scenarios: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return SCENARIO_ORDER
      const ids = value.split(',').map((part) => part.trim())
      const unknown = ids.filter((id) => !(SCENARIO_ORDER as string[]).includes(id))
      if (unknown.length > 0) {
        context.addIssue({ code: 'custom', message: `unknown scenario(s) ${unknown.join(', ')}; choose from ${SCENARIO_ORDER.join(', ')}` })
        return z.NEVER
      }
      return ids as ScenarioId[]
    }),
  json: z.string().optional(),
  seed: positiveInt.default(DEFAULT_SEED),
  startTimeout: positiveInt.default(600),
  instances: z.coerce.number().int().min(1).max(2).default(1),
  keep: z.boolean().default(false),
  help: z.boolean().default(false),
})

type Options = z.infer<typeof optionsSchema>

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      scenarios: { type: 'string' },
      json: { type: 'string' },
      seed: { type: 'string' },
      'start-timeout': { type: 'string' },
      instances: { type: 'string' },
      keep: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  const { 'start-timeout': startTimeout, ...rest } = values
  const parsed = optionsSchema.safeParse({ ...rest, startTimeout })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new UsageError(`--${String(issue.path[0] ?? 'options')}: ${issue.message}`)
  }
  return parsed.data
}

class UsageError extends Error {}

const say = (line: string) => console.log(line)
/** The temporary directory in use, removed if the bench is interrupted (unless --keep). */
let currentDir: string | null = null

async function main(): Promise<void> {
  let options: Options
  try {
    options = readOptions()
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    console.error(USAGE)
    process.exit(2)
  }
  if (options.help) {
    say(USAGE)
    return
  }
  if (!existsSync(path.resolve('.next/BUILD_ID'))) {
    console.error('The bench runs the production server: run `npm run build` first.')
    process.exit(1)
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(),
    options: {
      sizes: options.sizes,
      duration: options.duration,
      connections: options.connections,
      warmup: options.warmup,
      seed: options.seed,
      instances: options.instances,
    },
    sizes: [],
    growth: [],
    targets: TARGETS,
  }
  say(`Praktijkenbank partner API bench: sizes ${options.sizes.join(', ')}; ${options.connections} connections, ${options.duration} s per scenario`)
  say(`machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GiB, Node ${report.machine.node}`)

  for (const size of options.sizes) {
    report.sizes.push(await benchSize(size, options))
  }
  report.growth = growthOf(report.sizes)

  say('')
  say(renderReport(report))
  if (options.json) {
    mkdirSync(path.dirname(path.resolve(options.json)), { recursive: true })
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
    say(`\nJSON: ${options.json}`)
  }
}

async function benchSize(size: number, options: Options): Promise<SizeOutcome> {
  const outcome: SizeOutcome = {
    size,
    seeding: null,
    startSeconds: null,
    searchReadySeconds: null,
    startOtherCpuCores: null,
    firstAnswer: 'none',
    memoryMb: null,
    scenarios: [],
    freshness: null,
    freshnessAcrossInstances: null,
    problems: [],
  }
  const dir = mkdtempSync(path.join(tmpdir(), `praktijkenbank-bench-${size}-`))
  if (!options.keep) currentDir = dir
  const env = {
    DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  }
  say('')
  say(`== ${size.toLocaleString('en-US')} practices (${dir})`)

  try {
    // 1. Seed, in a child in production mode: Payload applies the committed migrations.
    say('seeding…')
    const seeded = await seedInChild({ practices: size, seed: options.seed, dir, env, log: say })
    if ('problem' in seeded) {
      outcome.problems.push(seeded.problem)
      return outcome
    }
    const manifest = seeded.manifest
    outcome.seeding = {
      seconds: seeded.seconds,
      method: manifest.method,
      practicesSeconds: manifest.timings.practices / 1000,
      referenceSeconds: manifest.timings.reference / 1000,
      mediaSeconds: manifest.timings.media / 1000,
    }
    say(`seeded in ${outcome.seeding.seconds.toFixed(1)} s (practices ${outcome.seeding.practicesSeconds.toFixed(1)} s, ${manifest.method})`)
    const catalogue = syntheticCatalogue({ practices: size, seed: options.seed })

    // 2. Start the production server; time spawn → first partner API answer.
    say('starting the production server…')
    const apiKey = manifest.keys[SITE_ALL]!
    const beforeStart = cpuSnapshot([process.pid])
    const server = await startBenchServer({ env, apiKey, log: say, timeoutMs: options.startTimeout * 1000 })
    outcome.startOtherCpuCores = otherCpu(beforeStart, cpuSnapshot([process.pid, server.pid]))
    try {
      outcome.startSeconds = server.startMs === null ? null : server.startMs / 1000
      outcome.firstAnswer = server.firstAnswer
      if (server.partnerProblem) outcome.problems.push(`partner API: ${server.partnerProblem}`)
      say(
        server.startMs === null
          ? `the server did not answer: ${server.partnerProblem ?? ''}`
          : `first answer after ${(server.startMs / 1000).toFixed(1)} s (${server.firstAnswer})`,
      )
      if (server.startMs === null) return outcome
      const atStart = memoryOf(server.pid)
      // The loads measure the server at full speed: after its search indexes are built.
      const search = await waitForSearchIndexes(server.url, apiKey, LOCALES)
      if (search.ms === null) outcome.problems.push(`search indexes: ${search.problem}`)
      else {
        outcome.searchReadySeconds = (server.startMs + search.ms) / 1000
        say(`search ready after ${outcome.searchReadySeconds.toFixed(1)} s`)
      }

      const login = await loginAdmin(server.url, manifest.admin.email, manifest.admin.password)
      if (login.problem) outcome.problems.push(`admin login for /api/graphql: ${login.problem}`)

      // 3. Load each scenario.
      const setup = { catalogue, manifest, adminToken: login.token, seed: options.seed }
      for (const id of options.scenarios) {
        const scenario = buildScenario(id, setup)
        const result: ScenarioOutcome = { id, title: scenario.title, load: null, problem: null }
        outcome.scenarios.push(result)
        if (scenario.path === '/graphql' && server.firstAnswer !== 'partner-api') {
          result.problem = server.partnerProblem ?? 'no answer from /graphql'
          say(`${id}: skipped (${result.problem})`)
          continue
        }
        const problem = await checkScenario(server.url, scenario)
        if (problem) {
          result.problem = problem
          say(`${id}: ${problem}`)
          continue
        }
        // Warm-up and measurement draw from one generator: no measured request repeats a warm-up one.
        if (options.warmup > 0) await runLoad(server.url, scenario, options.warmup, options.connections, server.pid)
        const repeatedBefore = scenario.repeats?.() ?? 0
        say(`${id}: ${options.duration} s of load…`)
        result.load = await runLoad(server.url, scenario, options.duration, options.connections, server.pid)
        const repeated = (scenario.repeats?.() ?? 0) - repeatedBefore
        if (repeated > 0) result.problem = `${repeated} requests repeated an earlier one (the generator ran out of new ones)`
        const busy = result.load.otherCpuCores !== null && result.load.otherCpuCores >= BUSY_MACHINE_CORES
        say(
          `${id}: ${result.load.requestsPerSecond.toFixed(0)} requests/s, p50 ${result.load.p50} ms, p99 ${result.load.p99} ms${busy ? ` (other processes used ${result.load.otherCpuCores!.toFixed(2)} cores meanwhile)` : ''}`,
        )
        await sleep(500)
      }
      const listing = outcome.scenarios.find((scenario) => scenario.id === 'listing')
      const payload = outcome.scenarios.find((scenario) => scenario.id === 'payload-listing')
      if (listing) listing.ratio = listing.load && payload?.load && payload.load.requestsPerSecond > 0 ? listing.load.requestsPerSecond / payload.load.requestsPerSecond : null
      if (listing?.load && payload?.load) {
        // The ratio compares like with like only if both give the same practices.
        const { partner, payload: viaPayload } = comparableListings(setup, 10)
        const comparison = await compareListings(server.url, partner, viaPayload, 10)
        if (comparison.different > 0) {
          outcome.problems.push(`listing vs Payload: ${comparison.different} of ${comparison.compared} filter pairs gave other practices (${comparison.example})`)
        } else say(`listing vs Payload: same totals and first pages for ${comparison.compared} filter pairs`)
      }

      // 4. Memory after the load.
      const memory = memoryOf(server.pid)
      if (memory) outcome.memoryMb = { atStart: (atStart?.rss ?? 0) / 2 ** 20, afterLoad: memory.rss / 2 ** 20, peak: memory.peak / 2 ** 20 }

      // 5. Freshness: an editor's change on the next partner request; with --instances 2, on another instance within 2 s.
      if (server.firstAnswer === 'partner-api' && login.token) {
        const practice = catalogue.practices[Math.floor(catalogue.practices.length / 2)]!
        const id = await practiceId(server.url, login.token, practice.slug)
        const base = { adminUrl: server.url, apiKey, adminToken: login.token, practice: { id: id ?? -1, slug: practice.slug } }
        if (id === null) outcome.problems.push(`freshness: practice ${practice.slug} not found through /api/practices`)
        else outcome.freshness = await checkFreshness({ ...base, partnerUrl: server.url })
        if (id !== null && options.instances > 1) {
          say('starting a second instance on the same database…')
          const second = await startBenchServer({ env, apiKey, log: say, timeoutMs: options.startTimeout * 1000 })
          try {
            if (second.firstAnswer !== 'partner-api') outcome.problems.push(`second instance: ${second.partnerProblem ?? 'no answer'}`)
            else outcome.freshnessAcrossInstances = await checkFreshness({ ...base, partnerUrl: second.url, pollMs: 10_000 })
          } finally {
            await second.stop()
          }
        }
      }
    } finally {
      await server.stop()
    }
  } catch (error) {
    outcome.problems.push(`bench error: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    if (options.keep) say(`kept: ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
    currentDir = null
  }
  return outcome
}

async function practiceId(url: string, token: string, slug: string): Promise<number | string | null> {
  const response = await fetch(`${url}/api/practices?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`, { headers: { authorization: `JWT ${token}` } })
  if (!response.ok) return null
  const body = (await response.json()) as { docs?: Array<{ id: number | string }> }
  return body.docs?.[0]?.id ?? null
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
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
