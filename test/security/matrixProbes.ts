import { createHash } from 'node:crypto'

import { expect } from 'vitest'

import { hashApiKey } from '../../src/site-keys/keys'
import { unique } from '../helpers/fixtures'
import {
  KEY_ROLES,
  PAYLOAD_MATRIX,
  type Outcome,
  type PayloadDoorName,
  type PayloadOperation,
  type ReadOutcome,
  type Role,
  type WriteOutcome,
} from './accessMatrix'
import { PASSWORD, pdfFile, photoFile, practiceData, type AdminTools, type Id, type MatrixCollection, type MatrixWorld } from './matrixWorld'

/**
 * How each operation of the Payload matrix is tried through a door and how
 * its outcome is observed. Written once for REST, Payload's GraphQL and the
 * Local API, which differ only in how they call (see httpDoors.ts and
 * localDoor.ts).
 */

/** One answer of a door: `ok` when it did what was asked; `body` is everything the caller got back. */
export type Answer = { ok: boolean; status: number; doc?: any; docs?: any[]; body: string }

export interface PayloadDoor {
  name: PayloadDoorName
  findByID(role: Role, collection: MatrixCollection, id: Id, options?: { draft?: boolean }): Promise<Answer>
  find(role: Role, collection: MatrixCollection, where?: Record<string, unknown>): Promise<Answer>
  create(role: Role, collection: MatrixCollection, data: Record<string, unknown>): Promise<Answer>
  update(role: Role, collection: MatrixCollection, id: Id, data: Record<string, unknown>): Promise<Answer>
  delete(role: Role, collection: MatrixCollection, id: Id): Promise<Answer>
  restoreVersion(role: Role, collection: 'practices', versionId: Id, options?: { draft?: boolean }): Promise<Answer>
}

export type MatrixContext = { world: MatrixWorld; admin: AdminTools }

type ReadProbe = {
  kind: 'read'
  observe(door: PayloadDoor, role: Role, ctx: MatrixContext): Promise<{ outcome: ReadOutcome; answer: Answer }>
  /** What must not be in the body of a caller who does not see it all. */
  secrets(ctx: MatrixContext, role: Role): string[]
}

type WriteProbe<T> = {
  kind: 'write'
  /** What the write aims at: fresh where it may take effect, shared where it must not. */
  target(ctx: MatrixContext, role: Role, expected: Outcome): Promise<T>
  attempt(door: PayloadDoor, role: Role, target: T, ctx: MatrixContext): Promise<Answer>
  /** What the write would change, read back as the administrator. */
  state(target: T, ctx: MatrixContext): Promise<unknown>
  /** What must stay as it was whatever the outcome (a photo's file). */
  invariant?(target: T, ctx: MatrixContext): Promise<unknown>
}

type Probe = ReadProbe | WriteProbe<any>

const ids = (answer: Answer): Id[] => (answer.docs ?? []).map((doc) => doc.id)
const idOf = (value: unknown): unknown => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
const sortedIds = (values: unknown): unknown[] => (Array.isArray(values) ? values.map(idOf).sort() : [])
const sha256 = (data: Buffer | null) => (data ? createHash('sha256').update(data).digest('hex') : null)

/** A document made once per test file and shared by the cells that must leave it alone. */
function sharedTarget<T>(make: (ctx: MatrixContext) => Promise<T>): (ctx: MatrixContext) => Promise<T> {
  let made: Promise<T> | undefined
  return (ctx) => (made ??= make(ctx))
}

const freshPractice = async (ctx: MatrixContext, overrides: Record<string, unknown> = {}, draft = false) => {
  const data = { title: unique('Praktijk van koepel Alfa'), ...overrides }
  const doc = await ctx.admin.create('practices', practiceData(ctx.world, ctx.world.teamA, { ...data, _status: draft ? 'draft' : 'published' }), { draft })
  return { id: doc.id as Id, title: data.title as string }
}

