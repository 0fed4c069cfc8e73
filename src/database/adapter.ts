import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations/index'

/**
 * The one place that knows which database we run on. Everything else talks to
 * Payload's Local API and stays adapter-neutral.
 *
 * - `mongodb://` or `mongodb+srv://`: MongoDB, for production clusters.
 * - anything else (`file:` by default): embedded SQLite through libSQL, WAL on,
 *   with committed migrations applied on a production start.
 */
export function isMongoUri(uri: string): boolean {
  return uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')
}

export function databaseAdapter(uri: string): DatabaseAdapterObj {
  if (isMongoUri(uri)) {
    return mongooseAdapter({ url: uri })
  }
  ensureSqliteDirectory(uri)
  return sqliteAdapter({
    client: { url: uri },
    wal: true,
    // Readers and the single writer of SQLite wait instead of failing with SQLITE_BUSY.
    busyTimeout: 5000,
    // The CLI (migrate:create) runs from the project root.
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
  })
}

function ensureSqliteDirectory(uri: string): void {
  if (!uri.startsWith('file:')) return
  const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  if (file === ':memory:' || file === '') return
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
