import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { applyCommittedMigrations } from './migrations'

/**
 * The one place that knows which database we run on. Everything else talks to
 * Payload's Local API and stays adapter-neutral.
 *
 * - `mongodb://` or `mongodb+srv://`: MongoDB, for production clusters.
 * - anything else (`file:` by default): embedded SQLite through libSQL, WAL on.
 *   Every process that opens it (the development and production server, the
 *   seed, `site:key`, every script, the tests) applies the committed
 *   migrations of src/migrations/ as it connects; none pushes the schema.
 *   Payload's development push would mark the database, and a production
 *   start would then ask on stdin whether to lose data, and exit 0 when no
 *   one answers.
 */
export function isMongoUri(uri: string): boolean {
  return uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')
}

export function databaseAdapter(uri: string): DatabaseAdapterObj {
  if (isMongoUri(uri)) {
    return mongooseAdapter({ url: uri })
  }
  ensureSqliteDirectory(uri)
  const sqlite = sqliteAdapter({
    client: { url: uri },
    wal: true,
    // Readers and the single writer of SQLite wait instead of failing with SQLITE_BUSY.
    busyTimeout: 5000,
    // The CLI (migrate:create) runs from the project root.
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    // Migrations only, in every mode (see above); applied by migrateOnConnect, not by prodMigrations, which runs in production only.
    push: false,
  })
  return { ...sqlite, init: (args) => migrateOnConnect(sqlite.init(args)) }
}

type Adapter = ReturnType<DatabaseAdapterObj['init']>

/**
 * Payload's own migration commands (`npm run payload -- migrate…`) set
 * PAYLOAD_MIGRATING and do it themselves; a hot reload in development
 * reconnects an already migrated database.
 */
function migrateOnConnect(adapter: Adapter): Adapter {
  const connect = adapter.connect
  if (!connect) return adapter
  adapter.connect = async function connectAndMigrate(options) {
    await connect.call(this, options)
    if (options?.hotReload || process.env.PAYLOAD_MIGRATING === 'true') return
    await applyCommittedMigrations(adapter)
  }
  return adapter
}

function ensureSqliteDirectory(uri: string): void {
  if (!uri.startsWith('file:')) return
  const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  if (file === ':memory:' || file === '') return
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
