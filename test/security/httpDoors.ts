import type { Role } from './accessMatrix'
import type { Answer, PayloadDoor } from './matrixProbes'
import type { AdminTools, Id, MatrixCollection, UploadCollection } from './matrixWorld'

/**
 * REST and Payload's GraphQL as doors of the access matrix, over HTTP
 * against the production server, and the administrator's tools on REST.
 */

/** The headers a role sends: a login's token, a site's key (which Payload must ignore), or nothing. */
export type Credentials = (role: Role) => Record<string, string>

/** `where` as Payload's REST query string spells it: where[sites][in][0]=5. */
export function whereQuery(where: Record<string, unknown> | undefined, prefix = 'where'): string[] {
  if (!where) return []
  return Object.entries(where).flatMap(([key, value]) => {
    const name = `${prefix}[${key}]`
    if (Array.isArray(value)) return value.map((item, index) => `${name}[${index}]=${encodeURIComponent(String(item))}`)
    if (value && typeof value === 'object') return whereQuery(value as Record<string, unknown>, name)
    return [`${name}=${encodeURIComponent(String(value))}`]
  })
}

async function call(url: string, init: RequestInit): Promise<{ status: number; text: string; json: any }> {
  const response = await fetch(url, init)
  const text = await response.text()
  let json: any = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = null
  }
  return { status: response.status, text, json }
}

export function restDoor(baseUrl: string, credentials: Credentials): PayloadDoor {
  const send = async (role: Role, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { ...credentials(role) }
    if (body !== undefined) headers['content-type'] = 'application/json'
    return call(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  }
  const answer = (result: { status: number; text: string; json: any }, shape: 'doc' | 'wrapped' | 'list'): Answer => {
    const ok = result.status >= 200 && result.status < 300
    return {
      ok,
      status: result.status,
      body: result.text,
      doc: ok ? (shape === 'wrapped' ? result.json?.doc : result.json) : undefined,
      docs: ok && shape === 'list' ? result.json?.docs : undefined,
    }
  }
  return {
    name: 'REST',
    findByID: async (role, collection, id, options = {}) =>
      answer(await send(role, 'GET', `/api/${collection}/${id}?depth=0${options.draft ? '&draft=true' : ''}`), 'doc'),
    find: async (role, collection, where) =>
      answer(await send(role, 'GET', `/api/${collection}?${['depth=0', 'limit=100', ...whereQuery(where)].join('&')}`), 'list'),
    create: async (role, collection, data) => answer(await send(role, 'POST', `/api/${collection}?depth=0`, data), 'wrapped'),
    update: async (role, collection, id, data) => answer(await send(role, 'PATCH', `/api/${collection}/${id}?depth=0`, data), 'wrapped'),
    delete: async (role, collection, id) => answer(await send(role, 'DELETE', `/api/${collection}/${id}?depth=0`), 'wrapped'),
    restoreVersion: async (role, collection, versionId, options = {}) =>
      answer(await send(role, 'POST', `/api/${collection}/versions/${versionId}?depth=0${options.draft ? '&draft=true' : ''}`), 'wrapped'),
  }
}

/** Payload's GraphQL names and the fields the probes read, per collection. */
const GRAPHQL: Record<MatrixCollection, { one: string; many: string; fields: string }> = {
  practices: { one: 'Practice', many: 'Practices', fields: 'id title _status ownerTeam { id } sites { id }' },
  users: { one: 'User', many: 'Users', fields: 'id email role' },
  'api-keys': { one: 'ApiKey', many: 'ApiKeys', fields: 'id label revoked' },
  sites: { one: 'Site', many: 'Sites', fields: 'id name includeAllPublished' },
  media: { one: 'Media', many: 'allMedia', fields: 'id filename url focalX focalY' },
  documents: { one: 'Document', many: 'Documents', fields: 'id filename url' },
}

export function graphqlDoor(baseUrl: string, credentials: Credentials): PayloadDoor {
  const send = async (role: Role, query: string, variables: Record<string, unknown>, field: string, list = false): Promise<Answer> => {
    const result = await call(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credentials(role) },
      body: JSON.stringify({ query, variables }),
    })
    const value = result.json?.data?.[field]
    const ok = result.status === 200 && !result.json?.errors?.length && value !== null && value !== undefined
    return { ok, status: result.status, body: result.text, doc: ok && !list ? value : undefined, docs: ok && list ? value.docs : undefined }
  }
  return {
    name: 'GraphQL',
    findByID: (role, collection, id, options = {}) => {
      const { one, fields } = GRAPHQL[collection]
      return send(role, `query ($id: Int!, $draft: Boolean) { ${one}(id: $id, draft: $draft) { ${fields} } }`, { id, draft: options.draft ?? false }, one)
    },
    find: (role, collection, where) => {
      const { one, many, fields } = GRAPHQL[collection]
      return send(role, `query ($where: ${one}_where) { ${many}(where: $where, limit: 100) { docs { ${fields} } } }`, { where: where ?? {} }, many, true)
    },
    create: (role, collection, data) => {
      const { one } = GRAPHQL[collection]
      return send(role, `mutation ($data: mutation${one}Input!) { create${one}(data: $data) { id } }`, { data }, `create${one}`)
    },
    update: (role, collection, id, data) => {
      const { one } = GRAPHQL[collection]
      return send(role, `mutation ($id: Int!, $data: mutation${one}UpdateInput!) { update${one}(id: $id, data: $data) { id } }`, { id, data }, `update${one}`)
    },
    delete: (role, collection, id) => {
      const { one } = GRAPHQL[collection]
      return send(role, `mutation ($id: Int!) { delete${one}(id: $id) { id } }`, { id }, `delete${one}`)
    },
    restoreVersion: (role, collection, versionId, options = {}) =>
      send(role, 'mutation ($id: Int, $draft: Boolean) { restoreVersionPractice(id: $id, draft: $draft) { id } }', { id: versionId, draft: options.draft ?? false }, 'restoreVersionPractice'),
  }
}

