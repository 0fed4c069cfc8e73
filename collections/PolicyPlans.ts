import type { CollectionConfig } from 'payload'

import { adminOrOwnTeam } from '../src/access/adminOrOwnTeam'
import { isStaff } from '../src/access/isStaff'
import { policyPlanStatusOptions } from '../src/fields/options'
import { ownerTeamField } from '../src/fields/ownerTeam'
import { localizedRichText } from '../src/fields/richText'
import { slugField } from '../src/fields/slug'
import { requireOwnTeam } from '../src/hooks/requireOwnTeam'
import { setPublishedAt } from '../src/hooks/setPublishedAt'
import { requiredInDutch } from '../src/fields/requiredInDutch'
import { say, tr } from '../src/i18n/labels'

type GoalRow = { code?: string | null }

/**
 * A local policy plan for a term of office, such as a city's diversity and
 * equal-opportunities plan, with its strategic goals (SD1, SD2…) and
 * programmes. Practices name the plan and the goals they serve.
 */
export const PolicyPlans: CollectionConfig<'policy-plans'> = {
  slug: 'policy-plans',
  labels: {
    singular: tr('Beleidsplan', 'Plan politique', 'Policy plan'),
    plural: tr('Beleidsplannen', 'Plans politiques', 'Policy plans'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'startYear', 'endYear', 'status'],
    group: tr('Inhoud', 'Contenu', 'Content'),
  },
  access: {
    read: isStaff,
    create: isStaff,
    update: adminOrOwnTeam,
    delete: adminOrOwnTeam,
    readVersions: isStaff,
  },
  defaultPopulate: { title: true, slug: true },
  versions: { drafts: true, maxPerDoc: 30 },
  hooks: { beforeChange: [requireOwnTeam, setPublishedAt] },
  fields: [
    requiredInDutch({ name: 'title', type: 'text', label: tr('Titel', 'Titre', 'Title'), maxLength: 200 }),
    slugField({ from: 'title' }),
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: tr('Organisatie', 'Organisation', 'Organisation'),
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startYear',
          type: 'number',
          label: tr('Beginjaar', 'Année de début', 'Start year'),
          required: true,
          min: 1990,
          max: 2100,
        },
        {
          name: 'endYear',
          type: 'number',
          label: tr('Eindjaar', 'Année de fin', 'End year'),
          min: 1990,
          max: 2100,
          validate: (value: number | null | undefined, { req, siblingData }: { req: Parameters<typeof say>[0]; siblingData: { startYear?: number | null } }) => {
            if (value === null || value === undefined || !siblingData?.startYear) return true
            if (value >= siblingData.startYear) return true
            return say(req, tr('Het eindjaar ligt vóór het beginjaar.', 'L’année de fin précède l’année de début.', 'The end year is before the start year.'))
          },
        },
        {
          name: 'status',
          type: 'select',
          label: tr('Status', 'Statut', 'Status'),
          options: policyPlanStatusOptions,
          defaultValue: 'draft',
          required: true,
        },
      ],
    },
    localizedRichText('ambition', tr('Ambitie', 'Ambition', 'Ambition')),
    {
      name: 'strategicGoals',
      type: 'array',
      label: tr('Strategische doelstellingen', 'Objectifs stratégiques', 'Strategic goals'),
      labels: {
        singular: tr('Strategische doelstelling', 'Objectif stratégique', 'Strategic goal'),
        plural: tr('Strategische doelstellingen', 'Objectifs stratégiques', 'Strategic goals'),
      },
      validate: ((rows: GoalRow[] | null | undefined, { req }: { req: Parameters<typeof say>[0] }) => {
        const codes = (rows ?? []).map((row) => row?.code?.trim()).filter((code): code is string => !!code)
        const duplicates = [...new Set(codes.filter((code, index) => codes.indexOf(code) !== index))]
        if (duplicates.length === 0) return true
        return say(
          req,
          tr(
            `Elke code komt maar één keer voor in een plan; dubbel: ${duplicates.join(', ')}.`,
            `Chaque code n’apparaît qu’une fois par plan ; en double : ${duplicates.join(', ')}.`,
            `Each code appears only once in a plan; repeated: ${duplicates.join(', ')}.`,
          ),
        )
      }) as never,
      fields: [
        {
          name: 'code',
          type: 'text',
          label: tr('Code', 'Code', 'Code'),
          required: true,
          maxLength: 20,
          admin: { description: tr('Bv. SD1', 'P. ex. SD1', 'E.g. SD1'), width: '20%' },
        },
        requiredInDutch({ name: 'title', type: 'text', label: tr('Titel', 'Titre', 'Title') }),
        { name: 'description', type: 'textarea', label: tr('Beschrijving', 'Description', 'Description'), localized: true },
      ],
    },
    {
      name: 'priorityThemes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: tr('Prioritaire thema’s', 'Thèmes prioritaires', 'Priority themes'),
    },
    {
      name: 'programmes',
      type: 'array',
      label: tr('Programma’s', 'Programmes', 'Programmes'),
      fields: [
        requiredInDutch({ name: 'title', type: 'text', label: tr('Titel', 'Titre', 'Title') }),
        { name: 'description', type: 'textarea', label: tr('Beschrijving', 'Description', 'Description'), localized: true },
      ],
    },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      localized: true,
      label: tr('Kernwoorden', 'Mots-clés', 'Keywords'),
    },
    {
      name: 'documents',
      type: 'upload',
      relationTo: 'documents',
      hasMany: true,
      label: tr('Documenten', 'Documents', 'Documents'),
    },
    {
      name: 'practices',
      type: 'join',
      collection: 'practices',
      on: 'policyPlan',
      label: tr('Praktijken die dit plan uitvoeren', 'Pratiques qui mettent ce plan en œuvre', 'Practices implementing this plan'),
    },
    ownerTeamField(),
    {
      name: 'publishedAt',
      type: 'date',
      label: tr('Gepubliceerd op', 'Publié le', 'Published at'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
