import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { say, tr } from '../i18n/labels'

type FileParams = { params: { collection: string; filename: string } }

/**
 * Payload answers a request for an upload's file that is not on disk (a
 * mistyped or made-up name) with a 500 "missing on the disk". With local
 * storage such a file is simply not there: 404. With object storage (local
 * storage off) the storage adapter answers instead.
 */
export async function notFoundWhenFileMissing(req: PayloadRequest, { params }: FileParams): Promise<Response | void> {
  const upload = (req.payload.collections as Record<string, { config: { upload?: { staticDir?: string; disableLocalStorage?: boolean } } } | undefined>)[params.collection]?.config.upload
  if (!upload?.staticDir || upload.disableLocalStorage) return
  const { filename } = params
  const present = filename === path.basename(filename) && !!(await stat(path.join(upload.staticDir, filename)).catch(() => null))?.isFile()
  if (present) return
  return Response.json({ errors: [{ message: say(req, tr('Dit bestand bestaat niet.', 'Ce fichier n’existe pas.', 'This file does not exist.')) }] }, { status: 404 })
}