/** A practice with an old version (v1) and a later one (v2) made by the administrator; the restore aims at v1. */
const practiceWithHistory = async (ctx: MatrixContext, v1: Record<string, unknown>, v2: Record<string, unknown>) => {
  const first = await freshPractice(ctx, v1)
  await ctx.admin.update('practices', first.id, { title: unique('Nieuwere titel'), ...v2 })
  const versions = await ctx.admin.versionsOf('practices', first.id)
  return { id: first.id, versionId: versions[0]!.id, oldTitle: first.title }
}

const orShared = <T>(fresh: (ctx: MatrixContext) => Promise<T>) => {
  const shared = sharedTarget(fresh)
  return (ctx: MatrixContext, _role: Role, expected: Outcome) => (expected === 'refused' ? shared(ctx) : fresh(ctx))
}

const photo = (colour: string) => async (ctx: MatrixContext) => {
  const doc = await ctx.admin.upload('media', await photoFile(colour), { alt: unique('Foto') })
  return { id: doc.id as Id }
}
const otherPhoto = sharedTarget(async (ctx) => ctx.admin.findByID('media', (await photo('#2a6')(ctx)).id))
const documentFile = (text: string) => async (ctx: MatrixContext) => {
  const doc = await ctx.admin.upload('documents', pdfFile(text), { title: unique('Document') })
  return { id: doc.id as Id }
}
const otherDocument = sharedTarget(async (ctx) => ctx.admin.findByID('documents', (await documentFile('ander document')(ctx)).id))

/** The file behind an upload document, as the administrator finds it: name, address and bytes. */
const fileIdentity = async (collection: 'media' | 'documents', id: Id, ctx: MatrixContext) => {
  const doc = await ctx.admin.findByID(collection, id)
  return {
    filename: doc.filename,
    url: doc.url,
    sizes: Object.fromEntries(Object.entries(doc.sizes ?? {}).map(([name, size]) => [name, (size as { filename?: string }).filename ?? null])),
    bytes: sha256(await ctx.admin.fileBytes(collection, doc.filename)),
  }
}

