import type { NumberField } from 'payload'

import { say, tr, type Translated } from '../i18n/labels'

/**
 * A score from 1 to 4, as Unia's "Bereik x op 4" and "Terugkerend x op 4".
 */
export function scoreField(name: string, label: Translated, description: Translated): NumberField {
  return {
    name,
    type: 'number',
    label,
    min: 1,
    max: 4,
    admin: { description, step: 1 },
    validate: (value, { req }) => {
      if (value === null || value === undefined) return true
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 4) {
        return say(
          req,
          tr('Kies een geheel getal van 1 tot 4.', 'Choisissez un nombre entier de 1 à 4.', 'Choose a whole number from 1 to 4.'),
        )
      }
      return true
    },
  }
}
