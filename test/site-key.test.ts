import { spawn } from 'node:child_process'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashApiKey } from '../src/site-keys/keys'
import { bootPayload, shutdownPayload } from './helpers/payload'

let payload: Payload

function runSiteKey(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/site-key.ts', ...args], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

beforeAll(async () => {
  payload = await bootPayload()
  const owner = await payload.create({ collection: 'organisations', data: { name: 'Unia', type: 'umbrella' } as never, overrideAccess: true })
  await payload.create({
    collection: 'sites',
    data: { name: 'Kies Gelijke Kansen', slug: 'unia', owner: owner.id, defaultLocale: 'nl', enabledLocales: ['nl', 'fr'] } as never,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await shutdownPayload(payload)
})

describe('npm run site:key', () => {
  it('creates a key for the site, prints it alone on the last line and stores only its hash', async () => {
    const result = await runSiteKey(['unia', '--label', 'Productiewebsite'])
    expect(result.code, result.stderr).toBe(0)
    const key = result.stdout.trim().split('\n').at(-1)!
    expect(key).toMatch(/^pbk_[A-Za-z0-9_-]{43}$/)
    const stored = await payload.find({ collection: 'api-keys', where: { label: { equals: 'Productiewebsite' } }, showHiddenFields: true, overrideAccess: true })
    expect(stored.totalDocs).toBe(1)
    expect((stored.docs[0] as { keyHash?: string }).keyHash).toBe(hashApiKey(key))
    expect(JSON.stringify(stored.docs[0])).not.toContain(key)
  })

  it('names the existing sites when the slug is unknown', async () => {
    const result = await runSiteKey(['vvsg'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Onbekende partnersite "vvsg"\. Bestaande sites: unia\./)
  })

  it('explains its usage without a slug', async () => {
    const result = await runSiteKey([])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Gebruik: npm run site:key -- <site-slug>/)
  })
})
