import { readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * Uploads as the admin UI sends them to Payload's REST API: multipart with
 * the file in `file` and the other fields as JSON in `_payload`. With `id`,
 * replaces the file of that document (PATCH).
 */
export type Upload = { data: Buffer; name: string; type?: string }
export type Answer = { status: number; json: any }

export async function upload(
  baseUrl: string,
  token: string,
  collection: 'media' | 'documents',
  file: Upload,
  fields: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  id?: number | string,
): Promise<Answer> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${baseUrl}/api/${collection}${id === undefined ? '' : `/${id}`}`, {
    method: id === undefined ? 'POST' : 'PATCH',
    headers: { authorization: `JWT ${token}`, ...headers },
    body: form,
  })
  const text = await response.text()
  return { status: response.status, json: text ? safeJson(text) : null }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return { raw: text }
  }
}

/** The bytes of a file as Payload serves it to a logged-in editor. */
export async function served(baseUrl: string, token: string, url: string): Promise<Buffer> {
  const response = await fetch(new URL(url, baseUrl), { headers: { authorization: `JWT ${token}` } })
  if (response.status !== 200) throw new Error(`GET ${url} gave ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

/** The first error message of a refused request. */
export const messageOf = (answer: Answer): string => answer.json?.errors?.[0]?.message ?? JSON.stringify(answer.json)

/** Every file under the upload folder, as paths relative to it. */
export function filesIn(dir: string): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(at, entry.name)) : [path.relative(dir, path.join(at, entry.name))],
    )
  try {
    return walk(dir).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}