export const PAYLOAD_PROBES: Record<PayloadOperation, Probe> = {
  'read a draft practice of team A': {
    kind: 'read',
    async observe(door, role, { world }) {
      const answer = await door.findByID(role, 'practices', world.practices.draftA.id, { draft: true })
      return { outcome: answer.ok && answer.doc?.title === world.practices.draftA.title ? 'sees' : 'hidden', answer }
    },
    secrets: ({ world }) => [world.practices.draftA.title],
  },
  'read a published practice of team A': {
    kind: 'read',
    async observe(door, role, { world }) {
      const answer = await door.findByID(role, 'practices', world.practices.publishedA.id)
      return { outcome: answer.ok && answer.doc?.title === world.practices.publishedA.title ? 'sees' : 'hidden', answer }
    },
    secrets: ({ world }) => [world.practices.publishedA.title],
  },
  'read which partner sites a practice is shared with': {
    kind: 'read',
    async observe(door, role, { world }) {
      const answer = await door.findByID(role, 'practices', world.practices.sharedWithBOnly.id)
      return { outcome: sortedIds(answer.doc?.sites).includes(world.siteB.id) ? 'sees' : 'hidden', answer }
    },
    secrets: ({ world }) => [world.siteB.name],
  },
  'find practices by their partner sites': {
    kind: 'read',
    async observe(door, role, { world }) {
      // A filter on a field one may not read would tell its values apart.
      const answer = await door.find(role, 'practices', { sites: { in: [world.siteB.id] } })
      const found = ids(answer)
      const filtered = found.includes(world.practices.sharedWithBOnly.id) && !found.includes(world.practices.publishedA.id)
      return { outcome: answer.ok && filtered ? 'sees' : 'hidden', answer }
    },
    secrets: () => [],
  },
  'read users': {
    kind: 'read',
    async observe(door, role, { world }) {
      const answer = await door.find(role, 'users')
      const emails = (answer.docs ?? []).map((doc) => doc.email).sort()
      const everyone = Object.values(world.users).every((user) => emails.includes(user.email))
      const own = role === 'editorA' || role === 'editorB' || role === 'admin' ? world.users[role].email : undefined
      const outcome = !answer.ok || emails.length === 0 ? 'hidden' : everyone ? 'sees' : emails.length === 1 && emails[0] === own ? 'self' : 'hidden'
      return { outcome, answer }
    },
    secrets: ({ world }, role) => Object.entries(world.users).filter(([name]) => name !== role).map(([, user]) => user.email),
  },
  'read API keys': {
    kind: 'read',
    async observe(door, role, { world }) {
      const answer = await door.find(role, 'api-keys')
      const labels = (answer.docs ?? []).map((doc) => doc.label)
      return { outcome: answer.ok && world.keyDocs.every((key) => labels.includes(key.label)) ? 'sees' : 'hidden', answer }
    },
    secrets: ({ world }) => world.keyDocs.map((key) => key.label),
  },
  'read partner sites': {
    kind: 'read',
    async observe(door, role, { world }) {
      const answer = await door.find(role, 'sites')
      const names = (answer.docs ?? []).map((doc) => doc.name)
      return { outcome: answer.ok && names.includes(world.siteA.name) && names.includes(world.siteB.name) ? 'sees' : 'hidden', answer }
    },
    secrets: ({ world }) => [world.siteA.name, world.siteB.name],
  },

  'create a practice for team A': {
    kind: 'write',
    target: async () => ({ title: unique('Nieuwe praktijk van koepel Alfa') }),
    attempt: (door, role, target, { world }) => door.create(role, 'practices', practiceData(world, world.teamA, { title: target.title })),
    state: async (target, { admin }) => (await admin.find('practices', { title: { equals: target.title } })).length,
  },
  'edit a practice of team A': {
    kind: 'write',
    target: orShared((ctx) => freshPractice(ctx)),
    attempt: (door, role, target) => door.update(role, 'practices', target.id, { title: unique('Bewerkte titel') }),
    state: async (target, { admin }) => (await admin.findByID('practices', target.id))?.title,
  },
  'publish a draft of team A': {
    kind: 'write',
    target: orShared((ctx) => freshPractice(ctx, {}, true)),
    attempt: (door, role, target) => door.update(role, 'practices', target.id, { _status: 'published' }),
    state: async (target, { admin }) => (await admin.findByID('practices', target.id))?._status,
  },
  'delete a practice of team A': {
    kind: 'write',
    target: orShared((ctx) => freshPractice(ctx)),
    attempt: (door, role, target) => door.delete(role, 'practices', target.id),
    state: async (target, { admin }) => (await admin.findByID('practices', target.id)) !== null,
  },
  'restore an old version of a practice of team A': {
    kind: 'write',
    target: orShared((ctx) => practiceWithHistory(ctx, {}, {})),
    attempt: (door, role, target) => door.restoreVersion(role, 'practices', target.versionId),
    state: async (target, { admin }) => (await admin.findByID('practices', target.id))?.title,
  },
  'restore a version from when team B owned it': {
    kind: 'write',
    target: orShared((ctx) => practiceWithHistory(ctx, { ownerTeam: ctx.world.teamB }, { ownerTeam: ctx.world.teamA })),
    attempt: (door, role, target) => door.restoreVersion(role, 'practices', target.versionId),
    state: async (target, { admin }) => idOf((await admin.findByID('practices', target.id))?.ownerTeam),
  },
  'restore a version with other partner sites': {
    kind: 'write',
    target: orShared((ctx) =>
      practiceWithHistory(ctx, { sites: [ctx.world.siteA.id, ctx.world.siteB.id] }, { sites: [ctx.world.siteA.id] }),
    ),
    attempt: (door, role, target) => door.restoreVersion(role, 'practices', target.versionId),
    state: async (target, { admin }) => sortedIds((await admin.findByID('practices', target.id))?.sites),
  },
  // The Local API has no draft restore (it restores as published): there this row is a restore, then a publish.
  'restore a version as a draft, then publish it': {
    kind: 'write',
    target: orShared((ctx) =>
      practiceWithHistory(ctx, { sites: [ctx.world.siteA.id, ctx.world.siteB.id] }, { sites: [ctx.world.siteA.id] }),
    ),
    async attempt(door, role, target) {
      const restored = await door.restoreVersion(role, 'practices', target.versionId, { draft: true })
      if (!restored.ok) return restored
      const published = await door.update(role, 'practices', target.id, { _status: 'published' })
      return { ...published, body: `${restored.body}\n${published.body}` }
    },
    state: async (target, { admin }) => sortedIds((await admin.findByID('practices', target.id))?.sites),
  },
  'change the partner sites of a practice of team A': {
    kind: 'write',
    target: orShared((ctx) => freshPractice(ctx, { sites: [ctx.world.siteA.id] })),
    attempt: (door, role, target, { world }) => door.update(role, 'practices', target.id, { sites: [world.siteA.id, world.siteB.id] }),
    state: async (target, { admin }) => sortedIds((await admin.findByID('practices', target.id))?.sites),
  },
  'create a user': {
    kind: 'write',
    target: async () => ({ email: `${unique('nieuw').replace(/\W+/g, '-')}@matrix.test` }),
    attempt: (door, role, target, { world }) =>
      door.create(role, 'users', { email: target.email, password: PASSWORD, role: 'editor', teams: [world.teamA] }),
    state: async (target, { admin }) => (await admin.find('users', { email: { equals: target.email } })).length,
  },
  "make editor A's account an administrator": {
    kind: 'write',
    // Editor A tries it on their own account; where it may succeed, a fresh editor stands in for A.
    async target(ctx, role, expected) {
      if (expected !== 'allowed') return { id: ctx.world.users.editorA.id }
      const email = `${unique('redacteur').replace(/\W+/g, '-')}@matrix.test`
      const doc = await ctx.admin.create('users', { email, password: PASSWORD, role: 'editor', teams: [ctx.world.teamA] })
      return { id: doc.id as Id }
    },
    attempt: (door, role, target) => door.update(role, 'users', target.id, { role: 'admin', teams: [] }),
    state: async (target, { admin }) => (await admin.findByID('users', target.id))?.role,
  },
  'change a partner site': {
    kind: 'write',
    async target(ctx, _role, expected) {
      if (expected === 'refused') return { id: ctx.world.siteA.id }
      const doc = await ctx.admin.create('sites', { name: unique('Tijdelijke site'), owner: ctx.world.teamA, defaultLocale: 'nl', enabledLocales: ['nl'] })
      return { id: doc.id as Id }
    },
    attempt: (door, role, target) => door.update(role, 'sites', target.id, { name: unique('Hernoemde site'), includeAllPublished: true }),
    state: async (target, { admin }) => {
      const site = await admin.findByID('sites', target.id)
      return [site?.name, site?.includeAllPublished]
    },
  },
  'revoke an API key': {
    kind: 'write',
    async target(ctx, _role, expected) {
      if (expected === 'refused') return { id: ctx.world.spareKeyId }
      const { generateApiKey } = await import('../../src/site-keys/keys')
      const doc = await ctx.admin.create('api-keys', { site: ctx.world.siteA.id, label: unique('Tijdelijke sleutel'), key: generateApiKey() })
      return { id: doc.id as Id }
    },
    attempt: (door, role, target) => door.update(role, 'api-keys', target.id, { revoked: true }),
    state: async (target, { admin }) => (await admin.findByID('api-keys', target.id))?.revoked,
  },
  "move a photo's focal point": {
    kind: 'write',
    target: orShared(photo('#c33')),
    attempt: (door, role, target) => door.update(role, 'media', target.id, { focalX: 20, focalY: 80 }),
    state: async (target, { admin }) => {
      const doc = await admin.findByID('media', target.id)
      return [doc.focalX, doc.focalY]
    },
    // A new focal point crops the sizes anew from the stored original; the original itself stays.
    invariant: async (target, ctx) => {
      const { filename, url, bytes } = await fileIdentity('media', target.id, ctx)
      return { filename, url, bytes }
    },
  },
  "point a photo at another photo's file": {
    kind: 'write',
    target: orShared(photo('#33c')),
    async attempt(door, role, target, ctx) {
      const other = await otherPhoto(ctx)
      return door.update(role, 'media', target.id, {
        url: other.url,
        filename: other.filename,
        sizes: { thumbnail: { url: other.sizes.thumbnail.url, filename: other.sizes.thumbnail.filename } },
        // With a new focal point, Payload reads the file again: it must read this photo's own file.
        focalX: 10,
        focalY: 90,
      })
    },
    state: (target, ctx) => fileIdentity('media', target.id, ctx),
  },
  "point a document at another document's file": {
    kind: 'write',
    target: orShared(documentFile('eigen document')),
    async attempt(door, role, target, ctx) {
      const other = await otherDocument(ctx)
      return door.update(role, 'documents', target.id, { url: other.url, filename: other.filename })
    },
    state: (target, ctx) => fileIdentity('documents', target.id, ctx),
  },
}

