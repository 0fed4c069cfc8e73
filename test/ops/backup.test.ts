/**
 * `npm run backup` and `npm run restore` against the production server.
 *
 * How this proves a consistent backup:
 * - Backup A is taken while editors write in a loop (create, edit, publish,
 *   upload). Restored and served, it must pass SQLite's integrity check,
 *   every file its database refers to must be served with the checksum the
 *   manifest gives, the partner API must answer, and its practices must be a
 *   snapshot of the loop: every practice confirmed before the backup began is
 *   there, none created after it ended, and no round is half there (a
 *   practice present means each earlier one is present too).
 * - Backup B is taken after the writes stopped, of a source that no longer
 *   changes. Restored into a new empty location and served by a second
 *   server, every collection, locale, version, relation and file must be
 *   identical to the source, and the partner API must answer byte for byte
 *   the same with the same key. Together: the snapshot is a real instant (A),
 *   and what a backup holds comes back exactly (B).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, restClient } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { createFirstAdmin } from '../helpers/users'
import { buildOpsWorld, contentOf, editorWrites, partnerAnswers, practiceTemplate, runOpsScript, servedFiles, type OpsWorld } from './opsWorld'

const EMAIL = 'beheerder@backup.test'
const PASSWORD = 'backup-test-password-long-enough'
const SERVER_URL = 'https://praktijkenbank.example.be'
const workDir = process.env.PRAKTIJKENBANK_TEST_DIR!

const location = (name: string) => ({
  DATABASE_URI: `file:${path.join(workDir, name, 'praktijkenbank.db')}`,
  MEDIA_DIR: path.join(workDir, name, 'media'),
})

describe.skipIf(process.env.DATABASE_URI?.startsWith('mongodb'))('backup and restore (SQLite)', () => {
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

  it('takes a consistent backup while editors write, and it restores and serves', async () => {
    const template = await practiceTemplate(restClient(source.url, token), world.practiceSlugs[0]!)
    const writes = editorWrites(source.url, token, template)
    // Let a few rounds land first, so the backup starts in the middle of the writes.
    while ((await restClient(source.url, token).call('GET', '/api/practices?where[title][like]=Schrijflus&limit=0&draft=true')).json.totalDocs < 2) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const startedAt = Date.now()
    const backup = await runOpsScript('backup', [path.join(workDir, 'backup-a')])
    const endedAt = Date.now()
    const confirmed = await writes.stop()
    expect(backup.code, backup.stderr + backup.stdout).toBe(0)
    expect(backup.stdout).toMatch(/backup: klaar/)

    const manifest = JSON.parse(await readFile(path.join(workDir, 'backup-a', 'manifest.json'), 'utf8'))
    const copy = createClient({ url: `file:${path.join(workDir, 'backup-a', 'praktijkenbank.db')}` })
    expect((await copy.execute('PRAGMA integrity_check')).rows[0]![0]).toBe('ok')
    const inBackup = new Set((await copy.execute("SELECT title FROM practices_locales WHERE title LIKE 'Schrijflus %' AND _locale = 'nl'")).rows.map((row) => String(row.title)))
    const published = Number((await copy.execute("SELECT count(*) AS n FROM practices WHERE _status = 'published'")).rows[0]!.n)
    copy.close()
    expect(manifest.database.migrations.length).toBeGreaterThan(0)

    // A snapshot of the loop: rounds 1..n exactly, n covering at least what was confirmed before the backup began.
    const rounds = [...inBackup].map((title) => Number(title.split(' ')[1])).sort((a, b) => a - b)
    expect(rounds).toEqual(rounds.map((_, index) => index + 1))
    expect(rounds.length).toBeGreaterThanOrEqual(confirmed.filter((round) => round.at < startedAt).length)
    expect(rounds.length).toBeLessThanOrEqual(confirmed.length)
    expect(confirmed.filter((round) => round.at > endedAt).every((round) => !inBackup.has(round.title))).toBe(true)

    const target = location('restored-a')
    const restore = await runOpsScript('restore', [path.join(workDir, 'backup-a')], target)
    expect(restore.code, restore.stderr + restore.stdout).toBe(0)
    const restored = await startServer({ ...target, SERVER_URL })
    started.push(restored)
    const restoredToken = await login(restored.url, EMAIL, PASSWORD)
    const files = await servedFiles(restored.url, restoredToken)
    const bySha = new Map(manifest.media.files.map((file: { path: string; sha256: string }) => [file.path.split('/').pop(), file.sha256]))
    expect(Object.keys(files).length).toBeGreaterThan(0)
    for (const [served, sha256] of Object.entries(files)) expect(bySha.get(decodeURIComponent(served.split('/').pop()!)), served).toBe(sha256)
    const answers = await partnerAnswers(restored.url, world.siteKey, world.practiceSlugs[0]!)
    expect(JSON.parse(answers[0]!).data.practices.totalCount).toBe(published)
    await restored.stop()
  }, 600_000)

  it('restores exactly what the source holds: every collection, locale, version, relation and file, and the same partner API answers', async () => {
    const backup = await runOpsScript('backup', [path.join(workDir, 'backup-b')])
    expect(backup.code, backup.stderr + backup.stdout).toBe(0)
    const target = location('restored-b')
    const restore = await runOpsScript('restore', [path.join(workDir, 'backup-b')], target)
    expect(restore.code, restore.stderr + restore.stdout).toBe(0)
    const restored = await startServer({ ...target, SERVER_URL })
    started.push(restored)
    const restoredToken = await login(restored.url, EMAIL, PASSWORD)

    const before = await contentOf(source.url, token)
    expect((before.practices as unknown[]).length).toBeGreaterThan(3)
    expect((before['practices versions'] as unknown[]).length).toBeGreaterThan(3)
    expect(await contentOf(restored.url, restoredToken)).toEqual(before)
    expect(await servedFiles(restored.url, restoredToken)).toEqual(await servedFiles(source.url, token))
    expect(await partnerAnswers(restored.url, world.siteKey, world.practiceSlugs[0]!)).toEqual(await partnerAnswers(source.url, world.siteKey, world.practiceSlugs[0]!))
    await restored.stop()
  }, 300_000)

  it('refuses a damaged backup, a non-empty target without --force, and a target a server has open', async () => {
    const damaged = path.join(workDir, 'backup-b', 'media')
    const manifest = JSON.parse(await readFile(path.join(workDir, 'backup-b', 'manifest.json'), 'utf8'))
    const victim = path.join(damaged, manifest.media.files[0].path)
    const original = await readFile(victim)
    await writeFile(victim, Buffer.concat([original, Buffer.from('x')]))
    const refused = await runOpsScript('restore', [path.join(workDir, 'backup-b')], location('restored-c'))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/beschadigd, er is niets hersteld/)
    await writeFile(victim, original)

    // restored-b holds a database and files: refused without --force.
    const occupied = await runOpsScript('restore', [path.join(workDir, 'backup-b')], location('restored-b'))
    expect(occupied.code).toBe(1)
    expect(occupied.stderr).toMatch(/niet leeg/)

    // The source server has its database open: refused even with --force.
    const inUse = await runOpsScript('restore', [path.join(workDir, 'backup-b'), '--force'])
    expect(inUse.code).toBe(1)
    expect(inUse.stderr).toMatch(/in gebruik/)

    await mkdir(path.join(workDir, 'not-empty'), { recursive: true })
    await writeFile(path.join(workDir, 'not-empty', 'x'), 'x')
    const usage = await runOpsScript('backup', [path.join(workDir, 'not-empty')])
    expect(usage.code).toBe(2)
    expect((await runOpsScript('backup', [])).code).toBe(2)
    expect((await runOpsScript('restore', ['--help'])).code).toBe(0)
  }, 120_000)
})
