/**
 * The upload pipeline's parts on their own, without a server: type
 * detection, header reading, normalisation, the work queue and file names.
 * The HTTP tests beside this file prove the whole path.
 */
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { detectFileType } from '../../src/uploads/detectFileType'
import { documentIsComplete } from '../../src/uploads/documentIsComplete'
import { MAX_LONG_SIDE } from '../../src/uploads/limits'
import { normaliseImage, UnreadableImageError } from '../../src/uploads/normaliseImage'
import { readImageHeader } from '../../src/uploads/readImageHeader'
import { uniqueFilename } from '../../src/uploads/uniqueFilename'
import { WorkQueue } from '../../src/uploads/uploadQueue'
import {
  avifPhoto,
  corruptJpeg,
  docxDocument,
  executable,
  exifHasGps,
  heicPhoto,
  odtDocument,
  pdfDocument,
  phonePhoto,
  pixelBomb,
  sidewaysPhoto,
  svgWithScript,
  transparentLogo,
  truncatedJpeg,
  UPRIGHT,
  webpPhoto,
} from './fixtures'

describe('detectFileType', () => {
  it.each([
    ['a JPEG', () => sidewaysPhoto(), 'image/jpeg'],
    ['a PNG', () => transparentLogo(), 'image/png'],
    ['a WebP', () => webpPhoto(), 'image/webp'],
    ['an AVIF', () => avifPhoto(), 'image/avif'],
    ['a HEIC', () => heicPhoto(), 'image/heic'],
    ['a PDF', () => pdfDocument(), 'application/pdf'],
    ['a DOCX', () => docxDocument(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an ODT', () => odtDocument(), 'application/vnd.oasis.opendocument.text'],
    ['an executable', () => executable(), 'application/x-elf'],
  ])('recognises %s from its bytes', async (_label, make, mime) => {
    expect(await detectFileType(await make())).toMatchObject({ kind: 'binary', mime })
  })

  it('tells an SVG apart, with or without an XML prolog', async () => {
    expect(await detectFileType(svgWithScript())).toEqual({ kind: 'svg' })
    expect(await detectFileType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ kind: 'svg' })
    expect(await detectFileType(Buffer.from('<!-- logo -->\n<svg viewBox="0 0 1 1"></svg>'))).toEqual({ kind: 'svg' })
  })

  it('knows nothing of empty files or plain text', async () => {
    expect(await detectFileType(Buffer.alloc(0))).toEqual({ kind: 'unknown' })
    expect(await detectFileType(Buffer.from('Dit is geen afbeelding.'))).toEqual({ kind: 'unknown' })
  })
})

describe('readImageHeader', () => {
  it('measures a pixel bomb from its header, without decoding it', async () => {
    const started = performance.now()
    expect(await readImageHeader(await pixelBomb())).toMatchObject({ width: 30_000, height: 30_000 })
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('reports HEVC for a HEIC, which sharp alone cannot decode', async () => {
    expect(await readImageHeader(await heicPhoto())).toMatchObject({ width: 640, height: 480, compression: 'hevc' })
  })

  it('gives up on bytes that are no image', async () => {
    expect(await readImageHeader(Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]))).toBeUndefined()
  })
})

describe('normaliseImage', () => {
  const normalised = async (data: Buffer) => normaliseImage(data, (await readImageHeader(data))!)

  it('turns a 12 MP phone photo upright, caps it at 2560 px and drops all metadata', async () => {
    const result = await normalised(await phonePhoto())
    expect([result.mimetype, result.width, result.height]).toEqual(['image/jpeg', 1920, MAX_LONG_SIDE])
    const metadata = await sharp(result.data).metadata()
    expect([metadata.width, metadata.height, metadata.orientation, metadata.exif, metadata.icc, metadata.xmp]).toEqual([
      1920,
      MAX_LONG_SIDE,
      undefined,
      undefined,
      undefined,
      undefined,
    ])
    expect(exifHasGps(metadata.exif)).toBe(false)
  })

  it('applies the EXIF orientation to the pixels', async () => {
    const result = await normalised(await sidewaysPhoto())
    expect([result.width, result.height]).toEqual([UPRIGHT.width, UPRIGHT.height])
    const [r, g, b] = await sharp(result.data).extract({ left: 200, top: 20, width: 1, height: 1 }).raw().toBuffer()
    expect(b! > r! && b! > g!).toBe(true) // sky on top
  })

  it('never enlarges, and keeps transparency as WebP', async () => {
    const result = await normalised(await transparentLogo())
    expect([result.mimetype, result.width, result.height]).toEqual(['image/webp', 600, 300])
    expect((await sharp(result.data).metadata()).hasAlpha).toBe(true)
  })

  it('converts HEIC to JPEG', async () => {
    const result = await normalised(await heicPhoto())
    expect([result.mimetype, result.width, result.height]).toEqual(['image/jpeg', 640, 480])
    expect((await sharp(result.data).metadata()).exif).toBeUndefined()
  })

  it.each([
    ['a truncated JPEG', truncatedJpeg],
    ['a corrupt JPEG', corruptJpeg],
    ['a pixel bomb that got past the header check', pixelBomb],
  ])('refuses %s as unreadable', async (_label, make) => {
    const data = await make()
    await expect(normaliseImage(data, (await readImageHeader(data))!)).rejects.toBeInstanceOf(UnreadableImageError)
  })
})

describe('WorkQueue', () => {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('runs at most its concurrency at once, in order of arrival, and queues the rest', async () => {
    const queue = new WorkQueue(2)
    let running = 0
    let most = 0
    const started: number[] = []
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        queue.run(async () => {
          started.push(index)
          running++
          most = Math.max(most, running)
          await pause(5)
          running--
          return index * 2
        }),
      ),
    )
    expect(results).toEqual(Array.from({ length: 10 }, (_, index) => index * 2))
    expect(most).toBe(2)
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(queue.stats()).toEqual({ active: 0, waiting: 0, peak: 2 })
  })

  it('frees the slot of a task that fails', async () => {
    const queue = new WorkQueue(1)
    await expect(queue.run(async () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot')
    expect(await queue.run(async () => 'daarna')).toBe('daarna')
    expect(queue.stats()).toMatchObject({ active: 0, waiting: 0 })
  })

  it('wants a whole number of at least one', () => {
    expect(() => new WorkQueue(0)).toThrow()
    expect(() => new WorkQueue(1.5)).toThrow()
  })
})

describe('uniqueFilename', () => {
  it('keeps a readable slug, adds a random suffix and the real extension', () => {
    const name = uniqueFilename('IMG_0042.HEIC', 'jpg', 'afbeelding')
    expect(name).toMatch(/^img-0042-[0-9a-f]{8}\.jpg$/)
    expect(uniqueFilename('IMG_0042.HEIC', 'jpg', 'afbeelding')).not.toBe(name)
    expect(uniqueFilename('Één café.jpeg', 'jpg', 'afbeelding')).toMatch(/^een-cafe-[0-9a-f]{8}\.jpg$/)
    expect(uniqueFilename('../../etc/passwd', 'pdf', 'document')).toMatch(/^etc-passwd-[0-9a-f]{8}\.pdf$/)
    expect(uniqueFilename('…', 'pdf', 'document')).toMatch(/^document-[0-9a-f]{8}\.pdf$/)
  })
})

describe('documentIsComplete', () => {
  it('wants the end of a PDF and of a ZIP-based document', () => {
    const pdf = pdfDocument('x', 5000)
    expect(documentIsComplete(pdf, 'application/pdf')).toBe(true)
    expect(documentIsComplete(pdf.subarray(0, 2500), 'application/pdf')).toBe(false)
    const docx = docxDocument()
    expect(documentIsComplete(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(true)
    expect(documentIsComplete(docx.subarray(0, docx.length - 30), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(false)
  })
})