/** The administrator's tools on REST: set up and read back. */
export function restAdminTools(baseUrl: string, token: string): AdminTools {
  const headers = { authorization: `JWT ${token}` }
  const json = async (method: string, path: string, body?: unknown, expected = [200, 201]) => {
    const result = await call(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!expected.includes(result.status)) throw new Error(`${method} ${path} gave ${result.status}: ${result.text.slice(0, 500)}`)
    return result
  }
  return {
    create: async (collection, data, options = {}) => (await json('POST', `/api/${collection}?depth=0${options.draft ? '&draft=true' : ''}`, data)).json.doc,
    update: async (collection, id, data) => (await json('PATCH', `/api/${collection}/${id}?depth=0`, data)).json.doc,
    async upload(collection: UploadCollection, file, data) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify(data))
      const result = await call(`${baseUrl}/api/${collection}?depth=0`, { method: 'POST', headers, body: form })
      if (result.status !== 201) throw new Error(`upload to ${collection} gave ${result.status}: ${result.text.slice(0, 500)}`)
      return result.json.doc
    },
    async findByID(collection, id: Id) {
      const result = await json('GET', `/api/${collection}/${id}?depth=0&draft=true`, undefined, [200, 404])
      return result.status === 404 ? null : result.json
    },
    find: async (collection, where) =>
      (await json('GET', `/api/${collection}?${['depth=0', 'limit=100', 'draft=true', ...whereQuery(where)].join('&')}`)).json.docs,
    versionsOf: async (collection, id) =>
      (await json('GET', `/api/${collection}/versions?${['depth=0', 'limit=100', 'sort=createdAt', ...whereQuery({ parent: { equals: id } })].join('&')}`)).json
        .docs,
    async fileBytes(collection, filename) {
      const response = await fetch(`${baseUrl}/api/${collection}/file/${encodeURIComponent(filename)}`, { headers })
      return response.status === 200 ? Buffer.from(await response.arrayBuffer()) : null
    },
  }
}
