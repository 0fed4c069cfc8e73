import type { CollectionSlug, Payload, Where } from 'payload'

import { prepareForBulkReads } from '../database/bulkReads'
import type { ContentChange, WatchedCollection } from './changes'
import {
  toApiKeyRecord,
  toDocumentRecord,
  toMediaRecord,
  toOrganisationRecord,
  toPolicyPlanRecord,
  toPracticeRecord,
  toSiteRecord,
  toThemeRecord,
  type ApiKeyRecord,
  type DocumentRecord,
  type MediaRecord,
  type OrganisationRecord,
  type PolicyPlanRecord,
  type PracticeRecord,
  type SiteRecord,
  type ThemeRecord,
  type UrlContext,
} from './records'

/**
 * The records the read model is built from, one map per collection, loaded
 * through Payload's Local API so the same code reads SQLite and MongoDB.
 *
 * Practices and policy plans are read as their published version only: the
 * main document Payload returns without `draft: true` is the last published
 * one, and `_status: published` leaves out documents that were never
 * published or were unpublished. Drafts, autosaves and submissions never
 * enter the store.
 */
export type ContentRecords = {
  practices: Map<string, PracticeRecord>
  themes: Map<string, ThemeRecord>
  organisations: Map<string, OrganisationRecord>
  'policy-plans': Map<string, PolicyPlanRecord>
  media: Map<string, MediaRecord>
  documents: Map<string, DocumentRecord>
  sites: Map<string, SiteRecord>
  'api-keys': Map<string, ApiKeyRecord>
}

type Source = {
  toRecord: (doc: Record<string, unknown>, context: UrlContext) => unknown
  where?: Where
  showHiddenFields?: boolean
  /**
   * Read through the database adapter (`payload.db.find`) rather than the
   * Local API: the same documents without Payload's afterRead field hooks,
   * which at depth 0 change nothing in these collections (seed.test.ts
   * compares both) but cost a fifth of reading 20,000 practices. Not for
   * uploads: their URLs are made by afterRead hooks.
   */
  throughAdapter?: boolean
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

const SOURCES: Record<WatchedCollection, Source> = {
  practices: { toRecord: toPracticeRecord, where: PUBLISHED, throughAdapter: true },
  themes: { toRecord: toThemeRecord, throughAdapter: true },
  organisations: { toRecord: toOrganisationRecord, throughAdapter: true },
  'policy-plans': { toRecord: toPolicyPlanRecord, where: PUBLISHED, throughAdapter: true },
  media: { toRecord: toMediaRecord },
  documents: { toRecord: toDocumentRecord },
  sites: { toRecord: toSiteRecord },
  // The key hash is a hidden field: only the read model needs it.
  'api-keys': { toRecord: toApiKeyRecord, showHiddenFields: true },
}

const COLLECTIONS = Object.keys(SOURCES) as WatchedCollection[]

export function emptyContentRecords(): ContentRecords {
  return {
    practices: new Map(),
    themes: new Map(),
    organisations: new Map(),
    'policy-plans': new Map(),
    media: new Map(),
    documents: new Map(),
    sites: new Map(),
    'api-keys': new Map(),
  }
}

/**
 * Documents per page. Each page is turned into records before the next is
 * read, and one collection is read at a time, so only one page of Payload's
 * documents (every locale, with their rich-text trees) is in memory at once.
 * Loading 5,000 practices with every page kept to the end, 1,000 a page,
 * peaked at 633 MB resident and left 568 MB at the first answer; page by
 * page, 1,000 a page: 631 and 545 MB; 250: 513 and 493 MB; 100: 482 and
 * 469 MB (V8 keeps the heap it grew to for a while after the garbage is gone).
 */
const PAGE_SIZE = 100

const urlContext = (payload: Payload): UrlContext => ({ ownOrigin: (payload.config.serverURL ?? '').replace(/\/+$/, '') })

/** How records are read: `local-api` only to check that the adapter's documents give the same records. */
export type ReadPath = 'fastest' | 'local-api'

/** Reads a collection page by page and hands each page's records to `take`. */
async function readRecords(
  payload: Payload,
  collection: WatchedCollection,
  where: Where | undefined,
  take: (id: string, record: unknown) => void,
  path: ReadPath = 'fastest',
): Promise<void> {
  const source = SOURCES[collection]
  const context = urlContext(payload)
  const combinedWhere = where && source.where ? { and: [where, source.where] } : (where ?? source.where)
  for (let page = 1; ; page++) {
    const query = { collection: collection as CollectionSlug, where: combinedWhere, locale: 'all' as const, limit: PAGE_SIZE, page, sort: 'id' }
    const result =
      source.throughAdapter && path === 'fastest'
        ? await payload.db.find({ ...query, joins: false as never })
        : await payload.find({
            ...query,
            depth: 0,
            overrideAccess: true,
            showHiddenFields: source.showHiddenFields ?? false,
            // Joins (a plan's practices, a site's keys) are not part of the records.
            joins: false as never,
          })
    for (const doc of result.docs as unknown as Array<Record<string, unknown>>) take(String(doc.id), source.toRecord(doc, context))
    if (!result.hasNextPage) return
  }
}

export async function loadContentRecords(payload: Payload, path: ReadPath = 'fastest'): Promise<ContentRecords> {
  await prepareForBulkReads(payload)
  const records = emptyContentRecords()
  // One collection at a time: reading them all at once only adds up their pages in memory.
  for (const collection of COLLECTIONS) {
    const map = records[collection] as Map<string, unknown>
    await readRecords(payload, collection, undefined, (id, record) => map.set(id, record), path)
  }
  return records
}

/**
 * Re-reads the documents named by the changes into a copy of the records
 * (maps of untouched collections are shared). Returns null when nothing that
 * partner sites can see changed, e.g. after a draft save or an autosave.
 */
export async function refreshContentRecords(
  payload: Payload,
  current: ContentRecords,
  changes: readonly ContentChange[],
): Promise<ContentRecords | null> {
  const byCollection = new Map<WatchedCollection, Set<string>>()
  for (const change of changes) {
    const set = byCollection.get(change.collection) ?? new Set<string>()
    set.add(change.id)
    byCollection.set(change.collection, set)
  }
  const next: ContentRecords = { ...current }
  let changed = false
  for (const [collection, idSet] of byCollection) {
    const idList = [...idSet]
    const fresh = new Map<string, unknown>()
    await readRecords(payload, collection, { id: { in: idList } }, (id, record) => fresh.set(id, record))
    const map = new Map(current[collection] as Map<string, unknown>)
    let collectionChanged = false
    for (const id of idList) {
      const before = map.get(id)
      const after = fresh.get(id)
      if (after === undefined) {
        if (before !== undefined) {
          map.delete(id)
          collectionChanged = true
        }
      } else if (before === undefined || JSON.stringify(before) !== JSON.stringify(after)) {
        map.set(id, after)
        collectionChanged = true
      }
    }
    if (collectionChanged) {
      ;(next as Record<WatchedCollection, Map<string, unknown>>)[collection] = map
      changed = true
    }
  }
  return changed ? next : null
}
