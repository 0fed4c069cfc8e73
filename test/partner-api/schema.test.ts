/**
 * Schema first: the served schema is the contract plus additions, the
 * resolver types are generated from it, and `npm run schema:print` prints it.
 * Needs no database.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { buildSchema, findBreakingChanges } from 'graphql'
import { describe, expect, it } from 'vitest'

import { GENERATED_TYPES_FILE, renderPartnerApiTypes } from '../../scripts/generate-partner-api-types'
import { CONTRACT_SDL, printPartnerSchema } from '../../src/partner-api/schema'

const SHARED_CONTRACT = path.resolve('../shared/contract/partner-api.graphql')
const CONTRACT_CHECK = path.resolve('../shared/tools/contract-check.mjs')

describe('the partner API schema', () => {
  it('is a superset of the contract: no breaking change', () => {
    const contract = buildSchema(CONTRACT_SDL)
    const served = buildSchema(printPartnerSchema())
    expect(findBreakingChanges(contract, served)).toEqual([])
  })

  it.skipIf(!existsSync(SHARED_CONTRACT))('keeps an exact copy of the shared contract', () => {
    expect(CONTRACT_SDL).toBe(readFileSync(SHARED_CONTRACT, 'utf8'))
  })

  it('has generated resolver types that are up to date (npm run generate:partner-api)', async () => {
    expect(readFileSync(GENERATED_TYPES_FILE, 'utf8')).toBe(await renderPartnerApiTypes())
  })

  it('is printed by npm run schema:print, without a database', () => {
    const printed = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/print-partner-schema.ts'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URI: 'file:/nonexistent/never-opened.db' },
    })
    expect(printed.status, printed.stderr).toBe(0)
    expect(printed.stdout.trim()).toBe(printPartnerSchema().trim())

    if (existsSync(CONTRACT_CHECK)) {
      const verdict = spawnSync(process.execPath, [CONTRACT_CHECK], { input: printed.stdout, encoding: 'utf8' })
      expect(verdict.stdout).toMatch(/^0 breaking/m)
      expect(verdict.status).toBe(0)
    }
  })
})
