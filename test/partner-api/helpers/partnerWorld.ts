import type { Payload } from 'payload'

import type { Organisation, PolicyPlan, Practice, Site, Theme } from '../../../src/payload-types'
import { generateApiKey } from '../../../src/site-keys/keys'
import { createMechelenPlan, paragraph } from '../../helpers/fixtures'

/**
 * A small world for the partner API tests: three partner sites that see
 * different practices, themes in three schemes (with a parent and a child),
 * organisations, a published and an unpublished policy plan, and about
 * thirty published practices, some written in French too.
 *
 * - site A (VVSG, Dutch and French, origin https://www.vvsg.be) sees the
 *   practices shared with A;
 * - site B (Unia, French by default) sees those shared with B;
 * - site All (includeAllPublished) sees every published practice.
 */
export type PartnerWorld = {
  orgs: Record<'vvsg' | 'unia' | 'mechelen' | 'gent' | 'schaerbeek' | 'liege' | 'diversityService' | 'nonprofit' | 'welfare', Organisation>
  themes: Record<
    'generalPolicy' | 'education' | 'adultEducation' | 'work' | 'youth' | 'newcomers' | 'gender' | 'religion' | 'age',
    Theme
  >
  plan: PolicyPlan
  draftPlan: PolicyPlan
  sites: Record<'a' | 'b' | 'all', Site>
  keys: Record<'a' | 'b' | 'all' | 'revoked', string>
  revokedKeyId: number
  /** The generated practices, in creation order, with the sites they are shared with. */
  practices: Array<{ practice: Practice; shared: Array<'a' | 'b'> }>
  createPractice: (overrides?: Record<string, unknown>, french?: { title?: string; summary?: string }) => Promise<Practice>
}

