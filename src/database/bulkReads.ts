import type { Payload } from 'payload'

type SqliteAdapter = { name?: string; drizzle?: unknown; execute?: (args: { drizzle: unknown; raw: string }) => unknown }

/**
 * Readies the database for reading every document at once (the partner API's
 * read model at start). Payload's SQLite tables index localised rows by
 * (locale, parent); without statistics SQLite does not see that there are
 * only three locales and reads the whole locales table once per document:
 * loading 5,000 practices took over a minute. ANALYZE (a few milliseconds)
 * lets it use the index. MongoDB needs nothing of the kind.
 */
export async function prepareForBulkReads(payload: Payload): Promise<void> {
  const db = payload.db as unknown as SqliteAdapter
  if (db.name !== 'sqlite' || typeof db.execute !== 'function') return
  try {
    await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'ANALYZE failed; reading every document may be slow' })
  }
}
