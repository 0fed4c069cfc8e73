import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, PayloadRequest, Plugin } from 'payload'

import { CHANGE_LOG_COLLECTION, isWatchedCollection, processInstanceId, publishContentChange, type ContentChange } from './changes'

/**
 * Set `context: { [SKIP_READ_MODEL_NOTIFICATION]: true }` on a Local API call
 * whose change partner sites cannot see (e.g. an API key's last-used time).
 */
export const SKIP_READ_MODEL_NOTIFICATION = 'skipReadModelNotification'

/**
 * Tells the partner API's read models about every change to the content they
 * serve, by adding afterChange and afterDelete hooks to the watched
 * collections: this process's read model through the in-process channel,
 * the other instances on the same database through the change log.
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
  try {
    await writeChangeLogEntry(req, change)
  } finally {
    // Even if the entry could not be written (the operation then fails): without a
    // transaction the document itself may already be written, and a re-read costs little.
    publishWhenCommitted(req, transaction, change)
  }
}

function publishWhenCommitted(req: PayloadRequest, transaction: string | number | null, change: ContentChange): void {
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
 * The entry other instances poll for. Written with the operation's `req`, so
 * that on a database with transactions it commits or rolls back with the
 * change itself: no instance hears of a change that did not happen. The
 * change log is not a watched collection, so this write runs no read model
 * hook of its own; this instance's poll skips entries it wrote itself.
 */
async function writeChangeLogEntry(req: PayloadRequest, change: ContentChange): Promise<void> {
  await req.payload.create({
    collection: CHANGE_LOG_COLLECTION,
    data: { changedCollection: change.collection, documentId: change.id, operation: change.operation, instance: processInstanceId() },
    req,
    overrideAccess: true,
    depth: 0,
  })
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
