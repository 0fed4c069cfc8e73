/**
 * Every door of the product as a fast-check arbitrary of hostile HTTP
 * requests: Payload REST (queries, ids, bodies), Payload GraphQL, the partner
 * API, public files, login and password mails, uploads. Shared by the
 * property tests (test/hostile/) and `npm run fuzz`.
 */
import fc from 'fast-check'

import { LIMITS } from '../../src/partner-api/limits'
import { deeplyNested, hostileJson, hostileNumber, hostileText, INVALID_UTF8, MONGO_OPERATORS, percentEncode } from './hostileValues'

export const DOORS = ['rest-query', 'rest-id', 'rest-body', 'payload-graphql', 'partner-api', 'files', 'auth', 'uploads'] as const
export type Door = (typeof DOORS)[number]
export type Role = 'admin' | 'editor' | 'anonymous' | 'site'

export type HostileRequest = {
  door: Door
  method: string
  path: string
  as: Role
  contentType?: string
  body?: string | Uint8Array | FormData
}

/** What the doors aim at: the collections with their query paths, and ids and slugs that exist. */
export type FuzzTarget = {
  collections: Array<{ slug: string; paths: string[]; fields: string[]; existingId: string | number | null }>
  practiceSlugs: string[]
}

const PAYLOAD_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects']
const QUERY_KEYS = ['depth', 'limit', 'page', 'sort', 'locale', 'fallback-locale', 'draft', 'pagination', 'trash', 'joins', 'select', 'populate']

/** A query string parameter in qs's bracket notation, hostile in its names and values. */
function bracketParameter(target: FuzzTarget['collections'][number]): fc.Arbitrary<string> {
  const path = fc.oneof(fc.constantFrom(...target.paths), hostileText(), fc.constantFrom('and', 'or', 'id', 'version.title', 'parent'))
  const operator = fc.oneof(fc.constantFrom(...PAYLOAD_OPERATORS), fc.constantFrom(...MONGO_OPERATORS), hostileText())
  const value = fc.oneof(hostileText(), hostileNumber.map(String), fc.constantFrom('1,abc', 'abc', '1,2,3', '1e20', '2026-13-45', 'true', 'null'))
  const where = fc
    .tuple(fc.array(fc.oneof(path, fc.constantFrom('and', 'or'), fc.nat(30).map(String), operator), { minLength: 1, maxLength: 5 }), value)
    .map(([segments, text]) => `where${segments.map((segment) => `[${percentEncode(segment)}]`).join('')}=${percentEncode(text)}`)
  const other = fc
    .tuple(fc.constantFrom(...QUERY_KEYS), fc.array(fc.oneof(path, hostileText()), { maxLength: 2 }), value)
    .map(([key, segments, text]) => `${key}${segments.map((segment) => `[${percentEncode(segment)}]`).join('')}=${percentEncode(text)}`)
  return fc.oneof(where, where, other, fc.constantFrom('where=x', 'where[]=1', 'where[and]=x', 'depth[$gt]=1', 'sort=-', 'where[id][in][]=', '%ZZ=1', 'where[%ff]=1'))
}

function restQuery(target: FuzzTarget): fc.Arbitrary<HostileRequest> {
  return fc.constantFrom(...target.collections).chain((collection) =>
    fc.record({
      door: fc.constant<Door>('rest-query'),
      method: fc.constant('GET'),
      path: fc.array(bracketParameter(collection), { minLength: 1, maxLength: 4 }).map((parameters) => `/api/${collection.slug}?${parameters.join('&')}`),
      as: fc.constantFrom<Role>('admin', 'editor', 'anonymous'),
    }),
  )
}

/** Ids that are not plain numbers: a DELETE or PATCH with one must never reach a real document. */
const hostileId = fc.oneof(hostileText(), fc.constantFrom('abc', '1.5', '-1', '1e3', '0x10', '99999999999999999999', '507f1f77bcf86cd799439011', '../users', '%00', 'null')).filter((id) => !/^\d+$/.test(id) && id.length > 0)

