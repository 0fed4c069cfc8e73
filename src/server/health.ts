import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { pingDatabase } from '../database/ping'
import type { ReadModel } from '../read-model'

/**
 * Health checks for load balancers and service managers, answered before
 * Next and never logged at info level:
 *
 * - `GET /healthz`: the process answers. No database, nothing that can wait.
 * - `GET /readyz`: this instance can serve: the database answers a cheap
 *   query, the partner API's read model is built, and its view of the change
 *   log is fresh (its last poll is recent, or polling is off). 503 with a
 *   JSON reason otherwise, and as soon as the process is stopping.
 */

export const HEALTH_PATH = '/healthz'
export const READY_PATH = '/readyz'

/** A poll of the change log older than this many intervals (and at least 5 s) makes the instance not ready. */
const STALE_AFTER_INTERVALS = 3
const STALE_AT_LEAST_MS = 5000

export type HealthSources = {
  payload: Payload
  /** Null until the read model is built. */
  readModel: () => ReadModel | null
  stopping: () => boolean
}

type ReadyBody =
  | { status: 'ready'; database: 'ok'; readModel: { contentVersion: number; changeLog: 'not polled' | { lastPollAgoMs: number } } }
  | { status: 'not ready'; reason: string }

export function isHealthRequest(url: string | undefined): boolean {
  const path = url?.split('?', 1)[0]
  return path === HEALTH_PATH || path === READY_PATH
}

export async function answerHealthRequest(req: IncomingMessage, res: ServerResponse, sources: HealthSources): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(req, res, 405, { status: 'method not allowed', allow: 'GET, HEAD' }, { allow: 'GET, HEAD' })
    return
  }
  if (req.url?.split('?', 1)[0] === HEALTH_PATH) {
    send(req, res, 200, { status: 'ok' })
    return
  }
  const body = await readiness(sources)
  send(req, res, body.status === 'ready' ? 200 : 503, body)
}

export async function readiness({ payload, readModel, stopping }: HealthSources): Promise<ReadyBody> {
  if (stopping()) return { status: 'not ready', reason: 'stopping: finishing the requests in progress' }
  const model = readModel()
  if (!model) return { status: 'not ready', reason: 'the read model of the partner API is still being built' }
  try {
    await pingDatabase(payload)
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'readiness: the database does not answer' })
    return { status: 'not ready', reason: 'the database does not answer' }
  }
  const changeLog = model.changeLogStatus()
  if (changeLog) {
    const staleAfter = Math.max(STALE_AT_LEAST_MS, STALE_AFTER_INTERVALS * changeLog.intervalMs)
    if (changeLog.lastPollAgoMs > staleAfter) {
      const seconds = Math.round(changeLog.lastPollAgoMs / 1000)
      return { status: 'not ready', reason: `the read model is stale: its last successful poll of the change log was ${seconds} s ago` }
    }
  }
  return {
    status: 'ready',
    database: 'ok',
    readModel: {
      contentVersion: model.contentVersion,
      changeLog: changeLog ? { lastPollAgoMs: changeLog.lastPollAgoMs } : 'not polled',
    },
  }
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(req.method === 'HEAD' ? undefined : text)
}
