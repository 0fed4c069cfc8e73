/**
 * `npm run bench:uploads`: how fast and how lean the image upload pipeline is
 * (issue 5), measured where editors meet it: Payload's REST API on the
 * production server (run `npm run build` first), on a throwaway database and
 * upload folder.
 *
 * - one 12-megapixel phone JPEG (4 to 8 MB, photo-like) at a time: wall time
 *   of the whole request (multipart parsing, type check, normalisation, the
 *   four WebP sizes, database and disk) and the server's peak RSS growth;
 * - ten of them at once: all must be accepted (queued, not refused) with the
 *   server's memory bounded.
 *
 * Prints a table with PASS or MISS beside each target and writes the figures
 * to bench-results/uploads.json. Exits 0 even on a miss: it measures, the
 * tests judge.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'

import { SERVER_ENTRY } from './build-server'
import { phonePhoto } from '../test/uploads/fixtures'
import { upload } from '../test/uploads/uploadClient'
import { login, restClient } from '../test/helpers/rest'
import { requireProductionBuild, startServer, type RunningServer } from '../test/helpers/server'

const SINGLE_RUNS = 5
const BURST = 10
const TARGETS = {
  singleSeconds: 1.5,
  singleGrowthMb: 300,
  /** Ten at once: the queue decodes two at a time, so the bound is a few single uploads, not ten. */
  burstGrowthMb: 600,
}

type Sampler = { stop: () => number }

/** Samples a process's resident memory every 10 ms; stop() gives the highest value seen, in bytes. */
function sampleRss(pid: number): Sampler {
  let peak = rssOf(pid)
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid))
  }, 10)
  return {
    stop: () => {
      clearInterval(timer)
      return Math.max(peak, rssOf(pid))
    },
  }
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return kilobytes * 1024
}

/** The server process startServer() spawned: this process's child running the compiled server. */
function serverPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (parent === process.pid && command.includes(SERVER_ENTRY)) return Number(entry)
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error('could not find the server process (this benchmark reads /proc, so it needs Linux)')
}

const mb = (bytes: number) => bytes / (1024 * 1024)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main(): Promise<void> {
  requireProductionBuild()
  const workDir = mkdtempSync(path.join(tmpdir(), 'praktijkenbank-bench-'))
  process.env.DATABASE_URI = `file:${path.join(workDir, 'bench.db')}`
  process.env.MEDIA_DIR = path.join(workDir, 'media')

  const loadBefore = loadavg()[0]!
  let server: RunningServer | undefined
  try {
    console.log('Starting the production server on a throwaway database…')
    server = await startServer()
    const pid = serverPid()
    const password = 'bench-wachtwoord-0123456789'
    const first = await restClient(server.url).call('POST', '/api/users/first-register', { email: 'bench@test.be', password })
    if (first.status !== 200) throw new Error(`first-register gave ${first.status}`)
    const token = await login(server.url, 'bench@test.be', password)

    const photo = await phonePhoto()
    const file = { data: photo, name: 'IMG_0001.jpg', type: 'image/jpeg' }
    const send = async () => {
      const started = performance.now()
      const answer = await upload(server!.url, token, 'media', file, { alt: 'Benchmark' })
      const seconds = (performance.now() - started) / 1000
      if (answer.status !== 201) throw new Error(`upload gave ${answer.status}: ${JSON.stringify(answer.json)}`)
      return seconds
    }

    console.log(`Fixture: 4000 × 3000 JPEG, ${mb(photo.length).toFixed(1)} MB. Warming up…`)
    await send()
    await send()

    // One at a time.
    const baseline = rssOf(pid)
    const sampler = sampleRss(pid)
    const singles: number[] = []
    for (let run = 0; run < SINGLE_RUNS; run++) singles.push(await send())
    const singleGrowth = sampler.stop() - baseline

    // Ten at once.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const burstBaseline = rssOf(pid)
    const burstSampler = sampleRss(pid)
    const burstStarted = performance.now()
    const outcomes = await Promise.allSettled(Array.from({ length: BURST }, () => send()))
    const burstSeconds = (performance.now() - burstStarted) / 1000
    const burstGrowth = burstSampler.stop() - burstBaseline
    const accepted = outcomes.filter((outcome) => outcome.status === 'fulfilled').length
    const burstLatencies = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []))

    const rows: Array<[string, string, string, boolean | undefined]> = [
      ['12 MP upload, median of 5', `${median(singles).toFixed(2)} s`, `≤ ${TARGETS.singleSeconds} s`, median(singles) <= TARGETS.singleSeconds],
      ['12 MP upload, slowest of 5', `${Math.max(...singles).toFixed(2)} s`, `≤ ${TARGETS.singleSeconds} s`, Math.max(...singles) <= TARGETS.singleSeconds],
      ['peak RSS growth, one at a time', `${mb(singleGrowth).toFixed(0)} MB`, `≤ ${TARGETS.singleGrowthMb} MB`, mb(singleGrowth) <= TARGETS.singleGrowthMb],
      ['10 at once: accepted', `${accepted} of ${BURST}`, `${BURST} of ${BURST}`, accepted === BURST],
      ['10 at once: all done after', `${burstSeconds.toFixed(2)} s`, '(queued: about 10 × one)', undefined],
      ['10 at once: slowest request', `${Math.max(...burstLatencies).toFixed(2)} s`, '', undefined],
      ['10 at once: peak RSS growth', `${mb(burstGrowth).toFixed(0)} MB`, `≤ ${TARGETS.burstGrowthMb} MB`, mb(burstGrowth) <= TARGETS.burstGrowthMb],
    ]

    const widths = [34, 12, 26]
    const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ')
    console.log(`\nImage upload pipeline on ${availableParallelism()} cores, Node ${process.version}\n`)
    console.log(line(['measure', 'figure', 'target', 'verdict']))
    console.log(line(['-'.repeat(widths[0]!), '-'.repeat(widths[1]!), '-'.repeat(widths[2]!), '-------']))
    for (const [label, figure, target, passed] of rows) console.log(line([label, figure, target, passed === undefined ? '' : passed ? 'PASS' : 'MISS']))
    console.log(`\nSingle runs: ${singles.map((seconds) => seconds.toFixed(2)).join(', ')} s. Idle server RSS before: ${mb(baseline).toFixed(0)} MB.`)
    const load = loadavg()[0]!
    console.log(`Load average (1 min) before: ${loadBefore.toFixed(2)}, after: ${load.toFixed(2)} on ${availableParallelism()} cores.`)
    if (loadBefore > availableParallelism() / 2) console.log('Other work was running on this machine: the times above are pessimistic. Run again when it is idle.')

    mkdirSync('bench-results', { recursive: true })
    writeFileSync(
      'bench-results/uploads.json',
      JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          cores: availableParallelism(),
          node: process.version,
          loadAverageBefore: loadBefore,
          fixtureBytes: photo.length,
          singleSeconds: singles,
          singleGrowthBytes: singleGrowth,
          burst: { size: BURST, accepted, seconds: burstSeconds, latencies: burstLatencies, growthBytes: burstGrowth },
          targets: TARGETS,
          verdicts: Object.fromEntries(rows.filter((row) => row[3] !== undefined).map(([label, , , passed]) => [label, passed ? 'PASS' : 'MISS'])),
        },
        null,
        2,
      ),
    )
    console.log('Figures written to bench-results/uploads.json.')
  } finally {
    await server?.stop()
    rmSync(workDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error('bench:uploads could not run:', error instanceof Error ? error.message : error)
  process.exitCode = 1
})
