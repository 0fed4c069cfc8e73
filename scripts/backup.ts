/**
 * A consistent backup of the SQLite database and every uploaded file, taken
 * while the server runs and editors write.
 *
 *   npm run backup -- <folder>
 *
 * 1. The database first, with `VACUUM INTO`: one read transaction, so the
 *    copy is the database as it was at one instant, whatever the writers do
 *    (WAL mode lets them go on; the copy waits at most 5 s for a lock).
 * 2. Then every file in MEDIA_DIR (subfolders too), each hashed as it is
 *    copied. Files added meanwhile are copied or not: the copied database is
 *    the truth, and a file it does not know is harmless.
 * 3. Every file the copied database refers to must be in the backup with the
 *    size the database recorded. One that an editor deleted in between is
 *    missing: the backup is started again (at most three times) and the
 *    reason is printed.
 * 4. manifest.json last: time, app version, migrations, and the SHA-256 and
 *    size of the database copy and of every file. No manifest, no backup.
 *
 * The folder must be empty or not exist. Exit codes: 0 done, 1 failed, 2 usage.
 */
import '../src/config/loadDotEnv'

import { rename, rm, stat, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { z } from 'zod'

import { env } from '../src/config/env'
import { appIdentity, BACKUP_DATABASE_FILE, BACKUP_FORMAT, BACKUP_MEDIA_DIR, type BackupManifest } from '../src/ops/backupManifest'
import { EXIT, OperationError, parseCommandLine, progress, runScript } from '../src/ops/cli'
import { copyAndHash, hashFile, isEmptyOrAbsent, listFiles, type FileRecord } from '../src/ops/files'
import { sqliteFileOf, sqlString } from '../src/ops/sqliteFile'
import { uploadReferences } from '../src/ops/uploadReferences'

const help = `Gebruik: npm run backup -- <map>

Maakt een consistente back-up van de SQLite-database (DATABASE_URI) en van alle
bestanden in MEDIA_DIR, ook terwijl de server draait. De map moet leeg zijn of
nog niet bestaan. Herstellen: npm run restore -- <map>.

Exitcodes: 0 klaar, 1 mislukt, 2 verkeerd gebruik.`

const argsSchema = z.object({
  positionals: z
    .array(z.string())
    .length(1, { message: 'Geef precies één map voor de back-up.' })
    .transform((values) => path.resolve(values[0]!)),
})

const ATTEMPTS = 3

async function main(): Promise<number> {
  const args = parseCommandLine(process.argv.slice(2), {}, argsSchema, help)
  if ('exit' in args) return args.exit
  const target = args.positionals
  const settings = env()
  const databaseFile = sqliteFileOf(settings.databaseUri)
  if (!(await stat(databaseFile).catch(() => null))?.isFile()) throw new OperationError(`Geen database gevonden op ${databaseFile} (DATABASE_URI).`)
  if (!(await isEmptyOrAbsent(target))) throw new OperationError(`De map ${target} is niet leeg. Kies een nieuwe of lege map.`, EXIT.usage)

  const log = progress('backup')
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const outcome = await backupOnce(target, databaseFile, settings.mediaDir, settings.objectStorage !== null, log)
    if (outcome.missing.length === 0) {
      log.line(`klaar: ${target} (database ${formatBytes(outcome.manifest.database.size)}, ${outcome.manifest.media.files.length} bestanden)`)
      return EXIT.ok
    }
    log.line(
      `${outcome.missing.length} bestand(en) waarnaar de gekopieerde database verwijst, ontbreken (tijdens het kopiëren verwijderd of vervangen door een redacteur): ${outcome.missing.slice(0, 5).join(', ')}${outcome.missing.length > 5 ? ', …' : ''}.` +
        (attempt < ATTEMPTS ? ' Opnieuw.' : ''),
    )
    await emptyFolder(target)
  }
  throw new OperationError(`Na ${ATTEMPTS} pogingen bleven bestanden ontbreken; probeer het opnieuw wanneer er minder wordt gewijzigd.`)
}

async function backupOnce(
  target: string,
  databaseFile: string,
  mediaDir: string,
  objectStorage: boolean,
  log: ReturnType<typeof progress>,
): Promise<{ manifest: BackupManifest; missing: string[] }> {
  await mkdir(target, { recursive: true })
  const copy = path.join(target, BACKUP_DATABASE_FILE)
  const createdAt = new Date().toISOString()

  log.line(`database kopiëren (${databaseFile})`)
  const source = createClient({ url: `file:${databaseFile}` })
  try {
    await source.execute('PRAGMA busy_timeout = 5000')
    await source.execute(`VACUUM INTO ${sqlString(copy)}`)
  } finally {
    source.close()
  }

  const copied = createClient({ url: `file:${copy}` })
  let migrations: string[]
  let references
  try {
    const integrity = await copied.execute('PRAGMA integrity_check')
    const verdict = String(integrity.rows[0]?.[0] ?? '')
    if (verdict !== 'ok') throw new OperationError(`De kopie van de database is niet in orde (integrity_check: ${verdict}).`)
    migrations = (await copied.execute("SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY batch, id")).rows.map((row) => String(row.name))
    references = objectStorage ? [] : await uploadReferences(copied)
  } finally {
    copied.close()
  }
  const databaseHash = await hashFile(copy)

  const files: FileRecord[] = []
  const notes: string[] = []
  if (objectStorage) {
    notes.push('Uploads staan in een S3-bucket (S3_BUCKET): deze back-up bevat geen bestanden; maak een back-up van de bucket zelf (versiebeheer of replicatie).')
  } else {
    const names = await listFiles(mediaDir)
    log.line(`${names.length} bestanden kopiëren uit ${mediaDir}`)
    const step = progress('backup: bestanden', 100)
    for (const [index, name] of names.entries()) {
      const hashed = await copyAndHash(path.join(mediaDir, name), path.join(target, BACKUP_MEDIA_DIR, name))
      if (hashed) files.push({ path: name, ...hashed })
      else notes.push(`Tijdens het kopiëren verwijderd: ${name}`)
      step.item(index + 1, names.length)
    }
  }

  const byPath = new Map(files.map((file) => [file.path, file]))
  const missing = references
    .filter((reference) => {
      const file = byPath.get(reference.path)
      return !file || (reference.size !== null && reference.size !== file.size)
    })
    .map((reference) => `${reference.collection} ${reference.id}: ${reference.path}`)

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    createdAt,
    app: appIdentity(),
    database: { file: BACKUP_DATABASE_FILE, ...databaseHash, migrations },
    media: { dir: BACKUP_MEDIA_DIR, objectStorage, files },
    notes,
  }
  if (missing.length === 0) {
    // Written under another name and renamed: a manifest.json is always whole.
    await writeFile(path.join(target, 'manifest.json.partial'), `${JSON.stringify(manifest, null, 2)}\n`)
    await rename(path.join(target, 'manifest.json.partial'), path.join(target, 'manifest.json'))
  }
  return { manifest, missing }
}

async function emptyFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

runScript('backup', main)
