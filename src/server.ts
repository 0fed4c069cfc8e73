/**
 * The one process that serves everything on one port: the admin, Payload's
 * REST and GraphQL through Next, and (next to Next's routing, for speed) the
 * partner API. `npm run dev` runs it in development, `npm start` in
 * production after `npm run build`.
 */
import './config/loadDotEnv'

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { parse } from 'node:url'

import next from 'next'

import { PUBLIC_FILE_HEADER } from './access/publicFileGrant'
import { EnvError, parseEnv } from './config/env'

async function main(): Promise<void> {
  const settings = readSettingsOrExit()
  const dev = !settings.isProduction

  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })

  if (dev) {
    const { isDatabaseEmpty, seedDemoContent } = await import('./seed/index')
    if (await isDatabaseEmpty(payload)) {
      console.log('Lege database: demo-inhoud wordt geladen (npm run seed)…')
      const report = await seedDemoContent(payload, { log: (line) => console.log(`  ${line}`) })
      console.log(`  Demologin (alleen ontwikkeling): ${report.demoAdmin.email} / ${report.demoAdmin.password}`)
      for (const { site, key } of report.demoKeys) console.log(`  Demosleutel ${site}: ${key}`)
    }
  } else {
    const { activeDemoCredentials } = await import('./server/productionSafety')
    const problems = await activeDemoCredentials(payload)
    if (problems.length > 0) {
      for (const problem of problems) console.error(`Refusing to start in production: ${problem}.`)
      process.exit(1)
    }
  }

  const { createPartnerApiHandler, isPartnerApiRequest } = await import('./partner-api/http')
  const handlePartnerApi = await createPartnerApiHandler(payload)

  const app = next({ dev, dir: process.cwd(), port: settings.port, hostname: 'localhost' })
  const handleWithNext = app.getRequestHandler()
  await app.prepare()

  const { preferDutchAdmin } = await import('./server/adminLanguage')
  const { applySecurityHeaders } = await import('./server/securityHeaders')
  const { createPublicFileHandler } = await import('./server/publicFiles')
  const { refuseUndecodablePath } = await import('./server/undecodablePaths')
  const { answerHealthRequest, isHealthRequest } = await import('./server/health')
  const { stopGracefullyOnSignals } = await import('./server/gracefulStop')
  const { logRequest, loggablePath } = await import('./logging/requestLog')
  const servePublicFile = createPublicFileHandler(handlePartnerApi.readModel, settings.mediaDir, settings.payloadSecret)
  const handleWithNextAndPayload = (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/admin')) preferDutchAdmin(req)
    void handleWithNext(req, res, parse(req.url ?? '/', true))
  }
  const inFlight = new Map<ServerResponse, string>()
  const server = createServer((req, res) => {
    logRequest(payload.logger, req, res)
    inFlight.set(res, `${req.method ?? 'GET'} ${loggablePath(req.url)}`)
    res.once('close', () => inFlight.delete(res))
    applySecurityHeaders(req, res, settings)
    if (isHealthRequest(req.url)) return void answerHealthRequest(req, res, health)
    if (isPartnerApiRequest(req.url)) return void handlePartnerApi(req, res)
    if (refuseUndecodablePath(req, res)) return
    delete req.headers[PUBLIC_FILE_HEADER]
    if (req.url?.startsWith('/api/') && req.url.includes('/file/')) {
      // Files of published content are public; the rest goes to Payload's access rules.
      return void servePublicFile(req, res).then(
        (served) => served || handleWithNextAndPayload(req, res),
        () => handleWithNextAndPayload(req, res),
      )
    }
    handleWithNextAndPayload(req, res)
  })

  const { stopping } = stopGracefullyOnSignals({
    server,
    logger: payload.logger,
    inFlight: () => [...inFlight.values()],
    release: async () => {
      await handlePartnerApi.stop()
      await payload.destroy()
    },
  })
  const health = { payload, readModel: () => handlePartnerApi.readModel, stopping }

  server.listen(settings.port, () => {
    console.log(`Praktijkenbank ${dev ? '(ontwikkeling)' : '(productie)'} luistert op ${settings.serverUrl}`)
    console.log(`  beheer:      ${settings.serverUrl}/admin`)
    console.log(`  partner-API: ${settings.serverUrl}/graphql`)
    console.log(`  gezondheid:  ${settings.serverUrl}/healthz, ${settings.serverUrl}/readyz`)
  })
}

function readSettingsOrExit() {
  try {
    return parseEnv()
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

main().catch((error: unknown) => {
  console.error('Praktijkenbank could not start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
