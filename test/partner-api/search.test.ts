/**
 * Search: every word must match a word of the practice or be its prefix;
 * case and accents do not matter (Dutch and French); one typo is forgiven in
 * words of five letters or more, ranked below exact matches; the title weighs
 * more than the summary, which weighs more than the rest.
 */
import { describe, expect, it } from 'vitest'

import { paragraph } from '../helpers/fixtures'
import type { PartnerServer } from './helpers/partnerServer'
import type { PartnerWorld } from './helpers/partnerWorld'
import { usePartnerServer } from './helpers/usePartnerServer'
import { allVisible, data } from './helpers/queries'

let server: PartnerServer
let world: PartnerWorld
const id: Record<string, string> = {}

usePartnerServer(async (started) => {
  ;({ server, world } = started)
  const make = async (name: string, fields: Record<string, unknown>, french?: { title?: string; summary?: string }) => {
    id[name] = String((await world.createPractice({ sites: [world.sites.a.id], ...fields }, french)).id)
  }
  await make('titleHit', { title: 'Kookatelier voor vrijwilligers', summary: 'Samen koken en proeven.', what: paragraph('Elke week een ander recept.') })
  await make('summaryHit', { title: 'Kookatelier in de wijk', summary: 'Vrijwilligers koken samen.', what: paragraph('Elke week een ander recept.') })
  await make('bodyHit', { title: 'Kookatelier op school', summary: 'Samen koken en proeven.', what: paragraph('Georganiseerd door vrijwilligers uit de buurt.') })
  await make('accents', { title: 'Coöperatie Œuvre Sociale', summary: 'Een coöperatie die ÉÉN keer per maand samenkomt.' })
  await make('french', { title: 'Burgerschapseducatie', summary: 'Lessen over democratie.' }, { title: 'Éducation à la citoyenneté', summary: 'Des leçons sur la démocratie.' })
  await make('exact', { title: 'Stadsvernieuwing', summary: 'Een wijk verandert.', what: paragraph('Een project van de stad met de bewoners.') })
  await make('typo', { title: 'Projet quartier Noord', summary: 'Een wijk in Brussel.' })
  // Equal scores: ranked by id, and paged through without gaps.
  for (const name of ['tie1', 'tie2', 'tie3', 'tie4']) await make(name, { title: 'Buurtfeest', summary: 'Een feest in de straat.' })
  await make('feestBody', { title: 'Straatfeest', summary: 'Een buurtfeest in de zomer.' })
})

const search = async (text: string, options: { locale?: string; key?: string; extra?: string } = {}) => {
  const result = await data(
    server,
    options.key ?? world.keys.a,
    `query ($q: String, $locale: Locale) { practices(search: $q, locale: $locale, first: 100${options.extra ?? ''}) { totalCount nodes { id title } } }`,
    { q: text, locale: options.locale ?? null },
  )
  return result.practices.nodes.map((node: { id: string }) => node.id) as string[]
}

