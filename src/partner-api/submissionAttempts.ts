import { createHmac } from 'node:crypto'

import type { Payload, Where } from 'payload'

import { LIMITS } from './limits'

const COLLECTION = 'submission-attempts'
const WINDOW_MS = 60 * 60 * 1000
/** Old attempts are deleted at most this often per process. */
const PRUNE_INTERVAL_MS = 60 * 1000

/**
 * The rate limits of submitPractice, per client IP and per API key, over the
 * last hour (a sliding window), kept in the database so that several
 * instances on one database share them: each attempt is a row of the
 * submission-attempts collection.
 *
 * An attempt is written first and counted with the others after: two
 * instances taking attempts at the same moment both see both, so together
 * they refuse rather than let one through too many. A refused attempt is
 * deleted again: it does not push the client's next chance further away.
 */
export class SubmissionAttemptLog {
  private lastPruneAt = 0

  constructor(
    private readonly payload: Payload,
    private readonly now: () => Date,
  ) {}

  /** Counts an attempt; returns how many seconds to wait when it is over a limit, else 0. */
  async attempt(clientIp: string, apiKeyId: string): Promise<number> {
    const at = this.now().getTime()
    const client = this.clientHash(clientIp)
    const own = await this.payload.create({ collection: COLLECTION, overrideAccess: true, data: { client, apiKey: apiKeyId, at: new Date(at).toISOString() } })
    const since = new Date(at - WINDOW_MS).toISOString()
    const waits = await Promise.all([
      this.waitFor({ client: { equals: client } }, LIMITS.submissionsPerIpPerHour, since, at),
      this.waitFor({ apiKey: { equals: apiKeyId } }, LIMITS.submissionsPerKeyPerHour, since, at),
    ])
    const wait = Math.max(...waits)
    if (wait > 0) await this.payload.delete({ collection: COLLECTION, id: own.id, overrideAccess: true })
    if (at - this.lastPruneAt >= PRUNE_INTERVAL_MS) await this.prune(at)
    return wait
  }

  /**
   * 0 when this client's (or key's) attempts in the window, this one
   * included, are within the limit; else the seconds until enough of the
   * earlier ones have left the window for one more.
   */
  private async waitFor(whose: Where, limit: number, since: string, at: number): Promise<number> {
    const where: Where = { and: [whose, { at: { greater_than: since } }] }
    const { totalDocs } = await this.payload.count({ collection: COLLECTION, where, overrideAccess: true })
    if (totalDocs <= limit) return 0
    // Without this attempt there are totalDocs - 1; one more fits once the oldest totalDocs - limit have gone.
    const { docs } = await this.payload.find({ collection: COLLECTION, where, sort: 'at', limit: 1, page: totalDocs - limit, depth: 0, overrideAccess: true })
    const leavesAt = docs[0] ? Date.parse(docs[0].at) + WINDOW_MS : at + WINDOW_MS
    return Math.max(1, Math.ceil((leavesAt - at) / 1000))
  }

  /** A keyed hash of the address: enough to tell clients apart, not to recover the address. */
  private clientHash(clientIp: string): string {
    return createHmac('sha256', this.payload.secret).update(clientIp).digest('base64url').slice(0, 32)
  }

  private async prune(at: number): Promise<void> {
    this.lastPruneAt = at
    try {
      await this.payload.db.deleteMany({ collection: COLLECTION, where: { at: { less_than: new Date(at - WINDOW_MS).toISOString() } } })
    } catch (error) {
      this.payload.logger.error({ err: error, msg: 'submission attempts: could not delete old attempts' })
    }
  }
}
