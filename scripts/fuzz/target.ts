import type { FlattenedField, SanitizedConfig } from 'payload'

import type { FuzzTarget } from './doors'

/** Payload's own collections: reached through the admin only, not fuzzed as content. */
const INTERNAL = /^payload-/

/**
 * The query paths of every collection, read from the config itself (fields,
 * nested fields and one hop through relations), so that a new field is
 * fuzzed without anyone listing it.
 */
export function queryPathsOf(config: SanitizedConfig): Array<{ slug: string; paths: string[]; fields: string[] }> {
  const bySlug = new Map(config.collections.map((collection) => [collection.slug, collection]))
  return config.collections
    .filter((collection) => !INTERNAL.test(collection.slug))
    .map((collection) => {
      const paths = new Set<string>(['id', 'createdAt', 'updatedAt'])
      const walk = (fields: FlattenedField[], prefix: string, hops: number) => {
        for (const field of fields) {
          if (!('name' in field)) continue
          const path = prefix ? `${prefix}.${field.name}` : field.name
          paths.add(path)
          if ('flattenedFields' in field && Array.isArray(field.flattenedFields) && hops < 3) walk(field.flattenedFields, path, hops + 1)
          if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && hops === 0) {
            const target = bySlug.get(field.relationTo)
            if (target) walk(target.flattenedFields.slice(0, 6), path, hops + 1)
          }
        }
      }
      walk(collection.flattenedFields, '', 0)
      if (collection.versions) for (const field of ['version.title', 'version._status', 'parent', 'latest']) paths.add(field)
      return { slug: collection.slug, paths: [...paths], fields: collection.flattenedFields.flatMap((field) => ('name' in field ? [field.name] : [])) }
    })
}

/** The fuzz target of a running server: paths from the config, and ids and slugs that exist there. */
export async function fuzzTarget(config: SanitizedConfig, baseUrl: string, adminToken: string): Promise<FuzzTarget> {
  const asAdmin = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `JWT ${adminToken}` } })
    return response.ok ? ((await response.json()) as { docs?: Array<{ id: string | number; slug?: string }> }) : {}
  }
  const collections = await Promise.all(
    queryPathsOf(config).map(async (collection) => ({ ...collection, existingId: (await asAdmin(`/api/${collection.slug}?limit=1&depth=0`)).docs?.[0]?.id ?? null })),
  )
  const practices = await asAdmin('/api/practices?limit=5&depth=0&where[_status][equals]=published')
  return { collections, practiceSlugs: (practices.docs ?? []).flatMap((doc) => (doc.slug ? [doc.slug] : [])).concat('does-not-exist') }
}
