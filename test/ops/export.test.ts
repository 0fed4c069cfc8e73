/**
 * `npm run export` and `npm run import`: content written on a production
 * server over REST, exported, imported into an empty database, and served by
 * a second production server. Every collection, locale, relation and draft
 * must come back (read over REST as the Local API gives it), every file
 * byte-identical, and the partner API must answer byte for byte the same.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'
import { buildOpsWorld, contentOf, partnerAnswers, runOpsScript, servedFiles, type OpsWorld } from './opsWorld'

const EMAIL = 'beheerder@export.test'
const PASSWORD = 'export-test-password-long-enough'
const SERVER_URL = 'https://praktijkenbank.example.be'
const workDir = process.env.PRAKTIJKENBANK_TEST_DIR!
const target = {
  DATABASE_URI: `file:${path.join(workDir, 'imported', 'praktijkenbank.db')}`,
  MEDIA_DIR: path.join(workDir, 'imported', 'media'),
}

/**
 * What an import does not bring back exactly: the version history (only the
 * published state and the newest draft are written again, so the versions
 * and their timestamps are new; the drafts' content must match).
 */
function comparable(content: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, docs] of Object.entries(content)) {
    if (key.endsWith(' versions')) continue
    out[key] = key.endsWith(' drafts') ? (docs as Array<Record<string, unknown>>).map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest) : docs
  }
  return out
}

describe('export and import', () => {
  let source: RunningServer
  let token: string
  let world: OpsWorld
  const started: RunningServer[] = []

  beforeAll(async () => {
    await createFirstAdmin(EMAIL, PASSWORD)
    source = await startServer({ SERVER_URL })
    started.push(source)
    token = await login(source.url, EMAIL, PASSWORD)
    world = await buildOpsWorld(source.url, token)
  }, 240_000)

  afterAll(async () => {
    await Promise.all(started.map((server) => server.stop()))
  })

  it('moves every collection, locale, relation, draft and file into an empty database, and partner sites see the same', async () => {
    const exported = await runOpsScript('export', [path.join(workDir, 'export')])
    expect(exported.code, exported.stderr + exported.stdout).toBe(0)
    const users = JSON.parse(await readFile(path.join(workDir, 'export', 'users.json'), 'utf8'))
    expect(users.docs[0].email).toBe(EMAIL)
    expect(users.docs[0]).not.toHaveProperty('hash')
    expect(users.docs[0]).not.toHaveProperty('salt')
    const keys = JSON.parse(await readFile(path.join(workDir, 'export', 'api-keys.json'), 'utf8'))
    expect(keys.docs[0].keyHash).toMatch(/^[0-9a-f]{64}$/)

    // Users come without a password: the administrator named gets the one given on stdin.
    const imported = await runOpsScript('import', [path.join(workDir, 'export'), '--admin', EMAIL, '--password-stdin'], target, `${PASSWORD}\n`)
    expect(imported.code, imported.stderr + imported.stdout).toBe(0)
    const again = await runOpsScript('import', [path.join(workDir, 'export')], target)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/niet leeg/)

    const copy = await startServer({ ...target, SERVER_URL })
    started.push(copy)
    const copyToken = await login(copy.url, EMAIL, PASSWORD)
    const before = await contentOf(source.url, token)
    const after = await contentOf(copy.url, copyToken)
    expect(comparable(after)).toEqual(comparable(before))
    // The published state and the newest draft of each practice are there; older versions are not brought back.
    const garden = (after['practices drafts'] as Array<{ slug: string; title: Record<string, string> }>).find((doc) => doc.slug === world.practiceSlugs[1])!
    expect(garden.title.nl).toBe('Buurtmoestuin (nieuwe tekst in voorbereiding)')
    expect(await servedFiles(copy.url, copyToken)).toEqual(await servedFiles(source.url, token))
    expect(await partnerAnswers(copy.url, world.siteKey, world.practiceSlugs[0]!)).toEqual(await partnerAnswers(source.url, world.siteKey, world.practiceSlugs[0]!))
  }, 600_000)
})
