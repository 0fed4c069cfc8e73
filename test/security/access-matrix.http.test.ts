/**
 * The authorization matrix (accessMatrix.ts) over HTTP, against one
 * production server: every cell through REST, Payload's GraphQL and the
 * partner API. The Local API door is access-matrix.local.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unique } from '../helpers/fixtures'
import { createFirstAdmin } from '../helpers/users'
import { login } from '../helpers/rest'
import { startServer, type RunningServer } from '../helpers/server'
import { KEY_ROLES, PARTNER_MATRIX, PAYLOAD_MATRIX, ROLE_NAMES, ROLES, type PartnerOperation, type PayloadOperation, type Role } from './accessMatrix'
import { graphqlDoor, restAdminTools, restDoor, type Credentials } from './httpDoors'
import { assertPayloadCell, neverShown, observedWrite, type MatrixContext, type PayloadDoor } from './matrixProbes'
import { buildMatrixWorld, PASSWORD, type AdminTools, type MatrixWorld } from './matrixWorld'

let server: RunningServer
let admin: AdminTools
let world: MatrixWorld
let ctx: MatrixContext
const tokens: Partial<Record<Role, string>> = {}

beforeAll(async () => {
  server = await startServer()
  const adminEmail = 'beheerder@matrix.test'
  await createFirstAdmin(adminEmail, PASSWORD)
  tokens.admin = await login(server.url, adminEmail, PASSWORD)
  admin = restAdminTools(server.url, tokens.admin)
  world = await buildMatrixWorld(admin, async ({ teamA, teamB }) => {
    const [self] = await admin.find('users', { email: { equals: adminEmail } })
    const editor = async (email: string, team: number) => ({
      id: (await admin.create('users', { email, password: PASSWORD, role: 'editor', teams: [team] })).id,
      email,
    })
    return {
      admin: { id: self.id, email: adminEmail },
      editorA: await editor('redacteur.alfa@matrix.test', teamA),
      editorB: await editor('redacteur.bravo@matrix.test', teamB),
    }
  })
  tokens.editorA = await login(server.url, world.users.editorA.email, PASSWORD)
  tokens.editorB = await login(server.url, world.users.editorB.email, PASSWORD)
  ctx = { world, admin }
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

/** Logins send their token; site keys are sent both ways the partner API takes them, for Payload to ignore. */
const credentials: Credentials = (role): Record<string, string> => {
  if (role === 'anonymous') return {}
  if (role === 'siteAKey' || role === 'siteBKey') {
    const key = role === 'siteAKey' ? world.keys.siteA : world.keys.siteB
    return { 'x-api-key': key, authorization: `Bearer ${key}` }
  }
  return { authorization: `JWT ${tokens[role]}`, cookie: `payload-token=${tokens[role]}` }
}

const doors: Record<'REST' | 'GraphQL', () => PayloadDoor> = {
  REST: () => restDoor(server.url, credentials),
  GraphQL: () => graphqlDoor(server.url, credentials),
}

const cells = <T extends string>(matrix: Record<T, Record<Role, string>>, operation: T) =>
  ROLES.map((role) => [ROLE_NAMES[role], matrix[operation][role], role] as const)

describe.each(['REST', 'GraphQL'] as const)('through %s', (doorName) => {
  describe.each(Object.keys(PAYLOAD_MATRIX) as PayloadOperation[])('%s', (operation) => {
    it.each(cells(PAYLOAD_MATRIX, operation))('%s: %s', async (_name, _expected, role) => {
      await assertPayloadCell(operation, doors[doorName](), role, ctx)
    })
  })
})

/** The partner API as a role calls it: with its site's key, or with a login or nothing (which it does not take). */
async function partner(role: Role, query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (role === 'siteAKey') headers['x-api-key'] = world.keys.siteA
  else if (role === 'siteBKey') headers.authorization = `Bearer ${world.keys.siteB}`
  else Object.assign(headers, credentials(role))
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  const text = await response.text()
  return { status: response.status, text, json: JSON.parse(text) }
}

const PARTNER_READ_TARGETS: Record<Exclude<PartnerOperation, 'propose a practice (submitPractice)'>, keyof MatrixWorld['practices']> = {
  'read a draft practice shared with both sites': 'draftA',
  'read a published practice shared with site A': 'publishedA',
  'read a published practice shared with site B only': 'sharedWithBOnly',
  'read a published practice shared with no site': 'sharedWithNoSite',
}

async function assertPartnerCell(operation: PartnerOperation, role: Role): Promise<void> {
  const expected = PARTNER_MATRIX[operation][role]
  let answer: { status: number; text: string; json: any }
  if (operation === 'propose a practice (submitPractice)') {
    const title = unique('Voorgestelde buurtmoestuin')
    const submissions = async () => {
      const response = await fetch(`${server.url}/api/practice-submissions?depth=0&where[title][equals]=${encodeURIComponent(title)}`, {
        headers: { authorization: `JWT ${tokens.admin}` },
      })
      return (await response.json()).totalDocs as number
    }
    answer = await partner(
      role,
      'mutation ($input: PracticeSubmissionInput!) { submitPractice(input: $input) { ok reference errors { field message } } }',
      {
        input: {
          title,
          summary: 'Buren telen samen groenten.',
          description: 'Sinds 2022 beheren buren samen een moestuin op een braakliggend terrein.',
          organisationName: 'Vzw De Groene Hoek',
          contactName: 'Fatima El Amrani',
          contactEmail: 'fatima@example.org',
          consent: true,
        },
      },
    )
    const ok = answer.status === 200 && answer.json.data?.submitPractice?.ok === true
    const stored = await submissions()
    expect(stored, 'at most one submission, and only when accepted').toBe(ok ? 1 : 0)
    expect(await admin.find('practices', { title: { equals: title } }), 'a proposal is no practice').toEqual([])
    expect(observedWrite({ ok, status: answer.status, body: answer.text }, stored > 0)).toBe(expected)
    if (!ok) expect(answer.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  } else {
    const practice = world.practices[PARTNER_READ_TARGETS[operation]]
    answer = await partner(role, 'query ($id: ID) { practice(id: $id) { id title } practices(first: 100) { nodes { id } } }', { id: String(practice.id) })
    const sees = answer.json.data?.practice?.title === practice.title
    const listed = (answer.json.data?.practices?.nodes ?? []).some((node: { id: string }) => node.id === String(practice.id))
    expect(sees ? 'sees' : 'hidden', answer.text.slice(0, 500)).toBe(expected)
    expect(listed, 'listed exactly when it can be read').toBe(sees)
    if (!sees) expect(answer.text, 'a refused read reveals nothing').not.toContain(practice.title)
    if (!KEY_ROLES.includes(role)) expect(answer.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  }
  expect(answer.status, 'never a 5xx').toBeLessThan(500)
  for (const secret of neverShown(world)) expect(answer.text).not.toContain(secret)
}

describe('through the partner API', () => {
  describe.each(Object.keys(PARTNER_MATRIX) as PartnerOperation[])('%s', (operation) => {
    it.each(cells(PARTNER_MATRIX, operation))('%s: %s', async (_name, _expected, role) => {
      await assertPartnerCell(operation, role)
    })
  })
})
