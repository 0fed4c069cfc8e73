import { readFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { isSafeRelativePath } from './files'

/**
 * manifest.json of a backup: written last, so a folder without it is an
 * unfinished backup. Restore trusts nothing in the folder that the manifest
 * does not vouch for by SHA-256 and size.
 */
export const BACKUP_FORMAT = 'praktijkenbank-backup'
export const BACKUP_DATABASE_FILE = 'praktijkenbank.db'
export const BACKUP_MEDIA_DIR = 'media'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'is geen SHA-256' })
const relativePath = z.string().refine(isSafeRelativePath, { message: 'is geen pad binnen de back-up' })

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  database: z.object({
    file: z.literal(BACKUP_DATABASE_FILE),
    size: z.number().int().nonnegative(),
    sha256,
    /** Names of the migrations the copied database has applied, oldest first. */
    migrations: z.array(z.string()),
  }),
  media: z.object({
    dir: z.literal(BACKUP_MEDIA_DIR),
    /** True when uploads live in an S3 bucket: the backup then holds no files (the bucket is backed up on its own). */
    objectStorage: z.boolean(),
    files: z.array(z.object({ path: relativePath, size: z.number().int().nonnegative(), sha256 })),
  }),
  /** Things the operator should know, e.g. a file deleted between the database copy and the file copy. */
  notes: z.array(z.string()),
})

export type BackupManifest = z.infer<typeof backupManifestSchema>

export function appIdentity(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { name?: string; version?: string }
  return { name: pkg.name ?? 'praktijkenbank', version: pkg.version ?? '0.0.0' }
}
