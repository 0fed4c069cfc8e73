import path from 'node:path'
import { z } from 'zod'

/**
 * The process environment, validated once at start. A wrong value stops the
 * start with one line naming the variable, instead of failing later and
 * somewhere else.
 */

const DEV_SECRET = 'praktijkenbank-development-secret-not-for-production'
const DEFAULT_DATABASE_URI = 'file:./data/praktijkenbank.db'

const databaseUri = z
  .string()
  .trim()
  .refine((value) => /^(file:|libsql:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(value), {
    message:
      'must start with file: (SQLite, e.g. file:./data/praktijkenbank.db), libsql:, mongodb:// or mongodb+srv://',
  })

const absoluteUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^/\s]+/.test(value) && URL.canParse(value), {
    message: 'must be an absolute http(s) URL, e.g. https://praktijkenbank.example.be',
  })
  .transform((value) => value.replace(/\/+$/, ''))

/** Pino's levels, quietest last; health checks log at debug. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

function schemaFor(mode: 'production' | 'development') {
  const secret =
    mode === 'production'
      ? z
          .string({ message: 'is required in production: set a random string of at least 32 characters' })
          .min(32, { message: 'must be at least 32 characters in production (e.g. `openssl rand -hex 32`)' })
          .refine((value) => value !== DEV_SECRET, { message: 'is the development secret; set your own in production' })
      : z.string().min(1).default(DEV_SECRET)

  return z.object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PAYLOAD_SECRET: secret,
    DATABASE_URI: databaseUri.default(DEFAULT_DATABASE_URI),
    SERVER_URL: absoluteUrl.optional(),
    PORT: z.coerce
      .number({ message: 'must be a port number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be between 1 and 65535' })
      .max(65535, { message: 'must be between 1 and 65535' })
      .default(3000),
    READ_MODEL_POLL_INTERVAL_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int({ message: 'must be a whole number of milliseconds' })
      .refine((value) => value === 0 || (value >= 100 && value <= 60_000), {
        message: 'must be 0 (off) or between 100 and 60000 milliseconds',
      })
      .default(1000),
    PARTNER_API_SHARED_CACHE: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
    MEDIA_DIR: z.string().trim().min(1, { message: 'must not be empty' }).default('media'),
    S3_BUCKET: z.string().trim().optional(),
    S3_REGION: z.string().trim().default('us-east-1'),
    S3_ENDPOINT: absoluteUrl.optional(),
    S3_ACCESS_KEY_ID: z.string().trim().optional(),
    S3_SECRET_ACCESS_KEY: z.string().trim().optional(),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
    S3_PREFIX: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._/-]*$/, { message: 'may hold only letters, digits, dots, dashes, underscores and slashes' })
      .default(''),
  })
}

/** S3-compatible object storage for uploads, when S3_BUCKET is set (several instances). */
export type ObjectStorageSettings = {
  bucket: string
  region: string
  endpoint?: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
  prefix: string
}

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  payloadSecret: string
  databaseUri: string
  serverUrl: string
  port: number
  /** How often the read model polls the change log for other instances' changes; 0 is off. */
  readModelPollIntervalMs: number
  /**
   * Partner API answers say `Cache-Control: public` instead of `private`:
   * only for a CDN or proxy that keys its cache on the API key header.
   */
  partnerApiSharedCache: boolean
  /** Level of Payload's logger (pino) and of the request log. */
  logLevel: LogLevel
  /** Absolute path of the upload directory. */
  mediaDir: string
  /** Set when uploads go to an S3-compatible bucket instead of mediaDir. */
  objectStorage: ObjectStorageSettings | null
}

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuration error: ${variable} ${detail}`)
    this.name = 'EnvError'
  }
}

/**
 * `next build` runs with NODE_ENV=production but is not a production start:
 * it needs no real secret, so the strict rules apply only when serving.
 */
function isBuildPhase(source: NodeJS.ProcessEnv): boolean {
  return source.NEXT_PHASE === 'phase-production-build'
}

/** Blank values count as unset, as they do in most .env files. */
function withoutBlanks(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''),
  )
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const strict = source.NODE_ENV === 'production' && !isBuildPhase(source)
  const result = schemaFor(strict ? 'production' : 'development').safeParse(withoutBlanks(source))
  if (!result.success) {
    const issue = result.error.issues[0]!
    const variable = String(issue.path[0] ?? 'environment')
    throw new EnvError(variable, issue.message)
  }
  const values = result.data
  const port = values.PORT
  let objectStorage: ObjectStorageSettings | null = null
  if (values.S3_BUCKET) {
    for (const variable of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!values[variable]) throw new EnvError(variable, 'is required when S3_BUCKET is set')
    }
    objectStorage = {
      bucket: values.S3_BUCKET,
      region: values.S3_REGION,
      endpoint: values.S3_ENDPOINT,
      accessKeyId: values.S3_ACCESS_KEY_ID!,
      secretAccessKey: values.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: values.S3_FORCE_PATH_STYLE === 'true',
      prefix: values.S3_PREFIX.replace(/^\/+|\/+$/g, ''),
    }
  }
  return {
    nodeEnv: values.NODE_ENV,
    isProduction: values.NODE_ENV === 'production',
    payloadSecret: values.PAYLOAD_SECRET,
    databaseUri: values.DATABASE_URI,
    serverUrl: values.SERVER_URL ?? `http://localhost:${port}`,
    port,
    readModelPollIntervalMs: values.READ_MODEL_POLL_INTERVAL_MS,
    partnerApiSharedCache: values.PARTNER_API_SHARED_CACHE === 'true',
    logLevel: values.LOG_LEVEL,
    mediaDir: path.resolve(values.MEDIA_DIR),
    objectStorage,
  }
}

let cached: Env | undefined

/** The validated environment of this process, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv()
  return cached
}

export { DEV_SECRET }
