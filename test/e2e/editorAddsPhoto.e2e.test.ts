/**
 * Issue 5, the editor's path in a real browser: log in to the admin in
 * Dutch, create a practice, drop a phone photo on it, fill its alt text,
 * publish, and see the photo's thumbnail in the list of practices; then drop
 * a pixel bomb and read, in Dutch, why it is refused.
 *
 * Runs against the production server (`npm run build` first) with Debian's
 * Chromium, under the admin's Content-Security-Policy: any violation the
 * browser reports fails the test. Each step leaves a screenshot in
 * test-results/e2e/.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest'

import { exifHasGps, phonePhoto, pixelBomb } from '../uploads/fixtures'
import { filesIn, served } from '../uploads/uploadClient'
import { login } from '../helpers/rest'
import { startUploadWorld, PASSWORD, type UploadWorld } from '../uploads/uploadWorld'
import { launchChromium } from './chromium'

const SCREENSHOTS = path.resolve('test-results/e2e')
const ALT = 'Buren aan een lange tafel op straat tijdens het buurtfeest'
const TITLE = 'Buurtfeest in Nekkerspoel'

let world: UploadWorld
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined
let page: Page
let step = 0
/** Everything the browser refused because of the admin's Content-Security-Policy. */
const policyViolations: string[] = []

async function screenshot(name: string): Promise<void> {
  step++
  await page.screenshot({ path: path.join(SCREENSHOTS, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: true })
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  world = await startUploadWorld()
  browser = await launchChromium()
  page = browser.context.pages()[0] ?? (await browser.context.newPage())
  page.setDefaultTimeout(30_000)
  // The admin runs under a strict policy (src/server/securityHeaders.ts): any script,
  // style, image or request it blocks shows as an event and as a console error.
  await browser.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) policyViolations.push(message.text())
  })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await world?.server.stop()
})

/** Drops files on an element the way a browser does when a file is dragged from the desktop. */
async function dropFile(target: ReturnType<Page['locator']>, file: { name: string; type: string; data: Buffer }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, base64 }) => {
      const binary = atob(base64)
      const bytes = new Uint8Array(binary.length)
      for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], name, { type }))
      return transfer
    },
    { name: file.name, type: file.type, base64: file.data.toString('base64') },
  )
  for (const event of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(event, { dataTransfer })
}

const openTab = (label: string) => page.locator('.tabs-field__tab-button', { hasText: label }).click()