describe('search', () => {
  it('ranks a word in the title above the summary, and the summary above the body', async () => {
    expect(await search('vrijwilligers')).toEqual([id.titleHit, id.summaryHit, id.bodyHit])
  })

  it('ignores case and accents, in Dutch and in French', async () => {
    for (const text of ['cooperatie oeuvre', 'COÖPERATIE', 'Coöperatie œuvre sociale', 'een keer per maand', 'ÉÉN KEER']) {
      expect(await search(text), text).toEqual([id.accents])
    }
    for (const text of ['éducation citoyenneté', 'EDUCATION CITOYENNETE', 'education', 'democratie lecons']) {
      expect(await search(text, { locale: 'fr' }), text).toEqual([id.french])
    }
  })

  it('matches a word by its beginning', async () => {
    expect((await search('kookat')).sort()).toEqual([id.titleHit, id.summaryHit, id.bodyHit].sort())
    expect(await search('burgersch')).toEqual([id.french])
    expect(await search('citoyen', { locale: 'fr' })).toEqual([id.french])
  })

  it('needs every word of the query to match', async () => {
    expect(await search('kookatelier school')).toEqual([id.bodyHit])
    expect(await search('kookatelier zwembad')).toEqual([])
  })

  it('forgives one typo in a word of five letters or more, not in shorter words', async () => {
    expect((await search('vrijwiligers')).sort()).toEqual([id.titleHit, id.summaryHit, id.bodyHit].sort())
    expect((await search('kokem')).sort()).toEqual([id.titleHit, id.summaryHit, id.bodyHit].sort())
    // "wijk" is in two titles and summaries; "wijl" has four letters: no typo allowed.
    expect(await search('wijl')).toEqual([])
    expect(await search('vrijwiligerz')).toEqual([])
  })

  it('ranks practices that match exactly above those that match only with a typo', async () => {
    // "Projet" in a title would outweigh "project" in body text, if typos ranked like exact matches.
    expect(await search('project')).toEqual([id.exact, id.typo])
  })

  it('finds practices by the names of their themes and organisations', async () => {
    const visible = await allVisible(server, world.keys.all)
    const withReligion = visible.filter((practice) => practice.themes.some((theme) => theme.slug === 'levensbeschouwing')).map((practice) => practice.id)
    expect((await search('levensbeschouwing', { key: world.keys.all })).sort()).toEqual(withReligion.sort())
    const withNonprofit = visible.filter((practice) => practice.organisations.some((row) => row.organisation.slug === 'vzw-samenleven')).map((practice) => practice.id)
    expect((await search('samenleven', { key: world.keys.all })).sort()).toEqual(withNonprofit.sort())
  })

  it('searches the text in the requested language, falling back like the fields do', async () => {
    expect(await search('burgerschapseducatie', { locale: 'fr' })).toEqual([])
    expect(await search('citoyenneté', { locale: 'nl' })).toEqual([])
    // No French text: the French search reads the Dutch one, as the French page shows it.
    expect(await search('stadsvernieuwing', { locale: 'fr' })).toEqual([id.exact])
  })

  it('combines with filters and with other sort orders', async () => {
    expect(await search('kookatelier', { extra: ', sort: TITLE' })).toEqual([id.summaryHit, id.bodyHit, id.titleHit])
    expect(await search('kookatelier', { extra: ', sort: NEWEST' })).toEqual([id.bodyHit, id.summaryHit, id.titleHit])
    expect(await search('kookatelier', { extra: ', filter: { municipalities: ["stad-gent"] }' })).toEqual([])
  })

  it('pages through search results by relevance without duplicates', async () => {
    const whole = await search('kookatelier')
    const first = await data(server, world.keys.a, '{ practices(search: "kookatelier", first: 2) { nodes { id } pageInfo { endCursor hasNextPage } } }')
    expect(first.practices.pageInfo.hasNextPage).toBe(true)
    const rest = await data(server, world.keys.a, `{ practices(search: "kookatelier", first: 2, after: "${first.practices.pageInfo.endCursor}") { nodes { id } pageInfo { hasNextPage } } }`)
    expect([...first.practices.nodes, ...rest.practices.nodes].map((node: { id: string }) => node.id)).toEqual(whole)
    expect(rest.practices.pageInfo.hasNextPage).toBe(false)
  })

  it('pages one and two at a time through equal scores, in the order of one page, with the right page info', async () => {
    const whole = await search('buurtfeest')
    expect(whole).toEqual([id.tie1, id.tie2, id.tie3, id.tie4, id.feestBody])
    for (const size of [1, 2]) {
      const seen: string[] = []
      let after: string | null = null
      for (let page = 0; page < 10; page++) {
        const result: { practices: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean } } } = await data(
          server,
          world.keys.a,
          'query ($after: String, $first: Int) { practices(search: "buurtfeest", first: $first, after: $after) { nodes { id } pageInfo { endCursor hasNextPage hasPreviousPage } } }',
          { after, first: size },
        )
        seen.push(...result.practices.nodes.map((node) => node.id))
        expect(result.practices.pageInfo.hasPreviousPage).toBe(page > 0)
        if (!result.practices.pageInfo.hasNextPage) break
        after = result.practices.pageInfo.endCursor
      }
      expect(seen, `pages of ${size}`).toEqual(whole)
    }
  })

  it('treats an empty search, or one of only punctuation, as no search', async () => {
    const everything = (await allVisible(server, world.keys.a)).length
    expect(await search('')).toHaveLength(everything)
    expect(await search(" ' - ")).toHaveLength(everything)
  })
})
