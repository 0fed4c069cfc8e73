import type { Payload } from 'payload'

import { richText } from '../../src/lib/richText'
import type { Organisation, Practice, Theme, User } from '../../src/payload-types'

/**
 * Small, explicit test content: two umbrella teams with one editor each, an
 * administrator, a city with its service, themes and a policy plan.
 */
export type World = {
  admin: User
  vvsgEditor: User
  uniaEditor: User
  vvsg: Organisation
  unia: Organisation
  mechelen: Organisation
  gent: Organisation
  diversityService: Organisation
  themeGeneralPolicy: Theme
  themeYouth: Theme
  planId: number | string
}

export const PASSWORD = 'correct-horse-battery-staple'

let counter = 0
/** A name no other fixture in this file uses. */
export const unique = (prefix: string) => `${prefix} ${++counter}-${Math.random().toString(36).slice(2, 7)}`

/** One paragraph of Lexical rich text. */
export const paragraph = (text: string) => richText(text)

/** Mechelen's plan "Inclusieve stad 2.0" (seeds: SD1 and SD3 of its goals), published. */
export function createMechelenPlan(payload: Payload, mechelenId: number | string, ownerTeamId: number | string, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'policy-plans',
    data: {
      title: 'Inclusieve stad 2.0',
      organisation: mechelenId,
      startYear: 2020,
      endYear: 2025,
      status: 'adopted',
      ownerTeam: ownerTeamId,
      _status: 'published',
      strategicGoals: [
        { code: 'SD1', title: 'Draagvlak voor diversiteit' },
        { code: 'SD3', title: 'Regierol naar externe partners' },
      ],
      ...extra,
    } as never,
    overrideAccess: true,
  })
}

export async function buildWorld(payload: Payload): Promise<World> {
  const org = (data: Partial<Organisation> & Pick<Organisation, 'name' | 'type'>) =>
    payload.create({ collection: 'organisations', data: data as Organisation, overrideAccess: true })

  const vvsg = await org({ name: 'VVSG', type: 'umbrella', region: 'flanders' })
  const unia = await org({ name: 'Unia', type: 'umbrella', region: 'federal' })
  const mechelen = await org({ name: 'Stad Mechelen', type: 'municipality', region: 'flanders', nisCode: '12025' })
  const gent = await org({ name: 'Stad Gent', type: 'municipality', region: 'flanders', nisCode: '44021' })
  const diversityService = await org({ name: 'Dienst Diversiteit', type: 'local-service', parent: mechelen.id })

  const user = (email: string, role: 'admin' | 'editor', teams: Array<number | string>) =>
    payload.create({ collection: 'users', data: { email, password: PASSWORD, role, teams } as never, overrideAccess: true })
  const admin = await user('beheerder@test.be', 'admin', [])
  const vvsgEditor = await user('redacteur.vvsg@test.be', 'editor', [vvsg.id])
  const uniaEditor = await user('redacteur.unia@test.be', 'editor', [unia.id])

  const theme = (name: string, scheme: Theme['scheme'], parent?: number | string) =>
    payload.create({ collection: 'themes', data: { name, scheme, parent } as Theme, overrideAccess: true })
  const themeGeneralPolicy = await theme('Algemeen beleid', 'domain')
  const themeYouth = await theme('Kinderen en jongeren', 'target-group')

  const plan = await createMechelenPlan(payload, mechelen.id, vvsg.id)

  return {
    admin: { ...admin, collection: 'users' } as User,
    vvsgEditor: { ...vvsgEditor, collection: 'users' } as User,
    uniaEditor: { ...uniaEditor, collection: 'users' } as User,
    vvsg,
    unia,
    mechelen,
    gent,
    diversityService,
    themeGeneralPolicy,
    themeYouth,
    planId: plan.id,
  }
}

/** A practice that passes every rule; override what a test is about. */
export function validPractice(world: World, overrides: Record<string, unknown> = {}): Partial<Practice> {
  return {
    title: unique('Diversiteitsclausule'),
    summary: 'Organisaties die subsidie krijgen, onderschrijven een diversiteitsclausule.',
    what: paragraph('Een clausule in elke samenwerkingsovereenkomst.') as never,
    reach: 1,
    recurrence: 4,
    themes: [world.themeGeneralPolicy.id as number],
    organisations: [{ organisation: world.diversityService.id as number, role: 'lead' }],
    municipalities: [world.mechelen.id as number],
    ownerTeam: world.vvsg.id as number,
    _status: 'published',
    ...overrides,
  } as Partial<Practice>
}

/** The messages of a rejected Local API call, by field path. */
export async function fieldErrors(action: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await action
  } catch (error) {
    const errors = (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data?.errors
    if (!errors) throw error
    return Object.fromEntries(errors.map((entry) => [entry.path, entry.message]))
  }
  throw new Error('expected the call to be rejected, but it succeeded')
}
