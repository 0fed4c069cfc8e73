/**
 * What a practice looks like through the API: locale fallback, rich text in
 * three forms (the HTML sanitised), images with absolute URLs in every size,
 * and the relations of a practice.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, Practice } from '../../src/payload-types'
import { paragraph } from '../helpers/fixtures'
import { bootTestPayload, shutdownPayload, startPartnerServer, TEST_SERVER_URL, type PartnerServer } from './helpers/partnerServer'
import { buildPartnerWorld, type PartnerWorld } from './helpers/partnerWorld'
import { data } from './helpers/queries'

let server: PartnerServer
let world: PartnerWorld
let bilingual: Practice
let frenchBody: Practice
let unsafe: Practice
let illustrated: Practice
let photos: Media[]

const UNSAFE_TEXT = {
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [
      {
        type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0,
        children: [
          { type: 'text', text: 'Lees <script>alert(1)</script> en <img src=x onerror=alert(2)> verder ', format: 1, style: '', mode: 'normal', detail: 0, version: 1 },
          {
            type: 'link', format: '', indent: 0, version: 3, direction: 'ltr',
            fields: { url: 'javascript:alert(3)', linkType: 'custom', newTab: true },
            children: [{ type: 'text', text: 'hier', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
          },
          { type: 'text', text: ' of ', format: 0, style: 'background:url(javascript:alert(4))', mode: 'normal', detail: 0, version: 1 },
          { type: 'text', text: ' of op ', format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
          {
            type: 'link', format: '', indent: 0, version: 3, direction: 'ltr',
            fields: { url: 'https://www.vvsg.be/diversiteit', linkType: 'custom', newTab: false },
            children: [{ type: 'text', text: 'de site', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
          },
        ],
      },
      {
        type: 'list', listType: 'bullet', tag: 'ul', start: 1, format: '', indent: 0, version: 1, direction: 'ltr',
        children: [
          { type: 'listitem', value: 1, format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'text', text: 'Eén', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] },
          { type: 'listitem', value: 2, format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'text', text: 'Twee', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] },
        ],
      },
    ],
  },
}

async function photo(width: number, height: number, alt: string): Promise<Media> {
  const jpeg = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg({ quality: 80 })
    .toBuffer()
  return server.payload.create({
    collection: 'media',
    data: { alt } as never,
    file: { data: jpeg, mimetype: 'image/jpeg', name: `${alt.replace(/\W+/g, '-')}.jpg`, size: jpeg.length },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  const payload = await bootTestPayload()
  world = await buildPartnerWorld(payload)
  server = await startPartnerServer(payload)
  bilingual = await world.createPractice(
    { title: 'Taalpromotie in de bib', summary: 'Nederlandse samenvatting.', sites: [world.sites.a.id, world.sites.b.id], themes: [world.themes.education.id] },
    { title: 'Promotion des langues' },
  )
  frenchBody = await world.createPractice({ title: 'Volledig tweetalig', summary: 'Samenvatting.', sites: [world.sites.a.id, world.sites.b.id] }, { title: 'Entièrement bilingue', summary: 'Résumé.' })
  await payload.update({ collection: 'practices', id: frenchBody.id, locale: 'fr', data: { how: paragraph('Comment ça marche.') as never }, overrideAccess: true })
  unsafe = await world.createPractice({ title: 'Met gevaarlijke tekst', what: UNSAFE_TEXT, sites: [world.sites.a.id] })
  photos = [await photo(2400, 1600, 'Buurtfeest op het plein'), await photo(1000, 800, 'Tweede foto')]
  await payload.update({ collection: 'media', id: photos[0]!.id, locale: 'fr', data: { alt: 'Fête de quartier' }, overrideAccess: true })
  illustrated = await world.createPractice({
    title: 'Met foto’s',
    images: photos.map((media) => media.id),
    sites: [world.sites.a.id],
    links: [{ label: 'Meer weten', url: 'https://www.vvsg.be' }],
    contact: { name: 'An Peeters', email: 'an@vvsg.be', organisation: world.orgs.vvsg.id },
    policyPlan: world.plan.id,
    strategicGoals: ['SD3'],
    startDate: '2020-09-01',
  })
}, 180_000)

afterAll(async () => {
  await server?.stop()
  await shutdownPayload(server?.payload)
})

describe('locales', () => {
  const query = 'query ($id: ID, $locale: Locale) { practice(id: $id, locale: $locale) { title summary locales themes { name } } }'

  it('give the requested locale, each field falling back to the site default, then Dutch', async () => {
    const inFrench = await data(server, world.keys.a, query, { id: String(bilingual.id), locale: 'fr' })
    expect(inFrench.practice).toEqual({ title: 'Promotion des langues', summary: 'Nederlandse samenvatting.', locales: ['nl'], themes: [{ name: 'Enseignement' }] })
    // Site A speaks Dutch by default: English falls back to Dutch.
    const inEnglishForA = await data(server, world.keys.a, query, { id: String(bilingual.id), locale: 'en' })
    expect(inEnglishForA.practice.title).toBe('Taalpromotie in de bib')
    // Site B speaks French by default: English falls back to French first.
    const inEnglishForB = await data(server, world.keys.b, query, { id: String(bilingual.id), locale: 'en' })
    expect(inEnglishForB.practice).toMatchObject({ title: 'Promotion des langues', summary: 'Nederlandse samenvatting.', themes: [{ name: 'Enseignement' }] })
  })

  it("default to the site's own locale", async () => {
    expect((await data(server, world.keys.b, query, { id: String(bilingual.id) })).practice.title).toBe('Promotion des langues')
    expect((await data(server, world.keys.a, query, { id: String(bilingual.id) })).practice.title).toBe('Taalpromotie in de bib')
    const site = await data(server, world.keys.b, '{ site { name defaultLocale locales owner { name } } organisation(slug: "luik") { name } }')
    expect(site).toEqual({ site: { name: 'Site B', defaultLocale: 'fr', locales: ['fr', 'nl', 'en'], owner: { name: 'Unia' } }, organisation: { name: 'Liège' } })
  })

  it('list the locales a practice is written in: with a title and a summary', async () => {
    expect((await data(server, world.keys.a, query, { id: String(frenchBody.id) })).practice.locales).toEqual(['nl', 'fr'])
    expect((await data(server, world.keys.a, query, { id: String(bilingual.id) })).practice.locales).toEqual(['nl'])
  })

  it('apply to rich text too', async () => {
    const how = 'query ($id: ID, $locale: Locale) { practice(id: $id, locale: $locale) { how { text } } }'
    expect((await data(server, world.keys.a, how, { id: String(frenchBody.id), locale: 'nl' })).practice.how).toBeNull()
    expect((await data(server, world.keys.a, how, { id: String(frenchBody.id), locale: 'fr' })).practice.how).toEqual({ text: 'Comment ça marche.' })
    expect((await data(server, world.keys.b, how, { id: String(frenchBody.id) })).practice.how).toEqual({ text: 'Comment ça marche.' })
  })
})

describe('rich text', () => {
  it('comes as sanitised HTML, plain text and the Lexical JSON', async () => {
    const result = await data(server, world.keys.a, `{ practice(id: "${unsafe.id}") { what { html text json } } }`)
    const { html, text, json } = result.practice.what
    // No script or image element, no event handler or style attribute, no javascript: link (the text shows them escaped).
    const tags = [...html.matchAll(/<(\w+)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g)]
    const attributes = tags.flatMap((tag) => [...tag[2]!.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((attribute) => ({ name: attribute[1]!, value: attribute[2] ?? '' })))
    expect(new Set(tags.map((tag) => tag[1]))).toEqual(new Set(['p', 'strong', 'a', 'ul', 'li']))
    expect(attributes.filter((attribute) => /^on|^style$/i.test(attribute.name))).toEqual([])
    for (const href of attributes.filter((attribute) => attribute.name === 'href')) expect(href.value).toMatch(/^(https?:\/\/|#$)/)
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('<a href="https://www.vvsg.be/diversiteit">de site</a>')
    expect(html).toContain('<strong>')
    expect(html).toMatch(/<ul[^>]*><li[^>]*>Eén<\/li><li[^>]*>Twee<\/li><\/ul>/)
    expect(text).toContain('Lees <script>alert(1)</script> en')
    expect(text).toContain('Twee')
    expect(text).not.toMatch(/<(p|ul|li|strong|a)\b/)
    expect(json).toEqual(UNSAFE_TEXT)
  })
})

describe('images', () => {
  it('have absolute URLs on SERVER_URL, every variant with its size and type, and a srcset', async () => {
    const result = await data(
      server,
      world.keys.a,
      `{ practice(id: "${illustrated.id}") {
          coverImage { id alt width height url card: url(size: CARD) thumbnail: url(size: THUMBNAIL) variants { size url width height mimeType } srcset }
          images { id } } }`,
    )
    const { coverImage, images } = result.practice
    expect(images.map((image: { id: string }) => image.id)).toEqual(photos.map((media) => String(media.id)))
    expect(coverImage.id).toBe(String(photos[0]!.id))
    expect(coverImage.alt).toBe('Buurtfeest op het plein')

    const variants = Object.fromEntries(coverImage.variants.map((variant: { size: string }) => [variant.size, variant]))
    expect(Object.keys(variants).sort()).toEqual(['CARD', 'HERO', 'OG', 'ORIGINAL', 'THUMBNAIL'])
    for (const variant of coverImage.variants) {
      expect(variant.url.startsWith(`${TEST_SERVER_URL}/`), variant.url).toBe(true)
      expect(variant.width).toBeGreaterThan(0)
      expect(variant.height).toBeGreaterThan(0)
      expect(variant.mimeType).toMatch(/^image\//)
    }
    expect(variants.THUMBNAIL).toMatchObject({ width: 320, mimeType: 'image/webp' })
    expect(variants.CARD).toMatchObject({ width: 768, height: 576 })
    expect(variants.OG).toMatchObject({ width: 1200, height: 630 })
    expect(variants.HERO.width).toBe(1600)
    expect(variants.ORIGINAL).toMatchObject({ width: coverImage.width, height: coverImage.height })
    expect(coverImage.url).toBe(variants.ORIGINAL.url)
    expect(coverImage.card).toBe(variants.CARD.url)
    expect(coverImage.thumbnail).toBe(variants.THUMBNAIL.url)

    const srcset = coverImage.srcset.split(', ').map((entry: string) => entry.split(' '))
    expect(srcset.map(([, width]: string[]) => width)).toEqual(
      [...new Set<number>(coverImage.variants.map((variant: { width: number }) => variant.width))].sort((a, b) => a - b).map((width) => `${width}w`),
    )
    for (const [url] of srcset) expect(url.startsWith(TEST_SERVER_URL)).toBe(true)
  })

  it('follow the locale in their alt text', async () => {
    const result = await data(server, world.keys.a, `{ practice(id: "${illustrated.id}", locale: fr) { images { alt } } }`)
    expect(result.practice.images).toEqual([{ alt: 'Fête de quartier' }, { alt: 'Tweede foto' }])
  })

  it('count for the hasImages filter', async () => {
    const withImages = await data(server, world.keys.a, '{ practices(filter: { hasImages: true }) { nodes { id } } }')
    expect(withImages.practices.nodes).toEqual([{ id: String(illustrated.id) }])
  })
})

describe('a practice in full', () => {
  it('shows its relations, as far as the site may see them', async () => {
    const result = await data(
      server,
      world.keys.a,
      `{ practice(slug: "${illustrated.slug}") {
          slug startDate endDate ongoing regions reach recurrence
          organisations { role organisation { slug type parent { slug } } }
          municipalities { slug nisCode region }
          policyPlan { slug startYear endYear status }
          strategicGoals { code title }
          links { label url }
          contact { name email phone organisation { slug } }
          documents { id }
          publishedAt updatedAt } }`,
    )
    expect(result.practice).toMatchObject({
      slug: illustrated.slug,
      startDate: '2020-09-01',
      endDate: null,
      ongoing: true,
      regions: ['FLANDERS'],
      organisations: [{ role: 'LEAD', organisation: { slug: 'dienst-diversiteit', type: 'LOCAL_SERVICE', parent: { slug: 'stad-mechelen' } } }],
      municipalities: [{ slug: 'stad-mechelen', nisCode: '12025', region: 'FLANDERS' }],
      policyPlan: { slug: 'inclusieve-stad-2-0', startYear: 2020, endYear: 2025, status: 'ADOPTED' },
      strategicGoals: [{ code: 'SD3', title: 'Regierol naar externe partners' }],
      links: [{ label: 'Meer weten', url: 'https://www.vvsg.be' }],
      contact: { name: 'An Peeters', email: 'an@vvsg.be', phone: null, organisation: { slug: 'vvsg' } },
      documents: [],
    })
    expect(Date.parse(result.practice.publishedAt)).toBeGreaterThan(0)
    expect(result.practice.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  })

  it('is null when it does not exist, not an error', async () => {
    const response = await server.request('{ practice(slug: "bestaat-niet") { id } theme(slug: "x") { id } organisation(slug: "x") { id } policyPlan(slug: "x") { id } }', { key: world.keys.a })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ data: { practice: null, theme: null, organisation: null, policyPlan: null } })
  })
})
