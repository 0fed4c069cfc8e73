import type { Client } from '@libsql/client'

import { IMAGE_SIZE_NAMES } from '../uploads/imageSizes'

/**
 * Every file the documents of the upload collections refer to, read straight
 * from a (copied) SQLite database: photos and their sizes in the media
 * folder, documents in its documents/ subfolder (as Media.ts and
 * Documents.ts store them). Sizes are what Payload recorded when it wrote the
 * file, so a copy with another size is not the file the database means.
 */
export type UploadReference = { collection: 'media' | 'documents'; id: number; path: string; size: number | null }

export async function uploadReferences(client: Client): Promise<UploadReference[]> {
  const references: UploadReference[] = []
  const sizeColumns = IMAGE_SIZE_NAMES.map((name) => `sizes_${name}_filename, sizes_${name}_filesize`).join(', ')
  const media = await client.execute(`SELECT id, filename, filesize, ${sizeColumns} FROM media`)
  for (const row of media.rows) {
    const id = Number(row.id)
    if (typeof row.filename === 'string' && row.filename) references.push({ collection: 'media', id, path: row.filename, size: numberOrNull(row.filesize) })
    for (const name of IMAGE_SIZE_NAMES) {
      const filename = row[`sizes_${name}_filename`]
      if (typeof filename === 'string' && filename) {
        references.push({ collection: 'media', id, path: filename, size: numberOrNull(row[`sizes_${name}_filesize`]) })
      }
    }
  }
  const documents = await client.execute('SELECT id, filename, filesize FROM documents')
  for (const row of documents.rows) {
    if (typeof row.filename === 'string' && row.filename) {
      references.push({ collection: 'documents', id: Number(row.id), path: `documents/${row.filename}`, size: numberOrNull(row.filesize) })
    }
  }
  return references
}

function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}
