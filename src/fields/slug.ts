import type { CollectionSlug, FieldHook, TextField } from 'payload'

import { say, tr } from '../i18n/labels'
import { SLUG_PATTERN, slugify } from '../lib/slugify'

type SlugFieldOptions = {
  /** The field the slug is made from; its Dutch value when it is localised. */
  from: string
  overrides?: Partial<TextField>
}

/**
 * A unique, editable slug. Left empty, it is made from the Dutch value of
 * `from` (the default locale), and made unique with a numeric suffix; typed by
 * an editor, it is normalised and must be unique.
 */
export function slugField({ from, overrides }: SlugFieldOptions): TextField {
  const fillSlug: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    const source = sourceText(data?.[from]) ?? sourceText(originalDoc?.[from])
    if (!source || !collection) return value
    return uniqueSlug(slugify(source), collection.slug as CollectionSlug, req, originalDoc?.id)
  }

  return {
    name: 'slug',
    type: 'text',
    label: tr('Slug (in de URL)', 'Slug (dans l’URL)', 'Slug (in the URL)'),
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: tr(
        'Laat leeg om hem uit de Nederlandse titel te maken.',
        'Laissez vide pour le générer à partir du titre néerlandais.',
        'Leave empty to make it from the Dutch title.',
      ),
    },
    hooks: { beforeValidate: [fillSlug] },
    validate: (value: unknown, { req }: { req: Parameters<typeof say>[0] }) => {
      if (typeof value !== 'string' || value === '') {
        return say(req, tr('Geef een titel of een slug op.', 'Indiquez un titre ou un slug.', 'Give a title or a slug.'))
      }
      if (!SLUG_PATTERN.test(value)) {
        return say(
          req,
          tr(
            'Een slug bevat alleen kleine letters, cijfers en koppeltekens.',
            'Un slug ne contient que des minuscules, des chiffres et des traits d’union.',
            'A slug holds only lower-case letters, digits and hyphens.',
          ),
        )
      }
      return true
    },
    ...overrides,
  } as TextField
}

/** A localised field arrives as a string (one locale) or a { nl, fr, en } map. */
function sourceText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>
    for (const locale of ['nl', 'fr', 'en']) {
      const text = map[locale]
      if (typeof text === 'string' && text.trim()) return text
    }
  }
  return undefined
}

async function uniqueSlug(
  base: string,
  collection: CollectionSlug,
  req: Parameters<FieldHook>[0]['req'],
  ownId: number | string | undefined,
): Promise<string> {
  if (!base) return base
  for (let attempt = 1; attempt < 100; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    const taken = await req.payload.count({
      collection,
      where: {
        and: [{ slug: { equals: candidate } }, ...(ownId !== undefined ? [{ id: { not_equals: ownId } }] : [])],
      },
      req,
      overrideAccess: true,
    })
    if (taken.totalDocs === 0) return candidate
  }
  return `${base}-${Date.now()}`
}
