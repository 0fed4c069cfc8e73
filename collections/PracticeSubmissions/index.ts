import type { CollectionConfig } from 'payload'

import { adminOrOwnTeam } from '../../src/access/adminOrOwnTeam'
import { isAdmin } from '../../src/access/isAdmin'
import { localeOptions } from '../../src/fields/options'
import { tr } from '../../src/i18n/labels'
import { createDraftPracticeOnApproval } from './hooks/createDraftPracticeOnApproval'
import { setOwnerTeamFromSite } from './hooks/setOwnerTeamFromSite'

const submitted = { readOnly: true } as const

/**
 * Practices proposed through a partner site ("share your practice with us",
 * the partner API's submitPractice). They wait here for the editors of the
 * team that owns the site; approving one creates a draft practice. Partner
 * sites never see submissions.
 */
export const PracticeSubmissions: CollectionConfig<'practice-submissions'> = {
  slug: 'practice-submissions',
  labels: {
    singular: tr('Ingediende praktijk', 'Pratique proposée', 'Submitted practice'),
    plural: tr('Ingediende praktijken', 'Pratiques proposées', 'Submitted practices'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisationName', 'site', 'status', 'createdAt'],
    group: tr('Inhoud', 'Contenu', 'Content'),
    description: tr(
      'Voorstellen van bezoekers van de partnersites. Keur een voorstel goed om er een klad-praktijk van te maken.',
      'Propositions des visiteurs des sites partenaires. Approuvez-en une pour en faire une pratique en brouillon.',
      'Proposals from visitors of the partner sites. Approve one to turn it into a draft practice.',
    ),
  },
  access: {
    read: adminOrOwnTeam,
    update: adminOrOwnTeam,
    delete: adminOrOwnTeam,
    // Submissions come in through the partner API (Local API, overrideAccess).
    create: isAdmin,
  },
  hooks: {
    beforeChange: [setOwnerTeamFromSite],
    afterChange: [createDraftPracticeOnApproval],
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'submitted',
      label: tr('Status', 'Statut', 'Status'),
      options: [
        { value: 'submitted', label: tr('Te beoordelen', 'À examiner', 'To review') },
        { value: 'approved', label: tr('Goedgekeurd', 'Approuvée', 'Approved') },
        { value: 'rejected', label: tr('Afgewezen', 'Refusée', 'Rejected') },
      ],
      admin: {
        position: 'sidebar',
        description: tr(
          'Goedkeuren maakt een klad-praktijk van uw team aan.',
          'Approuver crée une pratique en brouillon de votre équipe.',
          'Approving creates a draft practice of your team.',
        ),
      },
    },
    {
      name: 'reference',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: tr('Referentie', 'Référence', 'Reference'),
      admin: { ...submitted, position: 'sidebar' },
    },
    { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, label: tr('Via partnersite', 'Via le site partenaire', 'Through partner site'), admin: { ...submitted, position: 'sidebar' } },
    {
      name: 'ownerTeam',
      type: 'relationship',
      relationTo: 'organisations',
      index: true,
      label: tr('Team', 'Équipe', 'Team'),
      admin: { ...submitted, position: 'sidebar' },
    },
    { name: 'locale', type: 'select', options: localeOptions, label: tr('Taal', 'Langue', 'Language'), admin: { ...submitted, position: 'sidebar' } },
    {
      name: 'createdPractice',
      type: 'relationship',
      relationTo: 'practices',
      label: tr('Aangemaakte praktijk', 'Pratique créée', 'Created practice'),
      admin: { ...submitted, position: 'sidebar' },
    },
    { name: 'title', type: 'text', required: true, maxLength: 200, label: tr('Titel', 'Titre', 'Title'), admin: submitted },
    { name: 'summary', type: 'textarea', required: true, maxLength: 300, label: tr('Samenvatting', 'Résumé', 'Summary'), admin: submitted },
    { name: 'description', type: 'textarea', required: true, maxLength: 10_000, label: tr('Beschrijving', 'Description', 'Description'), admin: submitted },
    {
      type: 'row',
      fields: [
        { name: 'organisationName', type: 'text', required: true, maxLength: 200, label: tr('Organisatie', 'Organisation', 'Organisation'), admin: submitted },
        { name: 'municipality', type: 'text', maxLength: 120, label: tr('Gemeente', 'Commune', 'Municipality'), admin: submitted },
      ],
    },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true, label: tr('Thema’s', 'Thèmes', 'Themes'), admin: submitted },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', required: true, maxLength: 120, label: tr('Contactpersoon', 'Personne de contact', 'Contact name'), admin: submitted },
        { name: 'contactEmail', type: 'email', required: true, label: tr('E-mail', 'E-mail', 'Email'), admin: submitted },
        { name: 'website', type: 'text', maxLength: 500, label: tr('Website', 'Site web', 'Website'), admin: submitted },
      ],
    },
    {
      name: 'consent',
      type: 'checkbox',
      label: tr('Toestemming om te publiceren en contact op te nemen', 'Accord pour publier et prendre contact', 'Consent to publish and to be contacted'),
      admin: submitted,
    },
    {
      name: 'reviewerNotes',
      type: 'textarea',
      label: tr('Notities van de redactie', 'Notes de la rédaction', 'Reviewer notes'),
      admin: {
        description: tr('Alleen voor de redactie.', 'Réservé à la rédaction.', 'For the editors only.'),
      },
    },
  ],
}