/** What no caller ever gets back: keys, their hashes, passwords. */
export const neverShown = (world: MatrixWorld): string[] => [
  ...world.keyDocs.flatMap((key) => [key.key, hashApiKey(key.key)]),
  PASSWORD,
]

export function observedWrite(answer: Answer, changed: boolean): WriteOutcome | 'changed although refused' {
  if (answer.ok) return changed ? 'allowed' : 'ignored'
  return changed ? 'changed although refused' : 'refused'
}

/** Tries one cell of PAYLOAD_MATRIX through one door and asserts it, leaks included. */
export async function assertPayloadCell(operation: PayloadOperation, door: PayloadDoor, role: Role, ctx: MatrixContext): Promise<void> {
  const expected = PAYLOAD_MATRIX[operation][role]
  const probe = PAYLOAD_PROBES[operation]
  let answer: Answer
  if (probe.kind === 'read') {
    const observed = await probe.observe(door, role, ctx)
    answer = observed.answer
    expect(observed.outcome, `outcome; answer: ${answer.body.slice(0, 500)}`).toBe(expected)
    if (expected !== 'sees') for (const secret of probe.secrets(ctx, role)) expect(answer.body, 'a refused read reveals nothing').not.toContain(secret)
  } else {
    const target = await probe.target(ctx, role, expected)
    const before = await probe.state(target, ctx)
    const kept = await probe.invariant?.(target, ctx)
    answer = await probe.attempt(door, role, target, ctx)
    const after = await probe.state(target, ctx)
    const changed = JSON.stringify(before) !== JSON.stringify(after)
    expect(observedWrite(answer, changed), `outcome (before ${JSON.stringify(before)}, after ${JSON.stringify(after)}); answer: ${answer.body.slice(0, 500)}`).toBe(
      expected,
    )
    if (probe.invariant) expect(await probe.invariant(target, ctx), 'what must stay as it was').toEqual(kept)
  }
  expect(answer.status, 'never a 5xx').toBeLessThan(500)
  for (const secret of neverShown(ctx.world)) expect(answer.body).not.toContain(secret)
  if (role === 'anonymous' || KEY_ROLES.includes(role)) {
    for (const secret of ctx.world.secrets) expect(answer.body, 'nothing of the world for a stranger').not.toContain(secret)
  }
}