it('an editor adds a phone photo to a practice, publishes it and sees its thumbnail in the list', async () => {
  const { url } = world.server
  onTestFailed(async () => {
    await screenshot('fout').catch(() => undefined)
  })

  // Log in, in Dutch, although the browser asks for English.
  await page.goto(`${url}/admin/login`)
  await expect.poll(() => page.locator('button[type=submit]').textContent()).toContain('Inloggen')
  await expect.poll(() => page.locator('label[for=field-password]').textContent()).toContain('Wachtwoord')
  await page.fill('#field-email', 'redacteur@test.be')
  await page.fill('#field-password', PASSWORD)
  await screenshot('inloggen')
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
  await screenshot('dashboard')
  const policy = (await page.request.get(`${url}/admin`)).headers()['content-security-policy'] ?? ''
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)

  // A new practice: autosave turns the create view into the draft's own page.
  await page.goto(`${url}/admin/collections/practices/create`)
  await page.locator('#field-title').fill(TITLE)
  await page.locator('#field-summary').fill('Een jaarlijks feest waar buren elkaar leren kennen.')
  await openTab('Wie en waar')
  await page.getByRole('button', { name: 'Voeg Organisatie toe' }).click()
  await page.locator('#field-organisations__0__organisation .rs__control').click()
  await page.locator('.rs__option', { hasText: 'Stad Mechelen' }).click()
  await screenshot('nieuwe-praktijk')

  // Drop a photo straight from a phone: sideways with an EXIF orientation, with a GPS position.
  const photo = await phonePhoto({ width: 2000, height: 1500 })
  expect(exifHasGps((await sharp(photo).metadata()).exif)).toBe(true)
  await openTab('Beeld en documenten')
  await dropFile(page.locator('#field-images .dropzone'), { name: 'Zomerfeest.jpg', type: 'image/jpeg', data: photo })
  const drawer = page.locator('.payload__modal-item.drawer--is-open')
  await drawer.locator('#field-alt').waitFor()
  await screenshot('foto-gesleept')
  await drawer.locator('#field-alt').fill(ALT)
  await screenshot('alt-tekst')
  await drawer.getByRole('button', { name: 'Bewaar' }).click()
  await drawer.waitFor({ state: 'detached' })
  const attached = page.locator('#field-images img').first()
  await attached.waitFor()
  await expect.poll(() => attached.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0)
  await screenshot('foto-toegevoegd')

  // Publish.
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page.locator('[data-sonner-toast]', { hasText: 'Succesvol aangepast' }).waitFor()
  await screenshot('gepubliceerd')

  // The list of practices shows the photo's thumbnail, loaded.
  await page.goto(`${url}/admin/collections/practices`)
  const row = page.locator('tbody tr', { hasText: TITLE })
  await row.waitFor()
  const thumbnail = row.locator('img').first()
  await thumbnail.waitFor()
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0)
  const thumbnailSrc = (await thumbnail.getAttribute('src')) ?? ''
  expect(thumbnailSrc).toMatch(/\/api\/media\/file\/zomerfeest-[0-9a-f]{8}-320x427\.webp/)
  await screenshot('lijst-met-miniatuur')
  expect(policyViolations, 'the admin works under its Content-Security-Policy').toEqual([])

  // Behind the screens: a published practice with the photo, stored upright and without EXIF or GPS.
  const adminToken = await login(url, 'beheerder@test.be', PASSWORD)
  const practices = await fetch(`${url}/api/practices?where[title][equals]=${encodeURIComponent(TITLE)}&depth=1`, {
    headers: { authorization: `JWT ${adminToken}` },
  }).then((response) => response.json())
  expect(practices.totalDocs).toBe(1)
  const practice = practices.docs[0]
  expect(practice._status).toBe('published')
  expect(practice.images).toHaveLength(1)
  const media = practice.images[0]
  expect(media.alt).toBe(ALT)
  expect([media.width, media.height]).toEqual([1500, 2000])
  for (const file of [media.url, media.sizes.thumbnail.url]) {
    const metadata = await sharp(await served(url, adminToken, file)).metadata()
    expect(metadata.exif, file).toBeUndefined()
    expect(metadata.height, file).toBeGreaterThan(metadata.width)
  }
})

it('a refused photo: the editor reads why, in Dutch, and nothing is stored', async () => {
  onTestFailed(async () => {
    await screenshot('fout-weigering').catch(() => undefined)
  })
  const { url } = world.server
  const filesBefore = filesIn(world.mediaDir)
  const countBefore = (await world.admin.call('GET', '/api/media?limit=1')).json.totalDocs
  await page.goto(`${url}/admin/collections/media/create`)
  await dropFile(page.locator('.dropzone').first(), { name: 'bom.png', type: 'image/png', data: await pixelBomb() })
  await page.locator('#field-alt').fill('Een verdachte afbeelding')
  await page.getByRole('button', { name: 'Bewaar' }).click()
  const toast = page.locator('[data-sonner-toast]').last()
  await toast.waitFor()
  await expect.poll(() => toast.textContent()).toContain('De afbeelding is 30000 × 30000 pixels')
  await page.waitForTimeout(500) // let the toast finish sliding in for the screenshot
  await screenshot('geweigerd')
  expect(filesIn(world.mediaDir)).toEqual(filesBefore)
  expect((await world.admin.call('GET', '/api/media?limit=1')).json.totalDocs).toBe(countBefore)
  expect(policyViolations, 'the admin works under its Content-Security-Policy').toEqual([])
})
