import type { CollectionConfig } from 'payload'

import { adminOrOwnTeam } from '../../src/access/adminOrOwnTeam'
import { isAdminField } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { localizedRichText } from '../../src/fields/richText'
import { ownerTeamField } from '../../src/fields/ownerTeam'
import { organisationRoleOptions, regionOptions } from '../../src/fields/options'
import { scoreField } from '../../src/fields/score'
import { slugField } from '../../src/fields/slug'
import { keepValueUnlessAdmin } from '../../src/hooks/keepValueUnlessAdmin'
import { requireOwnTeam } from '../../src/hooks/requireOwnTeam'
import { setPublishedAt } from '../../src/hooks/setPublishedAt'
import { requiredInDutch } from '../../src/fields/requiredInDutch'
import { tr } from '../../src/i18n/labels'
import { deriveRegions } from './hooks/deriveRegions'
import { atLeastOneLead, endNotBeforeStart, goalsExistInPlan, httpUrl, onlyMunicipalities } from './validation'

/**
 * A local practice: an initiative, measure or project of a local government
 * and its partners, told as "Wat? Wie? Waarom?" with how and results.
 */
export const Practices: CollectionConfig<'practices'> = {
  slug: 'practices',
  labels: {
    singular: tr('Praktijk', 'Pratique', 'Practice'),
    plural: tr('Praktijken', 'Pratiques', 'Practices'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'images', 'ownerTeam', '_status', 'updatedAt'],
    group: tr('Inhoud', 'Contenu', 'Content'),
    listSearchableFields: ['title', 'slug', 'summary'],
  },
  access: {
    read: isStaff,
    create: isStaff,
    update: adminOrOwnTeam,
    delete: adminOrOwnTeam,
    readVersions: isStaff,
  },
  defaultPopulate: { title: true, slug: true },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: false },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [requireOwnTeam, deriveRegions, setPublishedAt],
  },
  fields: [
    requiredInDutch({
      name: 'title',
      type: 'text',
      label: tr('Titel', 'Titre', 'Title'),
      maxLength: 200,
    }),
    slugField({ from: 'title' }),
    requiredInDutch({
      name: 'summary',
      type: 'textarea',
      label: tr('Samenvatting', 'Résumé', 'Summary'),
      maxLength: 300,
      admin: {
        description: tr(
          'Een korte tekst zonder opmaak van hoogstens 300 tekens, voor lijsten en zoekresultaten.',
          'Un court texte sans mise en forme de 300 caractères au plus, pour les listes et les résultats.',
          'A short plain text of at most 300 characters, for lists and search results.',
        ),
      },
    }),
    {
      type: 'tabs',
      tabs: [
        {
          label: tr('Verhaal', 'Récit', 'Story'),
          fields: [
            localizedRichText('what', tr('Wat?', 'Quoi ?', 'What?')),
            localizedRichText('who', tr('Wie?', 'Qui ?', 'Who?')),
            localizedRichText('why', tr('Waarom?', 'Pourquoi ?', 'Why?')),
            localizedRichText('how', tr('Hoe?', 'Comment ?', 'How?'), tr('Aanpak en stappen.', 'Approche et étapes.', 'Approach and steps.')),
            localizedRichText(
              'results',
              tr('Resultaten', 'Résultats', 'Results'),
              tr('Resultaten, lessen en uitdagingen.', 'Résultats, leçons et défis.', 'Results, lessons learned and challenges.'),
            ),
          ],
        },
        {
          label: tr('Wie en waar', 'Qui et où', 'Who and where'),
          fields: [
            {
              name: 'organisations',
              type: 'array',
              label: tr('Betrokken organisaties', 'Organisations impliquées', 'Organisations involved'),
              labels: {
                singular: tr('Organisatie', 'Organisation', 'Organisation'),
                plural: tr('Organisaties', 'Organisations', 'Organisations'),
              },
              validate: atLeastOneLead as never,
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'organisation',
                      type: 'relationship',
                      relationTo: 'organisations',
                      label: tr('Organisatie', 'Organisation', 'Organisation'),
                      required: true,
                    },
                    {
                      name: 'role',
                      type: 'select',
                      label: tr('Rol', 'Rôle', 'Role'),
                      options: organisationRoleOptions,
                      defaultValue: 'lead',
                      required: true,
                    },
                  ],
                },
              ],
            },
            {
              name: 'municipalities',
              type: 'relationship',
              relationTo: 'organisations',
              hasMany: true,
              label: tr('Gemeenten', 'Communes', 'Municipalities'),
              filterOptions: { type: { equals: 'municipality' } },
              validate: onlyMunicipalities as never,
            },
            {
              name: 'regions',
              type: 'select',
              hasMany: true,
              label: tr('Gewesten', 'Régions', 'Regions'),
              options: regionOptions,
              admin: {
                description: tr(
                  'Leeg laten: volgt uit de gemeenten.',
                  'Laisser vide : déduit des communes.',
                  'Leave empty: follows from the municipalities.',
                ),
              },
            },
            {
              name: 'contact',
              type: 'group',
              label: tr('Contact', 'Contact', 'Contact'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', label: tr('Naam', 'Nom', 'Name') },
                    { name: 'email', type: 'email', label: tr('E-mail', 'E-mail', 'Email') },
                    { name: 'phone', type: 'text', label: tr('Telefoon', 'Téléphone', 'Phone'), maxLength: 40 },
                  ],
                },
                {
                  name: 'organisation',
                  type: 'relationship',
                  relationTo: 'organisations',
                  label: tr('Organisatie', 'Organisation', 'Organisation'),
                },
              ],
            },
          ],
        },
        {
          label: tr('Beleid en thema’s', 'Politique et thèmes', 'Policy and themes'),
          fields: [
            {
              name: 'themes',
              type: 'relationship',
              relationTo: 'themes',
              hasMany: true,
              label: tr('Thema’s', 'Thèmes', 'Themes'),
            },
            {
              type: 'row',
              fields: [
                scoreField(
                  'reach',
                  tr('Bereik (1–4)', 'Portée (1–4)', 'Reach (1–4)'),
                  tr('1: één kleine groep; 4: de hele bevolking.', '1 : un petit groupe ; 4 : toute la population.', '1: one small group; 4: the whole population.'),
                ),
                scoreField(
                  'recurrence',
                  tr('Terugkerend (1–4)', 'Récurrence (1–4)', 'Recurrence (1–4)'),
                  tr('1: eenmalig; 4: structureel en blijvend.', '1 : ponctuel ; 4 : structurel et permanent.', '1: one-off; 4: structural and ongoing.'),
                ),
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'startDate', type: 'date', label: tr('Startdatum', 'Date de début', 'Start date'), admin: { date: { pickerAppearance: 'dayOnly' } } },
                {
                  name: 'endDate',
                  type: 'date',
                  label: tr('Einddatum', 'Date de fin', 'End date'),
                  admin: { date: { pickerAppearance: 'dayOnly' } },
                  validate: endNotBeforeStart as never,
                },
              ],
            },
            {
              name: 'policyPlan',
              type: 'relationship',
              relationTo: 'policy-plans',
              label: tr('Beleidsplan', 'Plan politique', 'Policy plan'),
            },
            {
              name: 'strategicGoals',
              type: 'text',
              hasMany: true,
              label: tr('Strategische doelstellingen', 'Objectifs stratégiques', 'Strategic goals'),
              admin: {
                description: tr(
                  'Codes uit het gekozen beleidsplan, bv. SD1.',
                  'Codes du plan choisi, p. ex. SD1.',
                  'Codes from the chosen policy plan, e.g. SD1.',
                ),
              },
              validate: goalsExistInPlan as never,
            },
          ],
        },
        {
          label: tr('Beeld en documenten', 'Images et documents', 'Images and documents'),
          fields: [
            {
              name: 'images',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: tr('Foto’s', 'Photos', 'Photos'),
              admin: { description: tr('De eerste foto is de omslagfoto.', 'La première photo sert de couverture.', 'The first photo is the cover.') },
            },
            {
              name: 'documents',
              type: 'upload',
              relationTo: 'documents',
              hasMany: true,
              label: tr('Documenten', 'Documents', 'Documents'),
            },
            {
              name: 'links',
              type: 'array',
              label: tr('Links', 'Liens', 'Links'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    requiredInDutch({ name: 'label', type: 'text', label: tr('Tekst', 'Texte', 'Label') }),
                    { name: 'url', type: 'text', label: tr('Webadres', 'Adresse web', 'URL'), required: true, validate: httpUrl as never },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    ownerTeamField(),
    {
      name: 'sites',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      label: tr('Partnersites', 'Sites partenaires', 'Partner sites'),
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      hooks: { beforeChange: [keepValueUnlessAdmin] },
      admin: {
        position: 'sidebar',
        description: tr(
          'De partnersites die deze praktijk tonen (naast sites die alles tonen).',
          'Les sites partenaires qui affichent cette pratique (outre ceux qui affichent tout).',
          'The partner sites that show this practice (besides sites that show everything).',
        ),
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: tr('Gepubliceerd op', 'Publié le', 'Published at'),
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}

