import type { SanitizedConfig } from 'payload'

/**
 * What Payload's REST handlers do before any of its error handling, and so
 * answered with a 500, checked first:
 * - `where` and `data` may come as one JSON text (`where={"title":…}`),
 *   parsed with a bare JSON.parse;
 * - `/api/<collection>/versions/…` exists for every collection, and fails
 *   inside the database adapter for a collection without versions.
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
  const [, api, slug, versions] = url.pathname.split('/')
  if (api === 'api' && versions === 'versions' && slug) {
    const collection = (await config).collections.find((candidate) => candidate.slug === slug)
    if (collection && !collection.versions) {
      return Response.json({ errors: [{ message: `The collection "${slug}" keeps no versions.` }] }, { status: 404 })
    }
  }
  return null
}
