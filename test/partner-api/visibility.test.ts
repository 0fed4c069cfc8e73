/**
 * The one visibility rule: a site sees only published practices shared with
 * it (or all published ones when it includes all), everywhere: lists,
 * details, relations, counts, facets and search.
 */
import { describe, expect, it } from 'vitest'

import { paragraph } from '../helpers/fixtures'
import type { PartnerServer } from './helpers/partnerServer'
import { expectedIds, type PartnerWorld } from './helpers/partnerWorld'
import { usePartnerServer } from './helpers/usePartnerServer'
import { allVisible, data, type PracticeView } from './helpers/queries'

let server: PartnerServer
let world: PartnerWorld

usePartnerServer((started) => ({ server, world } = started))

const sorted = (ids: string[]) => [...ids].sort((a, b) => Number(a) - Number(b))
const ids = (nodes: Array<{ id: string }>) => sorted(nodes.map((node) => node.id))

/** Every count the API gives for a site, to compare before and after a change. */
async function countsOf(key: string) {
  return data(
    server,
    key,
    `{ site { practiceCount }
       themes { slug practiceCount }
       organisations(first: 100) { nodes { slug practices { totalCount } } }
       policyPlans { nodes { slug practices { totalCount } } }
       practices(first: 0) { totalCount facets {
         themes { theme { slug } count } organisations { organisation { slug } count } municipalities { organisation { slug } count }
         regions { region count } reach { value count } recurrence { value count } } } }`,
  )
}

describe('two sites that share different practices', () => {
  it('each list exactly their own practices', async () => {
    expect(ids(await allVisible(server, world.keys.a))).toEqual(sorted(expectedIds(world, 'a')))
    expect(ids(await allVisible(server, world.keys.b))).toEqual(sorted(expectedIds(world, 'b')))
    expect(ids(await allVisible(server, world.keys.all))).toEqual(sorted(expectedIds(world, 'all')))
  })

  it("never find each other's practices by slug or id", async () => {
    const onlyB = world.practices.find((entry) => entry.shared.length === 1 && entry.shared[0] === 'b')!.practice
    const query = `query ($slug: String, $id: ID) { practice(slug: $slug, id: $id) { id title } }`
    expect((await data(server, world.keys.a, query, { slug: onlyB.slug })).practice).toBeNull()
    expect((await data(server, world.keys.a, query, { id: String(onlyB.id) })).practice).toBeNull()
    expect((await data(server, world.keys.b, query, { slug: onlyB.slug })).practice.id).toBe(String(onlyB.id))
    expect((await data(server, world.keys.all, query, { id: String(onlyB.id) })).practice.id).toBe(String(onlyB.id))
  })

  it('count only their own practices: site, themes, organisations, plans and facets', async () => {
    for (const site of ['a', 'b'] as const) {
      const key = world.keys[site]
      const visible = await allVisible(server, key)
      const counts = await countsOf(key)
      expect(counts.site.practiceCount).toBe(expectedIds(world, site).length)
      expect(counts.practices.totalCount).toBe(visible.length)

      const carries = (practice: PracticeView, slug: string) =>
        practice.themes.some((theme) => theme.slug === slug || theme.parent?.slug === slug || theme.parent?.parent?.slug === slug)
      for (const theme of counts.themes) {
        expect(theme.practiceCount, `${site} ${theme.slug}`).toBe(visible.filter((practice) => carries(practice, theme.slug)).length)
      }
      for (const organisation of counts.organisations.nodes) {
        expect(organisation.practices.totalCount, `${site} ${organisation.slug}`).toBe(
          visible.filter((practice) => practice.organisations.some((row) => row.organisation.slug === organisation.slug)).length,
        )
      }
      for (const plan of counts.policyPlans.nodes) {
        expect(plan.practices.totalCount).toBe(visible.filter((practice) => practice.policyPlan?.slug === plan.slug).length)
      }
      for (const facet of counts.practices.facets.themes) {
        expect(facet.count).toBe(visible.filter((practice) => carries(practice, facet.theme.slug)).length)
      }
      const facetTotal = (facets: Array<{ count: number }>) => facets.reduce((sum, facet) => sum + facet.count, 0)
      expect(facetTotal(counts.practices.facets.reach)).toBe(visible.filter((practice) => practice.reach !== null).length)
      expect(facetTotal(counts.practices.facets.municipalities)).toBe(visible.reduce((sum, practice) => sum + practice.municipalities.length, 0))
    }
  })

  it('relate practices only to practices the site sees, never to themselves', async () => {
    for (const site of ['a', 'b'] as const) {
      const visible = new Set(expectedIds(world, site))
      const result = await data(server, world.keys[site], '{ practices(first: 100) { nodes { id related(first: 10) { id } } } }')
      for (const node of result.practices.nodes) {
        for (const related of node.related) {
          expect(visible.has(related.id), `${site}: ${node.id} → ${related.id}`).toBe(true)
          expect(related.id).not.toBe(node.id)
        }
      }
    }
  })

  it('search only within their own practices', async () => {
    const query = 'query ($q: String) { practices(search: $q, first: 100, locale: nl) { nodes { id } } }'
    for (const site of ['a', 'b'] as const) {
      const visible = new Set(expectedIds(world, site))
      // Every generated practice says "Samenvatting van praktijk …" in Dutch.
      const found = (await data(server, world.keys[site], query, { q: 'samenvatting praktijk' })).practices.nodes.map((node: { id: string }) => node.id)
      expect(found.filter((id: string) => world.practices.some((entry) => String(entry.practice.id) === id)).sort()).toEqual([...visible].sort())
    }
    const onlyB = world.practices.find((entry) => entry.shared.length === 1 && entry.shared[0] === 'b')!.practice
    expect((await data(server, world.keys.a, query, { q: onlyB.title })).practices.nodes.map((node: { id: string }) => node.id)).not.toContain(String(onlyB.id))
    expect((await data(server, world.keys.b, query, { q: onlyB.title })).practices.nodes.map((node: { id: string }) => node.id)).toContain(String(onlyB.id))
  })
})

