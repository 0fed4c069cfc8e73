import type { TextareaField, TextField } from 'payload'
import { text, textarea } from 'payload/shared'

/**
 * Localised text that must be filled in Dutch, the default and fallback
 * locale, but may stay empty in French and English (readers then see the
 * Dutch text). Payload's own `required` would demand every locale.
 */
export function requiredInDutch<T extends TextField | TextareaField>(field: T): T {
  const builtIn = field.type === 'textarea' ? textarea : text
  return {
    ...field,
    localized: true,
    required: false,
    validate: (value: unknown, options: Parameters<typeof builtIn>[1]) => {
      const locale = options.req?.locale
      const inDutch = !locale || locale === 'nl' || locale === 'all'
      return (builtIn as (value: unknown, options: unknown) => ReturnType<typeof builtIn>)(value, { ...options, required: inDutch })
    },
  } as T
}
