import sharp from 'sharp'

import { slugify } from '../../src/lib/slugify'
import { generateApiKey } from '../../src/site-keys/keys'
import { paragraph, unique } from '../helpers/fixtures'

/**
 * The world of the access matrix, built once per test file by an
 * administrator through whichever door that file tests (REST for the HTTP
 * file, the Local API for the other), so both files assert the same table
 * against the same content.
 */
export type Id = number
export type UploadCollection = 'media' | 'documents'
export type MatrixCollection = 'practices' | 'users' | 'api-keys' | 'sites' | UploadCollection

/** What the administrator's side of a test needs: set up, and read back what a write changed. */
export interface AdminTools {
  create(collection: MatrixCollection | 'organisations', data: Record<string, unknown>, options?: { draft?: boolean }): Promise<any>
  update(collection: MatrixCollection, id: Id, data: Record<string, unknown>): Promise<any>
  upload(collection: UploadCollection, file: { data: Buffer; name: string; mimetype: string }, data: Record<string, unknown>): Promise<any>
  /** The latest state (drafts included, relations as ids), or null when it is gone. */
  findByID(collection: MatrixCollection, id: Id): Promise<any | null>
  find(collection: MatrixCollection, where: Record<string, unknown>): Promise<any[]>
  /** Versions of a document, oldest first. */
  versionsOf(collection: 'practices', id: Id): Promise<Array<{ id: Id; version: any }>>
  /** The stored bytes of an upload's file, or null when there is none. */
  fileBytes(collection: UploadCollection, filename: string): Promise<Buffer | null>
}

export const PASSWORD = 'een-sterk-testwachtwoord-voor-de-matrix'

export type MatrixWorld = {
  teamA: Id
  teamB: Id
  mechelen: Id
  siteA: { id: Id; name: string }
  siteB: { id: Id; name: string }
  keys: { siteA: string; siteB: string }
  /** Key documents: the two sites' keys and a spare one that refused cells try to revoke. */
  keyDocs: Array<{ id: Id; label: string; key: string }>
  spareKeyId: Id
  users: Record<'admin' | 'editorA' | 'editorB', { id: Id; email: string }>
  practices: Record<'draftA' | 'publishedA' | 'sharedWithBOnly' | 'sharedWithNoSite', { id: Id; title: string }>
  /** Everything only some roles may see: titles, e-mails, names, labels. */
  secrets: string[]
}

/** A practice that passes every validation rule, owned by `ownerTeam`. */
export function practiceData(world: Pick<MatrixWorld, 'mechelen'>, ownerTeam: Id, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const title = (overrides.title as string | undefined) ?? unique('Matrixpraktijk')
  return {
    title,
    // Payload's GraphQL input requires the slug that REST and the Local API derive from the title.
    slug: slugify(title),
    summary: 'Een praktijk voor de toegangsmatrix.',
    what: paragraph('Wat de praktijk doet.'),
    reach: 2,
    recurrence: 2,
    organisations: [{ organisation: world.mechelen, role: 'lead' }],
    municipalities: [world.mechelen],
    ownerTeam,
    _status: 'published',
    ...overrides,
  }
}

export async function photoFile(colour: string): Promise<{ data: Buffer; name: string; mimetype: string }> {
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).jpeg().toBuffer()
  return { data, name: 'matrixfoto.jpg', mimetype: 'image/jpeg' }
}

export function pdfFile(text: string): { data: Buffer; name: string; mimetype: string } {
  const data = Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer <<>>\nstartxref\n0\n%%EOF\n`)
  return { data, name: 'matrixplan.pdf', mimetype: 'application/pdf' }
}

/**
 * Builds the world. `users` says how the three accounts come to exist (the
 * HTTP file registers its first administrator over HTTP); the rest is made
 * by the administrator.
 */
export async function buildMatrixWorld(
  admin: AdminTools,
  users: (teams: { teamA: Id; teamB: Id }) => Promise<MatrixWorld['users']>,
): Promise<MatrixWorld> {
  const teamA = (await admin.create('organisations', { name: 'Koepel Alfa', type: 'umbrella', region: 'flanders' })).id
  const teamB = (await admin.create('organisations', { name: 'Koepel Bravo', type: 'umbrella', region: 'federal' })).id
  const mechelen = (await admin.create('organisations', { name: 'Stad Mechelen', type: 'municipality', region: 'flanders', nisCode: '12025' })).id
  const accounts = await users({ teamA, teamB })

  const site = async (name: string, owner: Id) => ({ id: (await admin.create('sites', { name, owner, defaultLocale: 'nl', enabledLocales: ['nl'] })).id as Id, name })
  const siteA = await site('Partnersite Alfa', teamA)
  const siteB = await site('Partnersite Bravo', teamB)

  const keyDocs: MatrixWorld['keyDocs'] = []
  const key = async (siteId: Id, label: string) => {
    const value = generateApiKey()
    const doc = await admin.create('api-keys', { site: siteId, label, key: value })
    keyDocs.push({ id: doc.id, label, key: value })
    return { id: doc.id as Id, value }
  }
  const keyA = await key(siteA.id, 'Sleutel van Alfa')
  const keyB = await key(siteB.id, 'Sleutel van Bravo')
  const spare = await key(siteA.id, 'Reservesleutel van Alfa')

  const world = { mechelen }
  const practice = async (title: string, sites: Id[], status: 'draft' | 'published') => {
    const doc = await admin.create('practices', practiceData(world, teamA, { title, sites, _status: status }), { draft: status === 'draft' })
    return { id: doc.id as Id, title }
  }
  const practices = {
    draftA: await practice('Geheim ontwerp van koepel Alfa', [siteA.id, siteB.id], 'draft'),
    publishedA: await practice('Gedeelde praktijk van koepel Alfa', [siteA.id], 'published'),
    sharedWithBOnly: await practice('Praktijk alleen voor Bravo', [siteB.id], 'published'),
    sharedWithNoSite: await practice('Praktijk voor geen enkele site', [], 'published'),
  }

  return {
    teamA,
    teamB,
    mechelen,
    siteA,
    siteB,
    keys: { siteA: keyA.value, siteB: keyB.value },
    keyDocs,
    spareKeyId: spare.id,
    users: accounts,
    practices,
    secrets: [
      ...Object.values(practices).map((entry) => entry.title),
      ...Object.values(accounts).map((entry) => entry.email),
      siteA.name,
      siteB.name,
      ...keyDocs.map((entry) => entry.label),
    ],
  }
}
