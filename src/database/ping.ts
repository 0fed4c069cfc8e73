import type { Payload } from 'payload'

/**
 * The cheapest question that proves the database answers: `SELECT 1` on
 * SQLite, `ping` on MongoDB. Bounded, so a readiness check never hangs.
 */
export async function pingDatabase(payload: Payload, timeoutMs = 2000): Promise<void> {
  const db = payload.db as unknown as {
    name?: string
    client?: { execute: (sql: string) => Promise<unknown> }
    connection?: { db?: { command: (command: object) => Promise<unknown> } }
  }
  const question =
    db.name === 'sqlite' && db.client
      ? db.client.execute('SELECT 1')
      : db.connection?.db
        ? db.connection.db.command({ ping: 1 })
        : payload.count({ collection: 'users', overrideAccess: true })
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([question, timeout])
  } finally {
    clearTimeout(timer)
  }
}
