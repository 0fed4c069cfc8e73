import { existsSync } from 'node:fs'

/**
 * Reads .env from the project root into process.env, as Next and the Payload
 * CLI do, so `npm run dev`, `npm start` and the scripts see the same settings.
 * Variables already set in the environment win. Import it first.
 */
if (existsSync('.env')) process.loadEnvFile('.env')
