import { migrations } from '../migrations/index'

/**
 * SQLite's schema comes from the committed migrations in src/migrations/ only.
 * These functions apply them, and recognise (and, on request, clear) the mark
 * an earlier development push of Payload left in a database.
 */

/** The command that clears the mark; named in the start's error line and in docs/operations.md. */
export const ACCEPT_DEV_SCHEMA_COMMAND = 'npm run migrate:accept-dev-schema'

type Row = Record<string, unknown>
/** Any of Payload's database adapters; only SQLite's has migrations to apply here. */
type DatabaseAdapter = object
type SqliteAdapter = {
  name: string
  migrate: (args: { migrations: typeof migrations }) => Promise<void>
  client: { execute: (statement: string | { sql: string; args: Array<string | number> }) => Promise<{ rows: Row[] }> }
}

export class DatabaseStateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseStateError'
  }
}

function asSqlite(adapter: DatabaseAdapter): SqliteAdapter | null {
  const candidate = adapter as SqliteAdapter
  return candidate.name === 'sqlite' && typeof candidate.client?.execute === 'function' ? candidate : null
}

async function hasMigrationTable(db: SqliteAdapter): Promise<boolean> {
  const result = await db.client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
  return result.rows.length > 0
}

/** Whether an earlier development start pushed the schema (Payload marks that with a row of batch -1). */
export async function hasDevPushMark(adapter: DatabaseAdapter): Promise<boolean> {
  const db = asSqlite(adapter)
  if (!db || !(await hasMigrationTable(db))) return false
  const result = await db.client.execute('SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1')
  return result.rows.length > 0
}

/**
 * Applies the migrations this database has not run yet, in every mode. A
 * database marked by a development push stops the start with one line that
 * says what to do, instead of Payload's question on stdin (which, unanswered,
 * ends a production start with exit code 0 and nothing served).
 */
export async function applyCommittedMigrations(adapter: DatabaseAdapter): Promise<void> {
  const db = asSqlite(adapter)
  if (!db) return
  if (await hasDevPushMark(db)) {
    throw new DatabaseStateError(
      'this SQLite database was changed by a development schema push (a row with batch -1 in payload_migrations), ' +
        `so migrations cannot be applied safely: back it up, then run \`${ACCEPT_DEV_SCHEMA_COMMAND}\` ` +
        '(it removes the mark when the schema matches the collections, and lists the differences otherwise)',
    )
  }
  await db.migrate({ migrations })
}

export type AcceptDevSchemaResult =
  | { outcome: 'unmarked' }
  | { outcome: 'accepted'; recorded: string[] }
  | { outcome: 'differs'; statements: string[] }

/**
 * Clears a development push's mark, but only when the database's schema is
 * exactly what the current collections (and so the latest migration) give:
 * drizzle-kit's push, asked what it would change, must have nothing to do.
 * Migrations the database never ran through the migrator (its tables came
 * from the push) are then recorded as applied.
 */
export async function acceptDevSchema(adapter: DatabaseAdapter): Promise<AcceptDevSchemaResult> {
  const db = asSqlite(adapter)
  if (!db) throw new DatabaseStateError('only a SQLite database has migrations; this one needs nothing')
  if (!(await hasDevPushMark(adapter))) return { outcome: 'unmarked' }

  const drizzleAdapter = adapter as unknown as {
    requireDrizzleKit: () => { pushSchema: (schema: unknown, drizzle: unknown) => Promise<{ statementsToExecute: string[] }> }
    schema: unknown
    drizzle: unknown
  }
  const { pushSchema } = drizzleAdapter.requireDrizzleKit()
  const { statementsToExecute } = await pushSchema(drizzleAdapter.schema, drizzleAdapter.drizzle)
  if (statementsToExecute.length > 0) return { outcome: 'differs', statements: statementsToExecute }

  const ran = await db.client.execute('SELECT name, batch FROM payload_migrations WHERE batch > 0')
  const ranNames = new Set(ran.rows.map((row) => String(row.name)))
  const batch = Math.max(0, ...ran.rows.map((row) => Number(row.batch))) + 1
  const recorded = migrations.map((migration) => migration.name).filter((name) => !ranNames.has(name))
  for (const name of recorded) {
    await db.client.execute({
      sql: "INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
      args: [name, batch],
    })
  }
  await db.client.execute('DELETE FROM payload_migrations WHERE batch = -1')
  return { outcome: 'accepted', recorded }
}
