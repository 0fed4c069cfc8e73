/**
 * The one adapter-specific part of the bench seed: writing thousands of
 * published practices straight into the SQLite adapter's tables, in large
 * multi-row INSERTs inside a transaction per batch, through the adapter's own
 * drizzle instance and table objects (`payload.db.drizzle`, `payload.db.tables`).
 *
 * It writes exactly the rows Payload's Local API writes for a practice
 * created published in nl, fr and en (see the migration in src/migrations/):
 *
 *   practices                 the document, _status 'published'
 *   practices_locales         title, summary and rich text per locale
 *   practices_rels            municipalities, themes, images, documents, sites (path, order)
 *   practices_organisations   the organisations array (text ids)
 *   practices_regions         the regions select (hasMany)
 *   practices_links(_locales) the links array and its localised labels
 *   practices_texts           strategicGoals (text, hasMany)
 *   _practices_v…             the same once more as the latest version (latest = true)
 *
 * No hooks run: the caller supplies what hooks would have set (slug,
 * regions from municipalities, publishedAt). test/bench/syntheticCatalogue.test.ts
 * proves that Payload reads these practices back exactly as it reads practices
 * created through the Local API. On another adapter (MongoDB) the seed uses
 * the Local API instead (seedSynthetic.ts).
 */
import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { PracticeDocument } from './seedSynthetic'

const LOCALES = ['nl', 'fr', 'en'] as const
/** SQLite accepts up to 32,766 bound values per statement; keep well below. */
const MAX_VALUES_PER_STATEMENT = 30_000

type Row = Record<string, unknown>
type Table = Record<string, unknown>
type Insertable = { values: (rows: Row[]) => PromiseLike<unknown> }
type Database = {
  insert: (table: Table) => Insertable
  get: <T>(query: unknown) => Promise<T>
  transaction: <T>(run: (tx: Database) => Promise<T>) => Promise<T>
}
type SqliteDb = { drizzle: Database; tables: Record<string, Table>; name?: string; packageName?: string }

type LibsqlClient = { execute: (statement: string) => Promise<unknown> }

/**
 * A throwaway bench database needs no fsync after every write: with
 * `synchronous = OFF` for the seeding connection, the few thousand Local API
 * writes of the reference data stop waiting for the disk. (The server that
 * is started afterwards opens its own connections with Payload's settings.)
 */
export async function relaxDurabilityForSeeding(payload: Payload): Promise<void> {
  if (!isSqliteAdapter(payload)) return
  await (payload.db as unknown as { client: LibsqlClient }).client.execute('PRAGMA synchronous = OFF')
}

/** Folds the write-ahead log into the database file, so the server starts from a checkpointed file. */
export async function checkpointSqlite(payload: Payload): Promise<void> {
  if (!isSqliteAdapter(payload)) return
  await (payload.db as unknown as { client: LibsqlClient }).client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
}

export function isSqliteAdapter(payload: Payload): boolean {
  const db = payload.db as unknown as SqliteDb
  return db.packageName === '@payloadcms/db-sqlite' || db.name === 'sqlite'
}

let rowCounter = randomBytes(3).readUIntBE(0, 3)
const rowPrefix = randomBytes(5).toString('hex')

/** An id for an array row, shaped like the ObjectIDs Payload gives them (24 hex digits). */
export function newRowId(): string {
  rowCounter = (rowCounter + 1) % 0xffffff
  const time = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0')
  return `${time}${rowPrefix}${rowCounter.toString(16).padStart(6, '0')}`
}

type TableName =
  | 'practices'
  | 'practices_locales'
  | 'practices_rels'
  | 'practices_organisations'
  | 'practices_regions'
  | 'practices_links'
  | 'practices_links_locales'
  | 'practices_texts'
  | '_practices_v'
  | '_practices_v_locales'
  | '_practices_v_rels'
  | '_practices_v_version_organisations'
  | '_practices_v_version_regions'
  | '_practices_v_version_links'
  | '_practices_v_version_links_locales'
  | '_practices_v_texts'

