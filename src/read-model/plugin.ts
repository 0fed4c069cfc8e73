import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, PayloadRequest, Plugin } from 'payload'

import { isWatchedCollection, publishContentChange, type ContentChange } from './changes'

/**
 * Set `context: { [SKIP_READ_MODEL_NOTIFICATION]: true }` on a Local API call
 * whose change partner sites cannot see (e.g. an API key's last-used time).
 */
export const SKIP_READ_MODEL_NOTIFICATION = 'skipReadModelNotification'

/**
 * Tells the partner API's read model about every change to the content it
 * serves, by adding afterChange and afterDelete hooks to the watched
 * collections.
 */
export function readModelPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (!isWatchedCollection(collection.slug)) return collection
      const slug = collection.slug
      const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
        await notifyAfterCommit(req, { collection: slug, id: String(doc.id), operation: 'change' })
        return doc
      }
      const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
        await notifyAfterCommit(req, { collection: slug, id: String(id), operation: 'delete' })
      }
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
        },
      }
    }),
  })
}

const COMMIT_POLL_MS = 5
const COMMIT_WAIT_LIMIT_MS = 30_000

/**
 * Hooks run before the operation's transaction commits (MongoDB with a
 * replica set); a read model that reloaded right away could read the old
 * data and think itself fresh. Payload drops `req.transactionID` once the
 * transaction is committed or rolled back, so wait for that, without
 * holding up the operation. Without a transaction (SQLite by default, where
 * `req.transactionID` is a promise of null) the change is already written and
 * is published before the operation returns.
 */
async function notifyAfterCommit(req: PayloadRequest, change: ContentChange): Promise<void> {
  if (req.context?.[SKIP_READ_MODEL_NOTIFICATION]) return
  const transaction = await openTransactionOf(req)
  if (transaction === null) {
    publishContentChange(change)
    return
  }
  const started = Date.now()
  const poll = () => {
    if (req.transactionID !== transaction || Date.now() - started > COMMIT_WAIT_LIMIT_MS) publishContentChange(change)
    else setTimeout(poll, COMMIT_POLL_MS).unref()
  }
  setTimeout(poll, COMMIT_POLL_MS).unref()
}

/**
 * The id of the database transaction the request runs in, or null. Payload
 * leaves a promise of null (or an empty placeholder) there when the adapter
 * has no transaction to give.
 */
async function openTransactionOf(req: PayloadRequest): Promise<string | number | null> {
  const id: unknown = await req.transactionID
  return typeof id === 'string' || typeof id === 'number' ? id : null
}
