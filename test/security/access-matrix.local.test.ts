/**
 * The authorization matrix (accessMatrix.ts) through the Local API with
 * `overrideAccess: false` and a user, on this file's own database. Site keys
 * are no callers of the Local API: their cells are asserted over HTTP
 * (access-matrix.http.test.ts).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { bootPayload, shutdownPayload } from '../helpers/payload'
import { KEY_ROLES, PAYLOAD_MATRIX, ROLE_NAMES, ROLES, type PayloadOperation, type Role } from './accessMatrix'
import { localAdminTools, localDoor } from './localDoor'
import { assertPayloadCell, type MatrixContext, type PayloadDoor } from './matrixProbes'
import { buildMatrixWorld, PASSWORD } from './matrixWorld'

let payload: Payload
let ctx: MatrixContext
let door: PayloadDoor
const users: Partial<Record<Role, User>> = {}

beforeAll(async () => {
  payload = await bootPayload()
  const admin = localAdminTools(payload, process.env.MEDIA_DIR!)
  const world = await buildMatrixWorld(admin, async ({ teamA, teamB }) => {
    const account = async (role: Role, email: string, data: Record<string, unknown>) => {
      const user = await admin.create('users', { email, password: PASSWORD, ...data })
      users[role] = { ...user, collection: 'users' }
      return { id: user.id, email }
    }
    return {
      admin: await account('admin', 'beheerder@matrix.test', { role: 'admin' }),
      editorA: await account('editorA', 'redacteur.alfa@matrix.test', { role: 'editor', teams: [teamA] }),
      editorB: await account('editorB', 'redacteur.bravo@matrix.test', { role: 'editor', teams: [teamB] }),
    }
  })
  ctx = { world, admin }
  door = localDoor(payload, (role) => users[role])
})

afterAll(async () => {
  await shutdownPayload(payload)
})

const callers = ROLES.filter((role) => !KEY_ROLES.includes(role))

describe.each(Object.keys(PAYLOAD_MATRIX) as PayloadOperation[])('%s', (operation) => {
  it.each(callers.map((role) => [ROLE_NAMES[role], PAYLOAD_MATRIX[operation][role], role] as const))('%s: %s', async (_name, _expected, role) => {
    await assertPayloadCell(operation, door, role, ctx)
  })
})
