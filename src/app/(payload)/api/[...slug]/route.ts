// Payload's REST API for the admin (and for scripts with a user's token).
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { refuseAtRestEdge } from '@/input-guard/restEdge'

type RouteHandler = ReturnType<typeof REST_GET>

/** Payload's handler, behind the checks it cannot make itself (see restEdge.ts). */
function guarded(handler: RouteHandler): RouteHandler {
  return async (request, context) => (await refuseAtRestEdge(request, config)) ?? handler(request, context)
}

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const DELETE = guarded(REST_DELETE(config))
export const OPTIONS = REST_OPTIONS(config)
