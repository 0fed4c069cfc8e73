import sharp from 'sharp'

/**
 * Demo "photos", drawn at seed time so the repository holds no binaries: an
 * SVG with gradients, soft shapes and the practice's initials, rendered by
 * sharp to a 1600×1067 JPEG. The colours and shapes follow from the seed
 * text, so a practice gets the same picture on every run.
 */

export const PHOTO_WIDTH = 1600
export const PHOTO_HEIGHT = 1067

type PhotoOptions = {
  /** The text the initials and the colours are taken from (the practice's title). */
  title: string
  /** Which photo of the practice (0, 1, 2): shifts the palette and the layout. */
  variant?: number
}

/** Initials of the significant words of a title, at most three ("Diversiteitsclausule in samenwerkingsovereenkomsten" → "DS"). */
export function initialsOf(title: string): string {
  const small = new Set(['de', 'het', 'een', 'en', 'in', 'op', 'van', 'voor', 'met', 'tot', 'la', 'le', 'les', 'des', 'du', 'et', 'à', 'the', 'of', 'and', 'for'])
  const words = title
    .split(/[\s:/,–-]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0 && !small.has(word.toLowerCase()))
  const letters = words.slice(0, 3).map((word) => word[0]!.toUpperCase())
  return letters.join('') || 'PB'
}

/** A small deterministic hash (FNV-1a) of a string. */
function hash(text: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

/** A pseudo-random sequence in [0, 1) from a seed (mulberry32). */
function sequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The SVG of a demo photo. */
export function photoSvg({ title, variant = 0 }: PhotoOptions): string {
  const random = sequence(hash(`${title}#${variant}`))
  const hue = (hash(title) % 360 + variant * 47) % 360
  const second = (hue + 35 + Math.floor(random() * 60)) % 360
  const accent = (hue + 180 + Math.floor(random() * 40)) % 360
  const w = PHOTO_WIDTH
  const h = PHOTO_HEIGHT

  const circles = Array.from({ length: 7 }, (_, index) => {
    const cx = Math.round(random() * w)
    const cy = Math.round(random() * h)
    const r = Math.round(90 + random() * 320)
    const tone = index % 2 === 0 ? accent : second
    const opacity = (0.12 + random() * 0.25).toFixed(2)
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="hsl(${tone} 70% 70%)" fill-opacity="${opacity}"/>`
  }).join('')

  const bands = Array.from({ length: 3 }, (_, index) => {
    const y = Math.round(h * (0.55 + index * 0.12 + random() * 0.05))
    const lift = Math.round(80 + random() * 160)
    return `<path d="M0 ${y} C ${w * 0.3} ${y - lift}, ${w * 0.6} ${y + lift}, ${w} ${y - lift / 2} L ${w} ${h} L 0 ${h} Z" fill="hsl(${(hue + index * 12) % 360} 55% ${22 + index * 6}%)" fill-opacity="0.35"/>`
  }).join('')

  const initials = escapeXml(initialsOf(title))
  const cx = variant % 2 === 0 ? w / 2 : w * 0.68
  const cy = h * 0.46

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 68% 48%)"/>
      <stop offset="1" stop-color="hsl(${second} 62% 30%)"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.45" r="0.6">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${w}" height="${h}" fill="url(#sky)"/>
  ${circles}
  ${bands}
  <rect width="${w}" height="${h}" fill="url(#glow)"/>
  <circle cx="${cx}" cy="${cy}" r="230" fill="#ffffff" fill-opacity="0.16" stroke="#ffffff" stroke-opacity="0.55" stroke-width="6"/>
  <text x="${cx}" y="${cy}" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-weight="700" font-size="${initials.length > 2 ? 170 : 210}" fill="#ffffff" fill-opacity="0.95">${initials}</text>
</svg>`
}

/** A demo photo as a JPEG buffer. */
export async function generatePhoto(options: PhotoOptions): Promise<Buffer> {
  return sharp(Buffer.from(photoSvg(options))).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
