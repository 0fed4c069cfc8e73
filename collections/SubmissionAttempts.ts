import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { tr } from '../src/i18n/labels'

/**
 * Recent submitPractice attempts, one row each, for the rate limits per
 * client and per API key (src/partner-api/submissionAttempts.ts). In the
 * database, not in memory, so that several instances on one database share
 * the limits. Only a keyed hash of the client's IP address is kept, and
 * rows older than the limits' window are deleted.
 *
 * Nothing for editors: hidden in the admin, written only by the server,
 * readable by administrators only.
 */
export const SubmissionAttempts: CollectionConfig<'submission-attempts'> = {
  slug: 'submission-attempts',
  labels: {
    singular: tr('Indienpoging', 'Tentative de proposition', 'Submission attempt'),
    plural: tr('Indienpogingen', 'Tentatives de proposition', 'Submission attempts'),
  },
  admin: {
    hidden: true,
    useAsTitle: 'client',
    defaultColumns: ['client', 'apiKey', 'at'],
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  lockDocuments: false,
  timestamps: false,
  fields: [
    {
      name: 'client',
      type: 'text',
      required: true,
      index: true,
      label: tr('Client (gehasht IP-adres)', 'Client (adresse IP hachée)', 'Client (hashed IP address)'),
    },
    { name: 'apiKey', type: 'text', required: true, index: true, label: tr('API-sleutel', 'Clé API', 'API key') },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: tr('Tijdstip', 'Moment', 'Time'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
