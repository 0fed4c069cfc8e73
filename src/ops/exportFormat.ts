import type { Payload, SanitizedCollectionConfig } from 'payload'
import { z } from 'zod'

import { isSafeRelativePath } from './files'

/**
 * The export folder: manifest.json, one `<collection>.json` per collection
 * and the upload files under files/<collection>/. Plain JSON from the Local
 * API, so it reads into any database adapter.
 */
export const EXPORT_FORMAT = 'praktijkenbank-export'

/**
 * Left out: Payload's own collections (preferences, locks, migrations, jobs)
 * and two hidden logs that only matter for a running system and expire on
 * their own (the change log of the read model, kept a day; recent
 * submitPractice attempts, kept an hour).
 */
const OPERATIONAL = new Set(['content-changes', 'submission-attempts'])

export function exportedCollections(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-') && !OPERATIONAL.has(collection.slug))
}

/** Fields never exported: the password hash and what belongs to a login session. Users set a new password after an import. */
export const USER_SECRETS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'sessions', 'loginAttempts', 'lockUntil', '_verificationToken', 'password'] as const

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const relativePath = z.string().refine(isSafeRelativePath, { message: 'is geen pad binnen de export' })

export const exportManifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  /** The adapter it came from ('sqlite', 'mongoose'): ids keep their form only between databases of one kind. */
  sourceDatabase: z.string(),
  locales: z.array(z.string()),
  collections: z.array(z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), documents: z.number().int(), versions: z.number().int() })),
  files: z.array(z.object({ path: relativePath, size: z.number().int().nonnegative(), sha256 })),
})
export type ExportManifest = z.infer<typeof exportManifestSchema>

/** One `<collection>.json`. */
export type CollectionExport = {
  collection: string
  /** Every document as its collection holds it (the published state, or the draft of a never-published one), in every locale, relations as ids. */
  docs: Array<Record<string, unknown>>
  /** Versions of a collection with drafts (newest first), in every locale. */
  versions: Array<{ id: unknown; parent: unknown; createdAt: string; updatedAt: string; latest?: boolean; version: Record<string, unknown> }>
}

/** The files of one upload document, relative to its collection's folder: the original and each stored size. */
export function uploadFilesOf(doc: Record<string, unknown>): string[] {
  const names: string[] = []
  if (typeof doc.filename === 'string' && doc.filename) names.push(doc.filename)
  const sizes = doc.sizes
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes as Record<string, { filename?: unknown }>)) {
      if (size && typeof size.filename === 'string' && size.filename) names.push(size.filename)
    }
  }
  return names
}
