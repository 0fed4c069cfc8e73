/**
 * The access table of the foundation, through Payload's Local API with
 * access control on (overrideAccess: false), as the admin UI and REST see it.
 * test/access.http.test.ts checks the same rules over HTTP.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../src/payload-types'
import { buildWorld, fieldErrors, unique, validPractice, type World } from './helpers/fixtures'
import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await bootPayload()
  world = await buildWorld(payload)
})

afterAll(async () => {
  await shutdownPayload(payload)
})

type Actor = 'admin' | 'editor' | 'anonymous'
const actors: Actor[] = ['admin', 'editor', 'anonymous']
const userFor = (actor: Actor): User | undefined =>
  actor === 'admin' ? world.admin : actor === 'editor' ? world.vvsgEditor : undefined

const as = (actor: Actor) => ({ user: userFor(actor), overrideAccess: false as const })

async function allowed(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || (error as Error).name === 'Forbidden') return false
    throw error
  }
}

/** Creatable data per collection, valid for an editor of VVSG. */
function newDoc(collection: CollectionSlug): Record<string, unknown> {
  switch (collection) {
    case 'practices':
      return validPractice(world, { title: unique('Praktijk') })
    case 'organisations':
      return { name: unique('Vzw'), type: 'nonprofit' }
    case 'policy-plans':
      return { title: unique('Plan'), organisation: world.mechelen.id, startYear: 2024, ownerTeam: world.vvsg.id, _status: 'published' }
    case 'themes':
      return { name: unique('Thema'), scheme: 'domain' }
    case 'sites':
      return { name: unique('Site'), owner: world.vvsg.id, defaultLocale: 'nl', enabledLocales: ['nl'] }
    case 'users':
      return { email: `${unique('nieuw').replace(/\W+/g, '-')}@test.be`, password: 'een-lang-wachtwoord', role: 'editor', teams: [world.vvsg.id] }
    default:
      throw new Error(`no test data for ${collection}`)
  }
}

const createAs = (actor: Actor, collection: CollectionSlug) =>
  payload.create({ collection, data: newDoc(collection) as never, ...as(actor) })

/** What each actor may do per collection: [read, create, update, delete]. */
const table: Record<string, Record<Actor, [boolean, boolean, boolean, boolean]>> = {
  organisations: { admin: [true, true, true, true], editor: [true, true, true, false], anonymous: [false, false, false, false] },
  themes: { admin: [true, true, true, true], editor: [true, true, true, false], anonymous: [false, false, false, false] },
  sites: { admin: [true, true, true, true], editor: [false, false, false, false], anonymous: [false, false, false, false] },
}

describe.each(Object.keys(table))('%s', (collection) => {
  it.each(actors)('as %s: read, create, update and delete as the access table says', async (actor) => {
    const [mayRead, mayCreate, mayUpdate, mayDelete] = table[collection]![actor]
    const target = await payload.create({ collection: collection as CollectionSlug, data: newDoc(collection as CollectionSlug) as never, overrideAccess: true })

    const read = await payload.find({ collection: collection as CollectionSlug, where: { id: { equals: target.id } }, ...as(actor) }).then(
      (result) => result.totalDocs === 1,
      () => false,
    )
    expect(read, 'read').toBe(mayRead)
    expect(await allowed(() => createAs(actor, collection as CollectionSlug)), 'create').toBe(mayCreate)
    expect(
      await allowed(() => payload.update({ collection: collection as CollectionSlug, id: target.id, data: {} as never, ...as(actor) })),
      'update',
    ).toBe(mayUpdate)
    expect(await allowed(() => payload.delete({ collection: collection as CollectionSlug, id: target.id, ...as(actor) })), 'delete').toBe(mayDelete)
  })
})

