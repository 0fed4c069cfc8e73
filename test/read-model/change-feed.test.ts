/**
 * Several instances on one database: every change to watched content is
 * written to the change log (collection content-changes) in the same
 * request, and every read model polls that log for the changes of the
 * others. Two server processes are simulated in one: instance B is a read
 * model with its own name in the log and without the in-process channel, so
 * it can learn of instance A's changes only from the database.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ChangeFeed } from '../../src/read-model/changeFeed'
import { processInstanceId, type ContentChange } from '../../src/read-model/changes'
import { ReadModel } from '../../src/read-model'
import { bootTestPayload, shutdownPayload } from '../partner-api/helpers/partnerServer'
import { buildPartnerWorld, type PartnerWorld } from '../partner-api/helpers/partnerWorld'

let payload: Payload
let world: PartnerWorld
let instanceA: ReadModel
let instanceB: ReadModel
const problemsOfB: string[] = []
const started: ReadModel[] = []

/** Waits for a condition, with a generous limit: shared machines are slow at times. */
async function eventually<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string, limitMs = 20_000): Promise<T> {
  const deadline = Date.now() + limitMs
  for (;;) {
    const value = await probe()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`not within ${limitMs} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const titleIn = async (model: ReadModel, id: number | string) => {
  const snapshot = await model.fresh()
  const position = snapshot.positionOf(String(id))
  return position === undefined ? undefined : snapshot.practices[position]!.title.nl
}

const slugIn = async (model: ReadModel, id: number | string) => {
  const snapshot = await model.fresh()
  const position = snapshot.positionOf(String(id))
  return position === undefined ? undefined : snapshot.practices[position]!.slug
}

/** Changes a practice behind Payload's back: no hook runs, so no entry and no message tells anyone. */
const changeSlugSilently = (id: number | string, slug: string) =>
  payload.db.updateOne({ collection: 'practices', id, data: { slug }, req: { locale: 'nl' } as never })

async function startOtherInstance(name: string, options: Parameters<typeof ReadModel.start>[1] = {}): Promise<ReadModel> {
  const model = await ReadModel.start(payload, { instanceId: name, listenInProcess: false, ...options })
  started.push(model)
  return model
}

const entriesFor = (documentId: number | string) =>
  payload.find({ collection: 'content-changes', where: { documentId: { equals: String(documentId) } }, overrideAccess: true, limit: 100, sort: 'createdAt' })

beforeAll(async () => {
  payload = await bootTestPayload()
  world = await buildPartnerWorld(payload)
  instanceA = await ReadModel.start(payload)
  started.push(instanceA)
  instanceB = await startOtherInstance('instance-b', { log: (message) => problemsOfB.push(message) })
})

afterAll(async () => {
  for (const model of started) model.stop()
  await shutdownPayload(payload)
})

describe('the change log', () => {
  it('gets an entry for every change, written by this process, and none for changes partner sites cannot see', async () => {
    const practice = await world.createPractice({ title: 'Logboek' })
    await payload.update({ collection: 'practices', id: practice.id, data: { title: 'Logboek 2' }, overrideAccess: true })
    const { docs } = await entriesFor(practice.id)
    expect(docs.map((entry) => [entry.changedCollection, entry.operation, entry.instance])).toEqual([
      ['practices', 'change', processInstanceId()],
      ['practices', 'change', processInstanceId()],
    ])

    const before = (await payload.count({ collection: 'content-changes', overrideAccess: true })).totalDocs
    await payload.update({
      collection: 'api-keys',
      id: world.revokedKeyId,
      data: { lastUsedAt: new Date().toISOString() },
      overrideAccess: true,
      context: { skipReadModelNotification: true },
    })
    expect((await payload.count({ collection: 'content-changes', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('is nobody’s to read or write without overrideAccess, except an administrator reading', async () => {
    await expect(payload.find({ collection: 'content-changes', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'content-changes',
        data: { changedCollection: 'practices', documentId: '1', operation: 'change', instance: 'x' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect(payload.collections['content-changes'].config.admin.hidden).toBe(true)
  })
})

describe('another instance on the same database', () => {
  it('shows an edit, an unpublish, a publish and a delete made through the first', async () => {
    const practice = await world.createPractice({ title: 'Over instanties heen' })
    await eventually(async () => (await titleIn(instanceB, practice.id)) === 'Over instanties heen', 'B sees the new practice')

    await payload.update({ collection: 'practices', id: practice.id, data: { title: 'Bewerkt op A' }, overrideAccess: true })
    expect(await titleIn(instanceA, practice.id)).toBe('Bewerkt op A')
    await eventually(async () => (await titleIn(instanceB, practice.id)) === 'Bewerkt op A', 'B sees the edit')

    await payload.update({ collection: 'practices', id: practice.id, data: { _status: 'draft' }, overrideAccess: true })
    await eventually(async () => (await titleIn(instanceB, practice.id)) === undefined, 'B drops the unpublished practice')

    await payload.update({ collection: 'practices', id: practice.id, data: { _status: 'published' }, overrideAccess: true })
    await eventually(async () => (await titleIn(instanceB, practice.id)) === 'Bewerkt op A', 'B shows the published practice again')

    await payload.delete({ collection: 'practices', id: practice.id, overrideAccess: true })
    await eventually(async () => (await titleIn(instanceB, practice.id)) === undefined, 'B drops the deleted practice')

    // Themes and the like travel the same way.
    await payload.update({ collection: 'themes', id: world.themes.age.id, data: { name: 'Leeftijd en generaties' }, overrideAccess: true })
    await eventually(async () => (await instanceB.fresh()).theme(String(world.themes.age.id))?.name.nl === 'Leeftijd en generaties', 'B sees the theme')
    expect(problemsOfB).toEqual([])
  })

  it('skips the entries it wrote itself: those reached it through its own process', async () => {
    const own = await world.createPractice({ title: 'Eigen wijziging' })
    const marker = await world.createPractice({ title: 'Markering' })
    await eventually(async () => (await titleIn(instanceB, marker.id)) === 'Markering', 'B sees the marker')

    // Written behind Payload's back, then announced in the log as B's own entry: B must not re-read it.
    await changeSlugSilently(own.id, 'alleen-in-de-database')
    await payload.create({
      collection: 'content-changes',
      data: { changedCollection: 'practices', documentId: String(own.id), operation: 'change', instance: 'instance-b' },
      overrideAccess: true,
    })
    await payload.update({ collection: 'practices', id: marker.id, data: { title: 'Markering 2' }, overrideAccess: true })
    await eventually(async () => (await titleIn(instanceB, marker.id)) === 'Markering 2', 'B sees the second marker')
    await instanceB.pollChangeLog()
    expect(await slugIn(instanceB, own.id)).toBe(own.slug)

    // Instance A, on the other hand, takes B's entry for another instance's and re-reads.
    await eventually(async () => (await slugIn(instanceA, own.id)) === 'alleen-in-de-database', 'A follows the entry of B')

    // Instance A hears its own changes once, through the channel; its poll adds nothing.
    await payload.update({ collection: 'practices', id: marker.id, data: { title: 'Markering 3' }, overrideAccess: true })
    await instanceA.fresh()
    const version = instanceA.contentVersion
    await instanceA.pollChangeLog()
    await instanceA.fresh()
    expect(instanceA.contentVersion).toBe(version)
  })

  it('reloads everything after more changes at once than the full-reload threshold', async () => {
    // Polls only when told to, so that the whole burst lands in one poll.
    const instanceC = await startOtherInstance('instance-c', { fullReloadAbove: 3, pollIntervalMs: 600_000 })
    const hidden = world.practices[0]!.practice
    // Only a full reload can see this one: it is in no entry.
    await changeSlugSilently(hidden.id, 'alleen-bij-volledig-herladen')
    const burst = world.practices.slice(1, 6).map((row) => row.practice)
    for (const [index, practice] of burst.entries()) {
      await payload.update({ collection: 'practices', id: practice.id, data: { title: `Golf ${index}` }, overrideAccess: true })
    }
    await instanceC.pollChangeLog()
    expect(await titleIn(instanceC, burst[4]!.id)).toBe('Golf 4')
    expect(await slugIn(instanceC, hidden.id)).toBe('alleen-bij-volledig-herladen')

    // A small batch afterwards is applied document by document again.
    const version = instanceC.contentVersion
    const hiddenAgain = world.practices[6]!.practice
    await changeSlugSilently(hiddenAgain.id, 'niet-herladen')
    await payload.update({ collection: 'practices', id: burst[0]!.id, data: { title: 'Golf 0 bis' }, overrideAccess: true })
    await instanceC.pollChangeLog()
    expect(await titleIn(instanceC, burst[0]!.id)).toBe('Golf 0 bis')
    expect(await slugIn(instanceC, hiddenAgain.id)).toBe(hiddenAgain.slug)
    expect(instanceC.contentVersion).toBe(version + 1)
  })

  it('deletes entries older than a day', async () => {
    const old = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString()
    for (const documentId of ['999991', '999992']) {
      await payload.create({
        collection: 'content-changes',
        data: { changedCollection: 'practices', documentId, operation: 'change', instance: 'instance-x', createdAt: old },
        overrideAccess: true,
      })
    }
    const recent = await payload.create({
      collection: 'content-changes',
      data: { changedCollection: 'practices', documentId: '999993', operation: 'change', instance: 'instance-x' },
      overrideAccess: true,
    })
    const oldEntries = () => payload.count({ collection: 'content-changes', where: { documentId: { in: ['999991', '999992'] } }, overrideAccess: true })
    expect((await oldEntries()).totalDocs).toBe(2)

    // A newly started instance cleans up at its first poll, then at most hourly.
    const instanceD = await startOtherInstance('instance-d', { pollIntervalMs: 600_000 })
    await instanceD.pollChangeLog()
    expect((await oldEntries()).totalDocs).toBe(0)
    expect((await payload.findByID({ collection: 'content-changes', id: recent.id, overrideAccess: true })).documentId).toBe('999993')
  })
})

describe('a failing poll', () => {
  it('is logged once, kills nothing, and the next successful poll catches up', async () => {
    let failures = 3
    let pruneFailures = 1
    const flakyDb = new Proxy(payload.db, {
      get(target, property) {
        if (property === 'deleteMany' && pruneFailures-- > 0) return async () => Promise.reject(new Error('database unreachable'))
        const value = Reflect.get(target, property, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    const flaky = new Proxy(payload, {
      get(target, property) {
        if (property === 'db') return flakyDb
        if (property === 'find' && failures > 0) {
          failures--
          return async () => Promise.reject(new Error('database unreachable'))
        }
        const value = Reflect.get(target, property, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    const heard: ContentChange[] = []
    const logged: string[] = []
    const feed = new ChangeFeed(flaky, {
      instanceId: 'instance-e',
      intervalMs: 20,
      since: Date.now(),
      pageSize: 100,
      onChanges: (changes) => heard.push(...changes),
      log: (message) => logged.push(message),
      pruneEveryMs: 0,
    })
    feed.start()
    try {
      const practice = await world.createPractice({ title: 'Na de storing' })
      await eventually(() => heard.some((change) => change.id === String(practice.id)), 'the feed hears of the change after the failures')
      expect(failures).toBe(0)
      expect(logged.filter((message) => message.startsWith('could not read the change log'))).toHaveLength(1)
      expect(logged).toContain('change log readable again')
      expect(logged).toContain('could not delete old change log entries')
      // Read again in the overlap window, but handed on once.
      await feed.poll()
      expect(heard.filter((change) => change.id === String(practice.id))).toHaveLength(1)
    } finally {
      feed.stop()
    }
  })
})
