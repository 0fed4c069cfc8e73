/**
 * The read model behind the partner API: built from the database, kept fresh
 * through the process-wide change channel (which the admin's separate copy of
 * Payload reaches through globalThis), and swapped whole so that readers never
 * see a half-built state.
 */
import { EventEmitter } from 'node:events'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PracticeSet, ReadModel, visiblePracticesFor } from '../../src/read-model'
import { paragraph } from '../helpers/fixtures'
import { bootTestPayload, shutdownPayload } from './helpers/partnerServer'
import { buildPartnerWorld, expectedIds, type PartnerWorld } from './helpers/partnerWorld'

let payload: Payload
let world: PartnerWorld
let model: ReadModel

beforeAll(async () => {
  payload = await bootTestPayload()
  world = await buildPartnerWorld(payload)
  model = await ReadModel.start(payload)
})

afterAll(async () => {
  model?.stop()
  await shutdownPayload(payload)
})

const visibleIds = (site: 'a' | 'b' | 'all') => {
  const snapshot = model.snapshot
  const record = snapshot.site(String(world.sites[site].id))!
  return [...visiblePracticesFor(snapshot, record)].map((position) => snapshot.practices[position]!.id).sort()
}

describe('the read model', () => {
  it('holds the published practices, and visiblePracticesFor gives each site its own', async () => {
    expect(visibleIds('a')).toEqual(expectedIds(world, 'a').sort())
    expect(visibleIds('b')).toEqual(expectedIds(world, 'b').sort())
    expect(visibleIds('all')).toEqual(expectedIds(world, 'all').sort())
  })

  it('hears of changes on the channel on globalThis, as the admin’s copy of Payload sends them', async () => {
    const channel = (globalThis as Record<symbol, unknown>)[Symbol.for('praktijkenbank.contentChanges')]
    expect(channel).toBeInstanceOf(EventEmitter)

    // Written behind Payload's back, so that only the message tells the read model.
    const practice = await world.createPractice({ title: 'Via het kanaal' })
    await model.fresh()
    const version = model.contentVersion
    await payload.db.updateOne({ collection: 'practices', id: practice.id, data: { slug: 'via-het-kanaal-hernoemd' }, req: { locale: 'nl' } as never })
    expect((await model.fresh()).positionOfSlug('via-het-kanaal-hernoemd')).toBeUndefined()

    ;(channel as EventEmitter).emit('change', { collection: 'practices', id: String(practice.id), operation: 'change' })
    const snapshot = await model.fresh()
    expect(snapshot.positionOfSlug('via-het-kanaal-hernoemd')).toBeDefined()
    expect(model.contentVersion).toBe(version + 1)
  })

  it('keeps the previous snapshot intact for readers while a new one is built', async () => {
    const before = await model.fresh()
    const countBefore = before.practices.length
    await world.createPractice({ title: 'Nog een' })
    const after = await model.fresh()
    expect(after).not.toBe(before)
    expect(after.practices.length).toBe(countBefore + 1)
    expect(before.practices.length).toBe(countBefore)
    expect(after.contentVersion).toBeGreaterThan(before.contentVersion)
  })

  it('bumps the content version only for changes partner sites can see', async () => {
    const practice = await world.createPractice({ title: 'Versie' })
    await model.fresh()
    const version = model.contentVersion
    await payload.update({ collection: 'practices', id: practice.id, data: { what: paragraph('Alleen een klad.') as never }, draft: true, overrideAccess: true })
    await payload.update({ collection: 'api-keys', id: world.revokedKeyId, data: { label: 'Nieuwe omschrijving' }, overrideAccess: true })
    await model.fresh()
    expect(model.contentVersion).toBe(version)

    await payload.update({ collection: 'practices', id: practice.id, data: { title: 'Versie 2' }, overrideAccess: true })
    await model.fresh()
    expect(model.contentVersion).toBe(version + 1)
  })

  it('follows changes to themes, organisations, plans and sites into the indexes', async () => {
    await payload.update({ collection: 'themes', id: world.themes.gender.id, data: { parent: null, name: 'Gender en seksualiteit' }, overrideAccess: true })
    const snapshot = await model.fresh()
    expect(snapshot.theme(String(world.themes.gender.id))?.name.nl).toBe('Gender en seksualiteit')
    const hits = (await snapshot.search(['nl'], 'seksualiteit')) ?? []
    expect(hits.length).toBe(snapshot.practicesWithTheme(String(world.themes.gender.id)).count)
    expect(hits.length).toBeGreaterThan(0)
  })
})

describe('search indexes', () => {
  it('follow edits, unpublishing and deletion practice by practice', async () => {
    const practice = await world.createPractice({ title: 'Fietsherstelplaats' })
    const found = async (word: string) => [...((await (await model.fresh()).search(['nl'], word))?.positions ?? [])]
    const position = async () => (await model.fresh()).positionOf(String(practice.id))
    expect(await found('fietsherstelplaats')).toEqual([await position()])

    await payload.update({ collection: 'practices', id: practice.id, data: { title: 'Repaircafé' }, overrideAccess: true })
    expect(await found('fietsherstelplaats')).toEqual([])
    expect(await found('repaircafe')).toEqual([await position()])

    await payload.update({ collection: 'practices', id: practice.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await found('repaircafe')).toEqual([])
    await payload.update({ collection: 'practices', id: practice.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await found('repaircafe')).toEqual([await position()])
    await payload.delete({ collection: 'practices', id: practice.id, overrideAccess: true })
    expect(await found('repaircafe')).toEqual([])
  })
})

describe('PracticeSet', () => {
  it('intersects, unites and counts across word boundaries', () => {
    const size = 100
    const evens = PracticeSet.where(size, (position) => position % 2 === 0)
    const threes = PracticeSet.where(size, (position) => position % 3 === 0)
    expect(evens.count).toBe(50)
    expect([...evens.and(threes)]).toEqual(Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 6 === 0))
    expect(evens.or(threes).count).toBe(67)
    expect(PracticeSet.full(size).count).toBe(100)
    expect([...PracticeSet.of(size, [31, 32, 63, 64, 99])]).toEqual([31, 32, 63, 64, 99])
    expect(PracticeSet.empty(size).isEmpty).toBe(true)
  })
})
