/**
 * Restores a backup made by `npm run backup` into DATABASE_URI (a SQLite
 * file) and MEDIA_DIR.
 *
 *   npm run restore -- <folder> [--force]
 *
 * First every checksum in the manifest is verified: a damaged or incomplete
 * backup is refused before anything is touched. The target must be empty (no
 * database with tables, an empty MEDIA_DIR) unless --force, which replaces
 * both: the database file and every file in MEDIA_DIR. A server running on
 * the target database is detected (it holds the file open) and refused, even
 * with --force: stop it first, restore, start it again.
 *
 * Exit codes: 0 restored, 1 refused or failed, 2 usage.
 */
import '../src/config/loadDotEnv'

import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { z } from 'zod'

import { env } from '../src/config/env'
import { BACKUP_DATABASE_FILE, BACKUP_MEDIA_DIR, backupManifestSchema, type BackupManifest } from '../src/ops/backupManifest'
import { EXIT, OperationError, parseCommandLine, progress, runScript } from '../src/ops/cli'
import { inspectDatabase } from '../src/ops/databaseInUse'
import { copyAndHash, hashFile, isEmptyOrAbsent } from '../src/ops/files'
import { sqliteFileOf } from '../src/ops/sqliteFile'

const help = `Gebruik: npm run restore -- <map> [--force]

Zet een back-up van npm run backup terug in DATABASE_URI (SQLite) en MEDIA_DIR.
Controleert eerst alle checksums. Weigert een doel dat niet leeg is, tenzij
--force: dan worden de database en alle bestanden in MEDIA_DIR vervangen.
Stop eerst de server die op deze database draait.

Exitcodes: 0 hersteld, 1 geweigerd of mislukt, 2 verkeerd gebruik.`

const argsSchema = z.object({
  force: z.boolean().default(false),
  positionals: z
    .array(z.string())
    .length(1, { message: 'Geef precies één map met een back-up.' })
    .transform((values) => path.resolve(values[0]!)),
})

async function main(): Promise<number> {
  const args = parseCommandLine(process.argv.slice(2), { force: { type: 'boolean' } }, argsSchema, help)
  if ('exit' in args) return args.exit
  const source = args.positionals
  const settings = env()
  const databaseFile = sqliteFileOf(settings.databaseUri)
  const log = progress('restore')

  const manifest = await readManifest(source)
  log.line(`back-up van ${manifest.createdAt} (${manifest.app.name} ${manifest.app.version}), ${manifest.media.files.length} bestanden: checksums controleren`)
  await verifyBackup(source, manifest)
  log.line('alle checksums kloppen')

  const databaseExists = (await stat(databaseFile).catch(() => null)) !== null
  const target = databaseExists ? await inspectDatabase(databaseFile) : { inUse: false, hasData: false }
  if (target.inUse) {
    throw new OperationError(`De database ${databaseFile} is in gebruik (draait de server nog?). Stop de server en probeer opnieuw.`)
  }
  const occupied: string[] = []
  if (target.hasData) occupied.push(`de database ${databaseFile} bevat gegevens`)
  if (!(await isEmptyOrAbsent(settings.mediaDir))) occupied.push(`MEDIA_DIR ${settings.mediaDir} is niet leeg`)
  if (occupied.length > 0 && !args.force) {
    throw new OperationError(`Het doel is niet leeg: ${occupied.join(' en ')}. Kies een leeg doel, of vervang alles met --force.`)
  }

  // The database: copied next to the target, checked, then renamed over it, so the target is never half a file.
  await mkdir(path.dirname(databaseFile), { recursive: true })
  const incoming = `${databaseFile}.restoring`
  await rm(incoming, { force: true })
  await copyFile(path.join(source, BACKUP_DATABASE_FILE), incoming)
  if ((await hashFile(incoming)).sha256 !== manifest.database.sha256) throw new OperationError('De kopie van de database verschilt van de back-up; schijf vol of defect?')
  // A stale WAL of the replaced database would otherwise be replayed onto the restored one.
  await rm(`${databaseFile}-wal`, { force: true })
  await rm(`${databaseFile}-shm`, { force: true })
  await rename(incoming, databaseFile)
  log.line(`database hersteld: ${databaseFile}`)

  if (manifest.media.objectStorage) {
    log.line('de back-up bevat geen bestanden: die staan in een S3-bucket (S3_BUCKET)')
  } else {
    await rm(settings.mediaDir, { recursive: true, force: true })
    await mkdir(settings.mediaDir, { recursive: true })
    const step = progress('restore: bestanden', 100)
    for (const [index, file] of manifest.media.files.entries()) {
      const copied = await copyAndHash(path.join(source, BACKUP_MEDIA_DIR, file.path), path.join(settings.mediaDir, file.path))
      if (!copied || copied.sha256 !== file.sha256) throw new OperationError(`Het bestand ${file.path} werd niet juist gekopieerd; schijf vol of defect?`)
      step.item(index + 1, manifest.media.files.length)
    }
  }
  for (const note of manifest.notes) log.line(`opmerking bij de back-up: ${note}`)
  log.line(`klaar. Start de server: hij past ontbrekende migraties toe (de back-up heeft er ${manifest.database.migrations.length}).`)
  return EXIT.ok
}

async function readManifest(source: string): Promise<BackupManifest> {
  let text
  try {
    text = await readFile(path.join(source, 'manifest.json'), 'utf8')
  } catch {
    throw new OperationError(`Geen manifest.json in ${source}: dit is geen (volledige) back-up van npm run backup.`)
  }
  let parsed
  try {
    parsed = backupManifestSchema.safeParse(JSON.parse(text))
  } catch {
    throw new OperationError(`manifest.json in ${source} is geen geldige JSON: de back-up is beschadigd.`)
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new OperationError(`manifest.json in ${source} klopt niet (${issue.path.join('.') || 'geheel'}: ${issue.message}): de back-up is beschadigd.`)
  }
  return parsed.data
}

async function verifyBackup(source: string, manifest: BackupManifest): Promise<void> {
  const damaged: string[] = []
  const check = async (relative: string, expected: { size: number; sha256: string }): Promise<void> => {
    const actual = await hashFile(path.join(source, relative)).catch(() => null)
    if (!actual) damaged.push(`${relative} ontbreekt`)
    else if (actual.size !== expected.size || actual.sha256 !== expected.sha256) damaged.push(`${relative} is gewijzigd of beschadigd`)
  }
  await check(BACKUP_DATABASE_FILE, manifest.database)
  const step = progress('restore: controle', 200)
  for (const [index, file] of manifest.media.files.entries()) {
    await check(`${BACKUP_MEDIA_DIR}/${file.path}`, file)
    step.item(index + 1, manifest.media.files.length)
  }
  if (damaged.length > 0) {
    throw new OperationError(
      `De back-up in ${source} is beschadigd, er is niets hersteld: ${damaged.slice(0, 5).join('; ')}${damaged.length > 5 ? `; en nog ${damaged.length - 5}` : ''}.`,
    )
  }
}

runScript('restore', main)
