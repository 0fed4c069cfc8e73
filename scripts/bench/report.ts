/**
 * The bench's results: the targets of issue 4, one table with MISS or ok
 * beside each figure that has a target, and the same figures as JSON.
 */
import { cpus, totalmem } from 'node:os'

import type { FreshnessResult, LoadResult } from './measure'
import type { ScenarioId } from './scenarios'

export const TARGETS = {
  /**
   * The catalogue size the issue sets the figures below for. At other sizes
   * the same figures are measured and shown without a mark: what must hold
   * across sizes is `growthShare`.
   */
  atSize: 5000,
  listing: { minRps: 1000, maxP99: 25, minRatio: 20 },
  'listing-repeated': { minRps: 5000, maxP99: 5 },
  search: { minRps: 500, maxP99: 30 },
  detail: { maxP99: 15 },
  'payload-listing': {},
  startSeconds: 15,
  memoryMb: 500,
  /** With several instances on one database, a change shows on the others within this long. */
  acrossInstancesMs: 2000,
  /** "Listing and search cost grow far slower than the catalogue": their cost may grow at most a quarter as fast. */
  growthShare: 0.25,
} as const

/** Other processes using this much CPU (in cores) during a load make its figures suspect: the table says so. */
export const BUSY_MACHINE_CORES = 0.2
/** A load generator using this much of a core sets the pace: the server could answer more than it sends. */
export const SATURATED_GENERATOR_CORES = 0.9

type ScenarioTargets = { minRps?: number; maxP99?: number; minRatio?: number }

export type ScenarioOutcome = {
  id: ScenarioId
  title: string
  /** Null when the scenario could not run (then `problem` says why). */
  load: LoadResult | null
  problem: string | null
  /** Listing only: its throughput over Payload's /api/graphql listing in the same run. */
  ratio?: number | null
}

export type SizeOutcome = {
  size: number
  seeding: { seconds: number; method: string; practicesSeconds: number; referenceSeconds: number; mediaSeconds: number } | null
  startSeconds: number | null
  /** Spawn to the answers of a search in every locale: the search indexes are built after the first answer. */
  searchReadySeconds: number | null
  /** CPU used by other processes while the server started, in cores. */
  startOtherCpuCores: number | null
  firstAnswer: string
  /** Resident memory of the server process: at its first answer, after the load, and its peak. */
  memoryMb: { atStart: number; afterLoad: number; peak: number } | null
  scenarios: ScenarioOutcome[]
  freshness: FreshnessResult | null
  /** With --instances 2: written through one instance, read through the other (target: within 2 s). */
  freshnessAcrossInstances: FreshnessResult | null
  problems: string[]
}

export type BenchReport = {
  date: string
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string }
  options: { sizes: number[]; duration: number; connections: number; warmup: number; seed: number; instances: number }
  sizes: SizeOutcome[]
  growth: GrowthOutcome[]
  targets: typeof TARGETS
}

export type GrowthOutcome = { scenario: ScenarioId; fromSize: number; toSize: number; catalogueFactor: number; costFactor: number; ok: boolean }

export function machine(): BenchReport['machine'] {
  const list = cpus()
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  }
}

/** Cost per request (1 / throughput) at the largest size over the smallest, for listing and search. */
export function growthOf(sizes: SizeOutcome[]): GrowthOutcome[] {
  const measured = sizes.filter((size) => size.scenarios.some((scenario) => scenario.load))
  if (measured.length < 2) return []
  const sorted = [...measured].sort((a, b) => a.size - b.size)
  const small = sorted[0]!
  const large = sorted[sorted.length - 1]!
  const out: GrowthOutcome[] = []
  for (const id of ['listing', 'search'] as const) {
    const a = small.scenarios.find((scenario) => scenario.id === id)?.load
    const b = large.scenarios.find((scenario) => scenario.id === id)?.load
    if (!a || !b || a.requestsPerSecond <= 0 || b.requestsPerSecond <= 0) continue
    const catalogueFactor = large.size / small.size
    const costFactor = a.requestsPerSecond / b.requestsPerSecond
    out.push({ scenario: id, fromSize: small.size, toSize: large.size, catalogueFactor, costFactor, ok: costFactor <= 1 + (catalogueFactor - 1) * TARGETS.growthShare })
  }
  return out
}

