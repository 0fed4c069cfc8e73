/**
 * Issue 5, images: every rule through the admin's own upload path, Payload's
 * REST API on the production server, with an editor's credentials. Files are
 * read back as Payload serves them, and the upload folder and the database
 * are checked after every refusal.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph } from '../helpers/fixtures'
import {
  avifPhoto,
  corruptJpeg,
  executable,
  exifHasGps,
  heicPhoto,
  oversizedFile,
  phonePhoto,
  pixelBomb,
  sidewaysPhoto,
  svgWithScript,
  transparentLogo,
  truncatedJpeg,
  UPRIGHT,
  webpPhoto,
  wideBandedPhoto,
} from './fixtures'
import { filesIn, messageOf, served, upload, type Answer, type Upload } from './uploadClient'
import { startUploadWorld, type UploadWorld } from './uploadWorld'

let world: UploadWorld

beforeAll(async () => {
  world = await startUploadWorld()
}, 180_000)

afterAll(async () => {
  await world?.server.stop()
})

type MediaDoc = {
  id: number | string
  filename: string
  mimeType: string
  width: number
  height: number
  focalX: number | null
  url: string
  sizes: Record<'thumbnail' | 'card' | 'hero' | 'og', { filename: string | null; width: number | null; height: number | null; mimeType: string | null; url: string | null }>
}

const uploadImage = (file: Upload, fields: Record<string, unknown> = { alt: 'Buurtfeest op de Grote Markt' }, headers?: Record<string, string>) =>
  upload(world.server.url, world.editorToken, 'media', file, fields, headers)

async function uploaded(file: Upload, fields?: Record<string, unknown>): Promise<MediaDoc> {
  const answer = await uploadImage(file, fields)
  expect(answer.status, messageOf(answer)).toBe(201)
  return answer.json.doc as MediaDoc
}

const fetchServed = (url: string) => served(world.server.url, world.editorToken, url)

/** The original and every size Payload serves for a media document. */
function servedFiles(doc: MediaDoc): Array<{ name: string; url: string; width: number; height: number; mimeType: string }> {
  const sizes = Object.entries(doc.sizes)
    .filter(([, size]) => size.url)
    .map(([name, size]) => ({ name, url: size.url!, width: size.width!, height: size.height!, mimeType: size.mimeType! }))
  return [{ name: 'original', url: doc.url, width: doc.width, height: doc.height, mimeType: doc.mimeType }, ...sizes]
}

const filesOf = (doc: MediaDoc) => [doc.filename, ...Object.values(doc.sizes).flatMap((size) => (size.filename ? [size.filename] : []))]

async function mediaCount(): Promise<number> {
  const { json } = await world.admin.call('GET', '/api/media?limit=1&depth=0')
  return json.totalDocs as number
}

async function pixel(image: Buffer, left: number, top: number): Promise<{ r: number; g: number; b: number }> {
  const [r, g, b] = await sharp(image).extract({ left, top, width: 1, height: 1 }).removeAlpha().raw().toBuffer()
  return { r: r!, g: g!, b: b! }
}

const near = (actual: { r: number; g: number; b: number }, expected: { r: number; g: number; b: number }, tolerance = 24) =>
  Math.abs(actual.r - expected.r) <= tolerance && Math.abs(actual.g - expected.g) <= tolerance && Math.abs(actual.b - expected.b) <= tolerance

/** Checks that a served file carries no metadata at all, and no trace of the phone's EXIF. */
async function expectNoMetadata(bytes: Buffer, label: string): Promise<void> {
  const metadata = await sharp(bytes).metadata()
  expect(metadata.exif, `${label}: EXIF`).toBeUndefined()
  expect(exifHasGps(metadata.exif), `${label}: GPS`).toBe(false)
  expect(metadata.xmp, `${label}: XMP`).toBeUndefined()
  expect(metadata.iptc, `${label}: IPTC`).toBeUndefined()
  expect(metadata.icc, `${label}: ICC profile`).toBeUndefined()
  expect(metadata.orientation, `${label}: orientation tag`).toBeUndefined()
  const text = bytes.toString('latin1')
  expect(text.includes('Exif\0\0'), `${label}: an Exif block`).toBe(false)
  expect(text.includes('TestPhone'), `${label}: the phone's make`).toBe(false)
}

