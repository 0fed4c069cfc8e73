import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import type { User } from '../../src/payload-types'
import type { Role } from './accessMatrix'
import type { Answer, PayloadDoor } from './matrixProbes'
import type { AdminTools, UploadCollection } from './matrixWorld'

/**
 * The Local API as a door of the access matrix: every call with
 * `overrideAccess: false` and the role's user, as custom endpoints, jobs and
 * hooks that act for a user call it. And the administrator's tools, with
 * access overridden, for setting up and reading back.
 */
export function localDoor(payload: Payload, userOf: (role: Role) => User | undefined): PayloadDoor {
  const as = (role: Role) => ({ user: userOf(role), overrideAccess: false as const, depth: 0 })
  const answer = async (action: () => Promise<any>, list = false): Promise<Answer> => {
    try {
      const result = await action()
      return { ok: true, status: 200, body: JSON.stringify(result), doc: list ? undefined : result, docs: list ? result.docs : undefined }
    } catch (error) {
      const { status, message, data } = error as { status?: number; message?: string; data?: unknown }
      return { ok: false, status: status ?? 500, body: `${message ?? String(error)} ${JSON.stringify(data ?? null)}` }
    }
  }
  const slug = (collection: string) => collection as CollectionSlug
  return {
    name: 'Local API',
    findByID: (role, collection, id, options = {}) => answer(() => payload.findByID({ collection: slug(collection), id, draft: options.draft, ...as(role) })),
    find: (role, collection, where) => answer(() => payload.find({ collection: slug(collection), where: where as never, limit: 100, ...as(role) }), true),
    create: (role, collection, data) => answer(() => payload.create({ collection: slug(collection), data: data as never, ...as(role) })),
    update: (role, collection, id, data) => answer(() => payload.update({ collection: slug(collection), id, data: data as never, ...as(role) })),
    delete: (role, collection, id) => answer(() => payload.delete({ collection: slug(collection), id, ...as(role) })),
    restoreVersion: (role, collection, versionId, options = {}) =>
      answer(() => payload.restoreVersion({ collection, id: String(versionId), draft: options.draft, ...as(role) })),
  }
}

export function localAdminTools(payload: Payload, mediaDir: string): AdminTools {
  const admin = { overrideAccess: true as const, depth: 0 }
  const slug = (collection: string) => collection as CollectionSlug
  return {
    create: (collection, data, options = {}) => payload.create({ collection: slug(collection), data: data as never, draft: options.draft, ...admin }),
    update: (collection, id, data) => payload.update({ collection: slug(collection), id, data: data as never, ...admin }),
    upload: (collection: UploadCollection, file, data) =>
      payload.create({ collection, data: data as never, file: { ...file, size: file.data.length }, ...admin }),
    findByID: (collection, id) => payload.findByID({ collection: slug(collection), id, draft: true, disableErrors: true, ...admin }),
    find: async (collection, where) => (await payload.find({ collection: slug(collection), where: where as never, draft: true, limit: 100, ...admin })).docs,
    versionsOf: async (collection, id) =>
      (await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: 'createdAt', limit: 100, ...admin })).docs as never,
    async fileBytes(collection, filename) {
      const folder = collection === 'media' ? mediaDir : path.join(mediaDir, 'documents')
      return readFile(path.join(folder, filename)).catch(() => null)
    },
  }
}
