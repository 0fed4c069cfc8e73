import { getPayload, type Payload } from 'payload'

/**
 * Boots Payload with the project's real config against this test file's own
 * database (see test/setup/isolatedEnvironment.ts).
 */
export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}

/** Drops this file's database (MongoDB) and closes connections. */
export async function shutdownPayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  const db = payload.db as unknown as { connection?: { dropDatabase?: () => Promise<unknown> } }
  if (process.env.DATABASE_URI?.startsWith('mongodb')) await db.connection?.dropDatabase?.()
  await payload.destroy()
}
