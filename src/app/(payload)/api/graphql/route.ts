// Payload's own GraphQL, used by the admin. Partner sites use /graphql, the partner API.
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

const answerGraphQL = GRAPHQL_POST(config)

/**
 * Payload reads the body before its GraphQL error handling starts, so a
 * malformed body (its 400 "Invalid JSON") escaped as a bare 500. Such
 * refusals are answered here as GraphQL errors with their own status.
 */
export const POST = async (request: Request): Promise<Response> => {
  try {
    return await answerGraphQL(request)
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (typeof status !== 'number' || status < 400 || status >= 500) throw error
    const message = error instanceof Error ? error.message : 'Bad request'
    return Response.json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, { status })
  }
}
export const OPTIONS = REST_OPTIONS(config)