function restId(target: FuzzTarget): fc.Arbitrary<HostileRequest> {
  return fc.record({
    door: fc.constant<Door>('rest-id'),
    method: fc.constantFrom('GET', 'PATCH', 'DELETE'),
    path: fc
      .tuple(fc.constantFrom(...target.collections.map((collection) => collection.slug)), fc.boolean(), hostileId)
      .map(([slug, version, id]) => `/api/${slug}/${version ? 'versions/' : ''}${percentEncode(id)}`),
    as: fc.constantFrom<Role>('admin', 'editor', 'anonymous'),
    contentType: fc.constant('application/json'),
    body: fc.constant('{"title":"x"}'),
  })
}

/** A body of hostile JSON; not always an object, not always JSON, not always UTF-8. */
function hostileBody(fields: string[]): fc.Arbitrary<string | Uint8Array> {
  const object = fc
    .dictionary(fc.oneof(fc.constantFrom(...fields), hostileText()), hostileJson(3), { maxKeys: 6 })
    .map((data) => JSON.stringify(data))
  return fc.oneof(
    { weight: 5, arbitrary: object },
    fc.constantFrom('null', '"text"', '[1,2]', '42', 'true', '{bad json', '', '{"a":', JSON.stringify(deeplyNested(2000, 'array')), JSON.stringify(deeplyNested(500, 'object'))),
    fc.constantFrom(...INVALID_UTF8),
    fc.dictionary(fc.constantFrom(...fields), hostileJson(2, { huge: true }), { maxKeys: 2 }).map((data) => JSON.stringify(data)),
  )
}

function restBody(target: FuzzTarget): fc.Arbitrary<HostileRequest> {
  // Users are left out of PATCH so that the accounts the run logs in with keep working.
  const patchable = target.collections.filter((collection) => collection.existingId !== null && collection.slug !== 'users')
  return fc.constantFrom(...target.collections).chain((collection) => {
    const patchTarget = patchable.find((each) => each.slug === collection.slug)
    return fc.record({
      door: fc.constant<Door>('rest-body'),
      method: patchTarget ? fc.constantFrom('POST', 'PATCH') : fc.constant('POST'),
      path: fc.constant(`/api/${collection.slug}`),
      as: fc.constantFrom<Role>('admin', 'editor'),
      contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded'),
      body: hostileBody(collection.fields),
    }).map((request) => (request.method === 'PATCH' ? { ...request, path: `${request.path}/${patchTarget!.existingId}` } : request))
  })
}

const PAYLOAD_GRAPHQL_QUERIES = [
  'query($where: Practice_where, $limit: Int, $page: Int, $sort: String) { Practices(where: $where, limit: $limit, page: $page, sort: $sort) { docs { id title } totalDocs } }',
  'query($id: Int!) { Practice(id: $id) { id title } }',
  'query($where: Organisation_where) { Organisations(where: $where) { docs { id name } } }',
  'query($where: Theme_where, $locale: LocaleInputType) { Themes(where: $where, locale: $locale) { docs { id name } } }',
  'mutation($data: mutationThemeInput!) { createTheme(data: $data) { id } }',
  'mutation($id: Int!, $data: mutationPracticeUpdateInput!) { updatePractice(id: $id, data: $data) { id } }',
]

function payloadGraphql(): fc.Arbitrary<HostileRequest> {
  const variables = fc.record(
    { where: hostileJson(4), limit: hostileNumber, page: hostileNumber, sort: hostileText(), id: fc.oneof(hostileNumber, hostileText()), data: hostileJson(3), locale: hostileText() },
    { requiredKeys: [] },
  )
  const body = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...PAYLOAD_GRAPHQL_QUERIES), variables).map(([query, vars]) => JSON.stringify({ query, variables: vars })) },
    fc.tuple(hostileText(), hostileJson(2)).map(([query, vars]) => JSON.stringify({ query, variables: vars })),
    fc.constantFrom('{bad', 'null', '[]', '{"query": 1}', `{"query": "${'{ a '.repeat(3000)}"}`),
    fc.constantFrom(...INVALID_UTF8),
  )
  return fc.record({
    door: fc.constant<Door>('payload-graphql'),
    method: fc.constant('POST'),
    path: fc.constant('/api/graphql'),
    as: fc.constantFrom<Role>('admin', 'editor', 'anonymous'),
    contentType: fc.constant('application/json'),
    body,
  })
}

