import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The security headers of every answer, set once by the front server
 * (src/server.ts) before a request reaches the partner API, the public files
 * or Next; what those write themselves is merged over them.
 *
 * - every answer: `nosniff` (a browser never guesses a type other than the
 *   one sent) and a Referrer-Policy that gives other sites no paths (admin
 *   URLs hold document ids and search terms);
 * - `Strict-Transport-Security` when the public address is https;
 * - the admin's pages: a Content-Security-Policy (below) and no framing;
 * - the JSON APIs (Payload REST and GraphQL, the partner API): a policy that
 *   allows nothing, should an answer ever be opened as a page, and no framing.
 *
 * Uploaded files get none of the page policies: partner sites show the
 * photos and may frame the PDFs. Their type is the one detected from their
 * bytes (src/server/publicFiles.ts, or Payload for the rest), and documents
 * get a Content-Disposition here, whichever of the two serves them.
 */

export const REFERRER_POLICY = 'strict-origin-when-cross-origin'

/** One year, with subdomains: a site behind https stays behind it. */
const HSTS = 'max-age=31536000; includeSubDomains'

const API_POLICY = "default-src 'none'; frame-ancestors 'none'"

/**
 * The admin's policy. Each source beyond 'self' is there because the admin
 * does not work without it (checked in Chromium by the browser test,
 * test/e2e/editorAddsPhoto.e2e.test.ts, which fails on any violation):
 *
 * - script-src: Next streams the page's data in inline scripts
 *   (`self.__next_f.push(…)`). Instead of 'unsafe-inline', every page gets a
 *   fresh nonce: Next reads it from the request's own CSP header and puts it
 *   on each script it writes, and 'strict-dynamic' lets those scripts load
 *   the code-split chunks. No 'unsafe-eval': the production build needs none.
 * - style-src 'unsafe-inline': Payload's components set style attributes and
 *   render <style> elements (modals, the rich-text editor, drag and drop),
 *   which carry no nonce; without it the editor's path does not work in the
 *   browser test. Inline styles cannot run scripts.
 * - img-src data: blob:: previews of a photo before it is uploaded are blob:
 *   URLs; Payload's icons and placeholders use data: URLs (without these two
 *   the browser test reports violations).
 * Everything else (fonts, requests, workers) comes from 'self' only.
 */
export function adminContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export type SecurityHeaderSettings = {
  serverUrl: string
  /** The content security policies are sent in production only: `npm run dev` needs eval and a websocket for hot reloading. */
  isProduction: boolean
}

type RequestKind = 'admin' | 'api' | 'file'

function kindOf(url: string): RequestKind {
  const pathname = url.split('?')[0]!
  if (pathname.startsWith('/api/') && pathname.includes('/file/')) return 'file'
  if (pathname.startsWith('/api/') || pathname === '/api' || pathname === '/graphql') return 'api'
  return 'admin'
}

/**
 * Sets the headers for this request's answer. For the admin's pages it also
 * puts the policy with its nonce on the request, where Next looks for it
 * (any CSP header a client sent is replaced).
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, settings: SecurityHeaderSettings): void {
  res.setHeader('x-content-type-options', 'nosniff')
  res.setHeader('referrer-policy', REFERRER_POLICY)
  if (settings.serverUrl.startsWith('https://')) res.setHeader('strict-transport-security', HSTS)
  delete req.headers['content-security-policy']
  delete req.headers['content-security-policy-report-only']

  const url = req.url ?? '/'
  const kind = kindOf(url)
  if (kind === 'file') {
    const document = documentFilename(url)
    if (document) setDispositionOfFileOnly(res, documentContentDisposition(document))
    return
  }
  res.setHeader('x-frame-options', 'DENY')
  if (!settings.isProduction) return
  if (kind === 'api') {
    res.setHeader('content-security-policy', API_POLICY)
    return
  }
  const policy = adminContentSecurityPolicy(randomBytes(16).toString('base64'))
  req.headers['content-security-policy'] = policy
  res.setHeader('content-security-policy', policy)
}

/**
 * Whoever serves the file (publicFiles.ts, Payload from disk or from the
 * bucket), the disposition is set here, and taken off again when the answer
 * is not the file (a 403 or 404 is read as it is, not downloaded).
 */
function setDispositionOfFileOnly(res: ServerResponse, disposition: string): void {
  res.setHeader('content-disposition', disposition)
  const writeHead = res.writeHead
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode >= 300 && statusCode !== 304) res.removeHeader('content-disposition')
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest)
  } as ServerResponse['writeHead']
}

/**
 * Documents are office files and PDFs. Office files are always downloaded
 * (`attachment`): a browser cannot show them, and nothing uploaded should
 * open as a page of this site. PDFs open in the browser's own viewer
 * (`inline`), which is what a visitor of a partner site who clicks a policy
 * plan expects; the viewer runs no script of the file in this site's origin.
 * Both carry the file's name, so a saved copy keeps it.
 */
export function documentContentDisposition(filename: string): string {
  const disposition = filename.toLowerCase().endsWith('.pdf') ? 'inline' : 'attachment'
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

/** The file name of a document URL (`/api/documents/file/<name>`), or null. */
export function documentFilename(url: string): string | null {
  const pathname = url.split('?')[0]!
  const prefix = '/api/documents/file/'
  if (!pathname.startsWith(prefix)) return null
  try {
    const filename = decodeURIComponent(pathname.slice(prefix.length))
    return filename && !filename.includes('/') ? filename : null
  } catch {
    return null
  }
}