describe.each(['practices', 'policy-plans'] as const)('%s owned by a team', (collection) => {
  const ownedBy = async (team: 'vvsg' | 'unia') => {
    const data = { ...newDoc(collection), ownerTeam: world[team].id }
    return payload.create({ collection, data: data as never, overrideAccess: true })
  }

  it('an editor reads them all, drafts included', async () => {
    const other = await ownedBy('unia')
    const draft = await payload.create({
      collection,
      data: { ...newDoc(collection), ownerTeam: world.unia.id, _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    const found = await payload.find({ collection, where: { id: { in: [other.id, draft.id] } }, draft: true, ...as('editor') })
    expect(found.totalDocs).toBe(2)
  })

  it("an editor creates them for their own team, not for another's", async () => {
    await expect(createAs('editor', collection)).resolves.toBeTruthy()
    const forOtherTeam = { ...newDoc(collection), ownerTeam: world.unia.id }
    const errors = await fieldErrors(payload.create({ collection, data: forOtherTeam as never, ...as('editor') }))
    expect(errors.ownerTeam).toMatch(/team waartoe u behoort/)
  })

  it("an editor edits, publishes and deletes their team's, not another team's", async () => {
    const own = await ownedBy('vvsg')
    const other = await ownedBy('unia')
    const edit = (id: number | string) =>
      payload.update({ collection, id, data: { title: unique('Bewerkt') } as never, ...as('editor') })
    const publish = (id: number | string) =>
      payload.update({ collection, id, data: { _status: 'published' } as never, ...as('editor') })
    const remove = (id: number | string) => payload.delete({ collection, id, ...as('editor') })

    expect(await allowed(() => edit(own.id))).toBe(true)
    expect(await allowed(() => publish(own.id))).toBe(true)
    expect(await allowed(() => edit(other.id))).toBe(false)
    expect(await allowed(() => publish(other.id))).toBe(false)
    expect(await allowed(() => remove(other.id))).toBe(false)
    expect(await allowed(() => remove(own.id))).toBe(true)
  })

  it('an editor cannot hand their document to another team', async () => {
    const own = await ownedBy('vvsg')
    const errors = await fieldErrors(payload.update({ collection, id: own.id, data: { ownerTeam: world.unia.id } as never, ...as('editor') }))
    expect(errors.ownerTeam).toMatch(/team waartoe u behoort/)
  })

  it('an admin edits and deletes any of them', async () => {
    const other = await ownedBy('unia')
    expect(await allowed(() => payload.update({ collection, id: other.id, data: { title: unique('Door beheerder') } as never, ...as('admin') }))).toBe(true)
    expect(await allowed(() => payload.delete({ collection, id: other.id, ...as('admin') }))).toBe(true)
  })

  it('anonymous visitors get nothing', async () => {
    const own = await ownedBy('vvsg')
    expect(await allowed(() => payload.find({ collection, ...as('anonymous') }))).toBe(false)
    expect(await allowed(() => createAs('anonymous', collection))).toBe(false)
    expect(await allowed(() => payload.update({ collection, id: own.id, data: {} as never, ...as('anonymous') }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection, id: own.id, ...as('anonymous') }))).toBe(false)
  })
})

describe('users', () => {
  it('an editor sees only their own account, without its password hash', async () => {
    const found = await payload.find({ collection: 'users', ...as('editor') })
    expect(found.docs.map((user) => user.email)).toEqual([world.vvsgEditor.email])
    const raw = JSON.stringify(found.docs)
    expect(raw).not.toMatch(/"hash"|"salt"/)
  })

  it("an editor cannot create users, change their own role or teams, or touch another's account", async () => {
    expect(await allowed(() => createAs('editor', 'users'))).toBe(false)
    const self = await payload.update({ collection: 'users', id: world.vvsgEditor.id, data: { role: 'admin', teams: [world.unia.id] } as never, ...as('editor') })
    expect(self.role).toBe('editor')
    expect((self.teams ?? []).map((team) => (typeof team === 'object' ? team.id : team))).toEqual([world.vvsg.id])
    expect(await allowed(() => payload.update({ collection: 'users', id: world.uniaEditor.id, data: { name: 'x' }, ...as('editor') }))).toBe(false)
    expect(await allowed(() => payload.delete({ collection: 'users', id: world.uniaEditor.id, ...as('editor') }))).toBe(false)
  })

  it('an admin manages users', async () => {
    const created = await createAs('admin', 'users')
    expect(await allowed(() => payload.update({ collection: 'users', id: created.id, data: { role: 'admin' } as never, ...as('admin') }))).toBe(true)
    expect(await allowed(() => payload.delete({ collection: 'users', id: created.id, ...as('admin') }))).toBe(true)
  })

  it('anonymous visitors see no users', async () => {
    expect(await allowed(() => payload.find({ collection: 'users', ...as('anonymous') }))).toBe(false)
  })
})

describe('API keys', () => {
  it('only admins see or make them, and nobody reads a hash', async () => {
    const site = await payload.create({ collection: 'sites', data: newDoc('sites') as never, overrideAccess: true })
    const { generateApiKey } = await import('../src/site-keys/keys')
    const created = await payload.create({ collection: 'api-keys', data: { site: site.id, label: 'Test', key: generateApiKey() } as never, ...as('admin') })
    const asAdmin = await payload.find({ collection: 'api-keys', ...as('admin') })
    expect(asAdmin.docs.map((doc) => doc.id)).toContain(created.id)
    expect(JSON.stringify(asAdmin.docs)).not.toMatch(/keyHash/)
    expect(await allowed(() => payload.find({ collection: 'api-keys', ...as('editor') }))).toBe(false)
    expect(await allowed(() => payload.find({ collection: 'api-keys', ...as('anonymous') }))).toBe(false)
    expect(
      await allowed(() => payload.create({ collection: 'api-keys', data: { site: site.id, label: 'x', key: generateApiKey() } as never, ...as('editor') })),
    ).toBe(false)
  })
})

describe('media and documents', () => {
  it('editors and admins read them; anonymous visitors do not', async () => {
    for (const collection of ['media', 'documents'] as const) {
      expect(await allowed(() => payload.find({ collection, ...as('editor') }))).toBe(true)
      expect(await allowed(() => payload.find({ collection, ...as('admin') }))).toBe(true)
      expect(await allowed(() => payload.find({ collection, ...as('anonymous') }))).toBe(false)
    }
  })
})
