import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { refuseDeletingSiteWithKeys } from '../src/hooks/refuseDeletingSiteWithKeys'
import { localeOptions } from '../src/fields/options'
import { slugField } from '../src/fields/slug'
import { say, tr } from '../src/i18n/labels'
import { httpUrl } from './Practices/validation'

/**
 * The partner websites that read the partner API, each with its own API keys
 * (collection api-keys) and its own selection of practices.
 */
export const Sites: CollectionConfig<'sites'> = {
  slug: 'sites',
  labels: {
    singular: tr('Partnersite', 'Site partenaire', 'Partner site'),
    plural: tr('Partnersites', 'Sites partenaires', 'Partner sites'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'owner', 'includeAllPublished'],
    group: tr('Partners', 'Partenaires', 'Partners'),
    hidden: ({ user }) => user?.role !== 'admin',
  },
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: { beforeDelete: [refuseDeletingSiteWithKeys] },
  defaultPopulate: { name: true, slug: true },
  fields: [
    { name: 'name', type: 'text', label: tr('Naam', 'Nom', 'Name'), required: true, maxLength: 120 },
    slugField({ from: 'name' }),
    { name: 'url', type: 'text', label: tr('Webadres', 'Adresse web', 'URL'), validate: httpUrl as never },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'organisations',
      label: tr('Beheerder (koepel)', 'Gestionnaire (faîtière)', 'Owner (umbrella)'),
      required: true,
      filterOptions: { type: { equals: 'umbrella' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'defaultLocale',
          type: 'select',
          label: tr('Standaardtaal', 'Langue par défaut', 'Default language'),
          options: localeOptions,
          defaultValue: 'nl',
          required: true,
        },
        {
          name: 'enabledLocales',
          type: 'select',
          hasMany: true,
          label: tr('Talen', 'Langues', 'Languages'),
          options: localeOptions,
          defaultValue: ['nl'],
          required: true,
          validate: (value: string[] | null | undefined, { req, siblingData }: { req: Parameters<typeof say>[0]; siblingData: { defaultLocale?: string } }) => {
            if (!value || value.length === 0) {
              return say(req, tr('Kies minstens één taal.', 'Choisissez au moins une langue.', 'Choose at least one language.'))
            }
            if (siblingData?.defaultLocale && !value.includes(siblingData.defaultLocale)) {
              return say(
                req,
                tr(
                  'De standaardtaal moet een van de talen van de site zijn.',
                  'La langue par défaut doit être une des langues du site.',
                  'The default language must be one of the site’s languages.',
                ),
              )
            }
            return true
          },
        },
      ],
    },
    {
      name: 'navigationThemes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: tr('Thema’s in de navigatie', 'Thèmes de la navigation', 'Navigation themes'),
    },
    {
      name: 'allowedOrigins',
      type: 'text',
      hasMany: true,
      label: tr('Toegestane origins (CORS)', 'Origines autorisées (CORS)', 'Allowed origins (CORS)'),
      admin: {
        description: tr(
          'Bv. https://www.vvsg.be: browsers mogen de API met de sleutel van deze site alleen vanaf deze adressen aanroepen.',
          'P. ex. https://www.vvsg.be : les navigateurs n’appellent l’API avec la clé de ce site que depuis ces adresses.',
          'E.g. https://www.vvsg.be: browsers may call the API with this site’s key only from these origins.',
        ),
      },
      validate: (value: string[] | null | undefined, { req }: { req: Parameters<typeof say>[0] }) => {
        const wrong = (value ?? []).filter((origin) => !/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
        if (wrong.length === 0) return true
        return say(
          req,
          tr(
            `Een origin is schema, host en eventueel poort, zonder pad: ${wrong.join(', ')}`,
            `Une origine est schéma, hôte et éventuellement port, sans chemin : ${wrong.join(', ')}`,
            `An origin is scheme, host and optional port, with no path: ${wrong.join(', ')}`,
          ),
        )
      },
    },
    {
      name: 'includeAllPublished',
      type: 'checkbox',
      label: tr('Toon alle gepubliceerde praktijken', 'Afficher toutes les pratiques publiées', 'Show every published practice'),
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'apiKeys',
      type: 'join',
      collection: 'api-keys',
      on: 'site',
      label: tr('API-sleutels', 'Clés API', 'API keys'),
    },
  ],
}
