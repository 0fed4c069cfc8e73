import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { themeSchemeOptions } from '../src/fields/options'
import { slugField } from '../src/fields/slug'
import { requiredInDutch } from '../src/fields/requiredInDutch'
import { tr } from '../src/i18n/labels'
import { parentWithoutCycle } from '../src/validation/parentWithoutCycle'

/**
 * Themes in three schemes: policy domains (Unia's and VVSG's), target groups
 * and diversity dimensions. A theme may narrow a parent of the same scheme.
 */
export const Themes: CollectionConfig<'themes'> = {
  slug: 'themes',
  labels: {
    singular: tr('Thema', 'Thème', 'Theme'),
    plural: tr('Thema’s', 'Thèmes', 'Themes'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'scheme', 'parent', 'order'],
    group: tr('Inhoud', 'Contenu', 'Content'),
  },
  defaultSort: 'order',
  access: {
    read: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  defaultPopulate: { name: true, slug: true, scheme: true },
  fields: [
    requiredInDutch({ name: 'name', type: 'text', label: tr('Naam', 'Nom', 'Name'), maxLength: 120 }),
    slugField({ from: 'name' }),
    {
      name: 'scheme',
      type: 'select',
      label: tr('Schema', 'Schéma', 'Scheme'),
      options: themeSchemeOptions,
      required: true,
      index: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'themes',
      label: tr('Bovenliggend thema', 'Thème parent', 'Parent theme'),
      filterOptions: ({ siblingData }) =>
        (siblingData as { scheme?: string })?.scheme ? { scheme: { equals: (siblingData as { scheme: string }).scheme } } : true,
      validate: parentWithoutCycle({ collection: 'themes', sameAs: 'scheme' }),
    },
    { name: 'description', type: 'textarea', label: tr('Beschrijving', 'Description', 'Description'), localized: true },
    {
      name: 'order',
      type: 'number',
      label: tr('Volgorde', 'Ordre', 'Order'),
      defaultValue: 100,
      admin: { position: 'sidebar', description: tr('Lager komt eerst.', 'Plus petit d’abord.', 'Lower comes first.') },
    },
  ],
}
