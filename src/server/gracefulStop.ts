import type { Server } from 'node:http'

import type { Payload } from 'payload'

/**
 * A clean stop on SIGTERM (service managers, container runtimes) and SIGINT
 * (Ctrl-C): no new connections, the requests in progress (uploads included)
 * finish with their normal answer, then timers and pollers stop and the
 * database closes, and the process exits 0. Whatever is still open after the
 * deadline is named in one line, and the process exits 1.
 */

export const STOP_DEADLINE_MS = 10_000
/** How often connections that finished their last request are closed while draining (keep-alive ones). */
const IDLE_SWEEP_MS = 100

export type GracefulStop = {
  /** True from the signal on: readiness then answers 503. */
  stopping: () => boolean
}

export type StopPlan = {
  server: Server
  logger: Payload['logger']
  /** The requests in progress, as "METHOD /path", for the log. */
  inFlight: () => string[]
  /** Stops timers and pollers, then closes the database. */
  release: () => Promise<void>
  deadlineMs?: number
  exit?: (code: number) => void
}

export function stopGracefullyOnSignals(plan: StopPlan): GracefulStop {
  const deadlineMs = plan.deadlineMs ?? STOP_DEADLINE_MS
  const exit = plan.exit ?? ((code: number) => process.exit(code))
  let stopping = false
  let stage = 'finishing requests'

  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return
    stopping = true
    const open = plan.inFlight()
    plan.logger.info(`${signal}: stopping; no new connections, ${open.length} request(s) in progress`)
    const force = setTimeout(() => {
      const requests = plan.inFlight()
      const what = requests.length > 0 ? `${requests.length} request(s): ${requests.join(', ')}` : stage
      plan.logger.error(`Stopped by force after ${deadlineMs / 1000} s; still open: ${what}`)
      exit(1)
    }, deadlineMs)
    force.unref()
    try {
      const closed = new Promise<void>((resolve) => plan.server.close(() => resolve()))
      plan.server.closeIdleConnections()
      const sweep = setInterval(() => plan.server.closeIdleConnections(), IDLE_SWEEP_MS)
      sweep.unref()
      await closed
      clearInterval(sweep)
      stage = 'stopping timers and pollers, closing the database'
      await plan.release()
    } catch (error) {
      clearTimeout(force)
      plan.logger.error({ err: error, msg: `Could not stop cleanly (${stage})` })
      exit(1)
      return
    }
    clearTimeout(force)
    plan.logger.info('Stopped cleanly')
    exit(0)
  }

  process.on('SIGTERM', (signal) => void stop(signal))
  process.on('SIGINT', (signal) => void stop(signal))
  return { stopping: () => stopping }
}
