import { afterAll, beforeAll } from 'vitest'

import type { PartnerApiOptions } from '../../../src/partner-api/http'
import { bootTestPayload, shutdownPayload, startPartnerServer, type PartnerServer } from './partnerServer'
import { buildPartnerWorld, type PartnerWorld } from './partnerWorld'

/**
 * The frame of most partner API test files: before their tests, Payload on
 * a fresh database, the partner world in it and a partner server on it;
 * after them, both stopped. `ready` receives the server and the world (and
 * may add content of its own) before the first test runs.
 */
export function usePartnerServer(ready: (started: { server: PartnerServer; world: PartnerWorld }) => unknown, options: PartnerApiOptions = {}): void {
  let server: PartnerServer | undefined
  beforeAll(async () => {
    const payload = await bootTestPayload()
    const world = await buildPartnerWorld(payload)
    server = await startPartnerServer(payload, options)
    await ready({ server, world })
  })
  afterAll(async () => {
    await server?.stop()
    await shutdownPayload(server?.payload)
  })
}