describe('unpublished content', () => {
  it('a draft edit of a published practice never shows its draft text', async () => {
    const practice = await world.createPractice({ title: 'Gepubliceerde buurtmoestuin', summary: 'De gepubliceerde samenvatting.', sites: [world.sites.a.id] })
    await server.payload.update({
      collection: 'practices',
      id: practice.id,
      data: { title: 'Geheime kladtitel', summary: 'Geheime kladsamenvatting.', what: paragraph('Geheime kladtekst.') as never },
      draft: true,
      overrideAccess: true,
    })
    // An autosave, as the admin makes every few seconds.
    await server.payload.update({
      collection: 'practices',
      id: practice.id,
      data: { title: 'Geheime autosavetitel' },
      draft: true,
      autosave: true,
      overrideAccess: true,
    } as never)

    const detail = await data(server, world.keys.a, `{ practice(id: "${practice.id}") { title summary what { text } } }`)
    expect(detail.practice).toEqual({ title: 'Gepubliceerde buurtmoestuin', summary: 'De gepubliceerde samenvatting.', what: { text: 'Wat de praktijk doet.' } })
    const list = await allVisible(server, world.keys.a)
    expect(list.find((node) => node.id === String(practice.id))?.title).toBe('Gepubliceerde buurtmoestuin')
    const search = await data(server, world.keys.a, '{ practices(search: "geheime") { totalCount } }')
    expect(search.practices.totalCount).toBe(0)
    const found = await data(server, world.keys.a, '{ practices(search: "buurtmoestuin") { nodes { title } } }')
    expect(found.practices.nodes).toEqual([{ title: 'Gepubliceerde buurtmoestuin' }])
  })

  it('a practice that was never published stays out of lists and counts', async () => {
    const before = await countsOf(world.keys.a)
    const draft = await server.payload.create({
      collection: 'practices',
      data: {
        title: 'Alleen een klad',
        summary: 'Nooit gepubliceerd.',
        themes: [world.themes.gender.id],
        organisations: [{ organisation: world.orgs.nonprofit.id, role: 'lead' }],
        ownerTeam: world.orgs.vvsg.id,
        sites: [world.sites.a.id],
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(await countsOf(world.keys.a)).toEqual(before)
    expect((await data(server, world.keys.a, `{ practice(id: "${draft.id}") { id } }`)).practice).toBeNull()
    expect((await data(server, world.keys.all, `{ practice(slug: "${draft.slug}") { id } }`)).practice).toBeNull()
  })

  it('a practice that is unpublished leaves lists, counts and facets', async () => {
    const before = await countsOf(world.keys.a)
    const practice = await world.createPractice({
      title: 'Tijdelijk zichtbaar',
      themes: [world.themes.adultEducation.id, world.themes.age.id],
      organisations: [{ organisation: world.orgs.welfare.id, role: 'lead' }],
      municipalities: [world.orgs.liege.id],
      reach: 4,
      recurrence: 1,
      policyPlan: world.plan.id,
      sites: [world.sites.a.id],
    })
    const during = await countsOf(world.keys.a)
    expect(during.site.practiceCount).toBe(before.site.practiceCount + 1)
    expect(during.themes.find((theme: { slug: string }) => theme.slug === 'onderwijs').practiceCount).toBe(
      before.themes.find((theme: { slug: string }) => theme.slug === 'onderwijs').practiceCount + 1,
    )

    await server.payload.update({ collection: 'practices', id: practice.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await countsOf(world.keys.a)).toEqual(before)
    expect((await allVisible(server, world.keys.a)).map((node) => node.id)).not.toContain(String(practice.id))
    expect((await data(server, world.keys.a, `{ practice(id: "${practice.id}") { id } }`)).practice).toBeNull()
  })

  it('a deleted practice is gone at once', async () => {
    const practice = await world.createPractice({ title: 'Straks verwijderd', sites: [world.sites.b.id] })
    expect((await data(server, world.keys.b, `{ practice(id: "${practice.id}") { id } }`)).practice).not.toBeNull()
    await server.payload.delete({ collection: 'practices', id: practice.id, overrideAccess: true })
    expect((await data(server, world.keys.b, `{ practice(id: "${practice.id}") { id } }`)).practice).toBeNull()
  })

  it('an unpublished policy plan is invisible, also from its practices', async () => {
    expect((await data(server, world.keys.all, `{ policyPlan(slug: "${world.draftPlan.slug}") { slug } }`)).policyPlan).toBeNull()
    const plans = await data(server, world.keys.all, '{ policyPlans { nodes { slug } } }')
    expect(plans.policyPlans.nodes.map((plan: { slug: string }) => plan.slug)).toEqual([world.plan.slug])
    const practice = await world.createPractice({ title: 'Met een plan in opmaak', policyPlan: world.draftPlan.id })
    const detail = await data(server, world.keys.all, `{ practice(id: "${practice.id}") { policyPlan { slug } strategicGoals { code } } }`)
    expect(detail.practice).toEqual({ policyPlan: null, strategicGoals: [] })
    const filtered = await data(server, world.keys.all, `{ practices(filter: { policyPlan: "${world.draftPlan.slug}" }) { totalCount } }`)
    expect(filtered.practices.totalCount).toBe(0)
  })

  it('submissions under review are invisible', async () => {
    const before = await countsOf(world.keys.a)
    const result = await data(
      server,
      world.keys.a,
      `mutation { submitPractice(input: { title: "Ingezonden zwemproject", summary: "Een samenvatting van een ingezonden praktijk.",
        description: "Een beschrijving die lang genoeg is om aanvaard te worden door de validatie van het formulier.",
        organisationName: "Zwemclub", contactName: "An Peeters", contactEmail: "an@example.be", consent: true }) { ok } }`,
    )
    expect(result.submitPractice.ok).toBe(true)
    expect(await countsOf(world.keys.a)).toEqual(before)
    expect((await data(server, world.keys.a, '{ practices(search: "zwemproject") { totalCount } }')).practices.totalCount).toBe(0)
  })
})

describe('sharing', () => {
  it('a practice shared with another site appears there on the next request', async () => {
    const practice = await world.createPractice({ title: 'Eerst alleen voor A', sites: [world.sites.a.id] })
    const query = `{ practice(id: "${practice.id}") { id } site { practiceCount } }`
    const before = await data(server, world.keys.b, query)
    expect(before.practice).toBeNull()
    await server.payload.update({ collection: 'practices', id: practice.id, data: { sites: [world.sites.a.id, world.sites.b.id] }, overrideAccess: true })
    const after = await data(server, world.keys.b, query)
    expect(after.practice).toEqual({ id: String(practice.id) })
    expect(after.site.practiceCount).toBe(before.site.practiceCount + 1)
  })

  it('a site that includes all published practices sees unshared ones too', async () => {
    const practice = await world.createPractice({ title: 'Met niemand gedeeld', sites: [] })
    expect((await data(server, world.keys.all, `{ practice(id: "${practice.id}") { id } }`)).practice).not.toBeNull()
    expect((await data(server, world.keys.a, `{ practice(id: "${practice.id}") { id } }`)).practice).toBeNull()
    await server.payload.update({ collection: 'sites', id: world.sites.b.id, data: { includeAllPublished: true }, overrideAccess: true })
    expect((await data(server, world.keys.b, `{ practice(id: "${practice.id}") { id } }`)).practice).not.toBeNull()
    await server.payload.update({ collection: 'sites', id: world.sites.b.id, data: { includeAllPublished: false }, overrideAccess: true })
    expect((await data(server, world.keys.b, `{ practice(id: "${practice.id}") { id } }`)).practice).toBeNull()
  })
})
