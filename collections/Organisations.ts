import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { organisationTypeOptions, regionOptions } from '../src/fields/options'
import { localizedRichText } from '../src/fields/richText'
import { slugField } from '../src/fields/slug'
import { requiredInDutch } from '../src/fields/requiredInDutch'
import { say, tr } from '../src/i18n/labels'
import { parentWithoutCycle } from '../src/validation/parentWithoutCycle'
import { httpUrl } from './Practices/validation'

/**
 * Cities and municipalities, their services (a city's Dienst Diversiteit),
 * public welfare centres, agencies, umbrella organisations and partners.
 */
export const Organisations: CollectionConfig<'organisations'> = {
  slug: 'organisations',
  labels: {
    singular: tr('Organisatie', 'Organisation', 'Organisation'),
    plural: tr('Organisaties', 'Organisations', 'Organisations'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'region', 'parent'],
    group: tr('Inhoud', 'Contenu', 'Content'),
  },
  access: {
    read: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isAdmin,
  },
  defaultPopulate: { name: true, slug: true, type: true },
  fields: [
    requiredInDutch({ name: 'name', type: 'text', label: tr('Naam', 'Nom', 'Name'), maxLength: 200 }),
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', label: tr('Soort', 'Type', 'Type'), options: organisationTypeOptions, required: true, index: true },
        { name: 'region', type: 'select', label: tr('Gewest', 'Région', 'Region'), options: regionOptions },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'organisations',
      label: tr('Maakt deel uit van', 'Fait partie de', 'Part of'),
      admin: {
        description: tr(
          'Bv. de Dienst Diversiteit maakt deel uit van Stad Mechelen.',
          'P. ex. le service Diversité fait partie de la Ville de Malines.',
          'E.g. the diversity service is part of the City of Mechelen.',
        ),
      },
      validate: parentWithoutCycle({ collection: 'organisations' }),
    },
    {
      name: 'nisCode',
      type: 'text',
      label: tr('NIS-code', 'Code INS', 'NIS code'),
      unique: true,
      index: true,
      admin: {
        description: tr('Vijf cijfers, voor gemeenten (bv. 12025).', 'Cinq chiffres, pour les communes (p. ex. 12025).', 'Five digits, for municipalities (e.g. 12025).'),
      },
      validate: (value: string | null | undefined, { req, siblingData }: { req: Parameters<typeof say>[0]; siblingData: Record<string, unknown> }) => {
        if (!value) return true
        if (siblingData?.type !== 'municipality') {
          return say(req, tr('Alleen gemeenten hebben een NIS-code.', 'Seules les communes ont un code INS.', 'Only municipalities have a NIS code.'))
        }
        if (!/^\d{5}$/.test(value)) {
          return say(req, tr('Een NIS-code bestaat uit precies vijf cijfers.', 'Un code INS compte exactement cinq chiffres.', 'A NIS code is exactly five digits.'))
        }
        return true
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'website', type: 'text', label: tr('Website', 'Site web', 'Website'), validate: httpUrl as never },
        { name: 'email', type: 'email', label: tr('E-mail', 'E-mail', 'Email') },
        { name: 'phone', type: 'text', label: tr('Telefoon', 'Téléphone', 'Phone'), maxLength: 40 },
      ],
    },
    {
      name: 'address',
      type: 'group',
      label: tr('Adres', 'Adresse', 'Address'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'street', type: 'text', label: tr('Straat en nummer', 'Rue et numéro', 'Street and number') },
            { name: 'postalCode', type: 'text', label: tr('Postcode', 'Code postal', 'Postal code'), maxLength: 10 },
            { name: 'city', type: 'text', label: tr('Gemeente', 'Commune', 'City') },
            { name: 'country', type: 'text', label: tr('Land', 'Pays', 'Country'), defaultValue: 'België' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', label: tr('Breedtegraad', 'Latitude', 'Latitude'), min: -90, max: 90 },
            { name: 'longitude', type: 'number', label: tr('Lengtegraad', 'Longitude', 'Longitude'), min: -180, max: 180 },
          ],
        },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: tr('Logo', 'Logo', 'Logo') },
    localizedRichText('description', tr('Beschrijving', 'Description', 'Description')),
  ],
}
