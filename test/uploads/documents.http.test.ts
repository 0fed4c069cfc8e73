/**
 * Issue 5, documents: PDF, DOCX and ODT, told apart by their bytes, at most
 * 25 MB, with a title; through Payload's REST API on the production server
 * with an editor's credentials.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentsDir } from '../../collections/Media'
import { docxDocument, executable, odtDocument, oversizedFile, pdfDocument, svgWithScript } from './fixtures'
import { filesIn, messageOf, served, upload, type Upload } from './uploadClient'
import { startUploadWorld, type UploadWorld } from './uploadWorld'

let world: UploadWorld
let folder: string

beforeAll(async () => {
  world = await startUploadWorld()
  folder = documentsDir()
}, 180_000)

afterAll(async () => {
  await world?.server.stop()
})

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const ODT = 'application/vnd.oasis.opendocument.text'

const uploadDocument = (file: Upload, fields: Record<string, unknown> = { title: 'Beleidsplan Inclusieve stad 2.0' }, headers?: Record<string, string>) =>
  upload(world.server.url, world.editorToken, 'documents', file, fields, headers)

async function documentCount(): Promise<number> {
  const { json } = await world.admin.call('GET', '/api/documents?limit=1&depth=0')
  return json.totalDocs as number
}

describe('accepted documents', () => {
  it.each([
    { label: 'a PDF', make: () => pdfDocument(), name: 'Beleidsplan 2020-2025.pdf', mime: 'application/pdf', extension: 'pdf' },
    { label: 'a DOCX', make: () => docxDocument(), name: 'Diversiteitsclausule.docx', mime: DOCX, extension: 'docx' },
    { label: 'an ODT', make: () => odtDocument(), name: 'Gelijke kansen.odt', mime: ODT, extension: 'odt' },
  ])('stores $label as sent, typed from its bytes, under a name of its own', async ({ make, name, mime, extension }) => {
    const data = make()
    const answer = await uploadDocument({ data, name, type: 'application/octet-stream' })
    expect(answer.status, messageOf(answer)).toBe(201)
    const doc = answer.json.doc
    expect(doc.mimeType).toBe(mime)
    expect(doc.filename).toMatch(new RegExp(`-[0-9a-f]{8}\\.${extension}$`))
    expect(doc.filesize).toBe(data.length)
    expect((await served(world.server.url, world.editorToken, doc.url)).equals(data)).toBe(true)
    expect(existsSync(path.join(folder, doc.filename))).toBe(true)
  })

  it('names a document after what it is, not what it is called: a PDF named .docx is stored as .pdf', async () => {
    const answer = await uploadDocument({ data: pdfDocument(), name: 'plan.docx', type: DOCX })
    expect(answer.status, messageOf(answer)).toBe(201)
    expect(answer.json.doc.mimeType).toBe('application/pdf')
    expect(answer.json.doc.filename).toMatch(/^plan-[0-9a-f]{8}\.pdf$/)
  })

  it('accepts a 24 MB PDF (over the 20 MB at which Payload would cut the request by default)', async () => {
    const answer = await uploadDocument({ data: pdfDocument('Groot plan', 24 * 1024 * 1024), name: 'groot-plan.pdf', type: 'application/pdf' })
    expect(answer.status, messageOf(answer)).toBe(201)
    expect(answer.json.doc.filesize).toBe(24 * 1024 * 1024)
  }, 60_000)

  it('keeps both files when two documents have the same name', async () => {
    const first = await uploadDocument({ data: pdfDocument('Eerste'), name: 'verslag.pdf', type: 'application/pdf' })
    const second = await uploadDocument({ data: pdfDocument('Tweede'), name: 'verslag.pdf', type: 'application/pdf' })
    expect([first.status, second.status]).toEqual([201, 201])
    expect(first.json.doc.filename).not.toBe(second.json.doc.filename)
    for (const [doc, text] of [
      [first.json.doc, 'Eerste'],
      [second.json.doc, 'Tweede'],
    ] as const) {
      expect((await served(world.server.url, world.editorToken, doc.url)).toString('latin1')).toContain(`(${text})`)
    }
  })
})

describe('bad documents', () => {
  type Case = { label: string; file: () => Promise<Upload> | Upload; fields?: Record<string, unknown>; status: number; message: RegExp }
  const cases: Case[] = [
    { label: 'an executable renamed to .pdf', file: async () => ({ data: await executable(), name: 'plan.pdf', type: 'application/pdf' }), status: 415, message: /geen PDF-, DOCX- of ODT-document/ },
    { label: 'a photo', file: async () => ({ data: await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).jpeg().toBuffer(), name: 'plan.pdf', type: 'application/pdf' }), status: 415, message: /geen PDF-, DOCX- of ODT-document/ },
    { label: 'an SVG', file: () => ({ data: svgWithScript(), name: 'plan.pdf', type: 'application/pdf' }), status: 415, message: /geen PDF-, DOCX- of ODT-document/ },
    { label: 'a truncated PDF', file: () => ({ data: pdfDocument('Half', 200_000).subarray(0, 100_000), name: 'half.pdf', type: 'application/pdf' }), status: 400, message: /beschadigd of onvolledig/ },
    { label: 'a truncated DOCX', file: () => ({ data: docxDocument().subarray(0, 600), name: 'half.docx', type: DOCX }), status: 400, message: /beschadigd of onvolledig/ },
    { label: 'an empty file', file: () => ({ data: Buffer.alloc(0), name: 'leeg.pdf', type: 'application/pdf' }), status: 400, message: /leeg/ },
    { label: 'a file over 25 MB', file: () => ({ data: oversizedFile(), name: 'groot.pdf', type: 'application/pdf' }), status: 413, message: /groter dan 25 MB/ },
    { label: 'a document without a title', file: () => ({ data: pdfDocument(), name: 'plan.pdf', type: 'application/pdf' }), fields: {}, status: 400, message: /title|Titel/ },
  ]

  it.each(cases)('refuses $label with a clear message and leaves nothing behind', async ({ file, fields, status, message }) => {
    const filesBefore = filesIn(world.mediaDir)
    const countBefore = await documentCount()
    const answer = await uploadDocument(await file(), fields)
    expect(answer.status, messageOf(answer)).toBe(status)
    expect(JSON.stringify(answer.json)).toMatch(message)
    expect(filesIn(world.mediaDir)).toEqual(filesBefore)
    expect(await documentCount()).toBe(countBefore)
  })

  it("answers in the editor's admin language", async () => {
    const answer = await uploadDocument({ data: await executable(), name: 'plan.pdf', type: 'application/pdf' }, { title: 'x' }, { cookie: 'payload-lng=fr' })
    expect(messageOf(answer)).toMatch(/^Ce fichier n’est pas un document PDF, DOCX ou ODT/)
  })
})
