import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { hostname } from 'node:os'

/**
 * The channel through which the CMS tells the read model that content
 * changed. It lives on globalThis, not in a module variable: the admin's
 * writes run in Next's bundled copy of Payload while the partner API runs in
 * the custom server's own copy, two module graphs in one process that share
 * only the global object.
 */

/** The collections whose changes the partner API may have to show. */
export const WATCHED_COLLECTIONS = [
  'practices',
  'themes',
  'organisations',
  'policy-plans',
  'media',
  'documents',
  'sites',
  'api-keys',
] as const

export type WatchedCollection = (typeof WATCHED_COLLECTIONS)[number]

export type ContentChange = {
  collection: WatchedCollection
  id: string
  operation: 'change' | 'delete'
}

const CHANNEL_KEY = Symbol.for('praktijkenbank.contentChanges')
const EVENT = 'change'

type GlobalWithChannel = typeof globalThis & { [CHANNEL_KEY]?: EventEmitter }

function channel(): EventEmitter {
  const global = globalThis as GlobalWithChannel
  if (!global[CHANNEL_KEY]) {
    const emitter = new EventEmitter()
    // One listener per read model; tests may start several in one process.
    emitter.setMaxListeners(50)
    global[CHANNEL_KEY] = emitter
  }
  return global[CHANNEL_KEY]
}

export function publishContentChange(change: ContentChange): void {
  channel().emit(EVENT, change)
}

/** Subscribes to content changes; returns the function that unsubscribes. */
export function onContentChange(listener: (change: ContentChange) => void): () => void {
  const emitter = channel()
  emitter.on(EVENT, listener)
  return () => emitter.off(EVENT, listener)
}

export function isWatchedCollection(slug: string): slug is WatchedCollection {
  return (WATCHED_COLLECTIONS as readonly string[]).includes(slug)
}

/**
 * The change log in the database (collections/ContentChanges.ts), through
 * which instances on the same database hear of each other's changes.
 */
export const CHANGE_LOG_COLLECTION = 'content-changes' as const

const INSTANCE_KEY = Symbol.for('praktijkenbank.instanceId')

type GlobalWithInstance = typeof globalThis & { [INSTANCE_KEY]?: string }

/**
 * This process's name in the change log. Kept on globalThis for the same
 * reason as the channel: the admin's copy of Payload writes entries that the
 * partner API's copy must recognise as its own. Host and pid help operators
 * tell instances apart; the random part keeps a restarted pid unique.
 */
export function processInstanceId(): string {
  const global = globalThis as GlobalWithInstance
  global[INSTANCE_KEY] ??= `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  return global[INSTANCE_KEY]
}
