import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import { PUBLIC_FILE_HEADER, signPublicFile } from '../access/publicFileGrant'
import type { ReadModel } from '../read-model'

/**
 * Serves the files of published content (practice photos in every size,
 * logos, documents) to anyone, so partner sites can show the image URLs the
 * partner API gives them. Payload itself serves uploads only to logged-in
 * staff; a file that is not in the read model's public set falls through to
 * Payload and its access rules, so drafts' photos stay private. A public file
 * that is not on local disk (object storage) goes to Payload too, with a
 * signed grant that its read access accepts (src/access/publicFileGrant.ts).
 */
const ROUTES = [
  { prefix: '/api/media/file/', folder: (mediaDir: string) => mediaDir },
  { prefix: '/api/documents/file/', folder: (mediaDir: string) => path.join(mediaDir, 'documents') },
]

const CONTENT_TYPES: Record<string, string> = {
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
}

export type PublicFileHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>

export function createPublicFileHandler(readModel: ReadModel, mediaDir: string, secret: string): PublicFileHandler {
  return async (req, res) => {
    // Only this server may vouch for a file; a client's own grant is dropped.
    delete req.headers[PUBLIC_FILE_HEADER]
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const pathname = (req.url ?? '').split('?')[0]!
    const route = ROUTES.find((candidate) => pathname.startsWith(candidate.prefix))
    if (!route) return false
    if (!(await readModel.fresh()).publicFilePaths.has(pathname)) return false

    let filename: string
    try {
      filename = decodeURIComponent(pathname.slice(route.prefix.length))
    } catch {
      return false
    }
    if (!filename || filename !== path.basename(filename)) return false
    const file = path.join(route.folder(mediaDir), filename)

    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) {
      req.headers[PUBLIC_FILE_HEADER] = signPublicFile(pathname, secret)
      return false
    }
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
    const headers = {
      'content-type': CONTENT_TYPES[path.extname(filename).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=86400',
      etag,
      'last-modified': info.mtime.toUTCString(),
      'x-content-type-options': 'nosniff',
      'access-control-allow-origin': '*',
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end()
      return true
    }
    res.writeHead(200, { ...headers, 'content-length': info.size })
    if (req.method === 'HEAD') {
      res.end()
      return true
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res)
    return true
  }
}
