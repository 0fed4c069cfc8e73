/**
 * A HEIC photo (what iPhones take) as a JPEG that sharp can read. sharp's
 * prebuilt libvips has no HEVC decoder (patents), so heic-convert decodes it
 * in WebAssembly; libheif applies the container's rotation and mirroring
 * while decoding, and the pixels come out without any EXIF or GPS data.
 * The JPEG is only an intermediate: normaliseImage re-encodes it.
 *
 * heic-convert is loaded on the first HEIC upload, not at start: loading it
 * instantiates libheif's WebAssembly with 16 MB of memory (18 MB less
 * external memory at the production server's start without it).
 */
export async function heicToJpeg(data: Buffer): Promise<Buffer> {
  const { default: convert } = await import('heic-convert')
  const jpeg = await convert({ buffer: data, format: 'JPEG', quality: 0.95 })
  return Buffer.from(jpeg instanceof ArrayBuffer ? new Uint8Array(jpeg) : jpeg)
}
