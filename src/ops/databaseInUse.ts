import { createClient } from '@libsql/client'

/**
 * What a restore needs to know of its target SQLite file: whether another
 * process has it open, as a running server does, and whether it holds any
 * table. A WAL-mode connection keeps a shared lock on the file as long as it
 * is open, so a connection in exclusive locking mode that is refused at once
 * means someone is there. One connection does both: libSQL releases a closed
 * connection's lock only later, so a second connection in this process would
 * find the first one's lock.
 */
export async function inspectDatabase(file: string): Promise<{ inUse: boolean; hasData: boolean }> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 0')
    await client.execute('PRAGMA locking_mode = EXCLUSIVE')
    const tables = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
    await client.execute('BEGIN EXCLUSIVE')
    await client.execute('ROLLBACK')
    return { inUse: false, hasData: Number(tables.rows[0]?.n ?? 0) > 0 }
  } catch (error) {
    if (/SQLITE_BUSY|SQLITE_LOCKED|locked/i.test(`${String((error as { code?: string }).code ?? '')} ${(error as Error).message}`)) return { inUse: true, hasData: true }
    throw error
  } finally {
    client.close()
  }
}