const TABLE_ORDER: TableName[] = [
  'practices',
  'practices_locales',
  'practices_rels',
  'practices_organisations',
  'practices_regions',
  'practices_links',
  'practices_links_locales',
  'practices_texts',
  '_practices_v',
  '_practices_v_locales',
  '_practices_v_rels',
  '_practices_v_version_organisations',
  '_practices_v_version_regions',
  '_practices_v_version_links',
  '_practices_v_version_links_locales',
  '_practices_v_texts',
]

/** The hasMany relationship fields of a practice and the column of their target collection in the _rels table. */
const RELATIONS = [
  ['municipalities', 'organisationsID'],
  ['themes', 'themesID'],
  ['images', 'mediaID'],
  ['documents', 'documentsID'],
  ['sites', 'sitesID'],
] as const

export type BulkInsertOptions = {
  /** Practices per transaction (default 1,000). */
  batchSize?: number
  progress?: (done: number, total: number) => void
}

/** Inserts the practices, published, with ids after the highest existing one; returns their ids in order. */
export async function bulkInsertPracticesSqlite(payload: Payload, documents: PracticeDocument[], options: BulkInsertOptions = {}): Promise<number[]> {
  if (!isSqliteAdapter(payload)) throw new Error('bulkInsertPracticesSqlite needs the SQLite adapter (@payloadcms/db-sqlite)')
  const db = payload.db as unknown as SqliteDb
  const tables = Object.fromEntries(
    TABLE_ORDER.map((name) => {
      const table = db.tables[name]
      if (!table) throw new Error(`bench seed: the SQLite schema has no table ${name}; the practices collection changed, update scripts/bench/sqliteBulkInsert.ts`)
      return [name, table]
    }),
  ) as Record<TableName, Table>

  let nextPracticeId = (await maxId(db.drizzle, 'practices')) + 1
  let nextVersionId = (await maxId(db.drizzle, '_practices_v')) + 1
  let nextVersionLinkId = (await maxId(db.drizzle, '_practices_v_version_links')) + 1

  const batchSize = options.batchSize ?? 1000
  const ids: number[] = []
  let checked = false
  for (let start = 0; start < documents.length; start += batchSize) {
    const rows = Object.fromEntries(TABLE_ORDER.map((name) => [name, [] as Row[]])) as Record<TableName, Row[]>
    for (const doc of documents.slice(start, start + batchSize)) {
      const practiceId = nextPracticeId++
      const versionId = nextVersionId++
      ids.push(practiceId)
      addPracticeRows(rows, doc, practiceId, versionId, () => nextVersionLinkId++)
    }
    if (!checked) {
      for (const name of TABLE_ORDER) checkColumns(name, tables[name], rows[name])
      checked = true
    }
    await db.drizzle.transaction(async (tx) => {
      for (const name of TABLE_ORDER) await insertChunked(tx, tables[name], rows[name])
    })
    options.progress?.(Math.min(start + batchSize, documents.length), documents.length)
  }
  return ids
}

