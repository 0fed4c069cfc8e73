import { defaultLoggerOptions, type Config } from 'payload'

import type { Env } from '../config/env'

/**
 * Payload's logger (pino), shared by Payload and the request log: one JSON
 * object per line in production, for log collectors; Payload's readable,
 * coloured lines in development and tests. The level is LOG_LEVEL.
 */
export function payloadLogger(settings: Pick<Env, 'isProduction' | 'logLevel'>): Config['logger'] {
  const options = { level: settings.logLevel }
  return settings.isProduction ? { options } : { options, destination: defaultLoggerOptions }
}
