import type { CollectionSlug, RelationshipFieldSingleValidation } from 'payload'

import { say, tr } from '../i18n/labels'

type Options = {
  collection: CollectionSlug
  /** When set, the parent must have the same value in this field (e.g. a theme's scheme). */
  sameAs?: string
}

const idOf = (value: unknown): number | string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  if (typeof value === 'number' || typeof value === 'string') return value
  return undefined
}

/**
 * Validates a `parent` relationship: a document can be neither its own
 * ancestor nor a child of a parent of another kind (`sameAs`).
 */
export function parentWithoutCycle({ collection, sameAs }: Options): RelationshipFieldSingleValidation {
  return async (value, { id, req, siblingData }) => {
    const parentId = idOf(value)
    if (parentId === undefined) return true
    if (id !== undefined && String(parentId) === String(id)) {
      return say(req, tr('Een item kan niet zijn eigen bovenliggend item zijn.', 'Un élément ne peut pas être son propre parent.', 'An item cannot be its own parent.'))
    }
    const seen = new Set<string>()
    let current: number | string | undefined = parentId
    let first = true
    while (current !== undefined) {
      if (seen.has(String(current))) break
      seen.add(String(current))
      const doc: Record<string, unknown> | null = await req.payload
        .findByID({ collection, id: current, depth: 0, req, overrideAccess: true, disableErrors: true })
        .then((found) => (found as Record<string, unknown> | null) ?? null)
      if (!doc) {
        return first
          ? say(req, tr('Het gekozen bovenliggende item bestaat niet.', 'Le parent choisi n’existe pas.', 'The chosen parent does not exist.'))
          : true
      }
      if (first && sameAs && siblingData && (siblingData as Record<string, unknown>)[sameAs] !== undefined) {
        if (doc[sameAs] !== (siblingData as Record<string, unknown>)[sameAs]) {
          return say(req, tr('Het bovenliggende item moet van hetzelfde schema zijn.', 'Le parent doit appartenir au même schéma.', 'The parent must belong to the same scheme.'))
        }
      }
      first = false
      const next = idOf(doc.parent)
      if (next !== undefined && id !== undefined && String(next) === String(id)) {
        return say(
          req,
          tr(
            'Deze keuze maakt een kring: het item zou onder zichzelf komen te staan.',
            'Ce choix crée une boucle : l’élément deviendrait son propre descendant.',
            'This choice makes a cycle: the item would end up below itself.',
          ),
        )
      }
      current = next
    }
    return true
  }
}
