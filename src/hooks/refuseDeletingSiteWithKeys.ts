import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { say, tr } from '../i18n/labels'

/**
 * A site's API keys belong to it (their `site` is required): deleting a site
 * that still has keys failed inside the database with a 500. The
 * administrator is told to delete or revoke-and-delete its keys first.
 */
export const refuseDeletingSiteWithKeys: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const keys = await req.payload.count({ collection: 'api-keys', where: { site: { equals: id } }, overrideAccess: true, req })
  if (keys.totalDocs === 0) return
  throw new APIError(
    say(
      req,
      tr(
        `Deze site heeft nog ${keys.totalDocs} API-sleutel(s): verwijder die eerst (API-sleutels).`,
        `Ce site a encore ${keys.totalDocs} clé(s) API : supprimez-les d’abord (Clés API).`,
        `This site still has ${keys.totalDocs} API key(s): delete them first (API keys).`,
      ),
    ),
    409,
    null,
    true,
  )
}
