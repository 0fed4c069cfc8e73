/**
 * CI fails when a collection changed without its migration: the schema the
 * current config gives must equal the snapshot of the latest migration in
 * src/migrations/. The comparison is the one `payload migrate:create` makes
 * to decide there are "no schema changes" (drizzle-kit's SQLite diff).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ tables: Record<string, unknown> }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

const onSqlite = !process.env.DATABASE_URI!.startsWith('mongodb')
let payload: Payload

function latestSnapshot(): { name: string; snapshot: { tables: Record<string, unknown> } } {
  const dir = path.resolve('src/migrations')
  const name = readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1)!
  return { name, snapshot: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) }
}

describe.skipIf(!onSqlite)('migrations', () => {
  beforeAll(async () => {
    payload = await bootPayload()
  })

  afterAll(async () => {
    await shutdownPayload(payload)
  })

  function kit(): { kit: DrizzleKit; schema: unknown } {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    return { kit: db.requireDrizzleKit(), schema: db.schema }
  }

  it('the latest migration holds every collection change (else: npm run migrate:create -- <name>)', async () => {
    const { kit: drizzle, schema } = kit()
    const current = await drizzle.generateDrizzleJson(schema)
    const { name, snapshot } = latestSnapshot()
    const missing = await drizzle.generateMigration(snapshot, current)
    expect(missing, `changes not in ${name}; run npm run migrate:create -- <name> and commit it`).toEqual([])
  })

  it('the comparison sees a change that has no migration', async () => {
    const { kit: drizzle, schema } = kit()
    const current = await drizzle.generateDrizzleJson(schema)
    const { snapshot } = latestSnapshot()
    const withoutThemes = { ...snapshot, tables: Object.fromEntries(Object.entries(snapshot.tables).filter(([table]) => table !== 'themes')) }
    const missing = await drizzle.generateMigration(withoutThemes, current)
    expect(missing.join('\n')).toContain('CREATE TABLE `themes`')
  })

  it('a test database is migrated, never pushed', async () => {
    const ran = await payload.find({ collection: 'payload-migrations', limit: 0, overrideAccess: true })
    const batches = ran.docs.map((doc) => Number((doc as { batch?: number }).batch))
    expect(batches.length).toBeGreaterThan(0)
    expect(batches).not.toContain(-1)
  })
})