const mark = (ok: boolean) => (ok ? 'ok' : 'MISS')
/** A target's mark, at the size the targets are set for only. */
const markAt = (size: number, ok: boolean) => (size === TARGETS.atSize ? ` ${mark(ok)}` : '')
const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** The one table: scenario, size, requests/s, p50, p99, ratio; then start time, memory, freshness and growth. */
export function renderReport(report: BenchReport): string {
  const rows: string[][] = [['scenario', 'size', 'requests/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'ratio to Payload', 'notes']]
  for (const size of report.sizes) {
    for (const outcome of size.scenarios) {
      const targets: ScenarioTargets = TARGETS[outcome.id]
      const load = outcome.load
      if (!load) {
        rows.push([outcome.id, fmt(size.size), '–', '–', '–', '–', '–', outcome.problem ?? 'not run'])
        continue
      }
      const rps = `${fmt(load.requestsPerSecond)}${targets.minRps ? markAt(size.size, load.requestsPerSecond >= targets.minRps) : ''}`
      const p99 = `${fmt(load.p99, load.p99 < 10 ? 1 : 0)}${targets.maxP99 ? markAt(size.size, load.p99 <= targets.maxP99) : ''}`
      let ratio = ''
      if (outcome.id === 'listing') {
        ratio = outcome.ratio === null || outcome.ratio === undefined ? 'n/a' : `${fmt(outcome.ratio, 1)}×${markAt(size.size, outcome.ratio >= (targets.minRatio ?? 0))}`
      }
      const failures = load.failures.non2xx + load.failures.graphqlErrors + load.failures.errors + load.failures.timeouts
      const notes = [
        failures > 0 ? `${failures} failed (${load.failures.non2xx} non-2xx, ${load.failures.graphqlErrors} GraphQL errors, ${load.failures.errors + load.failures.timeouts} socket)` : '',
        load.otherCpuCores !== null && load.otherCpuCores >= BUSY_MACHINE_CORES ? `busy machine: other processes used ${fmt(load.otherCpuCores, 2)} cores` : '',
        load.loadGeneratorCores !== null && load.loadGeneratorCores >= SATURATED_GENERATOR_CORES
          ? `load generator at ${fmt(load.loadGeneratorCores, 2)} cores sets the pace`
          : '',
        outcome.problem ?? '',
      ]
        .filter(Boolean)
        .join('; ')
      const cpu = load.serverCpuMsPerRequest === null ? '–' : fmt(load.serverCpuMsPerRequest, 2)
      rows.push([outcome.id, fmt(size.size), rps, fmt(load.p50, load.p50 < 10 ? 1 : 0), p99, cpu, ratio, notes])
    }
  }
  const lines = [table(rows), '']

  const other: string[][] = [['size', 'seeding', 'start to first answer', 'memory after load (at start, peak)', 'freshness (next request)']]
  for (const size of report.sizes) {
    const seeding = size.seeding ? `${fmt(size.seeding.seconds, 1)} s (practices ${fmt(size.seeding.practicesSeconds, 1)} s, ${size.seeding.method})` : 'failed'
    const start =
      size.startSeconds === null
        ? 'no answer'
        : `${fmt(size.startSeconds, 1)} s${markAt(size.size, size.startSeconds <= TARGETS.startSeconds)}${
            size.searchReadySeconds !== null ? ` (search ${fmt(size.searchReadySeconds, 1)} s)` : ''
          }${size.firstAnswer !== 'partner-api' ? ` (${size.firstAnswer})` : ''}${
            size.startOtherCpuCores !== null && size.startOtherCpuCores >= BUSY_MACHINE_CORES ? ` (busy machine: ${fmt(size.startOtherCpuCores, 2)} cores)` : ''
          }`
    const memory = size.memoryMb ? `${fmt(size.memoryMb.afterLoad)} MB${markAt(size.size, size.memoryMb.afterLoad <= TARGETS.memoryMb)} (${fmt(size.memoryMb.atStart)}, ${fmt(size.memoryMb.peak)} MB)` : '–'
    const fresh = size.freshness
      ? size.freshness.problem
        ? `MISS: ${size.freshness.problem}`
        : `edit ${mark(size.freshness.edit)}, unpublish ${mark(size.freshness.unpublish)}, publish ${mark(size.freshness.publish)} (≤ ${fmt(size.freshness.worstMs)} ms)`
      : '–'
    other.push([fmt(size.size), seeding, start, memory, fresh])
  }
  lines.push(table(other))

  for (const size of report.sizes) {
    const across = size.freshnessAcrossInstances
    if (!across) continue
    const item = (name: 'edit' | 'unpublish' | 'publish') => {
      const ms = across.ms[name]
      const ok = across[name] && ms !== null && ms <= TARGETS.acrossInstancesMs
      return `${name} ${across[name] && ms !== null ? `${fmt(ms)} ms` : 'not shown within 10 s'} ${mark(ok)}`
    }
    lines.push(
      '',
      across.problem
        ? `freshness across 2 instances, size ${fmt(size.size)}: MISS: ${across.problem}`
        : `freshness across 2 instances, size ${fmt(size.size)}: ${item('edit')}, ${item('unpublish')}, ${item('publish')} (target ≤ ${fmt(TARGETS.acrossInstancesMs)} ms)`,
    )
  }

  if (report.growth.length > 0) {
    lines.push('')
    for (const growth of report.growth) {
      lines.push(
        `growth ${growth.scenario}: catalogue ×${fmt(growth.catalogueFactor, 0)} (${fmt(growth.fromSize)} → ${fmt(growth.toSize)}), cost per request ×${fmt(growth.costFactor, 2)} ${mark(growth.ok)}`,
      )
    }
  }
  const problems = report.sizes.flatMap((size) => size.problems.map((problem) => `size ${fmt(size.size)}: ${problem}`))
  if (problems.length > 0) lines.push('', ...problems)
  lines.push(
    '',
    `targets at ${fmt(TARGETS.atSize)} practices (marked ok or MISS there; other sizes are measured for growth): listing ≥ ${TARGETS.listing.minRps}/s, p99 ≤ ${TARGETS.listing.maxP99} ms, ≥ ${TARGETS.listing.minRatio}× Payload; repeated ≥ ${TARGETS['listing-repeated'].minRps}/s, p99 ≤ ${TARGETS['listing-repeated'].maxP99} ms; search ≥ ${TARGETS.search.minRps}/s, p99 ≤ ${TARGETS.search.maxP99} ms; detail p99 ≤ ${TARGETS.detail.maxP99} ms; start ≤ ${TARGETS.startSeconds} s; memory ≤ ${TARGETS.memoryMb} MB; at every size: freshness; from the smallest size to the largest, listing and search cost per request growing at most ${TARGETS.growthShare} times as fast as the catalogue`,
    `machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GiB, Node ${report.machine.node}; ${report.options.connections} connections, ${report.options.duration} s per scenario after ${report.options.warmup} s warm-up; ${report.date}`,
  )
  return lines.join('\n')
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column >= 1 && column <= 6 && /^[\d–n]/.test(cell) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd()
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n')
}
