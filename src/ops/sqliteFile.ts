import path from 'node:path'

import { isMongoUri } from '../database/adapter'
import { OperationError } from './cli'

/**
 * The SQLite file of a `file:` DATABASE_URI, as an absolute path. Backup and
 * restore work on that file; MongoDB has its own tools (mongodump) and the
 * adapter-neutral export.
 */
export function sqliteFileOf(databaseUri: string): string {
  if (isMongoUri(databaseUri)) {
    throw new OperationError(
      'DATABASE_URI wijst naar MongoDB: maak daar een back-up met mongodump, of gebruik npm run export (werkt met elke database).',
    )
  }
  if (!databaseUri.startsWith('file:')) {
    throw new OperationError(`Back-up en herstel werken op een SQLite-bestand (DATABASE_URI=file:…), niet op ${databaseUri.split(':')[0]}:.`)
  }
  const file = databaseUri.slice('file:'.length).replace(/^\/\/(?=\/)/, '').replace(/\?.*$/, '')
  if (file === '' || file === ':memory:') throw new OperationError('DATABASE_URI wijst naar geen bestand.')
  return path.resolve(file)
}

/** A single-quoted SQL string literal. */
export const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`