describe('a 12-megapixel phone photo', () => {
  let doc: MediaDoc
  let original: Buffer

  beforeAll(async () => {
    original = await phonePhoto()
    expect(original.length).toBeGreaterThan(4_000_000)
    expect(original.length).toBeLessThan(8_000_000)
    const source = await sharp(original).metadata()
    expect([source.width, source.height, source.orientation, exifHasGps(source.exif)]).toEqual([4000, 3000, 6, true])
    doc = await uploaded({ data: original, name: 'IMG_0042.JPG', type: 'image/jpeg' })
  }, 60_000)

  it('is stored upright, at most 2560 px on its long side, re-encoded as JPEG', async () => {
    expect([doc.width, doc.height, doc.mimeType]).toEqual([1920, 2560, 'image/jpeg'])
    expect(doc.filename).toMatch(/^img-0042-[0-9a-f]{8}\.jpg$/)
    const bytes = await fetchServed(doc.url)
    expect(bytes.equals(original)).toBe(false)
    const stored = await sharp(bytes).metadata()
    expect([stored.format, stored.width, stored.height]).toEqual(['jpeg', 1920, 2560])
  })

  it('gets the four WebP sizes with the dimensions partner sites expect', () => {
    const dimensions = Object.fromEntries(Object.entries(doc.sizes).map(([name, size]) => [name, [size.width, size.height, size.mimeType]]))
    expect(dimensions).toEqual({
      thumbnail: [320, 427, 'image/webp'],
      card: [768, 576, 'image/webp'],
      hero: [1600, 2133, 'image/webp'],
      og: [1200, 630, 'image/webp'],
    })
  })

  it('serves every file with the stated format and size, and without EXIF, GPS or any other metadata', async () => {
    for (const file of servedFiles(doc)) {
      const bytes = await fetchServed(file.url)
      const metadata = await sharp(bytes).metadata()
      expect([metadata.width, metadata.height, `image/${metadata.format}`], file.name).toEqual([file.width, file.height, file.mimeType])
      await expectNoMetadata(bytes, file.name)
    }
  })
})

describe('orientation and focal point', () => {
  it('turns a photo stored sideways (EXIF orientation 6) upright, in the original and every size', async () => {
    const doc = await uploaded({ data: await sidewaysPhoto(), name: 'rechtop.jpg', type: 'image/jpeg' })
    expect([doc.width, doc.height]).toEqual([UPRIGHT.width, UPRIGHT.height])
    for (const file of servedFiles(doc).filter((served) => served.name !== 'card')) {
      const bytes = await fetchServed(file.url)
      const { width, height } = await sharp(bytes).metadata()
      expect(height, `${file.name} is portrait`).toBeGreaterThan(width)
      const top = await pixel(bytes, Math.floor(width / 2), Math.floor(height * 0.1))
      const bottom = await pixel(bytes, Math.floor(width / 2), Math.floor(height * 0.9))
      expect(near(top, UPRIGHT.sky), `${file.name}: sky on top, got ${JSON.stringify(top)}`).toBe(true)
      expect(near(bottom, UPRIGHT.grass), `${file.name}: grass below, got ${JSON.stringify(bottom)}`).toBe(true)
    }
  })

  it('crops card (4:3) and og (1200 × 630) around the focal point the editor set', async () => {
    const red = { r: 208, g: 32, b: 32 }
    const blue = { r: 32, g: 64, b: 208 }
    const photo = await wideBandedPhoto()
    const left = await uploaded({ data: photo, name: 'band.jpg', type: 'image/jpeg' }, { alt: 'Rode band links', focalX: 5, focalY: 50 })
    const right = await uploaded({ data: photo, name: 'band.jpg', type: 'image/jpeg' }, { alt: 'Rode band links', focalX: 95, focalY: 50 })
    expect([left.focalX, right.focalX]).toEqual([5, 95])
    for (const [doc, expected] of [
      [left, red],
      [right, blue],
    ] as const) {
      const card = await fetchServed(doc.sizes.card.url!)
      const og = await fetchServed(doc.sizes.og.url!)
      expect(await sharp(card).metadata()).toMatchObject({ width: 768, height: 576 })
      expect(await sharp(og).metadata()).toMatchObject({ width: 1200, height: 630 })
      expect(near(await pixel(card, 20, 288), expected, 40), `card at focal x ${doc.focalX}`).toBe(true)
      expect(near(await pixel(og, 100, 315), expected, 40), `og at focal x ${doc.focalX}`).toBe(true)
    }
  })
})

