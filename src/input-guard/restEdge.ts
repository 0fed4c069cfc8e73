import type { SanitizedConfig } from 'payload'

/**
 * What Payload's REST handlers do before any of its error handling, and so
 * answered with a 500, checked first:
 * - `where` and `data` may come as one JSON text (`where={"title":…}`),
 *   parsed with a bare JSON.parse;
 * - `/api/<collection>/versions/…` exists for every collection, and fails
 *   inside the database adapter for a collection without versions;
 * - the id in `/api/<collection>/<id>` is read leniently as a number
 *   (`1' OR 1=1 --` became document 1): on SQL databases an id in the path
 *   must be a whole number, and nothing else.
 * Returns the 4xx to answer instead, or null.
 */
export async function refuseAtRestEdge(request: Request, config: Promise<SanitizedConfig>): Promise<Response | null> {
  const url = new URL(request.url)
  for (const name of ['where', 'data']) {
    const text = url.searchParams.get(name)
    if (!text) continue
    try {
      JSON.parse(text)
    } catch {
      return Response.json(
        { errors: [{ message: `The query parameter "${name}" is neither valid JSON nor in brackets: send ${name}[field][operator]=value or ${name}={"field":…}.` }] },
        { status: 400 },
      )
    }
  }
  const [, api, slug, second, ...rest] = url.pathname.split('/')
  if (api !== 'api' || !slug || second === undefined) return null
  const sanitized = await config
  const collection = sanitized.collections.find((candidate) => candidate.slug === slug)
  if (!collection) return null
  if (second === 'versions' && !collection.versions) {
    return Response.json({ errors: [{ message: `The collection "${slug}" keeps no versions.` }] }, { status: 404 })
  }
  // `/api/<collection>/<id>` alone: other paths (`/me`, `/login`, `/versions/…`, `/file/…`) are endpoints of their own.
  const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
  const isOwnEndpoint = endpoints.some((endpoint) => endpoint.path.split('/')[1] === second)
  // Ids that are not numbers at all are refused by the input guard, in the admin's language; here only what a lenient parse would turn into one.
  if (rest.length === 0 && !isOwnEndpoint && sanitized.db.defaultIDType === 'number' && /^\d/.test(second) && !/^\d{1,15}$/.test(second)) {
    return Response.json({ errors: [{ message: `"${decodeSafely(second).slice(0, 80)}" is not a valid id for ${slug}: an id is a whole number.` }] }, { status: 400 })
  }
  return null
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
