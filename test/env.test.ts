import { describe, expect, it } from 'vitest'

import { DEV_SECRET, EnvError, parseEnv } from '../src/config/env'

const production = (overrides: Record<string, string | undefined> = {}) =>
  parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a'.repeat(40), ...overrides } as NodeJS.ProcessEnv)

function failureOf(action: () => unknown): EnvError {
  try {
    action()
  } catch (error) {
    if (error instanceof EnvError) return error
    throw error
  }
  throw new Error('expected a configuration error')
}

describe('environment', () => {
  it('has development defaults: SQLite in data/, port 3000, media/', () => {
    const env = parseEnv({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)
    expect(env.databaseUri).toBe('file:./data/praktijkenbank.db')
    expect(env.port).toBe(3000)
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.mediaDir.endsWith('/media')).toBe(true)
    expect(env.payloadSecret).toBe(DEV_SECRET)
  })

  it('requires a strong PAYLOAD_SECRET in production, naming the variable', () => {
    expect(failureOf(() => production({ PAYLOAD_SECRET: undefined })).message).toMatch(/^Configuration error: PAYLOAD_SECRET /)
    expect(failureOf(() => production({ PAYLOAD_SECRET: 'short' })).message).toMatch(/PAYLOAD_SECRET must be at least 32 characters/)
    expect(failureOf(() => production({ PAYLOAD_SECRET: DEV_SECRET })).variable).toBe('PAYLOAD_SECRET')
    expect(production().isProduction).toBe(true)
  })

  it('lets next build run without a production secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' } as NodeJS.ProcessEnv)).not.toThrow()
  })

  it('accepts SQLite and MongoDB database URIs and refuses others', () => {
    expect(production({ DATABASE_URI: 'mongodb://db.internal:27017/praktijkenbank' }).databaseUri).toMatch(/^mongodb:/)
    expect(production({ DATABASE_URI: 'mongodb+srv://cluster.example.net/praktijkenbank' }).databaseUri).toMatch(/^mongodb\+srv:/)
    expect(production({ DATABASE_URI: 'file:/var/lib/praktijkenbank/db.sqlite' }).databaseUri).toMatch(/^file:/)
    const error = failureOf(() => production({ DATABASE_URI: 'postgres://localhost/x' }))
    expect(error.variable).toBe('DATABASE_URI')
    expect(error.message).toMatch(/must start with file:/)
  })

  it('checks SERVER_URL, PORT and MEDIA_DIR', () => {
    expect(failureOf(() => production({ SERVER_URL: 'praktijkenbank.be' })).variable).toBe('SERVER_URL')
    expect(production({ SERVER_URL: 'https://praktijkenbank.example.be/' }).serverUrl).toBe('https://praktijkenbank.example.be')
    expect(failureOf(() => production({ PORT: 'eighty' })).variable).toBe('PORT')
    expect(failureOf(() => production({ PORT: '70000' })).variable).toBe('PORT')
    expect(production({ MEDIA_DIR: '/srv/media' }).mediaDir).toBe('/srv/media')
  })

  it('polls the change log every second unless READ_MODEL_POLL_INTERVAL_MS says otherwise', () => {
    expect(production().readModelPollIntervalMs).toBe(1000)
    expect(production({ READ_MODEL_POLL_INTERVAL_MS: '250' }).readModelPollIntervalMs).toBe(250)
    expect(production({ READ_MODEL_POLL_INTERVAL_MS: '0' }).readModelPollIntervalMs).toBe(0)
    for (const value of ['10', '120000', 'often', '1.5']) {
      expect(failureOf(() => production({ READ_MODEL_POLL_INTERVAL_MS: value })).variable).toBe('READ_MODEL_POLL_INTERVAL_MS')
    }
  })
  it('keeps partner API answers private unless PARTNER_API_SHARED_CACHE is true', () => {
    expect(production().partnerApiSharedCache).toBe(false)
    expect(production({ PARTNER_API_SHARED_CACHE: 'false' }).partnerApiSharedCache).toBe(false)
    expect(production({ PARTNER_API_SHARED_CACHE: 'true' }).partnerApiSharedCache).toBe(true)
    const error = failureOf(() => production({ PARTNER_API_SHARED_CACHE: 'yes' }))
    expect(error.variable).toBe('PARTNER_API_SHARED_CACHE')
    expect(error.message).toMatch(/must be true or false/)
  })

  it('logs at info unless LOG_LEVEL names a pino level', () => {
    expect(production().logLevel).toBe('info')
    expect(production({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug')
    const wrong = failureOf(() => production({ LOG_LEVEL: 'verbose' }))
    expect(wrong.variable).toBe('LOG_LEVEL')
    expect(wrong.message).toMatch(/LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent/)
  })
})
