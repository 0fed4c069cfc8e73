/**
 * `npm run soak`: the production server under a steady mix of partner
 * traffic and editors' work for a few minutes (docs/benchmark.md#soak).
 *
 * Seeds a synthetic catalogue into a temporary database (as `npm run bench`
 * does), starts the production server on loopback, and then, until the time
 * is up: a few connections send partner API listings with filters, searches
 * and detail pages at a moderate rate, while an editor and the administrator
 * create, edit, publish, unpublish and upload over REST. It prints the 5xx
 * count, the slowest request, resident memory every 30 s, and for each
 * publish the delay until the partner API showed it, with ok or MISS beside
 * each figure. It measures: it exits 0 when a target is missed.
 *
 *   npm run soak -- --minutes 3
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import sharp from 'sharp'
import { z } from 'zod'

import { richText } from '../../src/lib/richText'
import { loginAdmin, memoryOf, seedInChild, sleep, startBenchServer, stopAllChildren, type BenchServer } from '../bench/measure'
import { machine } from '../bench/report'
import { buildScenario, type BenchRequest, type ScenarioId } from '../bench/scenarios'
import { DEFAULT_SEED, random, SITE_ALL, syntheticCatalogue, type Random } from '../bench/syntheticCatalogue'

const USAGE = `npm run soak -- [options]

  --minutes 5          how long the load runs (default 5, at least 2)
  --practices 1000     size of the synthetic catalogue (default 1000)
  --connections 4      partner API connections (default 4)
  --rate 40            partner API requests per second, over all connections (default 40)
  --seed N             seed of the catalogue and of the traffic (default ${DEFAULT_SEED})
`

const TARGETS = { slowestMs: 1000, publishVisibleMs: 1000, memoryDrift: 0.1 }
const MEMORY_EVERY_MS = 30_000
const EDITOR_PAUSE_MS = 1500
const PUBLISH_POLL_LIMIT_MS = 10_000
/** No request may hang the soak: one without an answer after this long counts as a server error. */
const REQUEST_TIMEOUT_MS = 30_000

const optionsSchema = z.object({
  minutes: z.coerce.number().min(2, 'at least 2 (the memory trend compares the second minute with the last)').max(120).default(5),
  practices: z.coerce.number().int().min(10).max(50_000).default(1000),
  connections: z.coerce.number().int().min(1).max(32).default(4),
  rate: z.coerce.number().min(1).max(2000).default(40),
  seed: z.coerce.number().int().default(DEFAULT_SEED),
  help: z.boolean().optional(),
})
type Options = z.infer<typeof optionsSchema>

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string' },
      practices: { type: 'string' },
      connections: { type: 'string' },
      rate: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  const parsed = optionsSchema.safeParse(values)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    console.error(`--${String(issue.path[0] ?? 'options')}: ${issue.message}\n${USAGE}`)
    process.exit(2)
  }
  return parsed.data
}

// ---------------------------------------------------------------------------
// What is measured
// ---------------------------------------------------------------------------

type Slowest = { ms: number; what: string }
const figures = {
  partnerRequests: 0,
  editorRequests: 0,
  serverErrors: [] as string[],
  slowestPartner: { ms: 0, what: '–' } as Slowest,
  slowestEditor: { ms: 0, what: '–' } as Slowest,
  memory: [] as Array<{ atSeconds: number; mb: number }>,
  publishes: [] as Array<{ slug: string; ms: number | null }>,
  editorActions: {} as Record<string, number>,
  otherFailures: [] as string[],
}

