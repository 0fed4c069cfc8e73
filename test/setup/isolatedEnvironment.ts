/**
 * Every test file gets its own empty database and upload folder, so files can
 * run in parallel and nothing touches data/ or media/.
 *
 * The suite follows DATABASE_URI: unset or `file:`, a temporary SQLite file;
 * `mongodb://…`, a fresh database on that server for each file (its name gets
 * a random suffix), so the same tests prove MongoDB wherever one runs.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

const workDir = mkdtempSync(path.join(tmpdir(), 'praktijkenbank-test-'))
const given = process.env.DATABASE_URI ?? ''

process.env.PRAKTIJKENBANK_TEST_DIR = workDir
process.env.MEDIA_DIR = path.join(workDir, 'media')
process.env.PAYLOAD_SECRET ??= 'test-secret-' + randomBytes(16).toString('hex')
process.env.DATABASE_URI = given.startsWith('mongodb') ? withUniqueMongoDatabase(given) : `file:${path.join(workDir, 'test.db')}`

function withUniqueMongoDatabase(uri: string): string {
  const url = new URL(uri)
  const base = url.pathname.replace(/^\//, '') || 'praktijkenbank_test'
  url.pathname = `/${base}_${randomBytes(4).toString('hex')}`
  return url.toString()
}