function addPracticeRows(rows: Record<TableName, Row[]>, doc: PracticeDocument, id: number, versionId: number, nextVersionLinkId: () => number): void {
  const main = {
    slug: doc.slug,
    contact_name: doc.contact.name,
    contact_email: doc.contact.email,
    contact_phone: doc.contact.phone,
    contact_organisation: doc.contact.organisation,
    reach: doc.reach,
    recurrence: doc.recurrence,
    startDate: doc.startDate,
    endDate: doc.endDate,
    policyPlan: doc.policyPlan,
    ownerTeam: doc.ownerTeam,
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    createdAt: doc.createdAt,
    _status: doc._status,
  }
  rows.practices.push({ id, ...main })
  rows._practices_v.push({
    id: versionId,
    parent: id,
    ...Object.fromEntries(Object.entries(main).map(([key, value]) => [`version_${key}`, value])),
    createdAt: doc.updatedAt,
    updatedAt: doc.updatedAt,
    snapshot: null,
    publishedLocale: null,
    latest: true,
    autosave: false,
  })

  for (const locale of LOCALES) {
    const localised = {
      title: doc.title[locale] ?? null,
      summary: doc.summary[locale] ?? null,
      what: doc.what[locale] ?? null,
      who: doc.who[locale] ?? null,
      why: doc.why[locale] ?? null,
      how: doc.how[locale] ?? null,
      results: doc.results[locale] ?? null,
    }
    if (Object.values(localised).every((value) => value === null)) continue
    rows.practices_locales.push({ ...localised, _locale: locale, _parentID: id })
    rows._practices_v_locales.push({
      ...Object.fromEntries(Object.entries(localised).map(([key, value]) => [`version_${key}`, value])),
      _locale: locale,
      _parentID: versionId,
    })
  }

  for (const [field, column] of RELATIONS) {
    doc[field].forEach((target, index) => {
      rows.practices_rels.push({ order: index + 1, parent: id, path: field, [column]: target })
      rows._practices_v_rels.push({ order: index + 1, parent: versionId, path: `version.${field}`, [column]: target })
    })
  }

  doc.organisations.forEach((row, index) => {
    rows.practices_organisations.push({ _order: index + 1, _parentID: id, id: row.id, organisation: row.organisation, role: row.role })
    rows._practices_v_version_organisations.push({ _order: index + 1, _parentID: versionId, organisation: row.organisation, role: row.role, _uuid: row.id })
  })

  doc.regions.forEach((value, index) => {
    rows.practices_regions.push({ order: index + 1, parent: id, value })
    rows._practices_v_version_regions.push({ order: index + 1, parent: versionId, value })
  })

  doc.links.forEach((link, index) => {
    const versionLinkId = nextVersionLinkId()
    rows.practices_links.push({ _order: index + 1, _parentID: id, id: link.id, url: link.url })
    rows._practices_v_version_links.push({ _order: index + 1, _parentID: versionId, id: versionLinkId, url: link.url, _uuid: link.id })
    for (const locale of LOCALES) {
      const label = link.label[locale]
      if (label === undefined) continue
      rows.practices_links_locales.push({ label, _locale: locale, _parentID: link.id })
      rows._practices_v_version_links_locales.push({ label, _locale: locale, _parentID: versionLinkId })
    }
  })

  doc.strategicGoals.forEach((text, index) => {
    rows.practices_texts.push({ order: index + 1, parent: id, path: 'strategicGoals', text })
    rows._practices_v_texts.push({ order: index + 1, parent: versionId, path: 'version.strategicGoals', text })
  })
}

/** Drizzle ignores keys that are not columns: refuse them instead, so a schema change cannot silently drop data. */
function checkColumns(name: TableName, table: Table, rows: Row[]): void {
  const keys = new Set(rows.flatMap((row) => Object.keys(row)))
  const unknown = [...keys].filter((key) => !(key in table))
  if (unknown.length > 0) {
    throw new Error(`bench seed: table ${name} has no column(s) ${unknown.join(', ')}; the practices collection changed, update scripts/bench/sqliteBulkInsert.ts`)
  }
}

async function insertChunked(db: Database, table: Table, rows: Row[]): Promise<void> {
  if (rows.length === 0) return
  // Drizzle binds every column of the table for each row (missing ones as defaults).
  const columns = Object.keys(table).length
  const perStatement = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns))
  for (let start = 0; start < rows.length; start += perStatement) {
    await db.insert(table).values(rows.slice(start, start + perStatement))
  }
}

async function maxId(db: Database, table: string): Promise<number> {
  const row = await db.get<{ max: number | null } | [number | null] | undefined>(sql.raw(`SELECT max("id") AS "max" FROM "${table}"`))
  if (!row) return 0
  const value = Array.isArray(row) ? row[0] : row.max
  return Number(value ?? 0)
}
