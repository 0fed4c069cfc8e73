import { createClient } from '@libsql/client'

/**
 * Whether another process has this SQLite file open, as a running server
 * does. A WAL-mode connection keeps a shared lock on the file as long as it
 * is open, so an exclusive lock that is refused at once means someone is
 * there. Checked before a restore replaces the file under a server.
 */
export async function databaseInUse(file: string): Promise<boolean> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 0')
    await client.execute('PRAGMA locking_mode = EXCLUSIVE')
    await client.execute('BEGIN EXCLUSIVE')
    await client.execute('ROLLBACK')
    return false
  } catch (error) {
    if (/SQLITE_BUSY|SQLITE_LOCKED|locked/i.test(String((error as { code?: string }).code ?? '') + String((error as Error).message))) return true
    throw error
  } finally {
    client.close()
  }
}

/** Whether the SQLite file holds any table (a database a server has started on holds Payload's). */
export async function databaseHasData(file: string): Promise<boolean> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 5000')
    const result = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
    return Number(result.rows[0]?.n ?? 0) > 0
  } finally {
    client.close()
  }
}
