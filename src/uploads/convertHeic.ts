import convert from 'heic-convert'

/**
 * A HEIC photo (what iPhones take) as a JPEG that sharp can read. sharp's
 * prebuilt libvips has no HEVC decoder (patents), so heic-convert decodes it
 * in WebAssembly; libheif applies the container's rotation and mirroring
 * while decoding, and the pixels come out without any EXIF or GPS data.
 * The JPEG is only an intermediate: normaliseImage re-encodes it.
 */
export async function heicToJpeg(data: Buffer): Promise<Buffer> {
  const jpeg = await convert({ buffer: data, format: 'JPEG', quality: 0.95 })
  return Buffer.from(jpeg instanceof ArrayBuffer ? new Uint8Array(jpeg) : jpeg)
}
