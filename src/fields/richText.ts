import type { RichTextField } from 'payload'

import type { Translated } from '../i18n/labels'

/** A localised Lexical rich-text field, e.g. the practice's "Wat?". */
export function localizedRichText(name: string, label: Translated, description?: Translated): RichTextField {
  return {
    name,
    type: 'richText',
    label,
    localized: true,
    ...(description ? { admin: { description } } : {}),
  }
}