describe('accepted formats, told apart by their bytes', () => {
  it('keeps a transparent PNG logo transparent (stored as WebP)', async () => {
    const doc = await uploaded({ data: await transparentLogo(), name: 'logo.png', type: 'image/png' })
    expect([doc.mimeType, doc.width, doc.height]).toEqual(['image/webp', 600, 300])
    expect(doc.filename).toMatch(/\.webp$/)
    const metadata = await sharp(await fetchServed(doc.url)).metadata()
    expect(metadata.hasAlpha).toBe(true)
    // A small logo keeps its size: no blown-up hero, no card or og crop.
    expect([doc.sizes.thumbnail.width, doc.sizes.hero.width, doc.sizes.card.filename, doc.sizes.og.filename]).toEqual([320, 600, null, null])
  })

  it('accepts WebP (dropping its EXIF) and AVIF', async () => {
    const webp = await uploaded({ data: await webpPhoto(), name: 'foto.webp', type: 'image/webp' })
    expect([webp.width, webp.height]).toEqual([1000, 750])
    for (const file of servedFiles(webp)) await expectNoMetadata(await fetchServed(file.url), `webp ${file.name}`)
    const avif = await uploaded({ data: await avifPhoto(), name: 'foto.avif', type: 'image/avif' })
    expect([avif.mimeType, avif.width, avif.height]).toEqual(['image/jpeg', 900, 600])
  })

  it('converts a HEIC photo from a phone to JPEG, without its EXIF and GPS position', async () => {
    const heic = await heicPhoto()
    expect(exifHasGps((await sharp(heic).metadata()).exif)).toBe(true)
    const doc = await uploaded({ data: heic, name: 'IMG_1234.HEIC', type: 'image/heic' })
    expect([doc.mimeType, doc.width, doc.height]).toEqual(['image/jpeg', 640, 480])
    expect(doc.filename).toMatch(/^img-1234-[0-9a-f]{8}\.jpg$/)
    for (const file of servedFiles(doc)) await expectNoMetadata(await fetchServed(file.url), `heic ${file.name}`)
  })

  it('goes by the bytes, not by the name or the declared type', async () => {
    const png = await uploaded({ data: await transparentLogo(), name: 'vakantie.jpg', type: 'image/jpeg' })
    expect(png.mimeType).toBe('image/webp')
    const jpeg = await uploaded({ data: await sidewaysPhoto(), name: 'schema.png', type: 'image/png' })
    expect([jpeg.mimeType, jpeg.filename.endsWith('.jpg')]).toEqual(['image/jpeg', true])
  })
})

