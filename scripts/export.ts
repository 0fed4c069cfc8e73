/**
 * Writes all content as JSON, one file per collection, plus the upload
 * files: the way to move content between databases (SQLite and MongoDB).
 *
 *   npm run export -- <folder>
 *
 * Through Payload's Local API only, so it reads any adapter: every document
 * in every locale with relations as ids, the versions of collections with
 * drafts, and each upload's original and sizes with their SHA-256. Users
 * come without their password hash; API keys keep their SHA-256 hash (the
 * plain key is never stored), so partner sites keep working after an
 * import. Guard an export as a backup: it holds e-mail addresses and key hashes.
 *
 * The folder must be empty or not exist. Exit codes: 0 done, 1 failed, 2 usage.
 */
import '../src/config/loadDotEnv'
import '../src/ops/productionDatabase'

import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { z } from 'zod'

import { appIdentity } from '../src/ops/backupManifest'
import { EXIT, OperationError, parseCommandLine, progress, runScript } from '../src/ops/cli'
import { EXPORT_FORMAT, exportedCollections, uploadFilesOf, USER_SECRETS, type CollectionExport, type ExportManifest } from '../src/ops/exportFormat'
import { copyAndHash, isEmptyOrAbsent, type FileRecord } from '../src/ops/files'

const help = `Gebruik: npm run export -- <map>

Schrijft alle inhoud als JSON (één bestand per collectie, alle talen, versies)
en alle geüploade bestanden naar een lege of nieuwe map. Inlezen in een lege
database (SQLite of MongoDB): npm run import -- <map>.
Gebruikers zonder wachtwoord; API-sleutels alleen als hash.

Exitcodes: 0 klaar, 1 mislukt, 2 verkeerd gebruik.`

const argsSchema = z.object({
  positionals: z
    .array(z.string())
    .length(1, { message: 'Geef precies één map voor de export.' })
    .transform((values) => path.resolve(values[0]!)),
})

async function main(): Promise<number> {
  const args = parseCommandLine(process.argv.slice(2), {}, argsSchema, help)
  if ('exit' in args) return args.exit
  const target = args.positionals
  if (!(await isEmptyOrAbsent(target))) throw new OperationError(`De map ${target} is niet leeg. Kies een nieuwe of lege map.`, EXIT.usage)
  await mkdir(target, { recursive: true })

  const log = progress('export')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const locales = (payload.config.localization ? payload.config.localization.localeCodes : []) as string[]

  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    app: appIdentity(),
    sourceDatabase: payload.db.name,
    locales,
    collections: [],
    files: [],
  }
  for (const collection of exportedCollections(payload)) {
    const slug = collection.slug as 'practices'
    const found = await payload.find({ collection: slug, locale: 'all', depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true, draft: false, sort: 'createdAt' })
    let docs = found.docs as unknown as Array<Record<string, unknown>>
    if (collection.auth) docs = docs.map((doc) => Object.fromEntries(Object.entries(doc).filter(([key]) => !(USER_SECRETS as readonly string[]).includes(key))))
    let versions: CollectionExport['versions'] = []
    if (collection.versions) {
      const found = await payload.findVersions({ collection: slug, locale: 'all', depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true, sort: '-updatedAt' })
      versions = found.docs as unknown as CollectionExport['versions']
    }
    const body: CollectionExport = { collection: slug, docs, versions }
    await writeFile(path.join(target, `${slug}.json`), `${JSON.stringify(body, null, 1)}\n`)
    manifest.collections.push({ slug, documents: docs.length, versions: versions.length })
    log.line(`${slug}: ${docs.length} documenten${collection.versions ? `, ${versions.length} versies` : ''}`)

    const staticDir = collection.upload && typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
    if (staticDir) {
      const names = docs.flatMap(uploadFilesOf)
      const step = progress(`export: ${slug} bestanden`, 100)
      for (const [index, name] of names.entries()) {
        const relative = `files/${slug}/${name}`
        const copied = await copyAndHash(path.resolve(staticDir, name), path.join(target, relative))
        if (!copied) throw new OperationError(`Het bestand ${name} van ${slug} ontbreekt in ${staticDir}; de export is onvolledig.`)
        manifest.files.push({ path: relative, ...copied } satisfies FileRecord)
        step.item(index + 1, names.length)
      }
    }
  }
  await writeFile(path.join(target, 'manifest.json.partial'), `${JSON.stringify(manifest, null, 2)}\n`)
  await rename(path.join(target, 'manifest.json.partial'), path.join(target, 'manifest.json'))
  log.line(`klaar: ${target}`)
  return EXIT.ok
}

runScript('export', main)
