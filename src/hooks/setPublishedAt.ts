import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first publication date stays: later edits change updatedAt, not
 * publishedAt, so "newest" lists keep their order. Used by practices and
 * policy plans.
 */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  if (data.publishedAt) return data
  return { ...data, publishedAt: originalDoc?.publishedAt ?? new Date().toISOString() }
}