describe('bad input', () => {
  type Case = { label: string; file: () => Promise<Upload> | Upload; status: number; message: RegExp }
  const cases: Case[] = [
    { label: 'a truncated JPEG', file: async () => ({ data: await truncatedJpeg(), name: 'half.jpg', type: 'image/jpeg' }), status: 400, message: /beschadigd of onvolledig/ },
    { label: 'a corrupt JPEG', file: async () => ({ data: await corruptJpeg(), name: 'kapot.jpg', type: 'image/jpeg' }), status: 400, message: /beschadigd of onvolledig/ },
    { label: 'an executable renamed to .jpg', file: async () => ({ data: await executable(), name: 'foto.jpg', type: 'image/jpeg' }), status: 415, message: /geen afbeelding in JPEG, PNG, WebP, AVIF of HEIC/ },
    { label: 'a pixel bomb (30,000 × 30,000 declared)', file: async () => ({ data: await pixelBomb(), name: 'bom.png', type: 'image/png' }), status: 413, message: /30000 × 30000 pixels.*maximum is 50 megapixel/ },
    { label: 'an SVG with a script', file: () => ({ data: svgWithScript(), name: 'logo.svg', type: 'image/svg+xml' }), status: 415, message: /SVG-bestanden worden niet aanvaard/ },
    { label: 'an SVG renamed to .png', file: () => ({ data: svgWithScript(), name: 'logo.png', type: 'image/png' }), status: 415, message: /SVG-bestanden worden niet aanvaard/ },
    { label: 'an empty file', file: () => ({ data: Buffer.alloc(0), name: 'leeg.jpg', type: 'image/jpeg' }), status: 400, message: /leeg/ },
    { label: 'a file over 25 MB', file: () => ({ data: oversizedFile(), name: 'groot.jpg', type: 'image/jpeg' }), status: 413, message: /groter dan 25 MB/ },
  ]

  it.each(cases)('refuses $label with a clear message and leaves nothing behind', async ({ file, status, message }) => {
    const filesBefore = filesIn(world.mediaDir)
    const countBefore = await mediaCount()
    const answer = await uploadImage(await file())
    expect(answer.status, messageOf(answer)).toBe(status)
    expect(messageOf(answer)).toMatch(message)
    expect(filesIn(world.mediaDir)).toEqual(filesBefore)
    expect(await mediaCount()).toBe(countBefore)
  })

  it('refuses an image without alt text, leaving nothing behind', async () => {
    const filesBefore = filesIn(world.mediaDir)
    const countBefore = await mediaCount()
    const answer = await uploadImage({ data: await sidewaysPhoto(), name: 'zonder-alt.jpg', type: 'image/jpeg' }, {})
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toMatch(/alt/)
    expect(filesIn(world.mediaDir)).toEqual(filesBefore)
    expect(await mediaCount()).toBe(countBefore)
  })

  it('refuses a create without a file, so Payload never fetches a URL from the request instead', async () => {
    const filesBefore = filesIn(world.mediaDir)
    const answer = await world.admin.call('POST', '/api/media', { alt: 'x', filename: 'elders.jpg', url: 'http://127.0.0.1:9/elders.jpg' })
    expect(answer.status).toBe(400)
    expect(messageOf(answer)).toMatch(/Kies een bestand/)
    expect(filesIn(world.mediaDir)).toEqual(filesBefore)
  })

  it("answers in the editor's admin language", async () => {
    const bomb = { data: await pixelBomb(), name: 'bom.png', type: 'image/png' }
    const french = await uploadImage(bomb, { alt: 'x' }, { cookie: 'payload-lng=fr' })
    expect(messageOf(french)).toMatch(/^L’image fait 30000 × 30000 pixels/)
    const english = await uploadImage(bomb, { alt: 'x' }, { 'accept-language': 'en' })
    expect(messageOf(english)).toMatch(/^The image is 30000 × 30000 pixels/)
    const dutch = await uploadImage({ data: svgWithScript(), name: 'x.svg', type: 'image/svg+xml' }, { alt: 'x' }, { 'accept-language': 'en', cookie: 'payload-lng=nl' })
    expect(messageOf(dutch)).toMatch(/^SVG-bestanden/)
  })
})

describe('uploads with the same file name', () => {
  const colours = ['#c00', '#0a0', '#00c', '#cc0', '#0cc', '#c0c']
  const photoIn = (colour: string) => sharp({ create: { width: 800, height: 600, channels: 3, background: colour } }).jpeg().toBuffer()

  it('keep their own files, one after the other and all at once; nothing is overwritten', async () => {
    const first = await uploaded({ data: await photoIn(colours[0]!), name: 'IMG_0001.jpg', type: 'image/jpeg' })
    const second = await uploaded({ data: await photoIn(colours[1]!), name: 'IMG_0001.jpg', type: 'image/jpeg' })
    const together = await Promise.all(
      colours.slice(2).map(async (colour) => uploaded({ data: await photoIn(colour), name: 'IMG_0001.jpg', type: 'image/jpeg' })),
    )
    const docs = [first, second, ...together]
    const names = docs.flatMap(filesOf)
    expect(new Set(names).size).toBe(names.length)
    for (const [index, doc] of docs.entries()) {
      for (const name of filesOf(doc)) expect(existsSync(path.join(world.mediaDir, name)), name).toBe(true)
      const centre = await pixel(await fetchServed(doc.url), 400, 300)
      const expected = await sharp({ create: { width: 1, height: 1, channels: 3, background: colours[index]! } }).raw().toBuffer()
      expect(near(centre, { r: expected[0]!, g: expected[1]!, b: expected[2]! }), `upload ${index} kept its own picture`).toBe(true)
    }
  })

  it('ten at once are all accepted: queued, not refused', async () => {
    const photo = await phonePhoto({ width: 2000, height: 1500 })
    const answers: Answer[] = await Promise.all(Array.from({ length: 10 }, (_, index) => uploadImage({ data: photo, name: `reeks-${index}.jpg`, type: 'image/jpeg' })))
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201))
  }, 120_000)
})

