import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Next answers a path with a broken percent-encoding (`/api/%E0%A4%A`) with
 * a 500. Such a request names nothing that exists: it is refused here with a
 * 400 before it reaches Next. Returns true when it was refused.
 */
export function refuseUndecodablePath(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '/'
  const queryStart = url.indexOf('?')
  try {
    decodeURIComponent(queryStart === -1 ? url : url.slice(0, queryStart))
    return false
  } catch {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ errors: [{ message: 'The path of this request is not valid percent-encoded UTF-8.' }] }))
    return true
  }
}