export async function buildPartnerWorld(payload: Payload): Promise<PartnerWorld> {
  const org = (data: Partial<Organisation> & Pick<Organisation, 'name' | 'type'>) =>
    payload.create({ collection: 'organisations', data: data as Organisation, overrideAccess: true })
  const vvsg = await org({ name: 'VVSG', type: 'umbrella', region: 'flanders' })
  const unia = await org({ name: 'Unia', type: 'umbrella', region: 'federal' })
  const mechelen = await org({ name: 'Stad Mechelen', type: 'municipality', region: 'flanders', nisCode: '12025' })
  const gent = await org({ name: 'Stad Gent', type: 'municipality', region: 'flanders', nisCode: '44021' })
  const schaerbeek = await org({ name: 'Schaarbeek', type: 'municipality', region: 'brussels', nisCode: '21015' })
  const liege = await org({ name: 'Luik', type: 'municipality', region: 'wallonia', nisCode: '62063' })
  const diversityService = await org({ name: 'Dienst Diversiteit', type: 'local-service', parent: mechelen.id })
  const nonprofit = await org({ name: 'Vzw Samenleven', type: 'nonprofit', region: 'flanders' })
  const welfare = await org({ name: 'OCMW Gent', type: 'public-welfare-centre', region: 'flanders', parent: gent.id })
  await payload.update({ collection: 'organisations', id: liege.id, locale: 'fr', data: { name: 'Liège' }, overrideAccess: true })

  const theme = (name: string, scheme: Theme['scheme'], order: number, parent?: number) =>
    payload.create({ collection: 'themes', data: { name, scheme, order, parent } as Theme, overrideAccess: true })
  const generalPolicy = await theme('Algemeen beleid', 'domain', 10)
  const education = await theme('Onderwijs', 'domain', 20)
  const adultEducation = await theme('Volwassenenonderwijs', 'domain', 10, education.id)
  const work = await theme('Werk en ondernemen', 'domain', 30)
  const youth = await theme('Kinderen en jongeren', 'target-group', 10)
  const newcomers = await theme('Anderstalige nieuwkomers', 'target-group', 20)
  const gender = await theme('Gender', 'dimension', 10)
  const religion = await theme('Levensbeschouwing', 'dimension', 20)
  const age = await theme('Leeftijd', 'dimension', 30)
  await payload.update({ collection: 'themes', id: education.id, locale: 'fr', data: { name: 'Enseignement' }, overrideAccess: true })

  const plan = await createMechelenPlan(payload, mechelen.id, vvsg.id, { keywords: ['inclusie', 'diversiteit'] })
  const draftPlan = await payload.create({
    collection: 'policy-plans',
    data: { title: 'Plan in opmaak', organisation: gent.id, startYear: 2026, status: 'draft', ownerTeam: vvsg.id, _status: 'draft' } as never,
    draft: true,
    overrideAccess: true,
  })

  const site = (data: Partial<Site>) => payload.create({ collection: 'sites', data: data as Site, overrideAccess: true })
  const a = await site({ name: 'Site A', owner: vvsg.id, defaultLocale: 'nl', enabledLocales: ['nl', 'fr'], allowedOrigins: ['https://www.vvsg.be'], navigationThemes: [education.id, youth.id] })
  const b = await site({ name: 'Site B', owner: unia.id, defaultLocale: 'fr', enabledLocales: ['fr', 'nl', 'en'] })
  const all = await site({ name: 'Site All', owner: vvsg.id, defaultLocale: 'nl', enabledLocales: ['nl'], includeAllPublished: true })

  const key = async (siteId: number, label: string, revoked = false) => {
    const value = generateApiKey()
    const created = await payload.create({ collection: 'api-keys', data: { site: siteId, label, key: value, revoked } as never, overrideAccess: true })
    return { value, id: created.id }
  }
  const keyA = await key(a.id, 'A')
  const keyB = await key(b.id, 'B')
  const keyAll = await key(all.id, 'All')
  const revoked = await key(a.id, 'A, ingetrokken', true)

  const createPractice = async (overrides: Record<string, unknown> = {}, french?: { title?: string; summary?: string }) => {
    const practice = await payload.create({
      collection: 'practices',
      data: {
        title: 'Praktijk',
        summary: 'Een korte samenvatting van de praktijk.',
        what: paragraph('Wat de praktijk doet.'),
        reach: 2,
        recurrence: 2,
        themes: [generalPolicy.id],
        organisations: [{ organisation: diversityService.id, role: 'lead' }],
        municipalities: [mechelen.id],
        ownerTeam: vvsg.id,
        _status: 'published',
        ...overrides,
      } as never,
      overrideAccess: true,
    })
    if (!french) return practice
    return payload.update({ collection: 'practices', id: practice.id, locale: 'fr', data: french, overrideAccess: true })
  }

  const domains = [generalPolicy, education, adultEducation, work]
  const municipalities = [mechelen, gent, schaerbeek, liege]
  const leads = [diversityService, nonprofit, welfare]
  const practices: PartnerWorld['practices'] = []
  for (let i = 0; i < 30; i++) {
    const shared: Array<'a' | 'b'> = i % 10 === 9 ? [] : i % 3 === 0 ? ['a'] : i % 3 === 1 ? ['b'] : ['a', 'b']
    const themes = [domains[i % 4]!.id]
    if (i % 3 !== 0) themes.push([youth, newcomers][i % 2]!.id)
    if (i % 5 !== 0) themes.push([gender, religion, age][i % 3]!.id)
    const practice = await createPractice(
      {
        title: `Praktijk ${String(i + 1).padStart(2, '0')} ${['buurtwerking', 'taalcafé', 'sportclub', 'jobbeurs', 'leesclub'][i % 5]}`,
        summary: `Samenvatting van praktijk ${i + 1}.`,
        themes,
        organisations: [
          { organisation: leads[i % 3]!.id, role: 'lead' },
          ...(i % 4 === 0 ? [{ organisation: nonprofit.id, role: 'partner' }] : []),
        ].filter((row, index, rows) => rows.findIndex((other) => other.organisation === row.organisation) === index),
        municipalities: [municipalities[i % 4]!.id],
        reach: 1 + (i % 4),
        recurrence: 1 + ((i * 3) % 4),
        startDate: `${2018 + (i % 7)}-0${1 + (i % 9)}-01`,
        endDate: i % 3 === 0 ? null : `${2018 + (i % 7) + (i % 4)}-12-31`,
        ...(i % 5 === 0 ? { policyPlan: plan.id, strategicGoals: ['SD1'] } : {}),
        sites: shared.map((name) => ({ a: a.id, b: b.id })[name]),
      },
      i % 4 === 0 ? { title: `Pratique ${i + 1}`, summary: `Résumé de la pratique ${i + 1}.` } : undefined,
    )
    practices.push({ practice, shared })
  }

  return {
    orgs: { vvsg, unia, mechelen, gent, schaerbeek, liege, diversityService, nonprofit, welfare },
    themes: { generalPolicy, education, adultEducation, work, youth, newcomers, gender, religion, age },
    plan,
    draftPlan,
    sites: { a, b, all },
    keys: { a: keyA.value, b: keyB.value, all: keyAll.value, revoked: revoked.value },
    revokedKeyId: revoked.id,
    practices,
    createPractice,
  }
}

/** Ids of the generated practices a site sees. */
export function expectedIds(world: PartnerWorld, site: 'a' | 'b' | 'all'): string[] {
  return world.practices.filter((entry) => site === 'all' || entry.shared.includes(site)).map((entry) => String(entry.practice.id))
}