/** One request, timed; 5xx and network errors are counted as server errors. */
async function timed(kind: 'partner' | 'editor', what: string, send: () => Promise<Response>): Promise<{ status: number; text: string } | null> {
  const started = performance.now()
  try {
    const response = await Promise.race([
      send(),
      sleep(REQUEST_TIMEOUT_MS).then(() => Promise.reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`))),
    ])
    const text = await response.text()
    const ms = performance.now() - started
    const slowest = kind === 'partner' ? figures.slowestPartner : figures.slowestEditor
    if (ms > slowest.ms) Object.assign(slowest, { ms, what })
    if (kind === 'partner') figures.partnerRequests++
    else figures.editorRequests++
    if (response.status >= 500) figures.serverErrors.push(`${what}: ${response.status} ${text.slice(0, 200)}`)
    return { status: response.status, text }
  } catch (error) {
    figures.serverErrors.push(`${what}: no answer (${error instanceof Error ? error.message : String(error)})`)
    return null
  }
}

// ---------------------------------------------------------------------------
// Partner traffic: the bench's query shapes, at a steady rate
// ---------------------------------------------------------------------------

async function partnerConnection(url: string, requests: Array<{ id: ScenarioId; request: BenchRequest }[]>, rng: Random, perSecond: number, until: number): Promise<void> {
  const context: Record<string, unknown> = {}
  const interval = 1000 / perSecond
  while (Date.now() < until) {
    const startedAt = Date.now()
    const steps = rng.pick(requests)
    for (const { id, request } of steps) {
      const ready = request.setupRequest ? request.setupRequest(request, context) : request
      const answer = await timed('partner', id, () => fetch(`${url}${ready.path}`, { method: 'POST', headers: ready.headers, body: ready.body }))
      if (answer) request.onResponse?.(answer.status, answer.text, context)
    }
    await sleep(Math.max(0, interval * steps.length - (Date.now() - startedAt)))
  }
}

// ---------------------------------------------------------------------------
// Editors
// ---------------------------------------------------------------------------

type Editor = { who: string; token: string; teamId: number | string }

function rest(url: string, token: string) {
  return async (method: string, route: string, body?: unknown): Promise<{ status: number; json: any }> => {
    const answer = await timed('editor', `${method} ${route.replace(/\/\d+/, '/:id').replace(/\?.*/, '')}`, () =>
      fetch(`${url}${route}`, {
        method,
        headers: { authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    )
    if (!answer) return { status: 0, json: null }
    try {
      return { status: answer.status, json: JSON.parse(answer.text) }
    } catch {
      return { status: answer.status, json: null }
    }
  }
}

async function photo(rng: Random): Promise<Buffer> {
  const background = { r: rng.int(0, 255), g: rng.int(0, 255), b: rng.int(0, 255) }
  return sharp({ create: { width: 1200, height: 900, channels: 3, background, noise: { type: 'gaussian', mean: 128, sigma: 20 } } }).jpeg({ quality: 85 }).toBuffer()
}

/** Polls the partner API for the practice until it shows (or 10 s pass): the delay after the publish answer. */
async function visibleAfter(url: string, key: string, slug: string): Promise<number | null> {
  const started = performance.now()
  const body = JSON.stringify({ query: 'query($slug: String!) { practice(slug: $slug) { slug } }', variables: { slug } })
  while (performance.now() - started < PUBLISH_POLL_LIMIT_MS) {
    const answer = await timed('partner', 'practice (after a publish)', () => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body }))
    if (answer?.status === 200 && answer.text.includes(`"slug":"${slug}"`)) return performance.now() - started
    await sleep(20)
  }
  return null
}

async function editorLoop(url: string, key: string, editor: Editor, municipalityId: number | string, rng: Random, until: number): Promise<void> {
  const call = rest(url, editor.token)
  const own: Array<{ id: number | string; slug: string; published: boolean }> = []
  let n = 0
  const count = (action: string) => (figures.editorActions[action] = (figures.editorActions[action] ?? 0) + 1)
  while (Date.now() < until) {
    n++
    const roll = rng.next()
    try {
      if (roll < 0.25 || own.length === 0) {
        const answer = await call('POST', '/api/practices?draft=true', {
          title: `Soak ${editor.who} ${n} ${randomBytes(3).toString('hex')}`,
          summary: `Een praktijk van de soaktest (${n}).`,
          what: richText('Wat de praktijk doet.'),
          reach: rng.int(1, 4),
          recurrence: rng.int(1, 4),
          organisations: [{ organisation: municipalityId, role: 'lead' }],
          municipalities: [municipalityId],
          ownerTeam: editor.teamId,
          _status: 'draft',
        })
        if (answer.status === 201) own.push({ id: answer.json.doc.id, slug: answer.json.doc.slug, published: false })
        else figures.otherFailures.push(`create: ${answer.status} ${JSON.stringify(answer.json).slice(0, 200)}`)
        count('create')
      } else if (roll < 0.45) {
        const target = rng.pick(own)
        const answer = await call('PATCH', `/api/practices/${target.id}`, { summary: `Bijgewerkt (${n}).` })
        if (answer.status !== 200) figures.otherFailures.push(`edit: ${answer.status}`)
        count('edit')
      } else if (roll < 0.7) {
        const target = own.find((practice) => !practice.published) ?? rng.pick(own)
        const answer = await call('PATCH', `/api/practices/${target.id}`, { _status: 'published' })
        count('publish')
        if (answer.status === 200) {
          target.published = true
          figures.publishes.push({ slug: target.slug, ms: await visibleAfter(url, key, target.slug) })
        } else figures.otherFailures.push(`publish: ${answer.status} ${JSON.stringify(answer.json).slice(0, 200)}`)
      } else if (roll < 0.82) {
        const target = own.find((practice) => practice.published)
        if (target) {
          const answer = await call('PATCH', `/api/practices/${target.id}`, { _status: 'draft' })
          if (answer.status === 200) target.published = false
          else figures.otherFailures.push(`unpublish: ${answer.status}`)
          count('unpublish')
        }
      } else {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(await photo(rng))], { type: 'image/jpeg' }), `soak-${editor.who}-${n}.jpg`)
        form.append('_payload', JSON.stringify({ alt: `Soakfoto ${n}` }))
        const answer = await timed('editor', 'POST /api/media (upload)', () => fetch(`${url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${editor.token}` }, body: form }))
        if (answer && answer.status !== 201) figures.otherFailures.push(`upload: ${answer.status} ${answer.text.slice(0, 200)}`)
        count('upload')
      }
    } catch (error) {
      figures.otherFailures.push(`${editor.who}: ${error instanceof Error ? error.message : String(error)}`)
    }
    await sleep(EDITOR_PAUSE_MS)
  }
}

// ---------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------

const say = (line: string) => console.log(line)
let workDir: string | null = null

async function main(): Promise<void> {
  const options = readOptions()
  if (options.help) return say(USAGE)
  if (!existsSync(path.resolve('.next/BUILD_ID'))) {
    console.error('The soak runs the production server: run `npm run build` first.')
    process.exit(1)
  }
  const host = machine()
  say(`Praktijkenbank soak: ${options.minutes} min, ${options.practices} practices, ${options.connections} partner connections at ${options.rate} requests/s, 2 editors`)
  say(`machine: ${host.cpus} × ${host.cpuModel}, ${host.memoryGb} GiB, Node ${host.node}; started ${new Date().toISOString()}`)

  // Bounded whatever happens: seeding, the start and the load get at most 15 minutes more than asked.
  setTimeout(() => {
    console.error('soak: out of time, stopping')
    stopAllChildren()
    cleanUp()
    process.exit(1)
  }, (options.minutes + 15) * 60_000).unref()

  workDir = mkdtempSync(path.join(tmpdir(), 'praktijkenbank-soak-'))
  const env = { DATABASE_URI: `file:${path.join(workDir, 'soak.db')}`, MEDIA_DIR: path.join(workDir, 'media'), PAYLOAD_SECRET: randomBytes(32).toString('hex'), READ_MODEL_POLL_INTERVAL_MS: '0' }
  say('seeding…')
  const seeded = await seedInChild({ practices: options.practices, seed: options.seed, dir: workDir, env, log: say })
  if ('problem' in seeded) throw new Error(seeded.problem)
  const { manifest } = seeded
  const catalogue = syntheticCatalogue({ practices: options.practices, seed: options.seed })
  const key = manifest.keys[SITE_ALL]!

  say('starting the production server…')
  const server: BenchServer = await startBenchServer({ env, apiKey: key, log: say })
  try {
    if (server.firstAnswer !== 'partner-api') throw new Error(`the server did not answer: ${server.partnerProblem}`)
    const login = await loginAdmin(server.url, manifest.admin.email, manifest.admin.password)
    if (!login.token) throw new Error(`admin login: ${login.problem}`)
    const admin = rest(server.url, login.token)
    const umbrella = catalogue.organisations.find((org) => org.type === 'umbrella')!
    const teamId = manifest.ids.organisations[umbrella.slug]!
    const municipality = catalogue.organisations.find((org) => org.type === 'municipality')!
    const municipalityId = manifest.ids.organisations[municipality.slug]!
    const editorPassword = randomBytes(12).toString('hex')
    const made = await admin('POST', '/api/users', { email: 'soak-redacteur@praktijkenbank.bench', password: editorPassword, role: 'editor', teams: [teamId] })
    if (made.status !== 201) throw new Error(`editor: ${made.status} ${JSON.stringify(made.json)}`)
    const editorLogin = await loginAdmin(server.url, 'soak-redacteur@praktijkenbank.bench', editorPassword)
    if (!editorLogin.token) throw new Error(`editor login: ${editorLogin.problem}`)

    const setup = { catalogue, manifest, adminToken: null, seed: options.seed }
    const shapes = (['listing', 'search', 'detail'] as const).map((id) => buildScenario(id, setup).requests.map((request) => ({ id, request })))
    const started = Date.now()
    const until = started + options.minutes * 60_000
    say(`load running until ${new Date(until).toISOString()}; resident memory every 30 s:`)
    const sampleMemory = () => {
      const memory = memoryOf(server.pid)
      if (!memory) return
      const sample = { atSeconds: Math.round((Date.now() - started) / 1000), mb: memory.rss / 2 ** 20 }
      figures.memory.push(sample)
      say(`  ${String(sample.atSeconds).padStart(4)} s  ${sample.mb.toFixed(0)} MB  (${figures.partnerRequests} partner and ${figures.editorRequests} editor requests so far)`)
    }
    sampleMemory()
    const memoryTimer = setInterval(sampleMemory, MEMORY_EVERY_MS)
    const perConnection = options.rate / options.connections
    await Promise.all([
      ...Array.from({ length: options.connections }, (_, index) => partnerConnection(server.url, shapes, random(options.seed * 97 + index), perConnection, until)),
      editorLoop(server.url, key, { who: 'redacteur', token: editorLogin.token, teamId }, municipalityId, random(options.seed * 89 + 1), until),
      editorLoop(server.url, key, { who: 'beheerder', token: login.token, teamId }, municipalityId, random(options.seed * 89 + 2), until),
    ])
    clearInterval(memoryTimer)
    sampleMemory()
  } finally {
    await server.stop()
  }
  say('')
  say(report(options))
}

const mean = (values: number[]) => (values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length)
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISS')

function report(options: Options): string {
  const rows: string[][] = [['figure', 'value', 'target', '']]
  const total = figures.partnerRequests + figures.editorRequests
  rows.push(['5xx answers (and requests without an answer)', `${figures.serverErrors.length} of ${total.toLocaleString('en-US')}`, '0', verdict(figures.serverErrors.length === 0)])
  rows.push(['slowest partner API request', `${figures.slowestPartner.ms.toFixed(0)} ms (${figures.slowestPartner.what})`, '≤ 1,000 ms', verdict(figures.slowestPartner.ms <= TARGETS.slowestMs)])
  rows.push(['slowest editor request', `${figures.slowestEditor.ms.toFixed(0)} ms (${figures.slowestEditor.what})`, '≤ 1,000 ms', verdict(figures.slowestEditor.ms <= TARGETS.slowestMs)])
  const secondMinute = mean(figures.memory.filter((sample) => sample.atSeconds >= 60 && sample.atSeconds <= 120).map((sample) => sample.mb))
  const lastAt = figures.memory.at(-1)?.atSeconds ?? 0
  const lastMinute = mean(figures.memory.filter((sample) => sample.atSeconds >= lastAt - 60).map((sample) => sample.mb))
  const drift = (lastMinute - secondMinute) / secondMinute
  rows.push(['resident memory, mean of the second minute', `${secondMinute.toFixed(0)} MB`, '–', ''])
  rows.push(['resident memory, mean of the last minute', `${lastMinute.toFixed(0)} MB (${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(1)}%)`, 'within 10% of the second minute', verdict(Math.abs(drift) <= TARGETS.memoryDrift)])
  const delays = figures.publishes.map((publish) => publish.ms)
  const shown = delays.filter((ms): ms is number => ms !== null).sort((a, b) => a - b)
  const worst = delays.includes(null) ? null : (shown.at(-1) ?? 0)
  rows.push([
    `publish → shown by the partner API (${delays.length} publishes)`,
    worst === null ? `${delays.filter((ms) => ms === null).length} not shown within 10 s` : `median ${(shown[Math.floor(shown.length / 2)] ?? 0).toFixed(0)} ms, slowest ${worst.toFixed(0)} ms`,
    '≤ 1,000 ms each',
    verdict(worst !== null && worst <= TARGETS.publishVisibleMs),
  ])
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  const lines = [line(rows[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)]
  lines.push('')
  lines.push(`${figures.partnerRequests.toLocaleString('en-US')} partner API requests (listing with filters, search, detail; target rate ${options.rate}/s over ${options.connections} connections), ${figures.editorRequests} editor requests: ${Object.entries(figures.editorActions).map(([action, n]) => `${n} ${action}`).join(', ')}`)
  lines.push(`memory (MB) every 30 s: ${figures.memory.map((sample) => `${sample.atSeconds}s ${sample.mb.toFixed(0)}`).join(', ')}`)
  lines.push(`each publish → partner API: ${figures.publishes.map((publish) => (publish.ms === null ? 'not shown MISS' : `${publish.ms.toFixed(0)} ms ${verdict(publish.ms <= TARGETS.publishVisibleMs)}`)).join(', ') || 'none'}`)
  if (figures.serverErrors.length > 0) lines.push(`5xx: ${figures.serverErrors.slice(0, 5).join('; ')}`)
  if (figures.otherFailures.length > 0) lines.push(`refused editor actions (not 5xx): ${figures.otherFailures.length}, e.g. ${figures.otherFailures.slice(0, 3).join('; ')}`)
  return lines.join('\n')
}

function cleanUp(): void {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
  workDir = null
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the soak and its server`)
    stopAllChildren()
    setTimeout(() => {
      cleanUp()
      process.exit(130)
    }, 300)
  })
}

main().then(
  () => {
    cleanUp()
    process.exit(0)
  },
  (error: unknown) => {
    console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`)
    stopAllChildren()
    cleanUp()
    process.exit(1)
  },
)