const PARTNER_QUERIES = [
  'query($filter: PracticeFilter, $first: Int, $after: String, $search: String, $locale: Locale) { practices(filter: $filter, first: $first, after: $after, search: $search, locale: $locale) { totalCount nodes { slug title } pageInfo { endCursor } facets { themes { count } } } }',
  'query($slug: String!, $locale: Locale) { practice(slug: $slug, locale: $locale) { title related(first: 3) { slug } } }',
  'query($search: String!) { suggestions: practices(search: $search, first: 1) { totalCount } }',
]

function partnerApi(target: FuzzTarget): fc.Arbitrary<HostileRequest> {
  const filter = fc.oneof(
    hostileJson(3),
    fc.record(
      {
        minReach: fc.oneof(hostileNumber, hostileText()),
        minRecurrence: hostileNumber,
        activeInYear: hostileNumber,
        regions: fc.array(fc.oneof(fc.constantFrom('FLANDERS', 'BRUSSELS', 'WALLONIA'), hostileText()), { maxLength: 60 }),
        themes: fc.array(hostileText(), { maxLength: 60 }),
        ongoing: fc.oneof(fc.boolean(), hostileText()),
      },
      { requiredKeys: [] },
    ),
  )
  const variables = fc.record(
    {
      filter,
      first: hostileNumber,
      after: fc.oneof(hostileText(), fc.base64String({ maxLength: 40 })),
      search: fc.oneof(hostileText({ huge: true }), fc.constantFrom('mechelen', 'diversiteit*', '"', 'a b c d e f g h i j k l m n o p q r s t u v w x y z')),
      slug: fc.oneof(hostileText(), fc.constantFrom(...target.practiceSlugs)),
      locale: fc.oneof(fc.constantFrom('nl', 'fr', 'en'), hostileText()),
    },
    { requiredKeys: [] },
  )
  return fc.oneof(
    fc.record({
      door: fc.constant<Door>('partner-api'),
      method: fc.constant('POST'),
      path: fc.constant('/graphql'),
      as: fc.constantFrom<Role>('site', 'site', 'anonymous'),
      contentType: fc.constant('application/json'),
      body: fc.oneof(
        { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...PARTNER_QUERIES), variables).map(([query, vars]) => JSON.stringify({ query, variables: vars })) },
        fc.constantFrom('{bad', 'null', '[]', '{"query": {"$ne": 1}}'),
        fc.constantFrom(...INVALID_UTF8),
      ),
    }),
    fc.tuple(fc.constantFrom(...PARTNER_QUERIES), variables).map(
      ([query, vars]): HostileRequest => ({
        door: 'partner-api',
        method: 'GET',
        path: `/graphql?query=${percentEncode(query)}&variables=${percentEncode(JSON.stringify(vars).slice(0, 4000))}`,
        as: 'site',
      }),
    ),
  )
}

function files(): fc.Arbitrary<HostileRequest> {
  return fc.record({
    door: fc.constant<Door>('files'),
    method: fc.constantFrom('GET', 'HEAD'),
    path: fc
      .tuple(fc.constantFrom('media', 'documents'), fc.oneof(hostileText(), fc.constantFrom('../../package.json', '..%2f..%2fpackage.json', '%2e%2e/%2e%2e/etc/passwd', 'x.webp', '.', '')), fc.boolean())
      .map(([collection, name, raw]) => `/api/${collection}/file/${raw ? name.replace(/[^\x21-\x7e]/g, '') : percentEncode(name)}`),
    as: fc.constantFrom<Role>('anonymous', 'editor'),
  })
}

function auth(): fc.Arbitrary<HostileRequest> {
  const credentials = fc.record({ email: fc.oneof(hostileText(), hostileJson(2)), password: fc.oneof(hostileText({ huge: true }), hostileJson(2)), token: hostileText() }, { requiredKeys: [] })
  return fc.record({
    door: fc.constant<Door>('auth'),
    method: fc.constant('POST'),
    path: fc.constantFrom('/api/users/login', '/api/users/forgot-password', '/api/users/reset-password', '/api/users/unlock', '/api/users/refresh-token', '/api/users/logout', '/api/users/first-register'),
    as: fc.constant<Role>('anonymous'),
    contentType: fc.constantFrom('application/json', 'text/plain'),
    body: fc.oneof({ weight: 4, arbitrary: credentials.map((data) => JSON.stringify(data)) }, fc.constantFrom('{bad', 'null', '[]'), fc.constantFrom(...INVALID_UTF8)),
  })
}

