/**
 * Object storage is switched on by the environment. No S3 server runs here,
 * so this proves only the wiring: with S3_BUCKET set, media and documents
 * are stored through the S3 adapter and not on local disk. Storing, serving
 * and deleting against a real bucket are for a machine that has one.
 */
import { describe, expect, it } from 'vitest'

import { hasPublicFileGrant, PUBLIC_FILE_HEADER, signPublicFile } from '../src/access/publicFileGrant'
import { parseEnv } from '../src/config/env'

describe('object storage settings', () => {
  const base = { NODE_ENV: 'development' } as NodeJS.ProcessEnv

  it('are off without S3_BUCKET', () => {
    expect(parseEnv(base).objectStorage).toBeNull()
  })

  it('need credentials with a bucket, naming the missing variable', () => {
    expect(() => parseEnv({ ...base, S3_BUCKET: 'praktijkenbank' })).toThrow(/^Configuration error: S3_ACCESS_KEY_ID is required when S3_BUCKET is set$/)
    expect(() => parseEnv({ ...base, S3_BUCKET: 'praktijkenbank', S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_SECRET_ACCESS_KEY/)
    expect(() => parseEnv({ ...base, S3_ENDPOINT: 's3.example.net' })).toThrow(/S3_ENDPOINT must be an absolute http\(s\) URL/)
  })

  it('are read from the environment', () => {
    const settings = parseEnv({
      ...base,
      S3_BUCKET: 'praktijkenbank',
      S3_REGION: 'fr-par',
      S3_ENDPOINT: 'https://s3.fr-par.scw.cloud',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: '/productie/',
    }).objectStorage
    expect(settings).toEqual({
      bucket: 'praktijkenbank',
      region: 'fr-par',
      endpoint: 'https://s3.fr-par.scw.cloud',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      prefix: 'productie',
    })
  })
})

describe('the S3 adapter', () => {
  it('takes over media and documents when S3_BUCKET is set', async () => {
    process.env.S3_BUCKET = 'praktijkenbank-test'
    process.env.S3_ACCESS_KEY_ID = 'test-id'
    process.env.S3_SECRET_ACCESS_KEY = 'test-secret'
    const { default: configPromise } = await import('../payload.config')
    const config = await configPromise
    for (const slug of ['media', 'documents']) {
      const collection = config.collections.find((candidate) => candidate.slug === slug)!
      expect(collection.upload && typeof collection.upload === 'object' && collection.upload.disableLocalStorage, slug).toBe(true)
      expect(collection.fields.some((field) => 'name' in field && field.name === 'prefix'), slug).toBe(true)
    }
  })
})

describe('public file grants', () => {
  it('vouch for one path only, and only with the secret', () => {
    const grant = signPublicFile('/api/media/file/foto.jpg', 'geheim')
    const headers = (value: string) => new Headers({ [PUBLIC_FILE_HEADER]: value })
    expect(hasPublicFileGrant(headers(grant), 'http://localhost/api/media/file/foto.jpg', 'geheim')).toBe(true)
    expect(hasPublicFileGrant(headers(grant), 'http://localhost/api/media/file/ander.jpg', 'geheim')).toBe(false)
    expect(hasPublicFileGrant(headers(grant), 'http://localhost/api/media/file/foto.jpg', 'ander-geheim')).toBe(false)
    expect(hasPublicFileGrant(headers('zelfgemaakt'), 'http://localhost/api/media/file/foto.jpg', 'geheim')).toBe(false)
    expect(hasPublicFileGrant(new Headers(), 'http://localhost/api/media/file/foto.jpg', 'geheim')).toBe(false)
  })
})