describe('deleting', () => {
  async function practiceWith(imageId: number | string, status: 'published' | 'draft', title: string) {
    const body = {
      title,
      summary: 'Korte samenvatting.',
      what: paragraph('Wat het is.'),
      reach: 2,
      recurrence: 3,
      organisations: [{ organisation: world.municipalityId, role: 'lead' }],
      municipalities: [world.municipalityId],
      ownerTeam: world.teamId,
      images: [imageId],
      _status: status,
    }
    const answer = await world.admin.call('POST', `/api/practices${status === 'draft' ? '?draft=true' : ''}`, body)
    expect(answer.status, JSON.stringify(answer.json)).toBe(201)
    return answer.json.doc as { id: number | string }
  }

  it('removes the original and every size from disk', async () => {
    const doc = await uploaded({ data: await phonePhoto({ width: 2000, height: 1500 }), name: 'weg.jpg', type: 'image/jpeg' })
    const files = filesOf(doc)
    expect(files).toHaveLength(5)
    for (const name of files) expect(existsSync(path.join(world.mediaDir, name))).toBe(true)
    const answer = await world.admin.call('DELETE', `/api/media/${doc.id}`)
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    for (const name of files) expect(existsSync(path.join(world.mediaDir, name)), name).toBe(false)
    expect((await world.admin.call('GET', `/api/media/${doc.id}`)).status).toBe(404)
  })

  it('of a replaced file removes the old files; the new one is checked and normalised like any upload', async () => {
    const before = await uploaded({ data: await sidewaysPhoto(), name: 'eerst.jpg', type: 'image/jpeg' })
    const refused = await upload(world.server.url, world.editorToken, 'media', { data: await pixelBomb(), name: 'bom.png', type: 'image/png' }, {}, {}, before.id)
    expect(refused.status).toBe(413)
    for (const name of filesOf(before)) expect(existsSync(path.join(world.mediaDir, name)), name).toBe(true)

    const replaced = await upload(world.server.url, world.editorToken, 'media', { data: await phonePhoto({ width: 2000, height: 1500 }), name: 'daarna.jpg', type: 'image/jpeg' }, {}, {}, before.id)
    expect(replaced.status, messageOf(replaced)).toBe(200)
    const after = replaced.json.doc as MediaDoc
    expect(after.filename).toMatch(/^daarna-[0-9a-f]{8}\.jpg$/)
    expect([after.width, after.height]).toEqual([1500, 2000])
    for (const name of filesOf(before)) expect(existsSync(path.join(world.mediaDir, name)), name).toBe(false)
    for (const file of servedFiles(after)) await expectNoMetadata(await fetchServed(file.url), `replaced ${file.name}`)
  })

  it('is refused for an image a published practice uses, naming the practices; its files stay', async () => {
    const doc = await uploaded({ data: await sidewaysPhoto(), name: 'in-gebruik.jpg', type: 'image/jpeg' })
    await practiceWith(doc.id, 'published', 'Diversiteitsclausule in Mechelen')
    await practiceWith(doc.id, 'published', 'Buurtfeest Nekkerspoel')
    const answer = await world.admin.call('DELETE', `/api/media/${doc.id}`)
    expect(answer.status).toBe(409)
    expect(messageOf(answer)).toBe(
      'Deze afbeelding wordt gebruikt in gepubliceerde praktijken: “Buurtfeest Nekkerspoel”, “Diversiteitsclausule in Mechelen”. Haal ze daar eerst weg.',
    )
    for (const name of filesOf(doc)) expect(existsSync(path.join(world.mediaDir, name)), name).toBe(true)
    expect((await world.admin.call('GET', `/api/media/${doc.id}`)).status).toBe(200)
  })

  it('is allowed for an image only a draft uses', async () => {
    const doc = await uploaded({ data: await sidewaysPhoto(), name: 'concept.jpg', type: 'image/jpeg' })
    await practiceWith(doc.id, 'draft', 'Nog niet gepubliceerd')
    const answer = await world.admin.call('DELETE', `/api/media/${doc.id}`)
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    for (const name of filesOf(doc)) expect(existsSync(path.join(world.mediaDir, name)), name).toBe(false)
  })

  it('is for administrators only', async () => {
    const doc = await uploaded({ data: await sidewaysPhoto(), name: 'blijft.jpg', type: 'image/jpeg' })
    const response = await fetch(`${world.server.url}/api/media/${doc.id}`, { method: 'DELETE', headers: { authorization: `JWT ${world.editorToken}` } })
    expect(response.status).toBe(403)
    for (const name of filesOf(doc)) expect(existsSync(path.join(world.mediaDir, name)), name).toBe(true)
  })
})