function uploads(): fc.Arbitrary<HostileRequest> {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2048 }),
    fc.constantFrom(
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      new TextEncoder().encode('%PDF-1.4\n%%EOF'),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      new TextEncoder().encode('<html><script>alert(1)</script></html>'),
    ),
  )
  return fc
    .record({
      collection: fc.constantFrom('media', 'documents'),
      bytes,
      name: fc.oneof(hostileText(), fc.constantFrom('../../evil.jpg', 'foto.jpg', 'a.pdf', '.htaccess', 'x'.repeat(300) + '.png')),
      type: fc.constantFrom('image/jpeg', 'image/png', 'application/pdf', 'text/html', 'image/svg+xml', ''),
      data: hostileJson(2),
      as: fc.constantFrom<Role>('admin', 'editor', 'anonymous'),
    })
    .map(({ collection, bytes: content, name, type, data, as }): HostileRequest => {
      const form = new FormData()
      form.append('file', new Blob([content], { type }), name.replace(/[\uD800-\uDFFF]/g, '?') || 'x')
      form.append('_payload', JSON.stringify(data))
      return { door: 'uploads', method: 'POST', path: `/api/${collection}`, as, body: form }
    })
}

export function doorArbitrary(door: Door, target: FuzzTarget): fc.Arbitrary<HostileRequest> {
  switch (door) {
    case 'rest-query':
      return restQuery(target)
    case 'rest-id':
      return restId(target)
    case 'rest-body':
      return restBody(target)
    case 'payload-graphql':
      return payloadGraphql()
    case 'partner-api':
      return partnerApi(target)
    case 'files':
      return files()
    case 'auth':
      return auth()
    case 'uploads':
      return uploads()
  }
}

export type Credentials = { adminToken: string; editorToken: string; siteKey: string }

/**
 * `closedEarly`: the partner API refused a body over its limit by closing the
 * connection before the client had sent it all (as it must: such a body is
 * not read to the end), so the client saw no answer.
 */
export type HostileAnswer = { status: number; ms: number; text: string; closedEarly?: boolean }

/** Sends one hostile request to `baseUrl` (a loopback address), as its role, and reads the whole answer. */
export async function send(baseUrl: string, request: HostileRequest, credentials: Credentials, timeoutMs = 10_000): Promise<HostileAnswer> {
  const headers: Record<string, string> = {}
  if (request.contentType) headers['content-type'] = request.contentType
  if (request.as === 'admin') headers.authorization = `JWT ${credentials.adminToken}`
  if (request.as === 'editor') headers.authorization = `JWT ${credentials.editorToken}`
  if (request.as === 'site') headers['x-api-key'] = credentials.siteKey
  const started = performance.now()
  let response: Response
  try {
    response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : (request.body as BodyInit | undefined),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    })
  } catch (error) {
    const bodyBytes = typeof request.body === 'string' ? Buffer.byteLength(request.body) : request.body instanceof Uint8Array ? request.body.byteLength : 0
    if (request.door === 'partner-api' && bodyBytes > LIMITS.maxBodyBytes) return { status: 413, ms: performance.now() - started, text: '', closedEarly: true }
    throw error
  }
  const text = await response.text()
  return { status: response.status, ms: performance.now() - started, text }
}

/** One line that says what was sent, for a failure report (bodies cut short). */
export function describe(request: HostileRequest): string {
  const body =
    typeof request.body === 'string'
      ? request.body.slice(0, 300)
      : request.body instanceof Uint8Array
        ? `bytes ${Buffer.from(request.body.slice(0, 16)).toString('hex')}`
        : request.body
          ? 'multipart form'
          : ''
  return `${request.method} ${request.path.slice(0, 300)} as ${request.as}${request.contentType ? ` (${request.contentType})` : ''}${body ? ` ${body}` : ''}`
}
